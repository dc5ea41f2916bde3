"""Under the form: what stays for the next contact (tags, stage, countries), and a way to reset it.

Batch entry keeps a few fields from one contact to the next; kept invisibly, a tag or a foreign
country went onto contacts it wasn't meant for (issue 13, case 4). This line says what is kept,
in words, and "Restablecer" (Ctrl+R) puts those fields back to their defaults.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from whaapy_contacts.ui.common.decor import Banner


class KeptForNext(Banner):
    """ "Se conservan para el siguiente: Etiquetas: cliente · Etapa: Nuevo" [Restablecer]."""

    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("#eef3f8", "#8aa4c0", "#102a43", parent)
        self.setObjectName("KeptForNext")
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Reset"), self)
        self.reset_button.setAutoDefault(False)
        self.reset_button.setToolTip(
            self.tr("Back to no tags, no stage and your country for the next contact (Ctrl+R)")
        )
        self.reset_button.clicked.connect(self.reset_requested)
        self.row.addWidget(self._label, 1)
        self.row.addWidget(self.reset_button)
        self.hide()

    def text(self) -> str:
        return self._label.text()

    def show_kept(self, parts: list[tuple[str, str]]) -> None:
        """(what, value) pairs, e.g. ("Tags", "cliente, vip"); none: hidden."""
        if not parts:
            self.hide()
            return
        items = " · ".join(f"{what}: {value}" for what, value in parts)
        text = self.tr("Kept for the next one: %1").replace("%1", items)
        self._label.setText(text)
        self._label.setAccessibleName(text)
        self.show()


def pin_row(phone: QWidget, pin: QWidget) -> QHBoxLayout:
    """The phone field with its pin beside it."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(phone, 1)
    row.addWidget(pin)
    return row
