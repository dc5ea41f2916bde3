"""Over the form: a contact saved earlier came back refused, while the form holds the next one.

The form is cleared the moment a contact is saved (what is typed next is the next contact), so
an answer that needs the person (field errors, a duplicate) can't be shown in the form: it is
shown here, with a button that opens that contact, and the list keeps its row.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton, QWidget

from whaapy_contacts.ui.common.decor import Banner
from whaapy_contacts.ui.common.status_icons import message_icon


class EarlierBanner(Banner):
    """“Ana” was not saved: … [Open it] [✕]. ``open_requested`` carries the outbox entry id."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("#fde7e9", "#c50f1f", "#3b0509", parent, icon=message_icon("error"))
        self.setObjectName("EarlierBanner")
        self._entry_id = ""
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open it"), self)
        self.open_button.setToolTip(self.tr("Put that contact back in the form to fix it"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self._entry_id))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Hide this message (the contact stays in the list)"))
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        self.close_button.clicked.connect(self.hide)
        self.row.addWidget(self._label, 1)
        self.row.addWidget(self.open_button)
        self.row.addWidget(self.close_button)
        self.hide()

    def text(self) -> str:
        return self._label.text()

    @property
    def entry_id(self) -> str:
        return self._entry_id

    def show_for(self, entry_id: str, text: str) -> None:
        self._entry_id = entry_id
        self._label.setText(text)
        self._label.setAccessibleName(text)
        self.show()

    def forget(self, entry_id: str) -> None:
        """That entry is in the form (or gone): the message is no longer true."""
        if entry_id == self._entry_id:
            self.hide()
