"""Undoing the last save: a new contact withdrawn from the outbox or deleted on the server, an
update patched back to the values it replaced.

A create is undone according to where it stands, asked again each time its outbox entry moves:

- pending and nothing of it can have reached the server: withdrawn from the outbox (no request);
- pending after an attempt that may have gone through (a dropped connection), not on the wire:
  withdrawn too, so it is never sent again, and then looked for on the server by its number:
  the contact that is the one sent (``matches_sent``) is deleted, none found means never sent;
- on the wire (in flight) or after an attempt that may have gone through: wait for the answer,
  then act on it; the DELETE names the id *that* answer returned, never another contact's;
- sent: ``DELETE /contacts/v1/{id}`` at the person's own priority. Any 2xx (whatever its body)
  and 404 (already gone) mean done; 429 is retried after the server's wait; anything else is a
  failure the person is told of, and may retry;
- refused (a duplicate, field errors): nothing was created; the entry leaves the outbox.

Whatever happened, "done" is said only once the server (or the outbox) proved it.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from whaapy_contacts.api.errors import BadResponse, NotFound, RateLimited
from whaapy_contacts.api.limits import bounded_delay
from whaapy_contacts.api.pacing import Priority, priority
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.services.phone_search import contacts_with_phone
from whaapy_contacts.services.sending import matches_sent

if TYPE_CHECKING:
    from whaapy_contacts.api.client import ContactsClient
    from whaapy_contacts.domain.contact import Contact
    from whaapy_contacts.services.account import AccountService
    from whaapy_contacts.services.outbox import OutboxService
    from whaapy_contacts.services.recent import RecentService
    from whaapy_contacts.workers.runner import TaskRunner

log = logging.getLogger(__name__)

RATE_RETRIES = 5  # a 429 is retried this many times before the person is told
RATE_WAIT_S = 1.0  # after a 429 that names no wait
RATE_WAIT_CAP_S = 60.0  # a longer Retry-After: the person is told instead of waiting blind

_tokens = itertools.count(1)


class Outcome(Enum):
    WITHDRAWN = "withdrawn"  # it never reached the server: out of the outbox
    DELETED = "deleted"  # deleted on the server (or it was gone already)
    NOTHING = "nothing"  # the save had not gone through (a duplicate, a refusal)
    RESTORED = "restored"  # an update: the previous values are back


@dataclass(frozen=True)
class Undone:
    token: int
    outcome: Outcome
    contact: Contact | None = None  # RESTORED: the server's copy


def delete_on_server(client: ContactsClient, contact_id: str) -> None:
    """The DELETE at the person's priority. Its answer's shape is unknown: any 2xx is done,
    even one whose body can't be read; a 404 means it is gone already."""
    with priority(Priority.TYPED):
        try:
            client.delete_contact(contact_id)
        except NotFound:
            return
        except BadResponse as exc:
            if exc.status is None or not 200 <= exc.status < 300:
                raise


def delete_if_sent(client: ContactsClient, payload: Mapping[str, object]) -> bool:
    """An attempt that may have created it: the server's contact that is the one sent, deleted
    (True); False when the server has none (it never arrived)."""
    with priority(Priority.TYPED):
        phone = str(payload.get("phone_number", ""))
        ours = [c for c in contacts_with_phone(client, phone) if matches_sent(payload, c)]
    for contact in ours:
        delete_on_server(client, contact.id)
    return bool(ours)


def patch_on_server(
    client: ContactsClient, contact_id: str, patch: Mapping[str, object]
) -> Contact:
    with priority(Priority.TYPED):
        return client.update_contact(contact_id, dict(patch))


