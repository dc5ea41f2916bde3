"""The save flow between the form and the outbox: the form is free for the next contact at once.

The contact is stored durably first (the outbox), then the form is cleared for the next one in
the same keystroke: whatever is typed after Ctrl+Enter belongs to the next contact (issue 13,
case 1). The saved contact's fate is told by the status bar and its list row ("Pendiente",
then gone into the list). An answer that needs the person (field errors, a duplicate) never
touches the form: a banner over it names the contact and opens it on request.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal

from whaapy_contacts.domain.contact import Contact, ContactDraft, draft_from_dict
from whaapy_contacts.domain.outbox import AttentionReason, OutboxEntry, OutboxState
from whaapy_contacts.domain.phone import format_international, normalize_phone, same_phone
from whaapy_contacts.domain.validation import check_draft
from whaapy_contacts.services.contacts import ContactService, Duplicate
from whaapy_contacts.services.outbox import OutboxService
from whaapy_contacts.services.problems import problem_or_raise
from whaapy_contacts.ui.common.texts import render, translated
from whaapy_contacts.ui.form.contact_form import ContactForm


def _who(draft: ContactDraft) -> str:
    return draft.name.strip() or draft.phone_number.strip()


def refusal_status(errors: Mapping[str, object], practice: bool = False) -> str:
    """ "Revisa los campos marcados" only when a field is marked: a 400 may name none."""
    if set(errors) <= {"_"} and practice:
        return QCoreApplication.translate(
            "SaveController",
            "The practice server refused this contact; why is written above the form.",
        )
    if set(errors) <= {"_"}:
        return QCoreApplication.translate(
            "SaveController", "Whaapy refused this contact; why is written above the form."
        )
    return QCoreApplication.translate("SaveController", "Check the marked fields.")


def pending_note(practice: bool) -> str:
    """ "Guardado como pendiente…": in practice mode it waits for the practice server."""
    if practice:
        return QCoreApplication.translate(
            "SaveController",
            "Saved as pending: it will be sent as soon as the practice server answers.",
        )
    return QCoreApplication.translate(
        "SaveController", "Saved as pending: it will be sent as soon as Whaapy answers."
    )


class SaveController(QObject):
    """Owns "which outbox entry is in the form"; the window shows what it reports. Its slots
    are connected to the form and the services in bootstrap/compose.py."""

    status = Signal(str)  # a short message for the status bar
    details_requested = Signal(object)  # Contact: show it
    contact_requested = Signal(str)  # contact id: fetch and show it
    update_preview_requested = Signal(object)  # Duplicate: show what would change, first
    reopen_requested = Signal(str)  # entry id: the person asked to open a refused contact
    saved = Signal(str, object)  # entry id, ContactDraft: a new contact was saved (its undo)

    def __init__(self, form: ContactForm, outbox: OutboxService, contacts: ContactService) -> None:
        super().__init__(form)
        self._form = form
        self._outbox = outbox
        self._contacts = contacts
        self._watched: dict[str, str] = {}  # entry id -> who, saved and not settled yet
        self._told_pending: set[str] = set()  # of those: already said "saved as pending"
        self._in_form: str | None = None  # entry the form is editing (to fix it)
        self._duplicate: Duplicate | None = None
        self.practice = False  # set by the window: the practice server is not Whaapy
        # Set by bootstrap/compose.py: this draft waits for the undo running (ui/form/undo_save.py).
        self.undo_blocks: Callable[[ContactDraft], bool] = lambda _draft: False

    @property
    def busy(self) -> bool:
        """Updating a duplicate's existing contact (the form waits for that answer)."""
        return self._contacts.saving

    def watching(self) -> bool:
        """Saved contacts whose first answer has not come yet."""
        return bool(self._watched.keys() - self._told_pending)

    # --- saving -------------------------------------------------------------------------------

    def submit(self, draft: ContactDraft) -> None:
        if self.busy or self._form.edit_target() is not None:
            return  # edits go through their own service
        if draft.is_blank() and self.watching():
            return  # Ctrl+Enter pressed twice: the form was already cleared for the next one
        if self.undo_blocks(draft):  # its outcome says whether this number is still saved
            self.status.emit(self.tr("Wait a moment: the last save is being undone."))
            return
        self._form.clear_errors()
        entry = self._outbox.submit(draft, replaces=self._in_form)
        if entry is None:
            return  # invalid: the errors are under the fields already
        self._form.forget_earlier(entry.id)
        self._in_form = None
        self._duplicate = None
        self._watched[entry.id] = _who(draft)
        self._form.clear_for_next()
        self._form.phone_notice.clear()
        self.forget_typing()
        self.status.emit(self.tr("Saving “%1”…").replace("%1", _who(draft)))
        self.saved.emit(entry.id, draft)
        if entry.state is not OutboxState.PENDING:  # answered synchronously (can't, but safe)
            self._on_entry(entry)

    def _on_entry(self, entry: OutboxEntry) -> None:
        who = self._watched.get(entry.id)
        if who is None:
            return
        if entry.state is OutboxState.SENT and entry.contact is not None:
            told = entry.id in self._told_pending  # then "all pending sent" says it (window)
            self._settled(entry.id)
            if not told:
                self._saved(entry.contact, entry)
        elif entry.state is OutboxState.ATTENTION:
            # Also after retries (a look-up that failed first, services/existing.py): the
            # person must still hear that this contact was not saved, and why.
            self._settled(entry.id)
            self._refused(entry, who)
        elif entry.attempts and entry.last_error and entry.id not in self._told_pending:
            self._told_pending.add(entry.id)  # its row and the status line tell more
            self.status.emit(pending_note(self.practice))

    def _settled(self, entry_id: str) -> None:
        self._watched.pop(entry_id, None)
        self._told_pending.discard(entry_id)

    def _saved(self, contact: Contact, entry: OutboxEntry) -> None:
        """In the status bar, with what was changed in its number: under the phone it would
        stay under the next contact's, where it is no longer true."""
        draft = draft_from_dict(entry.draft)
        notices = normalize_phone(draft.phone_number, draft.phone_region).notices
        who = contact.display_name or format_international(contact.phone_number)
        text = self.tr("Saved: %1").replace("%1", who)
        self.status.emit(" · ".join([text, *(translated(n.message) for n in notices)]))

    def _refused(self, entry: OutboxEntry, who: str) -> None:
        if entry.reason is AttentionReason.DUPLICATE and self.practice:
            text = self.tr("“%1” was not saved: that number is already in your practice contacts.")
        elif entry.reason is AttentionReason.DUPLICATE:
            text = self.tr("“%1” was not saved: that number is already in Whaapy.")
        elif set(entry.field_errors) <= {"_"} and self.practice:  # names no field
            text = self.tr("“%1” was not saved: the practice server refused it.")
        elif set(entry.field_errors) <= {"_"}:  # a refusal that names no field
            text = self.tr("“%1” was not saved: Whaapy refused it.")
        elif self.practice:
            text = self.tr("“%1” was not saved: the practice server refused some of its fields.")
        else:
            text = self.tr("“%1” was not saved: Whaapy refused some of its fields.")
        self._form.earlier().show_for(entry.id, text.replace("%1", who))
        self.status.emit(text.replace("%1", who))

    def _earlier_still_true(self) -> None:
        """The banner goes when its contact no longer needs the person (sent, discarded,
        another account's): a message must not outlive what it says."""
        banner = self._form.earlier_if_shown()
        if banner is None:
            return
        waiting = {e.id for e in self._outbox.unsent() if e.state is OutboxState.ATTENTION}
        if banner.entry_id not in waiting:
            banner.hide()

    def _show_attention(self, entry: OutboxEntry) -> None:
        self._in_form = entry.id
        if entry.reason is AttentionReason.DUPLICATE:
            self._contacts.find_duplicate(entry.id, entry.payload, entry.existing_id)
        else:
            self._form.show_errors(entry.field_errors, practice=self.practice)
            self.status.emit(refusal_status(entry.field_errors, self.practice))

    # --- reopening an entry that needs the user -----------------------------------------------

    def reopen(self, entry_id: str) -> None:
        """Put an entry that needs attention back in the form, with what was wrong. The caller
        has made sure the form holds nothing the person would lose."""
        entry = self._outbox.entry(entry_id)
        if entry.state is not OutboxState.ATTENTION or self.busy:
            return
        self._form.forget_earlier(entry_id)
        self._form.load_draft(draft_from_dict(entry.draft))
        self._show_attention(entry)

    def forget_typing(self) -> None:
        """The form was cleared by a save: the autosaved draft goes with it at once, or a crash
        before the next keystroke would bring back a contact already saved (a duplicate)."""
        self._outbox.save_form_draft(None)

    def forget_form_entry(self) -> None:
        """The form was cleared: the next save is a new contact."""
        self._in_form = None
        self._duplicate = None

    def forget_entry(self, entry_id: str) -> None:
        """That entry was discarded: what the form holds is new typing (a new contact)."""
        self._settled(entry_id)
        if self._in_form == entry_id:
            self.forget_form_entry()
            self._form.duplicate.hide()  # its buttons acted on that entry: they would do nothing
            self._form.clear_errors()  # what the server said of it: the typing stays, as typed

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
        """Preview what the form holds NOW (the person may have changed it after "Abrirlo"),
        not what was saved then; the window previews it (ui/form/duplicate_update.py)."""
        if self._duplicate is None:
            return
        checked = check_draft(self._form.draft())
        if not checked.ok:
            self._form.show_errors(checked.errors)
            return
        sent = str(self._duplicate.payload.get("phone_number", ""))
        if not same_phone(str(checked.payload.get("phone_number", "")), sent):
            self.status.emit(
                self.tr("The number was changed: save with Ctrl+Enter to check it again.")
            )
            return
        self.update_preview_requested.emit(replace(self._duplicate, payload=checked.payload))

    def _on_existing_updated(self, duplicate: Duplicate, contact: Contact) -> None:
        self._outbox.resolve_with(duplicate.entry_id, contact)
        self._in_form = None
        self._form.set_busy(False)
        self._duplicate = None
        who = contact.display_name or format_international(contact.phone_number)
        self.status.emit(self.tr("Updated: %1").replace("%1", who))
        self._form.clear_for_next()
        self.forget_typing()

    def _on_update_failed(self, exc: object) -> None:
        self._form.set_busy(False)
        problem = problem_or_raise(exc)
        if problem.field_errors is not None:
            self._form.show_errors(problem.field_errors, practice=self.practice)
            return
        kept = self.tr("What you typed is still in the form; try again when ready.")
        said = render(problem, practice=self.practice)
        self._form.summary.set_texts([said, kept])
        self.status.emit(said)
