"""Undoing a create, owned by the outbox and kept in its file, so it survives a kill or restart.

The undo of a save is a mark on its outbox entry (``undo`` = 1, set in one transaction by
``OutboxStore.mark_undo``). From then on the entry is never POSTed again. When its turn comes
(before any other send: it is the person's):

- sent (the entry knows the contact's id): ``DELETE /contacts/v1/{id}``; a 2xx or 404 is done;
- pending after an attempt that may have reached the server: only looked for (the phone
  search, services/phone_search.py): our contact found (that number and what we sent) is
  deleted; not found means it never arrived; either way the entry leaves the outbox;
- pending and no attempt can have reached it (its POST was on the wire when undone and was
  refused before reaching the server): it leaves without a request;
- on the wire when undone: the POST's answer is recorded first (a 2xx makes it sent: the
  DELETE names the id it returned).

A 429 (or the account's budget) waits as any send does; a 5xx, a dropped connection or being
offline is retried with backoff (a DELETE no sooner than UNDO_RETRY_S: the person is told it
failed, and may retry at once); a DELETE refused for good ends the undo: the contact stays.
Each ending is ``OutboxService.undo_ended`` (``UndoEnd``); one that nobody in this session
asked for (it resumed after a restart) is told by ``ResumedUndos``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from whaapy_contacts.api import errors as api_errors
from whaapy_contacts.api.limits import bounded_delay
from whaapy_contacts.api.pacing import Priority, Superseded, priority
from whaapy_contacts.domain.outbox import OutboxEntry, OutboxState
from whaapy_contacts.services.phone_search import contacts_with_phone
from whaapy_contacts.services.sending import Outcome, matches_sent

if TYPE_CHECKING:
    from whaapy_contacts.api.client import ContactsClient
    from whaapy_contacts.services.outbox import OutboxService
    from whaapy_contacts.services.recent import RecentService
    from whaapy_contacts.storage.outbox import OutboxStore

UNDO_RETRY_S = 30.0  # a failed DELETE (the person was told) is tried again after this at least

DELETED, WITHDRAWN, NOTHING = "deleted", "withdrawn", "nothing"  # it left the outbox
FAILED, STOPPED = "failed", "stopped"  # tried again later; refused for good
LEFT = (DELETED, WITHDRAWN, NOTHING)


@dataclass(frozen=True)
class UndoOutcome(Outcome):
    """What an undo's requests found, on a sender thread: ``undone`` once it is done."""

    undone: str = ""  # DELETED or WITHDRAWN
    contact_id: str = ""  # the contact deleted


@dataclass(frozen=True)
class UndoEnd:
    """An undo ended (DELETED, WITHDRAWN, NOTHING), or did not (FAILED: the person is told
    and it is tried again; STOPPED: refused for good, the contact stays)."""

    entry_id: str
    kind: str
    name: str
    contact_id: str = ""
    watched: bool = False  # asked in this session (services/undo.py tells it)
    error: object = None


def delete_contact(client: ContactsClient, contact_id: str) -> None:
    """Any 2xx (whatever its body) or a 404 (gone already) is done."""
    try:
        client.delete_contact(contact_id)
    except api_errors.NotFound:
        return
    except api_errors.BadResponse as exc:
        if exc.status is None or not 200 <= exc.status < 300:
            raise


def undo_attempt(client: ContactsClient, entry: OutboxEntry) -> Outcome:
    """On a sender thread, at the person's priority: never a POST."""
    try:
        with priority(Priority.TYPED):
            if entry.state is OutboxState.SENT and entry.contact is not None:
                delete_contact(client, entry.contact.id)
                return UndoOutcome(entry.id, undone=DELETED, contact_id=entry.contact.id)
            if not entry.ambiguous:
                return UndoOutcome(entry.id, undone=WITHDRAWN)
            payload = entry.payload
            ours = [c for c in contacts_with_phone(client, entry.phone_number)
                    if matches_sent(payload, c)]  # fmt: skip
            if not ours:
                return UndoOutcome(entry.id, undone=WITHDRAWN)
            delete_contact(client, ours[0].id)
            return UndoOutcome(entry.id, undone=DELETED, contact_id=ours[0].id)
    except api_errors.ApiError as exc:
        return UndoOutcome(entry.id, error=exc)


