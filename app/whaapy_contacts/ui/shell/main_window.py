"""The main window: the form on the left, recent contacts on the right, the banners above.

A view: it builds, shows and asks (dialogs); what its actions do is decided by its presenter
(presenter.py), and its signals are connected to the services in bootstrap/compose.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.ui.common.reactivate import Reactivator
from whaapy_contacts.ui.form.contact_form import ContactForm
from whaapy_contacts.ui.recent.panel import RecentPanel
from whaapy_contacts.ui.shell.outbox_status import OutboxStatus, PausedBanner
from whaapy_contacts.ui.shell.training_banner import TrainingBanner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeyEvent

    from whaapy_contacts.domain.contact import Contact, ContactDraft
    from whaapy_contacts.services.account import AccountService
    from whaapy_contacts.services.contacts import ContactService
    from whaapy_contacts.services.outbox import OutboxService
    from whaapy_contacts.services.recent import RecentService
    from whaapy_contacts.ui.form.duplicate_update import DuplicateUpdateFlow, UndoBanner
    from whaapy_contacts.ui.form.save_controller import SaveController
    from whaapy_contacts.ui.form.undo_save import UndoSaveFlow
    from whaapy_contacts.ui.recent.model import RecentContactsModel
    from whaapy_contacts.ui.shell.connect_dialog import ConnectDialog
    from whaapy_contacts.ui.shell.presenter import ShellPresenter
    from whaapy_contacts.ui.shell.shortcuts_dialog import ShortcutsDialog
    from whaapy_contacts.ui.shell.storage_banner import StorageBanner

KEY_ESCAPE = 0x01000000  # Qt.Key.Key_Escape, by value: the first frame leaves Qt's enums unbuilt
STATUS_MS = 8000

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _once_attached(
    method: Callable[Concatenate[MainWindow, _P], _R],
) -> Callable[Concatenate[MainWindow, _P], _R | None]:
    """An action that needs the services: asked for before they are wired (the window shows
    before they exist), it runs as soon as they are there instead of being lost."""

    def run(self: MainWindow, /, *args: _P.args, **kwargs: _P.kwargs) -> _R | None:
        if not self.attached:
            self._early.append(lambda: method(self, *args, **kwargs))
            return None
        return method(self, *args, **kwargs)

    return run


class MainWindow(QMainWindow):
    """The form and the list. Built and shown first; the services come after the first paint
    (bootstrap/compose.py ``wire``: ``attach``, the connections, then ``ready``), so the
    window does not wait for the model layer to load."""

    # Set by attach(); the widgets never need them before.
    presenter: ShellPresenter
    saving: SaveController
    duplicate_flow: DuplicateUpdateFlow
    undo_banner: UndoBanner
    undo_flow: UndoSaveFlow  # set by bootstrap/compose.py
    storage_banner: StorageBanner
    model: RecentContactsModel  # the list's
    import_flow: QDialog | None = None  # "Importar contactos…" while open (bootstrap/compose.py)

    def __init__(self) -> None:
        super().__init__()
        self.attached = False
        self._early: list[Callable[[], object]] = []  # actions asked for before ready()
        self._early_drafts: list[ContactDraft] = []  # saves asked for before ready()
        self._not_kept = False  # the summary says the last save could not be kept
        self.resize(1200, 740)
        self._build()
        self._connect_ui()
        self.show_training(True)
        self.form.phone.setFocus()  # typing goes there from the first frame

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = TrainingBanner(self)
        self.paused_banner = PausedBanner(self)
        self.form = ContactForm(self)
        self.recent = RecentPanel(self)
        # After the list: Tab reaches the status bar's button last, where it is on screen.
        self.outbox_status = OutboxStatus(self)
        self.statusBar().addPermanentWidget(self.outbox_status)
        # The list's parts under the names the window always had (tests and tools use them).
        self.search, self.table = self.recent.search, self.recent.table
        self.list_status = self.recent.status_line
        splitter = QSplitter()  # side by side; QSplitter(self) makes PySide6 check Qt.Orientation
        splitter.setParent(self)  # at once: made without a parent, it would come last in Tab
        splitter.addWidget(self.form)
        splitter.addWidget(self.recent)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 760])
        splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        self._column = layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.paused_banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_menu()

    def add_notice(self, widget: QWidget) -> None:
        """A line above the form and the list (a running import: ui/importer/running_line.py)."""
        self._column.insertWidget(self._column.count() - 1, widget)

    def _build_menu(self) -> None:
        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        self.connect_action = QAction(self.tr("&Connect a Whaapy account…"), self)
        account_menu.addAction(self.connect_action)
        # Opened by bootstrap/compose.py's wire() (the dialog needs the services); Ctrl+I as
        # Ctrl+Q below: a QShortcut, so the menu prints the key as the keyboard does.
        self.import_action = QAction(self.tr("&Import contacts…") + "\t" + self.tr("Ctrl+I"), self)
        self.import_action.setToolTip(self.tr("Import contacts from a CSV or Excel file"))
        self.import_shortcut = QShortcut(QKeySequence("Ctrl+I"), self)
        self.import_shortcut.activated.connect(self.import_action.trigger)
        account_menu.addAction(self.import_action)
        account_menu.addSeparator()
        # The menu shows the key as the keyboard and F1 print it, "Ctrl+Q": as the action's own
        # shortcut Qt's Spanish catalogue would write "Control+Q". So the key is a QShortcut.
        # Not StandardKey.Quit: Windows (and Qt's offscreen platform) have none; Cmd+Q on a Mac.
        quit_action = QAction(self.tr("&Quit") + "\t" + self.tr("Ctrl+Q"), self)
        quit_action.triggered.connect(self.close)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.close)
        account_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcuts([QKeySequence("F1")])
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        help_menu.addAction(self.shortcuts_action)

    def _connect_ui(self) -> None:
        """Wiring between the window's own parts (the services': bootstrap/compose.py)."""
        self.form.clear_requested.connect(self.ask_clear)
        self.form.submitted.connect(self._submitted_early)
        self.form.blocked.connect(self.status)
        self.paused_banner.fix_button.clicked.connect(self.open_connect_dialog)
        self.recent.outbox_entry_activated.connect(self.reopen)
        self.recent.edit_requested.connect(self.edit_contact)
        self.recent.outbox_entry_discard_requested.connect(self.ask_discard)
        self.banner.connect_button.clicked.connect(self.open_connect_dialog)
        self.connect_action.triggered.connect(self.open_connect_dialog)
        shortcuts = (
            ("Ctrl+Return", self.form.submit),
            ("Ctrl+Enter", self.form.submit),
            ("Ctrl+F", self.focus_search),
            ("Ctrl+R", self.form.reset_kept),
            ("Ctrl+P", self.form.pin.toggle),
            ("F5", self.refresh),
        )
        for keys, slot in shortcuts:
            QShortcut(QKeySequence(keys), self, slot)
        Reactivator(self)  # shortcuts work again once a dialog of ours closes

    def attach(
        self,
        account: AccountService,
        contacts: ContactService,
        outbox: OutboxService,
        recent: RecentService,
    ) -> None:
        """The parts that need the services (made after the first paint: they load the
        domain); bootstrap/compose.py ``wire`` connects them, then calls ``ready``."""
        from whaapy_contacts.ui.form.save_controller import SaveController  # noqa: PLC0415 - start-up
        from whaapy_contacts.ui.shell.presenter import ShellPresenter  # noqa: PLC0415 - start-up

        if hasattr(self, "presenter"):
            raise RuntimeError("MainWindow.attach() was already called")
        self.saving = SaveController(self.form, outbox, contacts)
        self.presenter = ShellPresenter(
            self, account=account, contacts=contacts, outbox=outbox, recent=recent,
            saving=self.saving,
        )  # fmt: skip
        self.recent.attach(recent)
        self.model = self.recent.model

    def attach_banners(
        self, outbox: OutboxService, contacts: ContactService, recent: RecentService
    ) -> None:
        """The banners that listen to the services themselves (the local file's problems; the
        duplicate's update and its undo), made once the save controller and the status line
        are connected, so those hear the same answers first."""
        from whaapy_contacts.ui.form.duplicate_update import (  # noqa: PLC0415 - after the paint
            DuplicateUpdateFlow,
            UndoBanner,
        )
        from whaapy_contacts.ui.shell.storage_banner import StorageBanner  # noqa: PLC0415 - start-up

        self.storage_banner = StorageBanner(outbox.storage, self)
        self.undo_banner = UndoBanner(self)
        self._column.insertWidget(self._column.indexOf(self.paused_banner) + 1, self.storage_banner)
        self.form.add_footer_banner(self.undo_banner)  # the form's fields never jump at a save
        # In Tab order where it shows: after the form's buttons.
        before: QWidget = self.form.clear_button
        undo = self.undo_banner
        for button in (
            undo.undo_button,
            undo.retry_button,
            undo.put_back_button,
            undo.close_button,
        ):
            QWidget.setTabOrder(before, button)
            before = button
        stages = self.form.stage
        self.duplicate_flow = DuplicateUpdateFlow(
            self, self._offer_update, contacts, recent,
            lambda stage_id: stages.itemText(stages.findData(stage_id)),
        )  # fmt: skip

    def _offer_update(self, *offer: Any) -> None:
        """The duplicate flow's undo, offered as any save's (``undo_flow``: wired later)."""
        self.undo_flow.offer_update(*offer)

    def ready(self) -> None:
        """Wired: whatever the person asked for meanwhile happens now, in order."""
        self.attached = True
        self.presenter.show_mode(self.presenter.account.mode)  # start() loads the lists once
        self.show_account_notice()
        if not self.form.is_blank():  # typed before the services: kept as any typing is
            self.presenter.autosave_draft()
        early, self._early = self._early, []
        for action in early:
            action()

    def show_training(self, training: bool) -> None:
        """The practice-mode banner and title (before ready(): the mode main.py expects)."""
        self.banner.setVisible(training)
        # Ends with the app's name: Qt adds the application's display name to a title that
        # doesn't end with it ("… — Whaapy Contactos — Whaapy Contactos" on X11 otherwise).
        title = self.tr("Whaapy Contacts")
        if training:
            title = self.tr("Practice mode — %1").replace("%1", title)
        self.setWindowTitle(title)

    def _submitted_early(self, draft: ContactDraft) -> None:
        if not self.attached:  # once wired, the save controller takes the form's drafts
            if draft in self._early_drafts:
                return  # pressed twice: one contact (the form is cleared only once attached)
            self._early_drafts.append(draft)
            self._early.append(lambda: self.saving.submit(draft))

    # --- actions (the presenter decides; asked for early, they wait for it) ----------------

    def present(self) -> None:
        """Right after the first paint: to the front, with the keyboard, shortcuts included
        (without a window manager, a window nobody activates gets no keys)."""
        self.activateWindow()
        self.raise_()

    def start(self) -> None:
        """Once wired: reference data and the recent list, on workers."""
        self.presenter.start()

    @_once_attached
    def refresh(self) -> None:
        self.presenter.refresh()

    @_once_attached
    def reopen(self, entry_id: str) -> None:
        self.presenter.reopen(entry_id)

    @_once_attached
    def edit_contact(self, contact: Contact) -> None:
        """Load a saved contact into the form to change it (after asking, if it holds typing)."""
        self.presenter.edits.open(contact)

    @_once_attached
    def ask_clear(self) -> None:
        self.presenter.clear()

    def focus_search(self) -> None:
        self.recent.focus_search()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc that no widget took (a popup, a combo's list, a search in the country picker
        take theirs): not a window shortcut, which fired before them (issue 13, case 2)."""
        if event.key() == KEY_ESCAPE and not event.modifiers():
            self.escape()
            return
        super().keyPressEvent(event)

    def escape(self) -> None:
        """The innermost thing first: the search box's text, then leaving it, then the form."""
        if QApplication.focusWidget() is self.search:
            if self.search.text():
                self.search.clear()
            else:
                self.form.phone.setFocus()
            return
        self.ask_clear()

    def confirm_clear(self, *, save_first: bool = False) -> str:
        """ "clear", "save" (offered with ``save_first``) or "keep", the default."""
        from whaapy_contacts.ui.shell.asking import confirm_clear  # noqa: PLC0415 - a dialog

        editing = self.form.edit_target() is not None
        return confirm_clear(self, editing=editing, save_first=save_first)

    @_once_attached
    def ask_discard(self, entry_id: str) -> None:
        """ "Descartar": say what will be lost, with "Conservar" as the default answer."""
        from whaapy_contacts.ui.form.discard import ask_discard  # noqa: PLC0415 - not at start-up

        try:
            entry = self.presenter.outbox.entry(entry_id)
        except KeyError:
            return  # gone meanwhile (sent, or discarded in another window)
        self.discard_box = ask_discard(self, entry, lambda: self.presenter.discard(entry_id))

    @_once_attached
    def open_connect_dialog(self) -> ConnectDialog:
        from whaapy_contacts.ui.shell.connect_dialog import ConnectDialog  # noqa: PLC0415 - start-up

        dialog = ConnectDialog(self.presenter.account, self, unsent=self.presenter.unsent)
        dialog.connected.connect(self.presenter.connected)
        dialog.disconnected.connect(
            lambda: self.status(self.tr("Disconnected. Back in practice mode."))
        )
        dialog.disconnected.connect(self.show_account_notice)
        dialog.open()
        return dialog

    def open_shortcuts(self) -> ShortcutsDialog:
        from whaapy_contacts.ui.shell.shortcuts_dialog import ShortcutsDialog  # noqa: PLC0415 - start-up

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- showing --------------------------------------------------------------------------

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def status_text(self) -> str:
        return self.statusBar().currentMessage()

    def show_account_notice(self) -> None:
        """The account banner (ui/shell/account_notice.py), made the first time it has something to
        say, under the practice banner."""
        from whaapy_contacts.ui.shell.account_notice import AccountNotice  # noqa: PLC0415 - start-up

        account = self.presenter.account
        notice: AccountNotice | None = getattr(self, "account_notice", None)
        if notice is None:
            if not (account.address_problem or account.waiting or account.session_only):
                return
            notice = self.account_notice = AccountNotice(self)
            notice.connect_button.clicked.connect(self.open_connect_dialog)
            self.centralWidget().layout().insertWidget(1, notice)  # type: ignore[union-attr]
        notice.show_for(account)

    def tell_session_only(self) -> None:
        from whaapy_contacts.ui.shell.asking import tell_session_only  # noqa: PLC0415 - a dialog

        self.status(self.tr("Connected to Whaapy for this session only: the key was not saved."))
        tell_session_only(self)

    def show_not_kept(self, _error: object) -> None:
        """A contact could not be kept on this computer: it stays in the form, which says so."""
        self._not_kept = True
        self.form.summary.set_messages([self.tr(
            "Not saved: this computer can't keep contacts right now (see the notice above). "
            "What you typed is still here."
        )])  # fmt: skip
        self.status(self.tr("Not saved: the contact is still in the form."))

    def storage_recovered(self) -> None:
        from whaapy_contacts.services.storage_watch import RECOVERED  # noqa: PLC0415
        from whaapy_contacts.ui.common.texts import translated  # noqa: PLC0415

        if self._not_kept:  # the summary shows a refusal: it is over
            self._not_kept = False
            self.form.summary.clear()
        self.status(translated(RECOVERED))

    # --- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.attached and not self.form.is_blank():
            # Closed in the instant before the services are there: close once the typing can
            # be kept (the question about it needs them too).
            event.ignore()
            if self.close not in self._early:  # closed twice: asked once
                self._early.append(self.close)
            return
        if self.attached and not self._may_close():
            event.ignore()
            return
        self.outbox_status.stop()  # its countdown must not read the outbox once it is closed
        if self.attached:
            self.presenter.closing()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)

    def _may_close(self) -> bool:
        from whaapy_contacts.ui.shell.asking import may_close  # noqa: PLC0415 - a dialog

        presenter = self.presenter
        typed = lambda: not self.form.is_blank()  # noqa: E731 - read again at each recount
        return may_close(self, presenter.outbox, presenter.account, typed)
