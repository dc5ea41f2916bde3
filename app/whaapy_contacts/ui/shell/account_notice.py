"""A banner about the account itself, shown at start or after connecting: a saved address that
was unusable, contacts waiting for an account whose key must be entered again, a key kept for
this session only (issue 14, cases 8 and 13). Made on first need, not in the first frame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from whaapy_contacts.ui.common.decor import Banner
from whaapy_contacts.ui.common.status_icons import message_icon
from whaapy_contacts.ui.common.texts import translated

if TYPE_CHECKING:
    from whaapy_contacts.services.account import AccountService


class AccountNotice(Banner):
    """``connect_button`` opens the connect dialog; ``dismiss_button`` hides the notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("#fff4ce", "#c69026", "#3b2a00", parent, icon=message_icon("warning"))
        self.setObjectName("AccountNotice")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.connect_button = QPushButton(self.tr("Enter the key…"), self)
        self.dismiss_button = QPushButton(self.tr("Got it"), self)
        self.dismiss_button.clicked.connect(self.hide)
        self.row.addWidget(self.label, 1)
        self.row.addWidget(self.connect_button)
        self.row.addWidget(self.dismiss_button)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_for(self, account: AccountService) -> None:
        """What is true of the account now; hidden when there is nothing to say."""
        parts = [self._address_text(account), self._key_text(account)]
        text = " ".join(part for part in parts if part)
        self.connect_button.setVisible(account.waiting is not None)
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setVisible(bool(text))

    def _address_text(self, account: AccountService) -> str:
        problem = account.address_problem
        if problem is None:
            return ""
        text = self.tr("The saved server address “%1” can't be used, so Whaapy's own (%2) is used.")
        text = text.replace("%1", problem.address).replace("%2", account.base_url)
        return f"{text} {translated(problem.user_message)}"

    def _key_text(self, account: AccountService) -> str:
        if account.session_only:
            return self.tr(
                "Connected for this session only: this computer has no password store the app "
                "can use, so the key was not saved. When you close the app you will need to "
                "paste it again."
            )
        if account.waiting is None:
            return ""
        unsent = account.waiting_unsent()
        if unsent:
            waiting = self.tr(
                "%n contact(s) waiting to be sent to your Whaapy account.", "", unsent
            )
        else:
            waiting = self.tr("Your Whaapy account is not connected.")
        if unsent:
            then = self.tr(
                "Its key could not be kept on this computer: enter it again to send them. "
                "Until then you are in practice mode and nothing is sent."
            )
        else:
            then = self.tr("Its key could not be kept on this computer: enter it again to connect.")
        return f"{waiting} {then}"
