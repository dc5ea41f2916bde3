"""Recording what the server answered the outbox's sends (on the GUI thread, a group at a time).

A part of ``services.outbox.OutboxService``: the sending loop hands the answers here, and what
is recorded (sent, needs attention, paused, retried later) goes back to it. See that module's
docstring for what each answer means.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from whaapy_contacts.api import errors as api_errors
from whaapy_contacts.api.limits import bounded_delay
from whaapy_contacts.api.pacing import Superseded
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.outbox import AttentionReason, OutboxEntry, OutboxState
from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP
from whaapy_contacts.services.outbox_undo import LEFT, UndoRecorder
from whaapy_contacts.services.sending import Outcome, matches_sent, outcome_of
from whaapy_contacts.storage.local_db import StorageError
from whaapy_contacts.storage.outbox import OutboxStore

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QTimer, SignalInstance

    from whaapy_contacts.services.storage_watch import StorageWatch
    from whaapy_contacts.workers.lane import Lane

log = logging.getLogger("whaapy_contacts.services.outbox")


class OutcomesMixin:
    """Needs the service's store, lane, timers, state and these methods."""

    _store: OutboxStore
    storage: StorageWatch
    _lane: Lane
    _timer: QTimer
    _flush_timer: QTimer
    _clock: Callable[[], float]
    _in_flight: dict[str, OutboxEntry]
    _typed: set[str]
    _unrecorded: list[Outcome]
    _undo: UndoRecorder
    _generation: int
    _paused_by: api_errors.AuthError | None
    _last_error: api_errors.ApiError | None
    entries_changed: SignalInstance
    entry_changed: SignalInstance
    undo_ended: SignalInstance

    if TYPE_CHECKING:  # the service's own

        def _start(self, due: list[OutboxEntry]) -> None: ...
        def _claim_due(self) -> list[OutboxEntry]: ...
        def _pace_after(self, arrived: list[Outcome]) -> None: ...
        def _backoff(self, attempts: int, retry_after: float | None) -> float: ...

    def _flush(self) -> None:
        """Record the answers that arrived and mark the next sends, in one commit; then send.

        Answers stay "in flight" until recorded (so never sent twice); those of a previous
        account (or of before ``close``) are ignored.

        Not fsync'd: the record survives a crash or kill of the app, not a power cut. After a
        power cut a sent contact may be tried again; the server's duplicate rule and the check
        in ``sending.attempt`` then find it (nothing is sent twice, nothing lost). The contact
        itself was fsync'd when it was saved.
        """
        self._flush_timer.stop()
        generation = self._generation
        arrived = [outcome_of(d) for d in self._lane.take() if d.key[0] == generation]
        arrived, self._unrecorded = self._unrecorded + arrived, []
        if not arrived:
            return
        self._timer.stop()
        try:
            known, due = self._record(arrived)
        except StorageError as exc:
            # Not recorded: kept (still "in flight", so never sent again) until the disk works.
            self._unrecorded = arrived
            self.storage.report(exc)
            return
        ended = self._undo.take_ended()
        left = {end.entry_id for end in ended if end.kind in LEFT}  # out of the outbox
        self._start(due)  # the senders first, then the listeners
        for outcome, entry in zip(arrived, known, strict=True):
            if outcome.entry_id not in left:
                self.entry_changed.emit(entry or self._store.get(outcome.entry_id))
        self.entries_changed.emit()
        for end in ended:
            self.undo_ended.emit(end)

    def _record(self, arrived: list[Outcome]) -> tuple[list[OutboxEntry | None], list[OutboxEntry]]:
        """Record the answers and claim the next sends, in one commit (all or nothing)."""
        in_flight = dict(self._in_flight)
        try:
            with self._store.batch(fsync=False):
                sent: list[tuple[str, Contact]] = []  # written together, in one statement
                known = [self._apply(self._in_flight.pop(o.entry_id), o, sent) for o in arrived]
                self._store.mark_sent_many(sent)
                self._pace_after(arrived)
                due = self._claim_due()
        except StorageError:  # those answered stay in flight; those taken back are gone
            self._undo.take_ended()  # not recorded: recorded again with the answers
            self._in_flight.update((o.entry_id, in_flight[o.entry_id]) for o in arrived)
            raise
        return known, due

    def _apply(
        self, entry: OutboxEntry, outcome: Outcome, sent: list[tuple[str, Contact]]
    ) -> OutboxEntry | None:
        """Record one answer (a sent one by adding it to ``sent``). Returns the entry as it will
        be stored when that is known without reading it back (the common case: sent)."""
        error = outcome.error
        self._typed.discard(entry.id)  # answered: a retry is backlog like any other
        if entry.undo and not isinstance(error, api_errors.AuthError):
            self._undo.record(self._store, entry, outcome)
            return None
        if entry.id in self._undo.asked:  # undone while this POST was on the wire
            return self._apply_undone(entry, outcome, sent)
        if outcome.contact is not None:
            sent.append((entry.id, outcome.contact))
            self._last_error = None
            return OutboxStore.as_sent(entry, outcome.contact)
        if isinstance(error, api_errors.DuplicateContact):
            self._record_duplicate(entry, error, outcome.existing)
        elif isinstance(error, api_errors.ValidationFailed):
            self._store.mark_attention(
                entry.id, AttentionReason.VALIDATION, error.user_message,
                field_errors=error.field_errors,
            )  # fmt: skip
        elif isinstance(error, api_errors.AuthError):
            self._paused_by = error
            self._store.mark_paused(entry.id, error.user_message)
        else:
            self._record_retry(entry, error)
        return None

    def _apply_undone(
        self, entry: OutboxEntry, outcome: Outcome, sent: list[tuple[str, Contact]]
    ) -> OutboxEntry | None:
        """A POST answered after the person undid it: recorded as any answer (its mark
        stays: a 2xx is then deleted, a retry only looked for); refused, nothing was made."""
        self._undo.asked.discard(entry.id)
        known = self._apply(entry, outcome, sent)
        self._undo.asked.add(entry.id)
        if outcome.contact is None and self._store.get(entry.id).state is OutboxState.ATTENTION:
            self._undo.refused_on_the_wire(self._store, entry)
        return known

    def _record_duplicate(
        self, entry: OutboxEntry, error: api_errors.DuplicateContact, existing: Contact | None
    ) -> None:
        # Only when an earlier attempt may have gone through: else an identical contact is
        # someone else's (the existing contact also comes with a duplicate found before
        # creating, services/existing.py).
        ambiguous = entry.ambiguous or entry.attempts > 1
        if existing is not None and ambiguous and matches_sent(entry.payload, existing):
            # An earlier attempt went through after all: the contact is ours, sent once.
            self._store.mark_sent(entry.id, existing, outcome="sent-earlier")
            return
        self._store.mark_attention(
            entry.id, AttentionReason.DUPLICATE, error.user_message, existing_id=error.existing_id
        )

    def _record_retry(self, entry: OutboxEntry, error: BaseException | None) -> None:
        if isinstance(error, api_errors.ApiError):
            self._last_error = error
            message, ambiguous = error.user_message, error.ambiguous
            retry_after = error.retry_after if isinstance(error, api_errors.RateLimited) else None
        else:
            log.error("unexpected error sending %s: %r", entry.id, error)
            message = QT_TRANSLATE_NOOP("Messages", "Error inesperado; se reintentará.")
            ambiguous, retry_after = True, None
        if isinstance(error, api_errors.RateLimited | Superseded):
            # Pacing, not a fault of this contact: the account's budget already waits for the
            # server's time (services/scheduler.py), so no backoff of its own on top.
            delay = bounded_delay(retry_after) or 0.0
        else:
            delay = self._backoff(entry.attempts, retry_after)
        self._store.mark_retry(entry.id, message, self._clock() + delay, ambiguous=ambiguous)
