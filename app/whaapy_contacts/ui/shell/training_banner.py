"""The practice-mode banner: persistent and unmistakable, nothing typed there reaches Whaapy."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from whaapy_contacts.ui.common.decor import Banner
from whaapy_contacts.ui.common.status_icons import message_icon


class TrainingBanner(Banner):
    """Persistent and unmistakable: nothing typed in training mode reaches Whaapy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("#fff4ce", "#c69026", "#3b2a00", parent, icon=message_icon("warning"))
        self.setObjectName("TrainingBanner")
        self.label = QLabel(self.tr("<b>Practice mode:</b> contacts are not sent to Whaapy"), self)
        self.label.setAccessibleName(self.tr("Practice mode: contacts are not sent to Whaapy"))
        self.connect_button = QPushButton(self.tr("Connect a Whaapy account…"), self)
        self.row.addWidget(self.label, 1)
        self.row.addWidget(self.connect_button)

    def text(self) -> str:
        return self.label.accessibleName()
