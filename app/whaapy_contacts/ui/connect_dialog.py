"""Connect a real Whaapy account: paste the key, test it, store it in the OS keyring."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.api import errors as api_errors
from whaapy_contacts.api.urls import check_base_url
from whaapy_contacts.services.account import AccountService, Mode
from whaapy_contacts.ui.messages import FieldMessage, Kind
from whaapy_contacts.ui.texts import translated

KEYS_PAGE = "app.whaapy.com → Configuración → API Keys"


class ConnectDialog(QDialog):
    """``connected`` after a key was stored and the app switched to it; ``disconnected`` too."""

    connected = Signal()
    disconnected = Signal()

    def __init__(self, account: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account = account
        self.setWindowTitle(self.tr("Connect your Whaapy account"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Paste your Whaapy API key. You create it in %1. "
                "It is kept in your system's keyring, never in a file."
            ).replace("%1", KEYS_PAGE),
            self,
        )
        intro.setWordWrap(True)
        self.key = QLineEdit(self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText("wha_…")
        self.show_key = QToolButton(self)
        self.show_key.setText(self.tr("&Show"))
        self.show_key.setCheckable(True)
        self.show_key.setAccessibleName(self.tr("Show the key"))
        self.show_key.toggled.connect(self._toggle_echo)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.show_key)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.result_message = FieldMessage(Kind.NOTICE, self.key, self)
        self.problem = FieldMessage(Kind.ERROR, self.key, self)
        self.advanced = QGroupBox(self.tr("Ad&vanced"), self)
        self.advanced.setCheckable(True)
        self.advanced.setChecked(False)
        self.base_url = QLineEdit(account.base_url, self.advanced)
        self.base_url.setEnabled(False)
        self.advanced.toggled.connect(self.base_url.setEnabled)
        url_form = QFormLayout(self.advanced)
        url_label = QLabel(self.tr("Server &address"), self.advanced)
        url_label.setBuddy(self.base_url)
        url_form.addRow(url_label, self.base_url)
        self.buttons = QDialogButtonBox(self)
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.disconnect_button = self.buttons.addButton(
            self.tr("&Disconnect"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.disconnect_button.setVisible(account.mode is Mode.LIVE)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button.clicked.connect(self.connect_account)
        self.disconnect_button.clicked.connect(self.disconnect_account)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        key_label = QLabel(self.tr("API &key"), self)
        key_label.setBuddy(self.key)
        form.addRow(key_label, key_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result_message)
        layout.addWidget(self.problem)
        layout.addWidget(self.advanced)
        layout.addWidget(self.buttons)
        self.key.setFocus()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key.setEchoMode(mode)
        self.show_key.setText(self.tr("&Hide") if shown else self.tr("&Show"))

    def _inputs(self) -> tuple[str, str] | None:
        """(key, base URL) or None after showing what is wrong."""
        key = "".join(self.key.text().split())
        if not key:
            self._say(problem=self.tr("Paste the API key first."))
            return None
        try:
            url = check_base_url(self.base_url.text())
        except api_errors.InsecureBaseUrl:
            self._say(
                problem=self.tr(
                    "The address must start with https:// (http:// only for this computer)."
                )
            )
            return None
        return key, url

    def test_connection(self) -> None:
        inputs = self._inputs()
        if inputs is None:
            return
        self._say(notice=self.tr("Testing the connection…"))
        self.test_button.setEnabled(False)
        job = self._account.test_key(*inputs)
        job.succeeded.connect(
            lambda _: self._say(notice=self.tr("✔ Connection works. The key is valid."))
        )
        job.failed.connect(self._test_failed)
        job.finished.connect(lambda: self.test_button.setEnabled(True))

    def _test_failed(self, exc: object) -> None:
        self._say(problem=self.explain(exc))

    def explain(self, exc: object) -> str:
        if isinstance(exc, api_errors.Unauthorized):
            return self.tr("The key is not valid or was revoked. Check that you copied all of it.")
        if isinstance(exc, api_errors.MissingScopes):
            scopes = ", ".join(exc.scopes) or "?"
            return (
                self.tr("The key is missing permissions: %1. Add them in %2.")
                .replace("%1", scopes)
                .replace("%2", KEYS_PAGE)
            )
        if isinstance(exc, api_errors.TransportError):
            return self.tr("No connection to Whaapy. Check your internet and try again.")
        if isinstance(exc, api_errors.ApiError):
            return translated(exc.user_message)
        return self.tr("Something unexpected happened. Try again.")

    def connect_account(self) -> None:
        inputs = self._inputs()
        if inputs is None:
            return
        self._account.connect_account(*inputs)
        self.connected.emit()
        self.accept()

    def disconnect_account(self) -> None:
        self._account.disconnect_account()
        self.disconnected.emit()
        self.accept()

    def _say(self, *, notice: str = "", problem: str = "") -> None:
        self.result_message.set_messages([notice] if notice else [])
        self.problem.set_messages([problem] if problem else [])

    def message_text(self) -> str:
        """What the dialog is telling the user right now (for tests and screenshots)."""
        return self.problem.text() if self.problem.isVisibleTo(self) else self.result_message.text()
