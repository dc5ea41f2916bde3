"""Editing a saved contact: load it into the form, send the changes, tell how it went.

As a new contact's save, the form is free for the next contact at once and the PATCH's answer
never touches it: the status bar says how it went, or a banner brings the changes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from whaapy_contacts.services.problems import Kind, problem_for, problem_or_raise
from whaapy_contacts.ui.common.texts import render
from whaapy_contacts.ui.form.save_controller import refusal_status

if TYPE_CHECKING:
    from whaapy_contacts.domain.contact import Contact, ContactDraft
    from whaapy_contacts.domain.validation import FieldErrors
    from whaapy_contacts.services.outbox import OutboxService
    from whaapy_contacts.services.recent import FailedEdit, RecentService, Updated
    from whaapy_contacts.ui.form.contact_form import ContactForm
    from whaapy_contacts.ui.form.save_controller import SaveController


class EditPresenter(QObject):
    """Owns the edits the server refused (contact id -> the edit), until reopened or redone."""

    def __init__(
        self,
        parent: QObject,
        form: ContactForm,
        recent: RecentService,
        outbox: OutboxService,
        saving: SaveController,
        *,
        status: Callable[[str], None],
        make_room: Callable[[], bool],
        tags_seen: Callable[[tuple[str, ...]], None],
    ) -> None:
        super().__init__(parent)
        self._form, self._recent, self._outbox, self._saving = form, recent, outbox, saving
        self._status, self._make_room, self._tags_seen = status, make_room, tags_seen
        self._failed: dict[str, FailedEdit] = {}

    def open(self, contact: Contact, make_room: Callable[[], bool] | None = None) -> None:
        """Load a saved contact into the form to change it (after asking, if it holds typing:
        ``make_room``, the window's own unless given)."""
        if self._saving.busy:
            return
        if self._recent.is_updating(contact.id):
            self._status(self.tr("Its changes are still being saved; open it again in a moment."))
            return
        if not (make_room or self._make_room)():
            return
        self._saving.forget_form_entry()
        self._outbox.save_form_draft(None)
        self._form.load_for_edit(contact)
        why = self.tr(
            "Whaapy doesn't let a saved contact's phone change; for another number, save a "
            "new contact."
        )
        self._form.phone_notice.set_messages([why])

    def submit(self, old: Contact, draft: ContactDraft) -> None:
        if not self._recent.update(old, draft):
            return  # nothing to send, or invalid: the form says so
        self._failed.pop(old.id, None)
        self._form.failed_edit().forget(old.id)
        self._form.leave_edit_mode()
        self._saving.forget_form_entry()
        self._saving.forget_typing()
        who = draft.name.strip() or old.display_name or old.phone_number
        self._status(self.tr("Saving the changes to “%1”…").replace("%1", who))

    def reopen(self, contact_id: str) -> None:
        failed = self._failed.get(contact_id)
        if failed is None or self._recent.is_updating(contact_id) or not self._make_room():
            return
        del self._failed[contact_id]
        self._form.failed_edit().forget(contact_id)
        self._saving.forget_form_entry()
        self._outbox.save_form_draft(None)
        self._form.load_edit_draft(failed.old, failed.draft)
        self._show_problem(failed.error)

    def updated(self, updated: Updated) -> None:
        if not updated.sent:  # nothing to send: answered at once, the form is still the edit
            self._form.leave_edit_mode()
        self._tags_seen(updated.contact.tags)
        who = updated.contact.display_name or updated.contact.phone_number
        text = self.tr("Updated: %1") if updated.sent else self.tr("Nothing changed: %1")
        if updated.kept:
            text += " " + self.tr("(Whaapy can't empty some fields, so they keep their value.)")
        self._status(text.replace("%1", who))

    def invalid(self, errors: FieldErrors) -> None:
        self._form.show_errors(errors)
        self._status(refusal_status(errors, self._saving.practice))

    def failed(self, failed: FailedEdit) -> None:
        """The form moved on when it was saved: a banner names the contact, and "Abrirlo"
        brings the changes back (the form is never touched by the answer)."""
        problem = problem_or_raise(failed.error)
        self._failed[failed.old.id] = failed
        who = failed.draft.name.strip() or failed.old.display_name or failed.old.phone_number
        why = (self.tr("Whaapy refused some of its fields.") if problem.kind is Kind.FIELDS
               else render(problem, practice=self._saving.practice))  # fmt: skip
        text = self.tr("The changes to “%1” were not saved: %2").replace("%1", who)
        self._form.failed_edit().show_for(failed.old.id, text.replace("%2", why))
        self._status(text.replace("%2", why))

    def _show_problem(self, exc: object) -> None:
        """A reopened edit, with what was wrong: under its fields, or over them."""
        problem = problem_for(exc)
        if problem.field_errors is not None:
            self.invalid(problem.field_errors)
        elif problem.kind is not Kind.UNEXPECTED:
            said = render(problem, practice=self._saving.practice)
            self._form.summary.set_texts([said])
            self._status(said)
