"""Over the form after a paste filled it: what went where, what was left as it was, [Deshacer]
(Ctrl+Z), and with several contacts pasted, which one this is and [Siguiente] once it is saved."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from whaapy_contacts.ui.common.decor import Banner


class PasteBanner(Banner):
    """``undo_requested``: put the fields back; ``next_requested``: fill with the next card."""

    undo_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("#e6f4ea", "#2e7d32", "#0b3d1a", parent)
        self.setObjectName("PasteBanner")
        column = QVBoxLayout()
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._details = QLabel(self)
        self._details.setWordWrap(True)
        column.addWidget(self._label)
        column.addWidget(self._details)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setToolTip(self.tr("Put the fields back as they were before the paste"))
        self.undo_button.clicked.connect(self.undo_requested)
        self._key = QLabel(self.tr("(Ctrl+Z)"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setToolTip(self.tr("Fill the form with the next contact you pasted"))
        self.next_button.clicked.connect(self.next_requested)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Hide this message (the fields stay as they are)"))
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        self.close_button.clicked.connect(self.hide)
        self.row.addLayout(column, 1)
        for widget in (self.undo_button, self._key, self.next_button, self.close_button):
            self.row.addWidget(widget)
        self.hide()

    def text(self) -> str:
        """Everything it says, as one text (tests, the screen reader)."""
        details = self._details.text() if not self._details.isHidden() else ""
        return "\n".join(t for t in (self._label.text(), details) if t)

    def show_fill(self, said: str, details: list[str], *, undoable: bool = True) -> None:
        self._label.setText(said)
        self._details.setText("\n".join(details))
        self._details.setVisible(bool(details))
        self.set_undoable(undoable)
        self.next_button.hide()
        self.setAccessibleName(self.text())
        self.show()

    def set_undoable(self, undoable: bool) -> None:
        """The fill is one thing to undo until a filled field is edited."""
        self.undo_button.setVisible(undoable)
        self._key.setVisible(undoable)

    def set_said(self, said: str) -> None:
        """The fill can't be undone any more: its first line says so, [Deshacer] goes."""
        self._label.setText(said)
        self.set_undoable(False)
        self.setAccessibleName(self.text())

    def show_next(self, said: str) -> None:
        """The form was saved or cleared: the next pasted contact is one click away."""
        self._label.setText(said)
        self._details.hide()
        self.set_undoable(False)
        self.next_button.show()
        self.setAccessibleName(said)
        self.show()
