"""Importing a spreadsheet (issue 18): read and check on a worker, then send through the outbox.

Every row is checked as the form checks a contact (domain/importing), duplicates within the
file and those the account's history already has are shown before anything is sent, and what
is sent goes through the outbox as backlog (``OutboxService.submit_backlog``): durable before any
request, exactly once, paced by the account's budget, behind what the person types. A Mexican
number is looked for on the server before it is created (services/existing.py): one that is
there ends as an entry needing attention with its ``existing_id``, reported as "ya existía".
"""

from __future__ import annotations

import logging
import math
import time
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from whaapy_contacts.domain.contact import draft_to_dict
from whaapy_contacts.domain.importing.checking import (
    CheckedRow,
    Counts,
    Reason,
    RowStatus,
    Settings,
    check_table,
    counts,
    mark_known,
)
from whaapy_contacts.domain.importing.mapping import Target
from whaapy_contacts.domain.importing.reading import NOT_READABLE, ReadError, Table, read_file
from whaapy_contacts.domain.outbox import IMPORT_BATCH, AttentionReason, OutboxEntry, OutboxState
from whaapy_contacts.domain.texts import fill
from whaapy_contacts.services import import_record
from whaapy_contacts.services.import_fill import FillExisting, needs_fill
from whaapy_contacts.services.import_record import BatchRecord, ReportLine, line_of

if TYPE_CHECKING:
    from whaapy_contacts.api.client import ContactsClient
    from whaapy_contacts.services.outbox import OutboxService
    from whaapy_contacts.workers.runner import TaskRunner

log = logging.getLogger(__name__)

BATCH_KEY = IMPORT_BATCH  # in each entry's stored draft: which import, which row
ROW_KEY = "import_row"
HISTORY_CHUNK = 400  # history look-ups per turn of the event loop (each a small SQLite read)


@dataclass(frozen=True)
class Analysis:
    """A checked file: what the preview shows and what "Importar" sends."""

    table: Table
    mapping: tuple[Target, ...]
    settings: Settings
    rows: tuple[CheckedRow, ...]

    @property
    def counts(self) -> Counts:
        return counts(self.rows)


@dataclass
class Progress:
    """Where an import stands; ``eta_s`` is None while there is nothing to go on."""

    total: int
    sent: int = 0
    existed: int = 0  # already on the server (found before creating, or a 409)
    refused: int = 0  # the server refused the fields: needs the person
    cancelled: int = 0
    updated: int = 0  # existing contacts whose empty fields were filled (services/import_fill)
    eta_s: float | None = None
    limit: int | None = None  # requests a minute the pace follows, when known
    file_name: str = ""  # "feria.csv"
    failing: bool = False  # sending fails for now (the status line says why); retried

    @property
    def done(self) -> int:
        return self.sent + self.existed + self.refused + self.cancelled + self.updated

    @property
    def finished(self) -> bool:
        return self.done >= self.total


@dataclass
class Batch:
    """An import being sent: its record (services/import_record.py) and its entries' states."""

    id: str
    record: BatchRecord
    rows: dict[str, ReportLine]  # entry id -> its row
    entries: dict[str, OutboxEntry | None] = field(default_factory=dict)
    gone: set[str] = field(default_factory=set)  # left the outbox otherwise (discarded there)
    started: float = field(default_factory=time.monotonic)
    done_before: int = 0  # answered before this session (a restored batch): not for the pace

    @property
    def cancelled(self) -> set[str]:
        return self.record.cancelled

    @property
    def fill(self) -> bool:  # rows the account has fill that contact's empty fields
        return self.record.fill

    @property
    def filled(self) -> set[str]:
        return self.record.filled

    @property
    def fill_failed(self) -> set[str]:
        return self.record.fill_failed


