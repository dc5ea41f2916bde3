"""Editing a contact of the recent list: a PATCH of what changed, in the background.

A part of ``services.recent.RecentService`` (it uses the service's runner, account, cache and
signals).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from whaapy_contacts.domain.contact import Contact, ContactDraft
from whaapy_contacts.domain.patch import kept_fields, patch_for
from whaapy_contacts.domain.validation import check_edit

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from whaapy_contacts.services.account import AccountService
    from whaapy_contacts.workers.runner import TaskRunner


@dataclass(frozen=True)
class Updated:
    """An edit went through (or there was nothing to send)."""

    contact: Contact
    sent: bool  # False when nothing had changed
    kept: tuple[str, ...] = ()  # fields the user emptied that a PATCH cannot empty


@dataclass(frozen=True)
class FailedEdit:
    """An edit the server did not take: the contact as loaded, what was typed, and why."""

    old: Contact
    draft: ContactDraft
    error: object  # ApiError (or an unexpected exception)


class EditsMixin:
    """Needs the service's ``_account``, ``_runner``, ``_in_flight``, signals and these methods."""

    _account: AccountService
    _runner: TaskRunner
    _in_flight: dict[str, int]  # contact id -> PATCHes not answered yet
    validation_failed: SignalInstance
    contact_updated: SignalInstance
    update_failed: SignalInstance
    update_started: SignalInstance
    contact_changed: SignalInstance

    if TYPE_CHECKING:  # the service's own

        def _cache_put(self, contact: Contact) -> None: ...
        def remember(
            self, contacts: tuple[Contact, ...] | list[Contact], *, mine: bool
        ) -> None: ...

    @property
    def updating(self) -> bool:
        """Some edit is on its way to the server."""
        return bool(self._in_flight)

    def is_updating(self, contact_id: str) -> bool:
        return contact_id in self._in_flight

    def update(self, old: Contact, draft: ContactDraft) -> bool:
        """PATCH what changed between ``old`` and the edited form, in the background: the
        answer comes as ``contact_updated`` or ``update_failed``. False if nothing was sent."""
        checked = check_edit(draft)
        if not checked.ok:
            self.validation_failed.emit(checked.errors)
            return False
        patch, kept = patch_for(old, checked.payload), kept_fields(old, checked.payload)
        if not patch:
            self.contact_updated.emit(Updated(old, sent=False, kept=kept))
            return False
        client = self._account.client()
        job = self._runner.submit("patch-contact", lambda: client.update_contact(old.id, patch))
        job.succeeded.connect(lambda contact: self._updated(old.id, Updated(contact, True, kept)))
        job.failed.connect(lambda exc: self._update_failed(FailedEdit(old, draft, exc)))
        self._in_flight[old.id] = self._in_flight.get(old.id, 0) + 1
        self.update_started.emit()
        return True

    def put_changed(self, contact: Contact) -> None:
        """A contact changed by another flow (the duplicate banner's update, its undo): the
        details cache, the history and the list hold the server's new copy at once."""
        self._cache_put(contact)
        self.remember((contact,), mine=True)
        self.contact_changed.emit(contact)

    def _answered(self, contact_id: str) -> None:
        left = self._in_flight.pop(contact_id, 1) - 1
        if left:
            self._in_flight[contact_id] = left

    def _updated(self, contact_id: str, updated: Updated) -> None:
        self._answered(contact_id)
        self._cache_put(updated.contact)
        self.remember((updated.contact,), mine=True)
        self.contact_updated.emit(updated)

    def _update_failed(self, failed: FailedEdit) -> None:
        self._answered(failed.old.id)
        self.update_failed.emit(failed)
