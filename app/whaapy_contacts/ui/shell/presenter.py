"""The window's decisions: what its actions do with the services, and how the outbox's and the
list's outcomes reach the form and the list. The window (main_window.py) builds, shows and asks;
this decides. Made once the services are there (MainWindow.attach); connected by
bootstrap/compose.py."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from whaapy_contacts.domain.contact import draft_from_dict
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.services.account import Mode
from whaapy_contacts.services.problems import Kind
from whaapy_contacts.ui.shell.edits import EditPresenter

if TYPE_CHECKING:
    from collections.abc import Iterable

    from whaapy_contacts.domain.contact import Contact
    from whaapy_contacts.domain.outbox import OutboxEntry
    from whaapy_contacts.services.account import AccountService
    from whaapy_contacts.services.contacts import ContactService
    from whaapy_contacts.services.outbox import OutboxService
    from whaapy_contacts.services.recent import RecentService
    from whaapy_contacts.ui.form.save_controller import SaveController
    from whaapy_contacts.ui.shell.main_window import MainWindow

BACK_ONLINE_S = 2.0  # a retry due sooner than this is left to happen on its own
OUTBOX_ROWS_MANY = 20  # with more unsent entries than this, their rows are refreshed
OUTBOX_ROWS_MS = 100  # at most this often
DRAFT_AUTOSAVE_MS = 400  # the half-typed form is kept this long after the last keystroke


class ShellPresenter(QObject):
    """One account's services behind one window."""

    def __init__(
        self,
        window: MainWindow,
        *,
        account: AccountService,
        contacts: ContactService,
        outbox: OutboxService,
        recent: RecentService,
        saving: SaveController,
        draft_delay_ms: int = DRAFT_AUTOSAVE_MS,
    ) -> None:
        super().__init__(window)
        self._view, self._form, self._panel = window, window.form, window.recent
        self.account, self._contacts = account, contacts
        self.outbox, self.recent, self._saving = outbox, recent, saving
        self._known_tags: set[str] = set()
        self._sent: list[Contact] = []  # sent contacts not in the list yet (entry_changed)
        self._sent_timer = QTimer(self, singleShot=True, interval=0)
        self._sent_timer.timeout.connect(self.add_sent)
        self._rows_timer = QTimer(self, singleShot=True, interval=OUTBOX_ROWS_MS)
        self._rows_timer.timeout.connect(self._rows_quiet)
        self._rows_stale = False
        self.draft_timer = QTimer(self, singleShot=True, interval=draft_delay_ms)
        self.draft_timer.timeout.connect(self.autosave_draft)
        self.edits = EditPresenter(
            self, self._form, recent, outbox, saving, status=window.status,
            make_room=self.make_room, tags_seen=self.add_known_tags,
        )  # fmt: skip

    # --- starting -------------------------------------------------------------------------

    def start(self) -> None:
        """Once wired: the draft, the unsent rows and the history, then the server, on workers."""
        self.restore_draft()
        self._form.phone.setFocus()
        self.show_outbox()
        self.recent.load_history()
        # The client (and the practice server) are made on a worker; then go online.
        self.account.warm_up().finished.connect(self._go_online)

    def _go_online(self) -> None:
        self.outbox.pump()
        self.refresh()

    def refresh(self) -> None:
        self._contacts.load_reference_data()
        self._panel.refresh()

    def show_mode(self, mode: Mode) -> None:
        training = mode is Mode.TRAINING
        self._view.show_training(training)
        self._panel.set_practice(training)
        self._saving.practice = training
        self._view.outbox_status.set_practice(training)

    def mode_changed(self, mode: Mode) -> None:
        self.show_mode(mode)
        if self._view.isVisible():
            self.refresh()

    def connected(self) -> None:
        self.outbox.resume()
        self._view.show_account_notice()
        if self.account.session_only:
            self._view.tell_session_only()
        else:
            self._view.status(self.tr("Connected to Whaapy."))

    def unsent(self) -> int:
        status = self.outbox.status()
        return status.pending + status.attention

    # --- the form's contact ---------------------------------------------------------------

    def make_room(self) -> bool:
        """Before another contact goes into the form: what it holds is saved first, thrown
        away, or kept (the default), as the person says. True when the form is free."""
        form = self._form
        if form.is_blank() or (form.edit_target() is not None and not form.has_changes()):
            return True
        answer = self._view.confirm_clear(save_first=True)
        if answer == "save":
            form.submit()  # a new contact, or the edit: the form is cleared if it went
            return form.is_blank() and form.edit_target() is None
        return answer == "clear"

    def edit_existing(self, contact: Contact) -> None:
        """ "Editar ese" under the phone: the number typed is that contact's, and so is what
        else was typed with it: it goes into that contact's empty fields, shown as an edit
        (nothing is sent before the person saves). Editing another contact asks first."""
        form = self._form
        typed = form.draft() if form.edit_target() is None else None
        if typed is None or replace(typed, phone_number="").is_blank():
            self.edits.open(contact, make_room=self._room_for_existing)
            return
        self.edits.open(contact, make_room=lambda: True)
        if form.edit_target() is not contact:
            return  # not opened (a save still on its way): the form is as it was
        from whaapy_contacts.domain.carry import carry_over  # noqa: PLC0415 - on use
        from whaapy_contacts.domain.contact import draft_for_edit  # noqa: PLC0415 - on use

        carried = carry_over(typed, draft_for_edit(contact))
        form.values.load_edit_draft(carried.draft)
        self._view.status(carried_text(contact, carried.filled, carried.differ))

    def _room_for_existing(self) -> bool:
        form = self._form
        if form.edit_target() is None and replace(form.draft(), phone_number="").is_blank():
            form.clear_for_next()
            return True
        return self.make_room()

    def reopen(self, entry_id: str) -> None:
        # The form may hold the next contact, typed meanwhile: never replace it unasked.
        if self.make_room():
            self._saving.reopen(entry_id)

    def clear(self) -> None:
        form = self._form
        if self._saving.busy:
            return
        if form.edit_target() is not None and not form.has_changes():
            form.cancel_edit()  # nothing typed: nothing to lose, nothing to ask
            return
        if form.is_blank() or self._view.confirm_clear() == "clear":
            form.clear_all()
            self._saving.forget_form_entry()
            self.outbox.save_form_draft(None)

    def discard(self, entry_id: str) -> None:
        if self.outbox.discard(entry_id):
            self._saving.forget_entry(entry_id)
            self._view.status(self.tr("Discarded. It was not sent to Whaapy."))

    # --- the draft: the half-typed form survives a crash or a closed laptop ----------------

    def form_edited(self) -> None:
        self.draft_timer.start()

    def autosave_draft(self) -> None:
        form = self._form
        editing = form.edit_target()
        if editing is not None:  # kept as a change to that contact, never as a new one
            self.outbox.save_form_draft(form.draft() if form.has_changes() else None, editing)
            return
        draft = form.draft()
        self.outbox.save_form_draft(None if draft.is_blank() else draft)

    def closing(self) -> None:
        self.draft_timer.stop()
        self.autosave_draft()

    def restore_draft(self) -> bool:
        saved = self.outbox.form_draft()
        if not saved or not self._form.is_blank():  # typed before the services came: theirs
            return False
        edit_of = self.outbox.draft_edit_of(saved)
        if edit_of is not None:
            self._form.load_edit_draft(edit_of, draft_from_dict(saved))
            who = edit_of.display_name or edit_of.phone_number
            self._view.status(self.tr("Recovered your changes to “%1”.").replace("%1", who))
            return True
        self._form.load_draft(draft_from_dict(saved))
        self._view.status(self.tr("Recovered the contact you were typing."))
        return True

    # --- outcomes: sent contacts join the list --------------------------------------------

    def entry_changed(self, entry: OutboxEntry) -> None:
        """Sent contacts join the list together: the outbox reports a group of answers entry by
        entry and then ``entries_changed``, where they are merged in one go (one sort of the
        list, one history write). The 0 ms timer is only a safety net."""
        if entry.state is OutboxState.SENT and entry.contact is not None:
            self._sent.append(entry.contact)
            self._sent_timer.start()
            self.recent.server_answered()  # "Sin conexión" in the list stops being true

    def add_sent(self) -> None:
        sent, self._sent = self._sent, []
        self._sent_timer.stop()
        if sent:
            self._drop_pending_note()
            self._panel.add_saved_many(sent)
            self.add_known_tags({tag for contact in sent for tag in contact.tags})

    def show_outbox(self) -> None:
        """The unsent entries pinned on top of the list, at once. Each refresh reads every
        unsent entry: with many of them (a burst being sent), at most every OUTBOX_ROWS_MS, as
        one refresh per group of answers kept the window from painting."""
        self.add_sent()
        if self._rows_timer.isActive():
            self._rows_stale = True
            return
        self._rows_stale = False
        started = time.monotonic()
        unsent = self.outbox.unsent()
        self._panel.set_outbox(unsent)
        if len(unsent) > OUTBOX_ROWS_MANY:
            # An import's 10,000 waiting rows take ~1 s to re-read here: wait 10 times what the
            # last refresh took, so the window is free at least 90 % of a drain (issue 18).
            took_ms = (time.monotonic() - started) * 1000
            self._rows_timer.start(max(OUTBOX_ROWS_MS, round(10 * took_ms)))

    def _rows_quiet(self) -> None:
        if self._rows_stale:
            self.show_outbox()

    def list_state_changed(self) -> None:
        """The list just heard from the server while contacts wait out a "no connection"
        backoff: the connection is back, so they go now ("Sin conexión" stops being shown)."""
        recent = self.recent
        if not self._view.isVisible() or recent.online is not True or recent.loading:
            return  # closed: the outbox may be closed too (a list answer arriving late)
        status = self.outbox.status()
        waiting = status.next_retry_in is not None and status.next_retry_in > BACK_ONLINE_S
        unanswered = status.problem is not None and status.problem.kind in (Kind.OFFLINE, Kind.SLOW)
        if status.paused_by is None and unanswered and waiting:
            self.outbox.retry_now()

    def _drop_pending_note(self) -> None:
        """ "Guardado como pendiente…" stops being true once nothing is pending."""
        from whaapy_contacts.ui.form.save_controller import pending_note  # noqa: PLC0415

        pending = pending_note(self._saving.practice)
        if self._view.status_text() == pending and not self.outbox.status().pending:
            self._view.status(self.tr("Every pending contact was sent."))

    def add_known_tags(self, tags: Iterable[str]) -> None:
        self._known_tags.update(tags)
        self._form.set_tag_suggestions(sorted(self._known_tags))

    def show_details(self, contact: Contact) -> None:
        self._panel.show_contact(contact.id, contact)


def carried_text(contact: Contact, filled: tuple[str, ...], differ: tuple[str, ...]) -> str:
    """ "Se abrió «Colega Pérez» con lo que escribiste en sus campos vacíos: Correo, Empresa.
    No se cambió Nombre: tiene otro. Guarda para enviarlo." """
    from whaapy_contacts.domain.fields import field_named  # noqa: PLC0415 - on use
    from whaapy_contacts.ui.common.field_words import caption  # noqa: PLC0415 - on use

    def names(which: tuple[str, ...]) -> str:
        return ", ".join(caption(field_named(name)) for name in which)

    who = contact.display_name or contact.phone_number
    parts = [
        QCoreApplication.translate(
            "ShellPresenter", "Opened “%1” with what you typed in its empty fields: %2."
        )
        .replace("%1", who)
        .replace("%2", names(filled))
        if filled
        else QCoreApplication.translate("ShellPresenter", "Opened “%1”.").replace("%1", who)
    ]
    if differ:
        parts.append(
            QCoreApplication.translate(
                "ShellPresenter", "Not changed, it has its own: %1."
            ).replace("%1", names(differ))
        )
    if filled:
        parts.append(QCoreApplication.translate("ShellPresenter", "Save to send the changes."))
    return " ".join(parts)