class ImportService(QObject):
    """One import at a time. Slots and signals on the GUI thread."""

    table_read = Signal(object)  # Table
    read_failed = Signal(str)  # Spanish, for the person
    analysed = Signal(object)  # Analysis
    progressed = Signal(object)  # Progress
    send_refused = Signal()  # the local file refused the batch: nothing was stored

    def __init__(
        self,
        outbox: OutboxService,
        runner: TaskRunner,
        history_ids: Callable[[str], Sequence[str]],
        *,
        clock: Callable[[], float] = time.monotonic,
        client: Callable[[], ContactsClient] | None = None,
        records: Callable[[], Path] | None = None,
    ) -> None:
        """With ``client``, duplicates can fill the existing contact's empty fields; with
        ``records`` (the account's folder for them), a batch's progress and report come back
        after a restart (``restore``)."""
        super().__init__()
        self._outbox = outbox
        self._records = records
        self._runner = runner
        self._history_ids = history_ids
        self._clock = clock
        self.batch: Batch | None = None
        self._generation = 0  # a newer read or check makes older results stale
        self._pending_marks: list[CheckedRow] = []
        self._tick = QTimer(self, singleShot=True, interval=200)
        self._tick.timeout.connect(self._emit_progress)
        outbox.entry_changed.connect(self._entry_changed)
        self._filler: FillExisting | None = None
        if client is not None:
            self._filler = FillExisting(outbox, runner, client)
            self._filler.setParent(self)
            self._filler.filled.connect(lambda i: self._fill_ended(i, ok=True))
            self._filler.failed.connect(lambda i: self._fill_ended(i, ok=False))

    @property
    def can_fill(self) -> bool:
        return self._filler is not None

    # --- reading and checking (workers) ------------------------------------------------------

    def read(
        self, path: Path | str, encoding: str | None = None, delimiter: str | None = None,
        sheet: str | None = None,
    ) -> None:  # fmt: skip
        generation = self._next()
        job = self._runner.submit(
            "import-read",
            lambda: read_file(path, encoding=encoding, delimiter=delimiter, sheet=sheet),
        )
        job.succeeded.connect(lambda t: self._if_current(generation, self.table_read, t))
        job.failed.connect(lambda e: self._if_current(generation, self.read_failed, _message(e)))

    def check(
        self, table: Table, mapping: Sequence[Target], settings: Settings,
        skipped: Collection[int] = (),
    ) -> None:  # fmt: skip
        """Rows checked on a worker; then the history is asked a chunk at a time on this
        thread (its SQLite connection lives here), so the window never waits long."""
        generation = self._next()
        mapping = tuple(mapping)
        job = self._runner.submit(
            "import-check", lambda: check_table(table, mapping, settings, skipped)
        )

        def checked(rows: list[CheckedRow]) -> None:
            if generation == self._generation:
                self._known_in_history(generation, Analysis(table, mapping, settings, ()), rows)

        job.succeeded.connect(checked)
        job.failed.connect(lambda e: self._if_current(generation, self.read_failed, _message(e)))

    def _known_in_history(self, generation: int, about: Analysis, rows: list[CheckedRow]) -> None:
        done: list[CheckedRow] = []
        todo = list(rows)

        def step() -> None:
            if generation != self._generation:
                return
            chunk, todo[:] = todo[:HISTORY_CHUNK], todo[HISTORY_CHUNK:]
            done.extend(mark_known(chunk, lambda key: bool(key and self._history_ids(key))))
            if todo:
                QTimer.singleShot(0, step)
            else:
                self.analysed.emit(
                    Analysis(about.table, about.mapping, about.settings, tuple(done))
                )

        step()

    def _next(self) -> int:
        self._generation += 1
        return self._generation

    def _if_current(self, generation: int, signal: SignalInstance, value: object) -> None:
        if generation == self._generation:
            signal.emit(value)

    # --- sending --------------------------------------------------------------------------------

    def send(
        self, analysis: Analysis, *, fill_existing: bool = False, file_name: str = ""
    ) -> Batch | None:
        """The new rows into the outbox, all or none; None when the local file refused them.
        With ``fill_existing``, rows whose number the account has go too, to fill that
        contact's empty fields. Then what the report needs is recorded (``restore``)."""
        batch_id = str(uuid.uuid4())
        fill = fill_existing and self._filler is not None
        known = RowStatus.DUPLICATE_KNOWN
        rows = [r for r in analysis.rows if r.sendable or (fill and r.status is known)]
        items = [(r.check.payload, _marked_draft(r, batch_id)) for r in rows]
        ids = self._outbox.submit_backlog(items)
        if ids is None:
            self.send_refused.emit()
            return None
        sent = {r.number: entry_id for entry_id, r in zip(ids, rows, strict=True)}
        lines = tuple(line_of(r, sent.get(r.number, "")) for r in analysis.rows)
        table = analysis.table
        record = BatchRecord(batch_id, Path(file_name).name, table.headers,
                             table.delimiter or ",", lines, fill)  # fmt: skip
        self._start_batch(record, dict.fromkeys(ids))
        self._save(import_record.save)
        return self.batch

    def restore(self) -> Batch | None:
        """The newest import whose report the person has not closed, as the outbox has its
        entries now (after a restart); None when there is none."""
        folder = self._records() if self._records is not None else None
        found = import_record.unseen(folder) if folder is not None else []
        if not found:
            return None
        record = found[-1]
        stored = {e.id: e for e in self._outbox.entries_of_batch(BATCH_KEY, record.id)}
        batch = self._start_batch(record, {i: stored.get(i) for i in record.entry_ids})
        batch.gone = {i for i in record.entry_ids if i not in stored} - record.cancelled
        batch.done_before = self.progress().done
        answered = batch.filled | batch.fill_failed
        for entry in stored.values():
            if batch.fill and self._filler and needs_fill(entry) and entry.id not in answered:
                self._filler.start(entry)  # cut short by the restart
        self._emit_progress()
        return batch

    def _start_batch(self, record: BatchRecord, entries: dict[str, OutboxEntry | None]) -> Batch:
        rows = {line.entry_id: line for line in record.lines if line.entry_id}
        self.batch = Batch(record.id, record, rows, entries, started=self._clock())
        self._emit_progress()
        return self.batch

    def report_seen(self) -> None:
        """The person closed the report: the next Ctrl+I starts a new import."""
        if self.batch is not None and self.progress().finished:
            self.batch.record.seen = True
            self._save(import_record.save_state)
            self._save(lambda folder, _record: import_record.prune(folder))

    def _save(self, write: Callable[[Path, BatchRecord], bool]) -> None:
        folder = self._records() if self._records is not None else None
        if folder is not None and self.batch is not None:
            write(folder, self.batch.record)

    def cancel(self) -> tuple[int, int]:
        """What was never tried leaves the outbox; returns (withdrawn, still on their way)."""
        batch = self.batch
        if batch is None:
            return 0, 0
        waiting = [i for i, e in batch.entries.items() if e is None or _pending(e)]
        removed = self._outbox.withdraw(waiting)
        batch.cancelled.update(removed)
        self._save(import_record.save_state)
        self._emit_progress()
        return len(removed), len(waiting) - len(removed)

    def _entry_changed(self, entry: OutboxEntry) -> None:
        batch = self.batch
        if batch is not None and entry.id in batch.entries:
            batch.entries[entry.id] = entry
            if batch.fill and self._filler is not None and needs_fill(entry):
                self._filler.start(entry)
            if not self._tick.isActive():
                self._tick.start()  # at most 5 updates a second

    def _fill_ended(self, entry_id: str, *, ok: bool) -> None:
        if self.batch is not None:
            (self.batch.filled if ok else self.batch.fill_failed).add(entry_id)
            self._save(import_record.save_state)
            self._emit_progress()

    def progress(self) -> Progress:
        batch = self.batch
        if batch is None:
            return Progress(0)
        stopped = batch.cancelled | batch.gone
        out = Progress(len(batch.entries), cancelled=len(stopped), file_name=batch.record.file_name)
        for entry_id, entry in batch.entries.items():
            if entry_id in stopped or entry is None:
                continue
            if entry.state is OutboxState.SENT and entry_id in batch.filled:
                out.updated += 1
            elif entry.state is OutboxState.SENT:
                out.sent += 1
            elif entry.state is OutboxState.ATTENTION and entry.reason is AttentionReason.DUPLICATE:
                waiting = batch.fill and entry_id not in batch.fill_failed
                out.existed += 0 if waiting else 1
            elif entry.state is OutboxState.ATTENTION:
                out.refused += 1
        out.eta_s, out.limit = self._estimate(out)
        status = self._outbox.status()
        out.failing = not out.finished and (
            status.last_error is not None or status.paused_by is not None
        )
        return out

    def _estimate(self, progress: Progress) -> tuple[float | None, int | None]:
        """As the status line says it (ui/shell/outbox_status.py): the pause plus what the
        whole queue will cost of the budget (a Mexican number costs two requests: the look-up
        and the create) over the limit; without a budget, the pace seen so far."""
        left = progress.total - progress.done
        if not left:
            return 0.0, None
        status = self._outbox.status()
        budget = status.budget
        if budget is not None and budget.limit > 0:
            requests = max(status.requests, status.pending)
            return budget.paused_for + requests * 60.0 / budget.limit, budget.limit
        assert self.batch is not None
        elapsed = self._clock() - self.batch.started
        answered = progress.done - progress.cancelled - self.batch.done_before
        if answered < 5 or elapsed <= 0:
            return None, None
        return left * elapsed / answered, None

    def _emit_progress(self) -> None:
        self.progressed.emit(self.progress())

    # --- the report -----------------------------------------------------------------------------

    def outcome_rows(self) -> list[tuple[ReportLine, tuple[Reason, ...]]]:
        """Every row that was not created, with its reason in Spanish, in file order."""
        from whaapy_contacts.services.import_report import left_out  # noqa: PLC0415

        return left_out(self.batch) if self.batch is not None else []


def _pending(entry: OutboxEntry) -> bool:
    return entry.state is OutboxState.PENDING


def _marked_draft(row: CheckedRow, batch_id: str) -> dict[str, object]:
    draft = draft_to_dict(row.draft)
    draft[BATCH_KEY] = batch_id
    draft[ROW_KEY] = row.number
    return draft


def _message(error: object) -> str:
    """A ReadError says what to do; anything else is a bug of ours, logged, said plainly."""
    if isinstance(error, ReadError):
        return error.message
    log.error("reading or checking an import failed: %r", error)
    return fill(NOT_READABLE, type(error).__name__)


def minutes(seconds: float) -> int:
    return max(1, math.ceil(seconds / 60))


__all__ = ["Analysis", "Batch", "ImportService", "Progress", "RowStatus"]
