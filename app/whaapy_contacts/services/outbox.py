"""Sending the outbox: automatic retry with backoff, exactly-once through the duplicate rule.

Every saved contact is first written to the durable outbox (storage.outbox), then sent on a
worker. What happens next depends on the answer:

- 2xx: sent, linked to the server's id.
- 400/422: needs attention, with the server's field errors; so does any permanent refusal
  (``Refused``: 404 on create, 413, other 4xx but 408/425/429), with a message that says what
  to change. Such an entry is never retried on its own.
- 409: if an earlier attempt was *ambiguous* (timeout, dropped connection, crash mid-send), fetch
  the existing contact: if it matches what we sent, it is ours (sent); otherwise, and when no
  attempt was ambiguous, it is a real duplicate for the user to decide.
- 401/403: the whole queue pauses until the key is fixed; nothing is dropped.
- network errors, timeouts, 429, 5xx, unreadable answers: retried with exponential backoff and
  jitter, honouring ``Retry-After`` up to ``MAX_RETRY_AFTER_S`` (an hour). A wait stored by an
  older version beyond that, or unreadable, is brought forward when the outbox opens.

Sending: MAX_IN_FLIGHT requests at once, on the outbox's own threads (a ``workers.lane.Lane``).
While the server answers well, up to SEND_AHEAD entries are handed to them ahead (each marked in
flight first), so they never wait for the GUI thread, and answers are recorded a GROUP at a time
in one commit. After an error, sends not started yet are taken back (uncounted) and only
MAX_IN_FLIGHT are handed at once until a send succeeds; on close they are taken back too.
Answers are recorded in services/outbox_outcomes.py; the send lock, another window's writes and
a failing local file are handled in services/outbox_local.py.

"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal, Slot

from whaapy_contacts.api import errors as api_errors
from whaapy_contacts.api.limits import MAX_RETRY_AFTER_S, bounded_delay
from whaapy_contacts.api.pacing import Priority, priority
from whaapy_contacts.domain.contact import Contact, ContactDraft, draft_to_dict
from whaapy_contacts.domain.outbox import OutboxEntry, OutboxState
from whaapy_contacts.domain.validation import check_draft
from whaapy_contacts.services.existing import mexican_key
from whaapy_contacts.services.outbox_local import LocalFileMixin
from whaapy_contacts.services.outbox_outcomes import OutcomesMixin
from whaapy_contacts.services.outbox_undo import UndoRecorder, undo_attempt
from whaapy_contacts.services.problems import Problem, problem_for
from whaapy_contacts.services.scheduler import BudgetState
from whaapy_contacts.services.sending import Outcome, attempt, troubled
from whaapy_contacts.services.storage_watch import StorageWatch
from whaapy_contacts.storage.local_db import StorageError
from whaapy_contacts.storage.outbox import OutboxStore
from whaapy_contacts.workers.lane import EXTRA_FIRST_THREADS
from whaapy_contacts.workers.runner import TaskRunner

if TYPE_CHECKING:
    from whaapy_contacts.api.client import ContactsClient

log = logging.getLogger(__name__)

BACKOFF_BASE_S = 2.0
BACKOFF_CAP_S = 300.0
MAX_IN_FLIGHT = 4  # requests on the wire at once
# While the server answers well, this many are handed to the senders (and marked in flight)
# at once, so they never wait for the GUI thread; answers are recorded a group at a time.
SEND_AHEAD = 16 * MAX_IN_FLIGHT
GROUP = SEND_AHEAD // 4
FLUSH_WAIT_MS = 20  # the longest an answer waits to be recorded with others
# While another window sends, how often to try to take over (it may have quit): a lock check
# is one small file read.
LOCK_RETRY_S = 1.0


def backoff_delay(attempts: int, retry_after: float | None, rng: random.Random) -> float:
    """Exponential backoff with jitter (50–100 % of the step); never sooner than Retry-After,
    which is bounded (MAX_RETRY_AFTER_S) whatever the server said."""
    step = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2.0 ** min(64, max(0, attempts - 1)))
    delay = step * (0.5 + rng.random() / 2)
    return max(delay, bounded_delay(retry_after) or 0.0)


@dataclass(frozen=True)
class QueueStatus:
    pending: int
    attention: int
    paused_by: api_errors.AuthError | None
    last_error: api_errors.ApiError | None
    next_retry_in: float | None  # seconds
    sending: int
    sender: bool  # this instance holds the send lock
    budget: BudgetState | None = None  # the account's request budget, when it has one
    requests: int = 0  # what the pending entries will cost of the budget (services/existing.py)

    @property
    def problem(self) -> Problem | None:
        """The last error as the person is told it (services/problems.py)."""
        return None if self.last_error is None else problem_for(self.last_error)

    @property
    def paused_problem(self) -> Problem | None:
        """Why sending is paused (the key), as the person is told it."""
        return None if self.paused_by is None else problem_for(self.paused_by)


class OutboxService(OutcomesMixin, LocalFileMixin, QObject):
    """Owns the outbox of the current account. All slots run on the GUI thread."""

    entry_changed = Signal(object)  # OutboxEntry, after every state change
    entries_changed = Signal()  # something was added/removed/changed
    status_changed = Signal(object)  # QueueStatus
    validation_failed = Signal(object)  # FieldErrors of a draft that was not stored
    # StorageError: the draft could not be stored (the form keeps it). Exceptions travel as
    # object (see Job.failed in workers/runner.py).
    save_refused = Signal(object)
    undo_ended = Signal(object)  # UndoEnd (services/outbox_undo.py)

    def __init__(
        self,
        store: OutboxStore,
        client: Callable[[], ContactsClient],
        runner: TaskRunner,
        lock_path: Path,
        *,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.time,
        budget: Callable[[], BudgetState | None] | None = None,
        history_ids: Callable[[str], Sequence[str]] = lambda _digits: (),
    ) -> None:
        super().__init__()
        self._store = store
        # Contact ids in the local history with a number (canonical digits): a Mexican number
        # is looked for before it is created (services/existing.py).
        self._history_ids = history_ids
        self._client = client
        self._budget_of = budget  # the account's request budget, for the pace and the status
        # Its own threads: one Job per request cost the GUI thread more than the request.
        self._lane = runner.lane("outbox", MAX_IN_FLIGHT, gather=GROUP)
        self._lane.ready.connect(self._collect)
        self._rng = rng or random.Random()
        self._clock = clock
        self._in_flight: dict[str, OutboxEntry] = {}  # as of its attempt's start
        # Saved by the person in this session and not answered yet: they go before the
        # backlog (api.pacing.Priority.TYPED), on a sender of their own if all are busy.
        self._typed: set[str] = set()
        self._ahead = SEND_AHEAD  # MAX_IN_FLIGHT while the server answers with errors
        self._paused_by: api_errors.AuthError | None = None
        self._last_error: api_errors.ApiError | None = None
        self._sender = False
        self._generation = 0  # outcomes of a previous account's sends are ignored
        self._closed = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.pump)
        self._status_timer = QTimer(self, singleShot=True, interval=100)
        self._status_timer.timeout.connect(self._emit_status)
        self._flush_timer = QTimer(self, singleShot=True, interval=FLUSH_WAIT_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._unrecorded: list[Outcome] = []  # answers a failing disk could not record yet
        self._undo = UndoRecorder(self._backoff, clock)  # undos of creates (outbox_undo.py)
        self.storage = StorageWatch(self)
        self.storage.recovered.connect(self._storage_recovered)
        self.storage.others_wrote.connect(self._others_wrote)
        self.storage.restored.connect(self._relock)
        self._open(store, lock_path)

    def _open(self, store: OutboxStore, lock_path: Path) -> None:
        self._store = store
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)  # stale only when the owner process is gone
        self._lock_logged: bool | None = None
        self.storage.watch(store)
        self._others_mark = self._read(store.last_change, "")  # what others send after this
        recovered = absurd = 0
        try:
            recovered = store.recover_after_crash()
            absurd = store.bring_forward(self._clock() + max(BACKOFF_CAP_S, MAX_RETRY_AFTER_S))
        except StorageError as exc:  # read-only, say: nothing is sent from it anyway
            self.storage.report(exc)
        if recovered:
            log.info("%d attempt(s) cut short by a crash are now marked ambiguous", recovered)
        if absurd:
            log.info("%d wait(s) longer than any we schedule are now due", absurd)

    def switch(self, store: OutboxStore, lock_path: Path) -> None:
        """Another account: its own outbox. Sends in flight for the old one are re-checked
        (as ambiguous) the next time that account is opened."""
        self._shut()
        self._in_flight.clear()
        self._typed.clear()
        self._unrecorded.clear()  # still marked in flight there: checked as ambiguous next time
        self._undo.asked.clear()  # resumed (and told) when that account is opened again
        self._ahead = SEND_AHEAD
        self._paused_by = None
        self._last_error = None
        self._open(store, lock_path)
        self.entries_changed.emit()
        self.pump()

    # --- what the window calls ---------------------------------------------------------------

    def submit(self, draft: ContactDraft, replaces: str | None = None) -> OutboxEntry | None:
        """Check the draft, store it durably, then send. None (and a signal) if it is invalid."""
        checked = check_draft(draft)
        if not checked.ok:
            self.validation_failed.emit(checked.errors)
            return None
        try:
            if replaces:
                entry = self._store.replace_payload(replaces, checked.payload, draft_to_dict(draft))
            else:
                entry = self._store.add(checked.payload, draft_to_dict(draft))
        except StorageError as exc:  # not kept: refused, and the form keeps it
            self.storage.report(exc)
            self.save_refused.emit(self.storage.problem or exc)
            return None
        self.entries_changed.emit()
        self.entry_changed.emit(entry)
        self._send_typed(entry)
        self.pump()
        return entry

    def submit_backlog(
        self, items: Sequence[tuple[Mapping[str, object], Mapping[str, object]]]
    ) -> list[str] | None:
        """An import (issue 18): checked (payload, draft) pairs stored in one transaction, all
        or none, then sent as backlog, so what the person types goes first. The entries' ids,
        or None when the local file refused them."""
        try:
            ids = self._store.add_many(items)
        except StorageError as exc:
            self.storage.report(exc)
            return None
        self.entries_changed.emit()
        self.pump()
        return ids

    def entries_of_batch(self, key: str, batch_id: str) -> list[OutboxEntry]:
        """An import's entries after a restart (services/importing.py); [] if unreadable."""
        return self._read(lambda: self._store.entries_of_batch(key, batch_id), [])

    def withdraw(self, entry_ids: Collection[str]) -> list[str]:
        """A cancelled import: its entries never attempted leave (storage/outbox.py)."""
        try:
            removed = self._store.discard_unsent(entry_ids)
        except StorageError as exc:
            self.storage.report(exc)
            return []
        if removed:
            self.entries_changed.emit()
            self._emit_status()
        return removed

    def withdraw_saved(self, entry_id: str, *, maybe_sent: bool = False) -> bool:
        """Undo of a save (services/undo.py): the entry leaves if nothing of it can have
        reached the server (or, ``maybe_sent``, if it is not on its way: no more attempts);
        False while it is on its way or may be there already."""
        try:
            removed = self._store.withdraw(entry_id, maybe_sent=maybe_sent)
        except StorageError as exc:
            self.storage.report(exc)
            return False
        if removed:
            self.entries_changed.emit()
            self._emit_status()
        return removed

    def undo_create(self, entry_id: str) -> str | StorageError:
        """Undo of a save (services/undo.py), kept in the file (services/outbox_undo.py):
        ``OutboxStore.mark_undo``'s answer; "marked…" ends later in ``undo_ended``."""
        try:
            result = self._store.mark_undo(entry_id)
        except StorageError as exc:
            self.storage.report(exc)
            return exc
        if result.startswith("marked"):
            self._undo.asked.add(entry_id)
            self.entry_changed.emit(self._store.get(entry_id))
            self.pump()
        elif result != "gone":
            self.entries_changed.emit()
            self._emit_status()
        return result

    def undoing(self) -> list[OutboxEntry]:
        """Entries whose undo is not finished (this session's or an earlier one's)."""
        return self._read(self._store.undoing, [])

    def undo_asked(self) -> set[str]:
        """Entries whose undo was asked in this session (the rest resumed after a restart)."""
        return set(self._undo.asked)

    def _send_typed(self, entry: OutboxEntry) -> None:
        """The contact just saved goes at once, ahead of any backlog handed to the senders
        (marked in flight first, as every attempt is)."""
        if entry.state is not OutboxState.PENDING or entry.id in self._in_flight:
            return
        if len(self._typed) >= EXTRA_FIRST_THREADS:  # a burst of saves: in order, as usual
            return
        if self._closed or self._paused_by is not None or not self._take_lock():
            return
        if self._unrecorded or self.storage.problem is not None:
            return
        try:
            self._store.begin_attempts([entry.id])
        except StorageError as exc:
            self.storage.report(exc)
            return
        self._typed.add(entry.id)
        self._send(replace(entry, attempts=entry.attempts + 1))

    def retry_now(self) -> None:
        """ "Reintentar ahora": everything pending goes again, and a paused queue resumes."""
        self._paused_by = None
        try:
            self._store.retry_all_now()
        except StorageError as exc:
            self.storage.report(exc)
        self.pump()

    def resume(self) -> None:
        """After the key was fixed (or the account switched)."""
        self.retry_now()

    def resolve_with(self, entry_id: str, contact: Contact) -> None:
        """The user resolved a duplicate by updating the existing contact: this entry is done."""
        try:
            self._store.mark_sent(entry_id, contact, outcome="merged")
        except StorageError as exc:  # it stays "needs attention": a later update finds it
            self.storage.report(exc)
            return
        self._changed(entry_id)

    def discard(self, entry_id: str) -> bool:
        """The person chose to drop an entry that needs attention (after being asked)."""
        try:
            if not self._store.discard(entry_id):
                return False
        except StorageError as exc:  # it stays; the banner says why
            self.storage.report(exc)
            return False
        self.entries_changed.emit()
        self._emit_status()
        return True

    def status(self) -> QueueStatus:
        return self._read(self._status, QueueStatus(0, 0, None, None, None, 0, self._sender))

    def _status(self) -> QueueStatus:
        counts = self._store.counts()
        pending, attention = counts[OutboxState.PENDING], counts[OutboxState.ATTENTION]
        due = self._store.next_due_at()
        wait = None if due is None or not pending else max(0.0, due - self._clock())
        requests = pending + (self._store.pending_mexican() if pending else 0)
        return QueueStatus(
            pending, attention, self._paused_by, self._last_error, wait,
            len(self._in_flight), self._sender, self._budget(), requests,
        )  # fmt: skip

    def _budget(self) -> BudgetState | None:
        """The account's request budget (services/scheduler.py), if it has one."""
        return self._budget_of() if self._budget_of is not None else None

    def close(self) -> None:
        self._shut()
        self._closed = True

    def _shut(self) -> None:
        """Stop the timers, give up the send lock, close the store. Sends not started are
        taken back; answers still on their way are ignored (a newer generation): those sends
        count as ambiguous next time (they are still marked in flight)."""
        self.storage.stop()
        try:
            self._take_back()
        except StorageError as exc:  # still marked in flight: checked as ambiguous next time
            log.info("sends taken back not recorded: %s", exc)
        self._generation += 1
        self._lane.take()
        self._timer.stop()
        self._status_timer.stop()
        self._flush_timer.stop()
        if self._sender:
            self._lock.unlock()
            self._sender = False
        self._store.close()

    @Slot()
    def _collect(self) -> None:
        """Answers arrived (queued from the senders' threads). While the senders still have a
        round of work queued, answers are left to gather (one commit for many); as soon as they
        may run short, or the first answer has waited FLUSH_WAIT_MS, everything that arrived is
        recorded (outbox_outcomes.py). A slot of this QObject class itself, never of a mixin:
        PySide6 (6.8+) registers only a QObject class's own ``@Slot``s, and a signal from
        another thread to an unregistered one can crash (PYSIDE-3124): full test runs
        segfaulted in processEvents after close, 3 in ~8, while this lived in the mixin."""
        if self._lane.urgent():
            self._flush()
        elif not self._flush_timer.isActive():
            self._flush_timer.start()

    # --- the pump -----------------------------------------------------------------------------

    def pump(self) -> None:
        """Send what is due, then schedule the next look."""
        self._timer.stop()
        if self._closed:
            return
        if not self._take_lock():
            self._schedule(LOCK_RETRY_S)
            return
        if self._unrecorded or self.storage.problem is not None:
            return  # nothing is sent that could not be recorded; the watch pumps once it can
        try:
            with self._store.batch(fsync=False):  # the in-flight marks, in one commit
                due = self._claim_due()
        except StorageError as exc:
            self.storage.report(exc)
            return
        self._start(due)

    def _claim_due(self) -> list[OutboxEntry]:
        """Mark what is due as attempted, before any request: up to SEND_AHEAD in flight, or
        MAX_IN_FLIGHT while the server answers with errors (not to press it harder)."""
        ahead = self._ahead
        if (
            self._budget_of is not None
            and self._budget() is None
            and self._store.has(OutboxState.PENDING)
        ):
            self._client()  # made on first use, with the account's budget: pace the first send too
        if self._budget() is not None:
            # The account's budget sets the pace: handing more ahead would only show them
            # "Enviando…" for minutes while they wait for their turn.
            ahead = MAX_IN_FLIGHT
        room = ahead - len(self._in_flight)
        if self._paused_by is not None or room <= 0:
            return []
        return self._store.begin_due(self._clock(), self._in_flight, room)

    def _take_back(self) -> None:
        """Sends handed ahead but not started: their attempts never happened."""
        current = self._generation
        ids = [entry_id for generation, entry_id in self._lane.cancel() if generation == current]
        for entry_id in ids:
            del self._in_flight[entry_id]
            self._typed.discard(entry_id)
        self._store.end_unstarted(ids)

    def _start(self, due: list[OutboxEntry]) -> None:
        for entry in due:
            self._send(entry)
        if not self._in_flight:  # otherwise the next answer pumps (and reschedules) again
            self._reschedule()
        if not self._status_timer.isActive():
            self._status_timer.start()  # at most ~10 status updates a second

    def _emit_status(self) -> None:
        self.status_changed.emit(self.status())

    def _pace_after(self, arrived: list[Outcome]) -> None:
        """After an error, sends handed ahead are taken back and only MAX_IN_FLIGHT go at
        once (not to press a struggling server); a send that succeeds restores SEND_AHEAD."""
        if any(troubled(o) for o in arrived):
            self._ahead = MAX_IN_FLIGHT
            self._take_back()
        elif any(o.contact is not None for o in arrived):
            self._ahead = SEND_AHEAD

    def _backoff(self, attempts: int, retry_after: float | None) -> float:
        return backoff_delay(attempts, retry_after, self._rng)

    def _reschedule(self) -> None:
        due = self._store.next_due_at()
        if due is not None and self._paused_by is None:
            self._schedule(max(0.0, due - self._clock()))

    def _schedule(self, seconds: float) -> None:
        self._timer.start(int(min(seconds, 3600) * 1000))

    def _send(self, entry: OutboxEntry) -> None:
        """``entry`` as marked by ``begin_due`` (its ``attempts`` count this one)."""
        self._in_flight[entry.id] = entry
        client = self._client()
        payload = dict(entry.payload)
        # A 409 is checked against what we sent when an earlier attempt may have gone through:
        # an ambiguous failure, or any earlier attempt whose record a power cut could have lost.
        ambiguous = entry.ambiguous or entry.attempts > 1
        typed = entry.id in self._typed
        level = Priority.TYPED if typed else Priority.BACKLOG
        if entry.from_import and not typed:
            level = Priority.IMPORT  # after the person's own contacts and their hints
        if entry.undo:  # never POSTed again: looked for and deleted (outbox_undo.py)
            self._lane.submit((self._generation, entry.id), lambda: undo_attempt(client, entry),
                              first=True)  # fmt: skip
            return
        key = mexican_key(str(payload.get("phone_number", "")))
        local_ids = None if key is None else tuple(self._history_ids(key))

        def send() -> Outcome:
            with priority(level):
                return attempt(client, entry.id, payload, ambiguous, local_ids)

        self._lane.submit((self._generation, entry.id), send, first=typed)

    def _changed(self, entry_id: str) -> None:
        self.entry_changed.emit(self._store.get(entry_id))
        self.entries_changed.emit()
