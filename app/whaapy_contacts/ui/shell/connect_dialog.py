"""Connect a real Whaapy account: paste the key, test what it may do, store it in the OS's
password store. "Conectar" tests first and connects only a key that can read and create
contacts (issue 14, cases 6-7); "Desconectar" asks first (issue 13)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.api.key_probe import KeyAccess
from whaapy_contacts.api.urls import BadAddress, check_base_url
from whaapy_contacts.domain.api_key import clean_key
from whaapy_contacts.services.account import AccountService, BadKey, Mode
from whaapy_contacts.services.problems import Kind as ProblemKind
from whaapy_contacts.services.problems import problem_for
from whaapy_contacts.ui.common.messages import FieldMessage, Kind
from whaapy_contacts.ui.common.texts import render, translated

KEYS_PAGE = "app.whaapy.com → Configuración → Claves de API"


class ConnectDialog(QDialog):
    """``connected`` after a key was tested, stored and the app switched to it;
    ``disconnected`` after the person confirmed leaving the account."""

    connected = Signal()
    disconnected = Signal()

    def __init__(
        self,
        account: AccountService,
        parent: QWidget | None = None,
        *,
        unsent: Callable[[], int] = lambda: 0,
    ) -> None:
        super().__init__(parent)
        self._account = account
        self._unsent = unsent  # contacts of this account not in Whaapy yet (for Disconnect)
        self._busy = False
        self.setWindowTitle(self.tr("Connect your Whaapy account"))
        self.setMinimumWidth(560)
        self._build_key_row()
        self._build_advanced(account)
        self._build_buttons(account)
        self._lay_out()
        self.key.setFocus()

    def _build_key_row(self) -> None:
        self.intro = QLabel(
            self.tr(
                "Paste your Whaapy key (it starts with “wha_”). You create it in %1. It is kept "
                "in your computer's password store, never in a file."
            ).replace("%1", KEYS_PAGE),
            self,
        )
        self.intro.setWordWrap(True)
        self.key = QLineEdit(self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText("wha_…")
        self.key.textChanged.connect(self._clean_pasted)
        self.show_key = QToolButton(self)
        self.show_key.setText(self.tr("&Show"))
        self.show_key.setCheckable(True)
        self.show_key.setAccessibleName(self.tr("Show the key"))
        self.show_key.toggled.connect(self._toggle_echo)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.result_message = FieldMessage(Kind.NOTICE, self.key, self)
        self.problem = FieldMessage(Kind.ERROR, self.key, self)

    def _build_advanced(self, account: AccountService) -> None:
        self.advanced = QGroupBox(self.tr("Ad&vanced"), self)
        self.advanced.setCheckable(True)
        self.advanced.setChecked(False)
        waiting = account.waiting
        self.base_url = QLineEdit(waiting.base_url if waiting else account.base_url, self.advanced)
        self.base_url.setEnabled(False)
        self.advanced.toggled.connect(self.base_url.setEnabled)
        self.url_problem = FieldMessage(Kind.ERROR, self.base_url, self.advanced)
        url_form = QFormLayout(self.advanced)
        url_label = QLabel(self.tr("Server &address"), self.advanced)
        url_label.setBuddy(self.base_url)
        url_form.addRow(url_label, self.base_url)
        url_form.addRow(self.url_problem)

    def _build_buttons(self, account: AccountService) -> None:
        self.buttons = QDialogButtonBox(self)
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.disconnect_button = self.buttons.addButton(
            self.tr("&Disconnect"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.disconnect_button.setAutoDefault(False)
        self.disconnect_button.setVisible(account.mode is Mode.LIVE)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button.clicked.connect(self.connect_account)
        self.disconnect_button.clicked.connect(self.disconnect_account)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.show_key)
        form = QFormLayout()
        key_label = QLabel(self.tr("API &key"), self)
        key_label.setBuddy(self.key)
        form.addRow(key_label, key_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result_message)
        layout.addWidget(self.problem)
        layout.addWidget(self.advanced)
        layout.addWidget(self.buttons)

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key.setEchoMode(mode)
        self.show_key.setText(self.tr("&Hide") if shown else self.tr("&Show"))

    def _clean_pasted(self, text: str) -> None:
        """A pasted key loses what can't be part of one and nobody can see: invisible marks,
        line breaks, spaces around it (domain/cleaning.py). Spaces inside stay, to be refused."""
        cleaned = clean_key(text)
        if cleaned != text:
            self.key.setText(cleaned)

    # --- testing and connecting ---------------------------------------------------------------

    def _inputs(self) -> tuple[str, str] | None:
        """(key, base URL), cleaned; or None after showing what is wrong where it was typed."""
        self.url_problem.clear()
        try:
            key = self._account.checked_key(self.key.text())
        except BadKey as exc:
            self._say(problem=translated(exc.user_message))
            self.key.setFocus()
            return None
        try:
            url = check_base_url(self.base_url.text())
        except BadAddress as exc:
            self._say()
            self.advanced.setChecked(True)
            self.url_problem.set_messages([exc.user_message])
            self.base_url.setFocus()
            return None
        return key, url

    def test_connection(self) -> None:
        self._start_test(connect=False)

    def connect_account(self) -> None:
        """Test the key first; connect only if it may read and create contacts."""
        self._start_test(connect=True)

    def _start_test(self, *, connect: bool) -> None:
        if self._busy:
            return
        inputs = self._inputs()
        if inputs is None:
            return
        self._set_busy(True)
        self._say(notice=self.tr("Testing the key…"))
        job = self._account.test_key(*inputs)
        job.succeeded.connect(lambda access: self._tested(access, inputs, connect=connect))
        job.failed.connect(self._test_failed)
        job.finished.connect(lambda: self._set_busy(False))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.test_button, self.connect_button):
            button.setEnabled(not busy)

    def _tested(self, access: KeyAccess, inputs: tuple[str, str], *, connect: bool) -> None:
        if not access.complete:
            self._say(problem=self.permissions_missing(access))
            return
        if not connect:
            self._say(notice=self.tr("✔ The connection works: this key can see and add contacts."))
            return
        if self.result() == QDialog.DialogCode.Rejected and not self.isVisible():
            return  # cancelled while testing: connect nothing
        self._account.connect_account(*inputs)
        self.connected.emit()
        self.accept()

    def _test_failed(self, exc: object) -> None:
        self._say(problem=self.explain(exc))

    def permissions_missing(self, access: KeyAccess) -> str:
        if not access.can_read and not access.can_write:
            text = self.tr(
                "This key can't see or add contacts: it lacks the permissions %1. In %2, "
                "edit the key and turn them on, or create a new key with them."
            )
        elif not access.can_write:
            text = self.tr(
                "This key can see contacts but not add them: it lacks the permission %1. In %2, "
                "edit the key and turn it on, or create a new key with it."
            )
        else:
            text = self.tr(
                "This key can add contacts but not see the list: it lacks the permission %1. "
                "In %2, edit the key and turn it on, or create a new key with it."
            )
        missing = ", ".join(f"«{s}»" for s in (*access.read_missing, *access.write_missing))
        return text.replace("%1", missing).replace("%2", KEYS_PAGE)

    def explain(self, exc: object) -> str:
        """What a failed test says: the key and the connection in this dialog's own words."""
        problem = problem_for(exc)
        if problem.kind is ProblemKind.KEY:
            return self.tr("The key is not valid or was revoked. Check that you copied all of it.")
        if problem.kind in (ProblemKind.OFFLINE, ProblemKind.SLOW):
            return self.tr(
                "No connection to Whaapy, so the key could not be tested. Check your internet "
                "and try again."
            )
        if problem.kind is ProblemKind.UNEXPECTED:
            return self.tr("Something unexpected happened. Try again.")
        return render(problem)  # a key for a real account: Whaapy is what answered

    # --- disconnecting ------------------------------------------------------------------------

    def disconnect_account(self) -> None:
        if not self.confirm_disconnect():
            return
        self._account.disconnect_account()
        self.disconnected.emit()
        self.accept()

    def confirm_disconnect(self) -> bool:
        """Say what happens (the key is removed, the pending contacts wait) and ask; staying
        connected is the default."""
        question = self.tr("Disconnect from Whaapy?")
        box = QMessageBox(QMessageBox.Icon.Question, question, question, parent=self)
        what = self.tr(
            "The key is removed from this computer and the app goes back to practice mode."
        )
        box.setInformativeText(f"{what}\n\n{self._pending_text(self._unsent())}")
        leave = box.addButton(self.tr("Disconnect"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Stay connected"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        self.disconnect_box = box  # for tests and screenshots
        box.exec()
        return box.clickedButton() is leave

    def _pending_text(self, unsent: int) -> str:
        if unsent == 0:
            return self.tr("Every contact you saved has reached Whaapy.")
        text = self.tr("%n contact(s) have not reached Whaapy yet.", "", unsent)
        kept = self.tr(
            "They stay saved on this computer and are sent when you connect this account "
            "again. They are not sent while you are in practice mode."
        )
        return f"{text} {kept}"

    def _say(self, *, notice: str = "", problem: str = "") -> None:
        self.result_message.set_texts([notice] if notice else [])
        self.problem.set_texts([problem] if problem else [])
        self._fit_height()

    def _fit_height(self) -> None:
        """A wrapped message of three lines needs more height than the dialog was shown with:
        grow (never shrink below what the person made it) so nothing below it is squeezed."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        needed = max(needed, layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(width, needed)

    def message_text(self) -> str:
        """What the dialog is telling the user right now (for tests and screenshots)."""
        if self.url_problem.isVisibleTo(self):
            return self.url_problem.text()
        return self.problem.text() if self.problem.isVisibleTo(self) else self.result_message.text()
