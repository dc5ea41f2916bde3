"""The outbox's file format: its schema, and how entries and values are written and read.

Whatever is on disk (written by an older version, by hand, or from a server's odd answer) reads
without raising: JSON is always valid (no NaN), times out of range become "due now".
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.outbox import AttentionReason, OutboxEntry, OutboxState
from whaapy_contacts.domain.validation import FieldErrors

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    state TEXT NOT NULL,
    payload TEXT NOT NULL,
    draft TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    in_flight INTEGER NOT NULL DEFAULT 0,
    ambiguous INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at REAL,
    contact TEXT,
    reason TEXT,
    field_errors TEXT,
    existing_id TEXT NOT NULL DEFAULT '',
    undo INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state, seq);

CREATE INDEX IF NOT EXISTS outbox_due ON outbox (state, next_attempt_at);
CREATE TABLE IF NOT EXISTS outbox_attempts (
    outbox_id TEXT NOT NULL,
    at TEXT NOT NULL,
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS outbox_attempts_entry ON outbox_attempts (outbox_id);
CREATE TABLE IF NOT EXISTS form_draft (
    slot TEXT PRIMARY KEY,
    draft TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""

# The columns ``entry_from_row`` reads, as json_object() arguments (JSON columns embedded as JSON).
ENTRY_AS_JSON = ", ".join(
    f"'{name}', json({name})" if name in ("payload", "draft", "contact", "field_errors")
    else f"'{name}', {name}"
    for name in (
        "id", "seq", "created_at", "payload", "draft", "state", "attempts", "last_error",
        "next_attempt_at", "contact", "reason", "field_errors", "existing_id", "ambiguous",
        "undo",
    )
)  # fmt: skip

ContactCodec = tuple[Callable[[Contact], dict[str, object]], Callable[[object], Contact]]


def now_text() -> str:
    return datetime.now(UTC).isoformat()


# Groups of answers are written with json_each and UPDATE ... FROM: built in from SQLite 3.38
# (Python 3.11's own builds, Debian 12 and the bundles all have 3.39 or later).
SQLITE_NEEDED = (3, 38, 0)


class OldSQLite(RuntimeError):
    """This Python's SQLite cannot run the outbox's statements."""


def connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we open transactions explicitly (BEGIN IMMEDIATE).
    db = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    try:
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")  # a saved contact survives power loss
        add_columns(db)
    except BaseException:
        db.close()
        raise
    return db


# Columns added after the first release: (name, declaration). A file written before has them
# added when it is opened (an older version reading the file ignores them).
ADDED_COLUMNS = (("undo", "INTEGER NOT NULL DEFAULT 0"),)


def add_columns(db: sqlite3.Connection) -> None:
    """An existing outbox table gets the columns it lacks (a new file gets them from SCHEMA)."""
    have = {row[1] for row in db.execute("PRAGMA table_info(outbox)")}
    if not have:
        return
    for name, declaration in ADDED_COLUMNS:
        if name not in have:
            db.execute(f"ALTER TABLE outbox ADD COLUMN {name} {declaration}")
    db.execute("CREATE INDEX IF NOT EXISTS outbox_undo ON outbox (undo) WHERE undo=1")


def add_columns_read_only(db: sqlite3.Connection) -> None:
    """The same for the in-memory copy of a file that can't be written (storage/local_db.py):
    every query may name the new columns."""
    db.execute("PRAGMA query_only=0")
    try:
        add_columns(db)
    finally:
        db.execute("PRAGMA query_only=1")


def entry_from_row(
    row: Mapping[str, Any], from_json: Callable[[object], Contact], attempts: int | None = None
) -> OutboxEntry:
    """From a row, or from its ``ENTRY_AS_JSON`` object (JSON columns already parsed)."""
    contact = from_json(_parsed(row["contact"])) if row["contact"] else None
    errors = _parsed(row["field_errors"]) if row["field_errors"] else {}
    return OutboxEntry(
        id=row["id"],
        created_at=_created(row["created_at"]),
        payload=_parsed(row["payload"]),
        draft=_parsed(row["draft"]),
        state=OutboxState(row["state"]),
        attempts=row["attempts"] if attempts is None else attempts,
        last_error=row["last_error"],
        next_attempt_at=_when(row["next_attempt_at"]),
        contact=contact,
        reason=AttentionReason(row["reason"]) if row["reason"] else None,
        field_errors=FieldErrors(errors),
        existing_id=row["existing_id"],
        ambiguous=bool(row["ambiguous"]),
        undo=bool(row["undo"]),
    )


def _parsed(value: Any) -> Any:
    """A JSON column's value: text from a row, already parsed from ``ENTRY_AS_JSON``."""
    return json.loads(value) if isinstance(value, str) else value


def dump(value: object) -> str:
    """Valid JSON whatever a server sent: SQLite's JSON functions reject NaN and Infinity
    (Python writes them), which once failed every read of the outbox."""
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    except ValueError:
        return json.dumps(_finite(value), ensure_ascii=False, sort_keys=True, allow_nan=False)


def _finite(value: object) -> object:
    """``value`` with every non-finite number replaced by null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, Mapping):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


# Times as stored: whatever is on disk (written by an older version, or by hand) is read
# without raising. A time that cannot be read counts as "due now".
_LATEST_EPOCH = 253_402_300_799.0  # 9999-12-31T23:59:59Z: the last time datetime can hold


def stored_epoch(value: float) -> float:
    """A next-attempt time fit to store: finite and within datetime's range."""
    if not isinstance(value, int | float) or not math.isfinite(value):
        return 0.0
    return min(max(0.0, float(value)), _LATEST_EPOCH)


def due_epoch(value: object) -> float:
    """A stored next-attempt time as seconds; 0 (now) when it is not a usable number."""
    if isinstance(value, int | float) and math.isfinite(value):
        return min(max(0.0, float(value)), _LATEST_EPOCH)
    return 0.0


def _when(value: object) -> datetime | None:
    """A stored next-attempt time as a datetime; None (now) when absent or unusable."""
    if not value or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return datetime.fromtimestamp(due_epoch(value), UTC)


def _created(value: object) -> datetime:
    """A stored creation time; the epoch when it cannot be read (the entry still shows)."""
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return datetime.fromtimestamp(0, UTC)
