"""Small parts of the recent panel: the tag filter, the details placeholder, the Tab order."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget


class TagFilter(QComboBox):
    """Fills its tag list when opened (collecting tags over 100,000 rows is not free)."""

    about_to_open = Signal()

    def showPopup(self) -> None:
        self.about_to_open.emit()
        super().showPopup()


def tab_after(anchor: QWidget, widget: QWidget) -> None:
    """Put the controls in ``widget`` right after ``anchor`` in the Tab order."""
    chain: list[QWidget] = []
    current = widget.nextInFocusChain()
    while current is not None and widget.isAncestorOf(current):
        if current.focusPolicy() != QtCore.Qt.FocusPolicy.NoFocus:  # Qt ignores those
            chain.append(current)
        current = current.nextInFocusChain()
    for before, after in zip([anchor, *chain], chain, strict=False):
        QWidget.setTabOrder(before, after)


class DetailsPlaceholder(QWidget):
    """Where the details view goes, as it looks with nothing selected (until attach)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        note = QLabel(
            QCoreApplication.translate(
                "ContactDetailsView", "Select a contact to see all its details."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(note)
        layout.addStretch(1)