class UndoService(QObject):
    """Runs undos; each has a token, and ends in ``done`` or ``failed`` (then ``retry``)."""

    done = Signal(object)  # Undone
    failed = Signal(int, object)  # token, the ApiError (or an unexpected exception)
    waiting = Signal(int)  # token: the create is on the wire; its answer is awaited
    # token: the account was switched while its answer was awaited: that contact is the other
    # account's outbox's now (it is sent or withdrawn there), not this one's to undo
    abandoned = Signal(int)

    def __init__(
        self,
        outbox: OutboxService,
        recent: RecentService,
        account: AccountService,
        runner: TaskRunner,
    ) -> None:
        super().__init__()
        self._outbox, self._recent = outbox, recent
        self._account, self._runner = account, runner
        self._waiting: dict[str, int] = {}  # entry id -> token, waiting for its answer
        self._slug: dict[int, str] = {}  # token -> the account's folder when it was asked
        self._retry: dict[int, tuple[str, str, Mapping[str, object] | None]] = {}
        self._working: set[int] = set()

    @property
    def working(self) -> bool:
        """Some undo has not ended yet (its outcome is not known)."""
        return bool(self._working)

    @staticmethod
    def new_token() -> int:
        """Made before the undo starts: a withdrawal is done within ``undo_create``."""
        return next(_tokens)

    def undo_create(self, token: int, entry_id: str) -> None:
        self._working.add(token)
        self._slug[token] = self._account.data_slug
        self._settle(token, entry_id)

    def undo_update(self, token: int, contact_id: str, patch: Mapping[str, object]) -> None:
        self._working.add(token)
        self._patch(token, contact_id, patch, 0)

    def retry(self, token: int) -> bool:
        """After ``failed``: the same undo again."""
        what = self._retry.pop(token, None)
        if what is None:
            return False
        self._working.add(token)
        self._again(token, what, 0)
        return True

    def entries_changed(self) -> None:
        """The outbox moved (bootstrap/compose.py connects it after the window's list, so a
        contact just sent is in the list before its DELETE can take it out)."""
        for entry_id, token in list(self._waiting.items()):
            del self._waiting[entry_id]
            self._settle(token, entry_id)

    # --- a create -------------------------------------------------------------------------

    def _settle(self, token: int, entry_id: str) -> None:
        if self._slug.get(token) != self._account.data_slug:
            self._working.discard(token)
            self.abandoned.emit(token)
            return
        try:
            entry = self._outbox.entry(entry_id)
        except KeyError:  # discarded meanwhile (another window): nothing is left of it
            self._finish(Undone(token, Outcome.NOTHING))
            return
        if entry.state is OutboxState.SENT and entry.contact is not None:
            self._delete(token, entry.contact.id, 0)
        elif entry.state is OutboxState.ATTENTION:
            self._outbox.discard(entry_id)
            self._finish(Undone(token, Outcome.NOTHING))
        elif self._outbox.withdraw_saved(entry_id):
            self._finish(Undone(token, Outcome.WITHDRAWN))
        elif entry.ambiguous and self._outbox.withdraw_saved(entry_id, maybe_sent=True):
            self._find(token, entry.payload, 0)  # never sent again; on the server, or not
        else:
            first = token not in self._waiting.values()
            self._waiting[entry_id] = token
            if first:
                self.waiting.emit(token)

    def _delete(self, token: int, contact_id: str, tries: int) -> None:
        client = self._account.client()
        job = self._runner.submit("undo-delete", lambda: delete_on_server(client, contact_id))
        job.succeeded.connect(lambda _none: self._deleted(token, contact_id))
        job.failed.connect(
            lambda exc: self._refused(token, ("delete", contact_id, None), exc, tries)
        )

    def _find(self, token: int, payload: Mapping[str, object], tries: int) -> None:
        client = self._account.client()
        job = self._runner.submit("undo-find", lambda: delete_if_sent(client, payload))
        job.succeeded.connect(lambda found: self._found(token, bool(found)))
        job.failed.connect(lambda exc: self._refused(token, ("find", "", payload), exc, tries))

    def _found(self, token: int, deleted: bool) -> None:
        self._finish(Undone(token, Outcome.DELETED if deleted else Outcome.WITHDRAWN))

    def unsure(self, token: int) -> bool:
        """Its failure left it unknown whether the contact is on the server (it left the
        outbox, and could not be looked for there)."""
        return self._retry.get(token, ("",))[0] == "find"

    def _deleted(self, token: int, contact_id: str) -> None:
        self._recent.forget(contact_id)
        self._finish(Undone(token, Outcome.DELETED))

    # --- an update ------------------------------------------------------------------------

    def _patch(self, token: int, contact_id: str, patch: Mapping[str, object], tries: int) -> None:
        client = self._account.client()
        job = self._runner.submit("undo-update", lambda: patch_on_server(client, contact_id, patch))
        job.succeeded.connect(lambda contact: self._patched(token, contact))
        job.failed.connect(
            lambda exc: self._refused(token, ("patch", contact_id, patch), exc, tries)
        )

    def _patched(self, token: int, contact: Contact) -> None:
        self._recent.put_changed(contact)
        self._finish(Undone(token, Outcome.RESTORED, contact))

    # --- outcomes -------------------------------------------------------------------------

    def _refused(
        self,
        token: int,
        what: tuple[str, str, Mapping[str, object] | None],
        exc: object,
        tries: int,
    ) -> None:
        wait = _rate_wait(exc)
        if wait is not None and tries < RATE_RETRIES:
            QTimer.singleShot(int(wait * 1000), self, lambda: self._again(token, what, tries + 1))
            return
        log.info("undo %s failed: %s", what[0], type(exc).__name__)
        self._working.discard(token)
        self._retry[token] = what
        self.failed.emit(token, exc)

    def _again(
        self, token: int, what: tuple[str, str, Mapping[str, object] | None], tries: int
    ) -> None:
        kind, target, patch = what
        if kind == "delete":
            self._delete(token, target, tries)
        elif kind == "find":
            self._find(token, patch or {}, tries)
        else:
            self._patch(token, target, patch or {}, tries)

    def _finish(self, undone: Undone) -> None:
        self._working.discard(undone.token)
        self.done.emit(undone)


def _rate_wait(exc: object) -> float | None:
    """How long to wait before retrying after a 429; None for any other failure, or a wait
    too long to leave the person guessing (they are told and may retry)."""
    if not isinstance(exc, RateLimited):
        return None
    wait = bounded_delay(exc.retry_after)
    wait = RATE_WAIT_S if wait is None else wait
    return wait if wait <= RATE_WAIT_CAP_S else None
