"""The main window: the form on the left, recent contacts on the right, all wiring in one place."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.ui.common.decor import Banner
from whaapy_contacts.ui.common.reactivate import Reactivator
from whaapy_contacts.ui.common.status_icons import message_icon
from whaapy_contacts.ui.common.texts import render, translated
from whaapy_contacts.ui.form.contact_form import ContactForm
from whaapy_contacts.ui.recent.panel import RecentPanel
from whaapy_contacts.ui.shell.outbox_status import OutboxStatus, PausedBanner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeyEvent

    from whaapy_contacts.domain.contact import Contact, ContactDraft
    from whaapy_contacts.domain.outbox import OutboxEntry
    from whaapy_contacts.services.account import AccountService, Mode
    from whaapy_contacts.services.contacts import ContactService
    from whaapy_contacts.services.outbox import OutboxService
    from whaapy_contacts.services.recent import FailedEdit, RecentService, Updated
    from whaapy_contacts.ui.form.duplicate_update import DuplicateUpdateFlow, UndoBanner
    from whaapy_contacts.ui.form.save_controller import SaveController
    from whaapy_contacts.ui.recent.model import RecentContactsModel
    from whaapy_contacts.ui.shell.connect_dialog import ConnectDialog
    from whaapy_contacts.ui.shell.shortcuts_dialog import ShortcutsDialog

log = logging.getLogger(__name__)
KEY_ESCAPE = 0x01000000  # Qt.Key.Key_Escape, by value: the first frame leaves Qt's enums unbuilt
STATUS_MS = 8000
BACK_ONLINE_S = 2.0  # a retry due sooner than this is left to happen on its own
OUTBOX_ROWS_MANY = 20  # with more unsent entries than this, their rows are refreshed
OUTBOX_ROWS_MS = 100  # at most this often

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _once_attached(
    method: Callable[Concatenate[MainWindow, _P], _R],
) -> Callable[Concatenate[MainWindow, _P], _R | None]:
    """An action that needs the services: asked for before ``attach()`` (the window shows
    before they exist), it runs as soon as they are there instead of being lost."""

    def run(self: MainWindow, /, *args: _P.args, **kwargs: _P.kwargs) -> _R | None:
        if not self.attached:
            self._early.append(lambda: method(self, *args, **kwargs))
            return None
        return method(self, *args, **kwargs)

    return run


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


class MainWindow(QMainWindow):
    """The form and the list. Built and shown first; the services are attached after the first
    paint (``attach``), so the window does not wait for the model layer to load."""

    # Set by attach(); the widgets never need them before.
    _account: AccountService
    _contacts: ContactService
    _outbox: OutboxService
    _recent: RecentService
    saving: SaveController
    duplicate_flow: DuplicateUpdateFlow
    undo_banner: UndoBanner
    model: RecentContactsModel  # the list's

    def __init__(self) -> None:
        super().__init__()
        self.attached = False
        self._early: list[Callable[[], object]] = []  # actions asked for before attach()
        self._early_drafts: list[ContactDraft] = []  # saves asked for before attach()
        self._known_tags: set[str] = set()
        self._sent: list[Contact] = []  # sent contacts not in the list yet (_on_entry_changed)
        self._failed_edits: dict[str, FailedEdit] = {}  # contact id -> its refused edit
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

    def _build_menu(self) -> None:
        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        self.connect_action = QAction(self.tr("&Connect a Whaapy account…"), self)
        account_menu.addAction(self.connect_action)
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
        """Wiring between the window's own parts (the services come with attach())."""
        self.form.clear_requested.connect(self.ask_clear)
        self.form.edited.connect(self._draft_timer_restart)
        self.form.submitted.connect(self._submitted_early)
        self.paused_banner.fix_button.clicked.connect(self.open_connect_dialog)
        self._draft_timer = QTimer(self, singleShot=True, interval=400)
        self._draft_timer.timeout.connect(self.autosave_draft)
        self._sent_timer = QTimer(self, singleShot=True, interval=0)
        self._sent_timer.timeout.connect(self._add_sent)
        self._outbox_rows_timer = QTimer(self, singleShot=True, interval=OUTBOX_ROWS_MS)
        self._outbox_rows_timer.timeout.connect(self._outbox_rows_quiet)
        self._outbox_rows_stale = False
        self.recent.outbox_entry_activated.connect(self._reopen)
        self.recent.edit_requested.connect(self.edit_contact)
        self.recent.outbox_entry_discard_requested.connect(self.ask_discard)
        self.recent.outbox_rows_needed.connect(self._show_outbox)
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
        """Bind the services; then whatever the user asked for meanwhile happens, in order."""
        from whaapy_contacts.ui.form.save_controller import SaveController  # noqa: PLC0415 - start-up

        if self.attached:
            raise RuntimeError("MainWindow.attach() was already called")
        self._account, self._contacts = account, contacts
        self._outbox, self._recent = outbox, recent
        self.saving = SaveController(self.form, outbox, contacts)
        self.recent.attach(recent)
        self.model = self.recent.model
        self.outbox_status.attach(outbox)
        self._attach_storage(outbox)
        self.saving.status.connect(self.status)
        self.saving.details_requested.connect(self._show_details)
        self.saving.contact_requested.connect(self.recent.show_contact)
        self._attach_duplicate_flow(contacts, recent)
        self.saving.reopen_requested.connect(self._reopen)
        outbox.entry_changed.connect(self._on_entry_changed)
        outbox.status_changed.connect(self.paused_banner.show_status)
        outbox.entries_changed.connect(self._show_outbox)
        contacts.stages_loaded.connect(self.form.set_stages)
        contacts.tags_loaded.connect(self._add_known_tags)
        contacts.stages_loaded.connect(self.recent.set_stages)
        contacts.tags_loaded.connect(self.recent.add_tags)
        self.form.update_submitted.connect(self._submit_edit)
        self.form.failed_edit_open_requested.connect(self._reopen_edit)
        recent.state_changed.connect(self._maybe_back_online)
        recent.contact_updated.connect(self._on_contact_updated)
        recent.validation_failed.connect(self._on_edit_invalid)
        recent.update_failed.connect(self._on_update_failed)
        account.mode_changed.connect(self._on_mode_changed)
        self.attached = True
        self._show_mode(account.mode)  # not _on_mode_changed: start() loads the lists once
        self.show_account_notice()
        early, self._early = self._early, []
        for action in early:
            action()

    def _attach_storage(self, outbox: OutboxService) -> None:
        """Problems of the local file: a banner above the form, and the form's own summary
        when a contact could not be kept (it stays in the form)."""
        from whaapy_contacts.services.storage_watch import RECOVERED  # noqa: PLC0415
        from whaapy_contacts.ui.shell.storage_banner import StorageBanner  # noqa: PLC0415 - start-up

        self.storage_banner = StorageBanner(outbox.storage, self)
        self._column.insertWidget(self._column.indexOf(self.paused_banner) + 1, self.storage_banner)
        refused = [False]  # the summary shows a refusal, to clear once it is over

        def on_refused(_error: object) -> None:
            refused[0] = True
            self.form.summary.set_messages([self.tr(
                "Not saved: this computer can't keep contacts right now (see the notice above). "
                "What you typed is still here."
            )])  # fmt: skip
            self.status(self.tr("Not saved: the contact is still in the form."))

        def on_recovered() -> None:
            if refused[0]:
                refused[0] = False
                self.form.summary.clear()
            self.status(translated(RECOVERED))

        outbox.save_refused.connect(on_refused)
        outbox.storage.recovered.connect(on_recovered)

    def _attach_duplicate_flow(self, contacts: ContactService, recent: RecentService) -> None:
        from whaapy_contacts.ui.form.duplicate_update import (  # noqa: PLC0415 - after the paint
            DuplicateUpdateFlow,
            UndoBanner,
        )

        self.undo_banner = UndoBanner(self)
        self._column.insertWidget(self._column.indexOf(self.paused_banner) + 1, self.undo_banner)
        # In Tab order where it shows: after the banners above it, before the form.
        QWidget.setTabOrder(self.paused_banner.fix_button, self.undo_banner.undo_button)
        stages = self.form.stage
        self.duplicate_flow = DuplicateUpdateFlow(
            self, self.undo_banner, contacts, recent,
            lambda stage_id: stages.itemText(stages.findData(stage_id)),
        )  # fmt: skip
        self.duplicate_flow.status.connect(self.status)
        self.saving.update_preview_requested.connect(self.duplicate_flow.preview)

    def show_training(self, training: bool) -> None:
        """The practice-mode banner and title (before attach(): the mode main.py expects)."""
        self.banner.setVisible(training)
        # Ends with the app's name: Qt adds the application's display name to a title that
        # doesn't end with it ("… — Whaapy Contactos — Whaapy Contactos" on X11 otherwise).
        title = self.tr("Whaapy Contacts")
        if training:
            title = self.tr("Practice mode — %1").replace("%1", title)
        self.setWindowTitle(title)

    def _submitted_early(self, draft: ContactDraft) -> None:
        if not self.attached:  # once attached, the save controller takes the form's drafts
            if draft in self._early_drafts:
                return  # pressed twice: one contact (the form is cleared only once attached)
            self._early_drafts.append(draft)
            self._early.append(lambda: self.saving.submit(draft))

    @_once_attached
    def _reopen(self, entry_id: str) -> None:
        # The form may hold the next contact, typed meanwhile: never replace it unasked.
        if self._make_room():
            self.saving.reopen(entry_id)

    def _submit_edit(self, old: Contact, draft: ContactDraft) -> None:
        """As a new contact's save: the form is free for the next contact at once, and the
        PATCH's answer never touches it (the status bar, or a banner to reopen it)."""
        if not self._recent.update(old, draft):
            return  # nothing to send, or invalid: the form says so
        self._failed_edits.pop(old.id, None)
        self.form.failed_edit().forget(old.id)
        self.form.leave_edit_mode()
        self.saving.forget_form_entry()
        self.saving.forget_typing()
        who = draft.name.strip() or old.display_name or old.phone_number
        self.status(self.tr("Saving the changes to “%1”…").replace("%1", who))

    def _reopen_edit(self, contact_id: str) -> None:
        failed = self._failed_edits.get(contact_id)
        if failed is None or self._recent.is_updating(contact_id) or not self._make_room():
            return
        del self._failed_edits[contact_id]
        self.form.failed_edit().forget(contact_id)
        self.saving.forget_form_entry()
        self._outbox.save_form_draft(None)
        self.form.load_edit_draft(failed.old, failed.draft)
        self._show_edit_problem(failed.error)

    def _make_room(self) -> bool:
        """Before another contact goes into the form: what it holds is saved first, thrown
        away, or kept (the default), as the person says. True when the form is free."""
        if self.form.is_blank() or (
            self.form.edit_target() is not None and not self.form.has_changes()
        ):
            return True
        answer = self._confirm_clear(save_first=True)
        if answer == "save":
            self.form.submit()  # a new contact, or the edit: the form is cleared if it went
            return self.form.is_blank() and self.form.edit_target() is None
        return answer == "clear"

    # --- actions --------------------------------------------------------------------------

    def present(self) -> None:
        """Right after the first paint: to the front, with the keyboard, shortcuts included
        (without a window manager, a window nobody activates gets no keys)."""
        self.activateWindow()
        self.raise_()

    def start(self) -> None:
        """Once attached: reference data and the recent list, on workers."""
        self.restore_draft()
        self.form.phone.setFocus()
        self._show_outbox()
        self._recent.load_history()
        # The client (and the practice server) are made on a worker; then go online.
        self._account.warm_up().finished.connect(self._go_online)

    def _go_online(self) -> None:
        self._outbox.pump()
        self.refresh()

    @_once_attached
    def refresh(self) -> None:
        self._contacts.load_reference_data()
        self.recent.refresh()

    def focus_search(self) -> None:
        self.recent.focus_search()

    @_once_attached
    def edit_contact(self, contact: Contact) -> None:
        """Load a saved contact into the form to change it (after asking, if it holds typing)."""
        if self.saving.busy:
            return
        if self._recent.is_updating(contact.id):
            self.status(self.tr("Its changes are still being saved; open it again in a moment."))
            return
        if not self._make_room():
            return
        self.saving.forget_form_entry()
        self._outbox.save_form_draft(None)
        self.form.load_for_edit(contact)
        why = self.tr(
            "Whaapy doesn't let a saved contact's phone change; for another number, save a "
            "new contact."
        )
        self.form.phone_notice.set_messages([why])

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

    @_once_attached
    def ask_clear(self) -> None:
        if self.saving.busy:
            return
        if self.form.edit_target() is not None and not self.form.has_changes():
            self.form.cancel_edit()  # nothing typed: nothing to lose, nothing to ask
            return
        if self.form.is_blank() or self._confirm_clear() == "clear":
            self.form.clear_all()
            self.saving.forget_form_entry()
            self._outbox.save_form_draft(None)

    @_once_attached
    def autosave_draft(self) -> None:
        """The half-typed form survives a crash or a closed laptop (restored on next start)."""
        if self.form.edit_target() is not None:
            return  # an edit is not a new contact: restoring it as one would make a duplicate
        draft = self.form.draft()
        self._outbox.save_form_draft(None if draft.is_blank() else draft)

    def _draft_timer_restart(self) -> None:
        self._draft_timer.start()

    def restore_draft(self) -> bool:
        from whaapy_contacts.domain.contact import draft_from_dict  # noqa: PLC0415 - start-up

        saved = self._outbox.form_draft()
        if not saved or not self.form.is_blank():  # typed before the services came: theirs
            return False
        self.form.load_draft(draft_from_dict(saved))
        self.status(self.tr("Recovered the contact you were typing."))
        return True

    def _confirm_clear(self, *, save_first: bool = False) -> str:
        """ "clear", "save" (offered with ``save_first``: another contact is to be opened) or
        "keep", the default."""
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - a dialog: not at start-up

        editing = self.form.edit_target() is not None
        lost = (self.tr("Your changes to this contact will be lost.") if editing
                else self.tr("What you typed will be lost."))  # fmt: skip
        title = self.tr("Clear the form?")
        if save_first:
            lost = (self.tr("The form holds your changes to another contact.") if editing
                    else self.tr("The form holds a contact you are typing."))  # fmt: skip
            title = self.tr("Save what you typed first?")
        box = QMessageBox(QMessageBox.Icon.Question, title, lost, parent=self)
        save = None
        if save_first:
            save = box.addButton(self.tr("Save it first"), QMessageBox.ButtonRole.AcceptRole)
        discard = self.tr("Discard it and open the other") if save_first else self.tr("Clear")
        clear = box.addButton(discard, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        # Enter and Esc keep the contact: the destructive answer is never the default.
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save and save else "clear" if clicked is clear else "keep"

    @_once_attached
    def ask_discard(self, entry_id: str) -> None:
        """ "Descartar": say what will be lost, with "Conservar" as the default answer."""
        from whaapy_contacts.ui.form.discard import ask_discard  # noqa: PLC0415 - not at start-up

        try:
            entry = self._outbox.entry(entry_id)
        except KeyError:
            return  # gone meanwhile (sent, or discarded in another window)
        self.discard_box = ask_discard(self, entry, lambda: self._discard(entry_id))

    def _discard(self, entry_id: str) -> None:
        if self._outbox.discard(entry_id):
            self.saving.forget_entry(entry_id)
            self.status(self.tr("Discarded. It was not sent to Whaapy."))

    @_once_attached
    def open_connect_dialog(self) -> ConnectDialog:
        from whaapy_contacts.ui.shell.connect_dialog import ConnectDialog  # noqa: PLC0415 - start-up

        dialog = ConnectDialog(self._account, self, unsent=self._unsent)
        dialog.connected.connect(self._after_connect)
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

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def _unsent(self) -> int:
        status = self._outbox.status()
        return status.pending + status.attention

    def show_account_notice(self) -> None:
        """The account banner (ui/shell/account_notice.py), made the first time it has something to
        say, under the practice banner."""
        from whaapy_contacts.ui.shell.account_notice import AccountNotice  # noqa: PLC0415 - start-up

        notice: AccountNotice | None = getattr(self, "account_notice", None)
        if notice is None:
            account = self._account
            if not (account.address_problem or account.waiting or account.session_only):
                return
            notice = self.account_notice = AccountNotice(self)
            notice.connect_button.clicked.connect(self.open_connect_dialog)
            self.centralWidget().layout().insertWidget(1, notice)  # type: ignore[union-attr]
        notice.show_for(self._account)

    # --- outcomes -------------------------------------------------------------------------

    def _on_mode_changed(self, mode: Mode) -> None:
        self._show_mode(mode)
        if self.isVisible():
            self.refresh()

    def _show_mode(self, mode: Mode) -> None:
        from whaapy_contacts.services.account import Mode  # noqa: PLC0415 - loaded by attach()

        training = mode is Mode.TRAINING
        self.show_training(training)
        self.recent.set_practice(training)
        self.saving.practice = training
        self.outbox_status.set_practice(training)

    def _after_connect(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - a dialog: not at start-up

        self._outbox.resume()
        self.show_account_notice()
        if not self._account.session_only:
            self.status(self.tr("Connected to Whaapy."))
            return
        self.status(self.tr("Connected to Whaapy for this session only: the key was not saved."))
        QMessageBox.information(
            self,
            self.tr("Key used for this session only"),
            self.tr(
                "This computer has no password store the app can use, so the key is kept only "
                "while the app is open. It is never written to disk. You will need to paste it "
                "again next time."
            ),
        )

    def _on_entry_changed(self, entry: OutboxEntry) -> None:
        """Sent contacts join the list together: the outbox reports a group of answers entry by
        entry and then ``entries_changed``, where they are merged in one go (one sort of the
        list, one history write). The 0 ms timer is only a safety net."""
        from whaapy_contacts.domain.outbox import OutboxState  # noqa: PLC0415 - start-up

        if entry.state is OutboxState.SENT and entry.contact is not None:
            self._sent.append(entry.contact)
            self._sent_timer.start()
            self._recent.server_answered()  # "Sin conexión" in the list stops being true

    def _add_sent(self) -> None:
        sent, self._sent = self._sent, []
        self._sent_timer.stop()
        if sent:
            self._drop_pending_note()
            self.recent.add_saved_many(sent)
            self._add_known_tags({tag for contact in sent for tag in contact.tags})

    def _maybe_back_online(self) -> None:
        """The list just heard from the server while contacts wait out a "no connection"
        backoff: the connection is back, so they go now ("Sin conexión" stops being shown)."""
        from whaapy_contacts.services.problems import Kind  # noqa: PLC0415 - after the paint

        if not self.isVisible() or self._recent.online is not True or self._recent.loading:
            return  # closed: the outbox may be closed too (a list answer arriving late)
        status = self._outbox.status()
        waiting = status.next_retry_in is not None and status.next_retry_in > BACK_ONLINE_S
        unanswered = status.problem is not None and status.problem.kind in (Kind.OFFLINE, Kind.SLOW)
        if status.paused_by is None and unanswered and waiting:
            self._outbox.retry_now()

    def _drop_pending_note(self) -> None:
        """ "Guardado como pendiente…" stops being true once nothing is pending."""
        from PySide6.QtCore import QCoreApplication  # noqa: PLC0415 - after the paint

        pending = QCoreApplication.translate(
            "SaveController", "Saved as pending: it will be sent as soon as Whaapy answers."
        )
        if self.statusBar().currentMessage() == pending and not self._outbox.status().pending:
            self.status(self.tr("Every pending contact was sent."))

    def _show_details(self, contact: Contact) -> None:
        self.recent.show_contact(contact.id, contact)

    def _show_outbox(self) -> None:
        """The unsent entries pinned on top of the list, at once. Each refresh reads every
        unsent entry: with many of them (a burst being sent), at most every OUTBOX_ROWS_MS, as
        one refresh per group of answers kept the window from painting."""
        self._add_sent()
        if self._outbox_rows_timer.isActive():
            self._outbox_rows_stale = True
            return
        self._outbox_rows_stale = False
        unsent = self._outbox.unsent()
        self.recent.set_outbox(unsent)
        if len(unsent) > OUTBOX_ROWS_MANY:
            self._outbox_rows_timer.start()

    def _outbox_rows_quiet(self) -> None:
        if self._outbox_rows_stale:
            self._show_outbox()

    def _on_contact_updated(self, updated: Updated) -> None:
        if not updated.sent:  # nothing to send: answered at once, the form is still the edit
            self.form.leave_edit_mode()
        self._add_known_tags(updated.contact.tags)
        who = updated.contact.display_name or updated.contact.phone_number
        text = self.tr("Updated: %1") if updated.sent else self.tr("Nothing changed: %1")
        if updated.kept:
            text += " " + self.tr("(Whaapy can't empty some fields, so they keep their value.)")
        self.status(text.replace("%1", who))

    def _on_edit_invalid(self, errors: object) -> None:
        from whaapy_contacts.ui.form.save_controller import refusal_status  # noqa: PLC0415

        self.form.show_errors(errors)  # type: ignore[arg-type]
        self.status(refusal_status(errors))  # type: ignore[arg-type]

    def _on_update_failed(self, failed: FailedEdit) -> None:
        """The form moved on when it was saved: a banner names the contact, and "Abrirlo"
        brings the changes back (the form is never touched by the answer)."""
        from whaapy_contacts.services.problems import Kind, problem_or_raise  # noqa: PLC0415

        problem = problem_or_raise(failed.error)
        self._failed_edits[failed.old.id] = failed
        who = failed.draft.name.strip() or failed.old.display_name or failed.old.phone_number
        why = (self.tr("Whaapy refused some of its fields.") if problem.kind is Kind.FIELDS
               else render(problem, practice=self.saving.practice))  # fmt: skip
        text = self.tr("The changes to “%1” were not saved: %2").replace("%1", who)
        self.form.failed_edit().show_for(failed.old.id, text.replace("%2", why))
        self.status(text.replace("%2", why))

    def _show_edit_problem(self, exc: object) -> None:
        """A reopened edit, with what was wrong: under its fields, or over them."""
        from whaapy_contacts.services.problems import Kind, problem_for  # noqa: PLC0415
        from whaapy_contacts.ui.form.save_controller import refusal_status  # noqa: PLC0415

        problem = problem_for(exc)
        if problem.field_errors is not None:
            self.form.show_errors(problem.field_errors)
            self.status(refusal_status(problem.field_errors))
        elif problem.kind is not Kind.UNEXPECTED:
            said = render(problem, practice=self.saving.practice)
            self.form.summary.set_texts([said])
            self.status(said)

    def _add_known_tags(self, tags: object) -> None:
        self._known_tags.update(tags)  # type: ignore[arg-type]
        self.form.set_tag_suggestions(sorted(self._known_tags))

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
        self._draft_timer.stop()
        self.outbox_status.stop()  # its countdown must not read the outbox once it is closed
        if self.attached:
            self.autosave_draft()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)

    def _may_close(self) -> bool:
        """Pending contacts or a half-typed form: ask first, with buttons that say what they do."""
        status = self._outbox.status()
        unsent = status.pending + status.attention
        if not unsent and self.form.is_blank():
            return True
        from whaapy_contacts.ui.shell.quit_question import QuitQuestion  # noqa: PLC0415 - a dialog

        failing = self._outbox.storage.problem is not None  # the form's contact can't be kept
        question = QuitQuestion(
            unsent,
            self,
            typed=not self.form.is_blank(),
            storage_failing=failing,
            session_only=self._account.session_only,
        )

        def recount() -> None:
            now = self._outbox.status()
            question.show_counts(now.pending + now.attention, typing=not self.form.is_blank())

        self._outbox.entries_changed.connect(recount)  # each group of answers
        try:
            return question.leave_chosen()
        finally:
            self._outbox.entries_changed.disconnect(recount)
