"""Undoing the last save: a new contact withdrawn from the outbox or deleted on the server, an
update patched back to the values it replaced.

A create's undo is owned by the outbox, kept in its file across restarts
(services/outbox_undo.py); this service asks it and listens for ``undo_ended``. By where the
entry stands:

- pending and nothing of it can have reached the server: withdrawn from the outbox (no request);
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
from whaapy_contacts.services.outbox_undo import DELETED, FAILED, NOTHING, WITHDRAWN, UndoEnd

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
        outbox.undo_ended.connect(self._ended)  # creates: the outbox owns them (outbox_undo.py)

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

    def unsure(self, token: int) -> bool:
        """Whether a failure left it unknown if the contact is on the server. The outbox keeps
        such an undo marked and looks again itself (services/outbox_undo.py), so it is never
        left unknown here."""
        del token
        return False

    def retry(self, token: int) -> bool:
        """After ``failed``: the same undo again."""
        kind, target, patch = self._retry.pop(token, ("", "", None))
        if not kind:
            return False
        self._working.add(token)
        if kind == "ended":  # the outbox finished it after the failure was told
            self._ended(UndoEnd("", target, ""), token)
        elif kind == "create":
            self._settle(token, target)
        elif kind == "delete":
            self._delete(token, target, 0)
        else:
            self._patch(token, target, patch or {}, 0)
        return True

    def entries_changed(self) -> None:
        """The outbox moved (bootstrap/compose.py connects it after the window's list, so a
        contact just sent is in the list before its DELETE can take it out)."""
        for entry_id, token in list(self._waiting.items()):
            if self._slug.get(token) != self._account.data_slug:
                del self._waiting[entry_id]
                self._working.discard(token)
                self.abandoned.emit(token)

    # --- a create -------------------------------------------------------------------------

    def _settle(self, token: int, entry_id: str) -> None:
        if self._slug.get(token) != self._account.data_slug:
            self._working.discard(token)
            self.abandoned.emit(token)
            return
        asked = self._outbox.undo_create(entry_id)  # kept in the outbox's file
        if asked == "withdrawn":
            self._finish(Undone(token, Outcome.WITHDRAWN))
        elif asked in ("nothing", "gone"):  # gone: discarded meanwhile (another window)
            self._finish(Undone(token, Outcome.NOTHING))
        elif not isinstance(asked, str):  # the file refused the mark
            self._ended(UndoEnd(entry_id, FAILED, "", error=asked), token)
        else:
            self._waiting[entry_id] = token
            if asked == "marked":
                self.waiting.emit(token)

    def _ended(self, end: UndoEnd, token: int | None = None) -> None:
        """The outbox ended (or could not yet end) an undo of a create."""
        token = token if token is not None else self._waiting.pop(end.entry_id, None)
        if token is None:
            return
        if self._slug.get(token) != self._account.data_slug:  # another account's outbox now
            self._working.discard(token)
            self.abandoned.emit(token)
            return
        if token not in self._working:  # failed before: finished on its own since
            if token in self._retry and end.kind in (DELETED, WITHDRAWN, NOTHING):
                self._retry[token] = ("ended", end.kind, None)
            return
        if end.kind == DELETED:
            self._deleted(token, end.contact_id)
        elif end.kind in (WITHDRAWN, NOTHING):
            self._finish(Undone(token, Outcome.WITHDRAWN if end.kind == WITHDRAWN else
                                Outcome.NOTHING))  # fmt: skip
        else:  # FAILED (the outbox tries again), STOPPED: the person may retry
            self._working.discard(token)
            self._retry[token] = ("create", end.entry_id, None)
            self.failed.emit(token, end.error)

    def _delete(self, token: int, contact_id: str, tries: int) -> None:
        client = self._account.client()
        job = self._runner.submit("undo-delete", lambda: delete_on_server(client, contact_id))
        job.succeeded.connect(lambda _none: self._deleted(token, contact_id))
        job.failed.connect(
            lambda exc: self._refused(token, ("delete", contact_id, None), exc, tries)
        )

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
            kind, target, patch = what
            again = (lambda: self._delete(token, target, tries + 1)) if kind == "delete" else (
                lambda: self._patch(token, target, patch or {}, tries + 1))  # fmt: skip
            QTimer.singleShot(int(wait * 1000), self, again)
            return
        log.info("undo %s failed: %s", what[0], type(exc).__name__)
        self._working.discard(token)
        self._retry[token] = what
        self.failed.emit(token, exc)

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
