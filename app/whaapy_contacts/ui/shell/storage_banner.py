"""What is wrong with this computer's storage of the contacts, in plain words, until it is over."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from whaapy_contacts.ui.common.decor import Banner
from whaapy_contacts.ui.common.status_icons import message_icon
from whaapy_contacts.ui.common.texts import render

if TYPE_CHECKING:
    from whaapy_contacts.services.storage_watch import StorageWatch


class StorageBanner(Banner):
    """A lasting problem (full disk, read-only folder) shows until it is fixed; something that
    happened (a damaged file moved aside, a deleted one put back) until "Entendido"."""

    def __init__(self, watch: StorageWatch, parent: QWidget | None = None) -> None:
        super().__init__("#fff4ce", "#c69026", "#3b2a00", parent, icon=message_icon("warning"))
        self.setObjectName("StorageBanner")
        self._watch = watch
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.dismiss_button = QPushButton(self.tr("Got it"), self)
        self.row.addWidget(self.label, 1)
        self.row.addWidget(self.dismiss_button)
        self.dismiss_button.clicked.connect(watch.dismiss)
        watch.changed.connect(self.refresh)
        self.refresh()

    def text(self) -> str:
        return self.label.text()

    def refresh(self) -> None:
        problem = self._watch.shown
        if problem is None:
            self.hide()
            return
        self.label.setText(render(problem))
        self.label.setAccessibleName(self.label.text())
        self.dismiss_button.setVisible(self._watch.problem is None)
        self.show()
