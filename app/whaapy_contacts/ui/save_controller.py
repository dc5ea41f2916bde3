"""The save flow between the form and the outbox: inline answers when quick, "Pendiente" if not.

The contact is stored durably first (the outbox). If the server answers within INLINE_WAIT_MS,
the user sees the result in the form as it happens (saved, duplicate banner, field errors). If
the network fails or is slow, the form clears for the next contact and the entry goes on
retrying in the background; the list and the status line say where it stands.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from whaapy_contacts.api import errors as api_errors
from whaapy_contacts.domain.contact import Contact, ContactDraft, draft_from_dict
from whaapy_contacts.domain.outbox import AttentionReason, OutboxEntry, OutboxState
from whaapy_contacts.domain.phone import format_international, normalize_phone
from whaapy_contacts.services.contacts import ContactService, Duplicate
from whaapy_contacts.services.outbox import OutboxService
from whaapy_contacts.ui.contact_form import ContactForm
from whaapy_contacts.ui.texts import translated

INLINE_WAIT_MS = 2000


def refusal_status(errors: Mapping[str, object]) -> str:
    """ "Revisa los campos marcados" only when a field is marked: a 400 may name none."""
    if set(errors) <= {"_"}:
        return QCoreApplication.translate(
            "SaveController", "Whaapy refused this contact; why is written above the form."
        )
    return QCoreApplication.translate("SaveController", "Check the marked fields.")


class SaveController(QObject):
    """Owns "which outbox entry is in the form"; the window shows what it reports."""

    status = Signal(str)  # a short message for the status bar
    details_requested = Signal(object)  # Contact: show it
    contact_requested = Signal(str)  # contact id: fetch and show it
    update_preview_requested = Signal(object)  # Duplicate: show what would change, first

    def __init__(self, form: ContactForm, outbox: OutboxService, contacts: ContactService) -> None:
        super().__init__(form)  # dies with the form: its 2 s timer never outlives the window
        self._form = form
        self._outbox = outbox
        self._contacts = contacts
        self._inline: str | None = None  # entry being saved while the user watches
        self._in_form: str | None = None  # entry the form is editing (to fix it)
        self._duplicate: Duplicate | None = None
        self.practice = False  # set by the window: the practice server is not Whaapy
        self._timer = QTimer(self, singleShot=True, interval=INLINE_WAIT_MS)
        self._timer.timeout.connect(self._give_up_waiting)
        self._wire()

    def _wire(self) -> None:
        self._form.submitted.connect(self.submit)
        self._form.view_existing_requested.connect(self._view_duplicate)
        self._form.update_existing_requested.connect(self._update_duplicate)
        self._outbox.validation_failed.connect(self._form.show_errors)
        self._outbox.entry_changed.connect(self._on_entry)
        self._contacts.duplicate_found.connect(self._on_duplicate)
        self._contacts.save_started.connect(lambda: self._form.set_busy(True))
        self._contacts.existing_updated.connect(self._on_existing_updated)
        self._contacts.save_failed.connect(self._on_update_failed)

    @property
    def busy(self) -> bool:
        return self._inline is not None or self._contacts.saving

    # --- saving -------------------------------------------------------------------------------

    def submit(self, draft: ContactDraft) -> None:
        editing = self._form.edit_target()
        if self.busy or editing is not None:
            return  # one click makes at most one contact; edits go through their own service
        self._form.clear_errors()
        entry = self._outbox.submit(draft, replaces=self._in_form)
        if entry is None:
            return  # invalid: the errors are under the fields already
        self._inline = entry.id
        self._form.set_busy(True)
        self._timer.start()
        if entry.state is not OutboxState.PENDING:  # answered synchronously (can't, but safe)
            self._on_entry(entry)

    def _on_entry(self, entry: OutboxEntry) -> None:
        if entry.id != self._inline:
            return
        if entry.state is OutboxState.SENT and entry.contact is not None:
            self._finish_saved(entry.contact, entry)
        elif entry.state is OutboxState.ATTENTION:
            self._show_attention(entry)
        elif entry.attempts and entry.last_error:
            self._give_up_waiting()  # a failed attempt: keep it pending, free the form

    def _finish_saved(self, contact: Contact, entry: OutboxEntry) -> None:
        draft = draft_from_dict(entry.draft)
        notices = normalize_phone(draft.phone_number, draft.phone_region).notices
        self._release()
        who = contact.display_name or format_international(contact.phone_number)
        saved = self.tr("Saved: %1").replace("%1", who)
        # What was changed in the number goes with the saved contact, not under the emptied
        # field for the next one (issue 13: messages that linger).
        self.status.emit(" · ".join([saved, *(translated(n.message) for n in notices)]))
        self._form.clear_for_next()
        self._form.show_notices(())

    def _give_up_waiting(self) -> None:
        """Slow or offline: the contact is safe in the outbox; the user goes on typing."""
        if self._inline is None:
            return
        self._release()
        self.status.emit(self.tr("Saved as pending: it will be sent as soon as Whaapy answers."))
        self._form.clear_for_next()
        self._form.phone_notice.clear()

    def _show_attention(self, entry: OutboxEntry) -> None:
        self._release(keep_in_form=entry.id)
        if entry.reason is AttentionReason.DUPLICATE:
            self._contacts.find_duplicate(entry.id, entry.payload, entry.existing_id)
        else:
            self._form.show_errors(entry.field_errors)
            self.status.emit(refusal_status(entry.field_errors))

    def _release(self, keep_in_form: str | None = None) -> None:
        self._timer.stop()
        self._inline = None
        self._in_form = keep_in_form
        self._form.set_busy(False)

    # --- reopening an entry that needs the user -----------------------------------------------

    def reopen(self, entry_id: str) -> None:
        """Put an entry that needs attention back in the form, with what was wrong."""
        entry = self._outbox.entry(entry_id)
        if entry.state is not OutboxState.ATTENTION or self.busy:
            return
        self._form.load_draft(draft_from_dict(entry.draft))
        self._show_attention(entry)

    def forget_form_entry(self) -> None:
        """The form was cleared: the next save is a new contact."""
        self._in_form = None
        self._duplicate = None

    def forget_entry(self, entry_id: str) -> None:
        """That entry was discarded: what the form holds is new typing (a new contact)."""
        if self._in_form == entry_id:
            self.forget_form_entry()

    # --- the duplicate flow -------------------------------------------------------------------

    def _on_duplicate(self, duplicate: Duplicate) -> None:
        if duplicate.entry_id != self._in_form:
            return
        self._duplicate = duplicate
        name = duplicate.existing.display_name if duplicate.existing else ""
        self._form.show_duplicate(name)
        if self.practice:  # nothing here is in Whaapy
            self.status.emit(self.tr("That number is already in your practice contacts."))
        else:
            self.status.emit(self.tr("That number is already in Whaapy."))

    def _view_duplicate(self) -> None:
        if self._duplicate is None:
            return
        if self._duplicate.existing is not None:
            self.details_requested.emit(self._duplicate.existing)
        else:
            self.contact_requested.emit(self._duplicate.existing_id)

    def _update_duplicate(self) -> None:
        if self._duplicate is not None:  # the window previews it (ui/duplicate_update.py)
            self.update_preview_requested.emit(self._duplicate)

    def _on_existing_updated(self, duplicate: Duplicate, contact: Contact) -> None:
        self._outbox.resolve_with(duplicate.entry_id, contact)
        self._release()
        self._duplicate = None
        who = contact.display_name or format_international(contact.phone_number)
        self.status.emit(self.tr("Updated: %1").replace("%1", who))
        self._form.clear_for_next()

    def _on_update_failed(self, exc: object) -> None:
        self._form.set_busy(False)
        if isinstance(exc, api_errors.ValidationFailed):
            self._form.show_errors(exc.field_errors)
            return
        if not isinstance(exc, api_errors.ApiError):
            raise exc if isinstance(exc, BaseException) else RuntimeError(repr(exc))
        kept = self.tr("What you typed is still in the form; try again when ready.")
        self._form.summary.set_messages([exc.user_message, kept])
        self.status.emit(translated(exc.user_message))
