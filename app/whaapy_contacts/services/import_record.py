"""What an import's progress and report need, kept next to the account's outbox (issue 18).

The outbox knows each sent row's fate (its entries carry ``import_batch``/``import_row``), but not
the file's name, its columns, or the rows that were never sent (invalid, repeated, left out)
and why. Those are written once when the batch is stored, as ``<batch>.json`` in the account's
``imports`` folder; what changes later (cancelled, filled, the report seen) goes in a small
``<batch>.state.json``. So after a restart the dialog comes back on its progress and then its
report, with every row. Nothing else is kept there: no key, no server address.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from whaapy_contacts.domain.importing.checking import CheckedRow, Reason

log = logging.getLogger(__name__)

VERSION = 1
KEEP_SEEN = 20  # reports already closed that are kept (the newest): older ones are removed


@dataclass(frozen=True)
class ReportLine:
    """One row of the file as the report shows it; ``entry_id`` when it was sent."""

    number: int
    cells: tuple[str, ...]
    name: str
    phone: str
    reasons: tuple[Reason, ...] = ()  # why it was not sent (Spanish messages)
    entry_id: str = ""


def line_of(row: CheckedRow, entry_id: str = "") -> ReportLine:
    reasons = () if entry_id else row.reasons
    draft = row.draft
    return ReportLine(row.number, row.cells, draft.name, draft.phone_number, reasons, entry_id)


@dataclass
class BatchRecord:
    id: str
    file_name: str  # only the name, never the folder
    headers: tuple[str, ...]
    delimiter: str
    lines: tuple[ReportLine, ...]
    fill: bool = False
    cancelled: set[str] = field(default_factory=set)
    filled: set[str] = field(default_factory=set)
    fill_failed: set[str] = field(default_factory=set)
    seen: bool = False  # the person closed its report: Ctrl+I starts a new import

    @property
    def entry_ids(self) -> list[str]:
        return [line.entry_id for line in self.lines if line.entry_id]


def save(folder: Path, record: BatchRecord) -> bool:
    """The record and its state; False (logged) when the folder refused them."""
    body = {
        "version": VERSION, "id": record.id, "file_name": record.file_name,
        "headers": list(record.headers), "delimiter": record.delimiter, "fill": record.fill,
        "lines": [[ln.number, list(ln.cells), ln.name, ln.phone, [list(r) for r in ln.reasons],
                   ln.entry_id] for ln in record.lines],
    }  # fmt: skip
    return _write(folder / f"{record.id}.json", body) and save_state(folder, record)


def save_state(folder: Path, record: BatchRecord) -> bool:
    state = {
        "cancelled": sorted(record.cancelled), "filled": sorted(record.filled),
        "fill_failed": sorted(record.fill_failed), "seen": record.seen,
    }  # fmt: skip
    return _write(folder / f"{record.id}.state.json", state)


def prune(folder: Path, keep: int = KEEP_SEEN) -> bool:
    """Remove the records of reports closed long ago: all but the ``keep`` newest. True."""
    closed = []
    for path in folder.glob("*.state.json"):
        state = _read(path)
        if isinstance(state, dict) and state.get("seen"):
            closed.append((path.stat().st_mtime, path))
    for _when, path in sorted(closed, reverse=True)[keep:]:
        body = path.with_name(path.name.removesuffix(".state.json") + ".json")
        for old in (body, path):
            try:
                old.unlink(missing_ok=True)
            except OSError as exc:
                log.info("an old import record could not be removed: %s", exc.strerror)
    return True


def has_unseen(folder: Path) -> bool:
    """Cheap (only the small state files): whether ``unseen`` would find one."""
    if not folder.is_dir():
        return False
    states = (_read(path) for path in folder.glob("*.state.json"))
    return any(isinstance(state, dict) and not state.get("seen") for state in states)


def unseen(folder: Path) -> list[BatchRecord]:
    """Records whose report the person has not closed yet, oldest first; unreadable ones are
    skipped (logged)."""
    if not folder.is_dir():
        return []
    found: list[tuple[float, BatchRecord]] = []
    for path in folder.glob("*.state.json"):
        state = _read(path)
        if not isinstance(state, dict) or state.get("seen"):
            continue
        record = load(folder, path.name.removesuffix(".state.json"), state)
        if record is not None:
            found.append((path.stat().st_mtime, record))
    return [record for _when, record in sorted(found, key=lambda pair: pair[0])]


def load(folder: Path, batch_id: str, state: dict[str, object]) -> BatchRecord | None:
    body = _read(folder / f"{batch_id}.json")
    try:
        assert isinstance(body, dict)
        assert body.get("version") == VERSION
        lines = tuple(_line(item) for item in body["lines"])
        return BatchRecord(
            str(body["id"]), str(body["file_name"]), tuple(str(h) for h in body["headers"]),
            str(body["delimiter"]), lines, bool(body.get("fill")),
            _ids(state.get("cancelled")), _ids(state.get("filled")),
            _ids(state.get("fill_failed")), bool(state.get("seen")),
        )  # fmt: skip
    except (AssertionError, KeyError, TypeError, ValueError):
        log.info("import record %s is unreadable; left alone", batch_id)
        return None


def _line(item: list[object]) -> ReportLine:
    number, cells, name, phone, reasons, entry_id = item
    assert isinstance(cells, list)
    assert isinstance(reasons, list)
    pairs = tuple((str(label), str(message)) for label, message in reasons)
    return ReportLine(int(str(number)), tuple(str(c) for c in cells), str(name), str(phone),
                      pairs, str(entry_id))  # fmt: skip


def _ids(value: object) -> set[str]:
    return {str(v) for v in value} if isinstance(value, Iterable) else set()


def _read(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write(path: Path, body: object) -> bool:
    """Whole or not at all: a temporary file in the same folder, then renamed over."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(body, out, ensure_ascii=False)
        os.replace(temporary, path)
    except OSError as exc:
        log.warning("the import's record could not be written: %s", exc.strerror)
        return False
    return True