class UndoRecorder:
    """The outbox's side (a part of OutboxService's recording, services/outbox_outcomes.py)."""

    def __init__(self, backoff: Callable[[int, float | None], float], clock: Callable[[], float]):
        self._backoff, self._clock = backoff, clock
        self.asked: set[str] = set()  # entries whose undo was asked in this session
        self.ended: list[UndoEnd] = []  # recorded, told once committed

    def record(self, store: OutboxStore, entry: OutboxEntry, outcome: Outcome) -> None:
        """Record an undo's answer (not an AuthError: the queue pauses, as for any send)."""
        watched = entry.id in self.asked
        if isinstance(outcome, UndoOutcome) and outcome.undone:
            store.finish_undo(entry.id, outcome.undone, outcome.contact_id)
            self._end(entry, outcome.undone, outcome.contact_id)
            return
        error = outcome.error
        message = error.user_message if isinstance(error, api_errors.ApiError) else str(error)
        sent = entry.state is OutboxState.SENT
        if isinstance(error, api_errors.RateLimited | Superseded):
            wait = error.retry_after if isinstance(error, api_errors.RateLimited) else None
            store.mark_undo_retry(entry.id, message, self._clock() + (bounded_delay(wait) or 0.0))
            return
        retryable = isinstance(error, api_errors.ApiError) and error.retryable
        if sent and not retryable:
            store.drop_undo(entry.id, message)
            self._end(entry, STOPPED, error=error)
            return
        delay = self._backoff(entry.attempts, None)
        store.mark_undo_retry(
            entry.id, message, self._clock() + (max(delay, UNDO_RETRY_S) if sent else delay)
        )
        if sent and watched:
            self._end(entry, FAILED, error=error)

    def refused_on_the_wire(self, store: OutboxStore, entry: OutboxEntry) -> None:
        """A POST undone while on the wire was refused (a duplicate, field errors): nothing
        was created; the entry leaves. (A 2xx or a retry leaves it to the undo's turn.)"""
        store.finish_undo(entry.id, NOTHING)
        self._end(entry, NOTHING)

    def take_ended(self) -> list[UndoEnd]:
        ended, self.ended = self.ended, []
        return ended

    def _end(
        self, entry: OutboxEntry, kind: str, contact_id: str = "", error: object = None
    ) -> None:
        watched = entry.id in self.asked
        if kind != FAILED:
            self.asked.discard(entry.id)
        self.ended.append(UndoEnd(entry.id, kind, entry.name, contact_id, watched, error))


class ResumedUndos(QObject):
    """Tells the person about undos nobody in this session asked for: one left unfinished by a
    kill or a restart, when the window opens and when it ends; never silently."""

    told = Signal(str)

    def __init__(
        self, outbox: OutboxService, recent: RecentService, practice: Callable[[], bool]
    ) -> None:
        super().__init__()
        self._outbox, self._recent, self._practice = outbox, recent, practice
        self._resumed: set[str] = set()  # told at the start: their end is told too
        outbox.undo_ended.connect(self._ended)

    def tell_unfinished(self) -> None:
        for entry in self._outbox.undoing():
            if entry.id in self._outbox.undo_asked() or entry.id in self._resumed:
                continue
            self._resumed.add(entry.id)
            where = self.tr("the practice server") if self._practice() else "Whaapy"
            text = self.tr("Undoing “%1”: the app was closed before it finished; it is finished "
                           "as soon as %2 answers.")  # fmt: skip
            self.told.emit(text.replace("%2", where).replace("%1", _who(entry.name)))

    def _ended(self, end: UndoEnd) -> None:
        if end.kind == DELETED:
            self._recent.forget(end.contact_id)
        if end.watched or end.entry_id not in self._resumed:
            return  # services/undo.py tells it
        if end.kind != FAILED:
            self._resumed.discard(end.entry_id)
        if end.kind == DELETED:
            text = self.tr("Finished undoing “%1”: it was deleted.")
        elif end.kind in (WITHDRAWN, NOTHING):
            text = self.tr("Finished undoing “%1”: it was never sent.")
        elif end.kind == STOPPED:
            text = self.tr("Couldn't finish undoing “%1”: it is still saved.")
        else:
            return
        self.told.emit(text.replace("%1", _who(end.name)))


def _who(name: str) -> str:
    return name or "—"
