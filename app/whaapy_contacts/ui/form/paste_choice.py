"""Several contacts in one paste or file: "Este archivo tiene 3 contactos: … Llenar con: …".
Window-modal, not blocking (``open``): ``chosen`` carries the index picked; Esc fills nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from whaapy_contacts.domain.paste import Pasted


class PasteChoice(QDialog):
    chosen = Signal(int)

    def __init__(self, cards: tuple[Pasted, ...], from_file: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("PasteChoice")
        self.setWindowTitle(self.tr("Several contacts"))
        count = str(len(cards))
        said = (
            self.tr("This file has %1 contacts. Fill with:") if from_file
            else self.tr("What you pasted has %1 contacts. Fill with:")
        ).replace("%1", count)  # fmt: skip
        intro = QLabel(said, self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Contacts pasted"))
        for card in cards:
            details = " · ".join(v for v in (card.phone, card.email, card.company) if v)
            shown = card.title_line() + (f" — {details}" if details else "")
            QListWidgetItem(shown, self.list)
        self.list.setCurrentRow(0)
        widest = max(self.list.sizeHintForColumn(0), 360)
        self.list.setMinimumWidth(min(widest + 40, 900))  # each whole line, within reason
        fill_with = QLabel(self.tr("The others are offered one at a time, each after you save "
                                   "the one before."), self)  # fmt: skip
        fill_with.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.fill_button = buttons.addButton(
            self.tr("Fill"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, fill_with, buttons):
            layout.addWidget(widget)
        self.accepted.connect(lambda: self.chosen.emit(max(0, self.list.currentRow())))
        self.list.setFocus()
