"""SQLite persistence for the sandbox: contacts, funnel stages and the webhook events it records.

One connection is shared by every request thread, guarded by a re-entrant lock. A thread that
holds ``transaction()`` can call the other methods freely; they take the same lock.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whaapy_contacts.domain.countries import fold
from whaapy_contacts.domain.phone import canonical_digits

Doc = dict[str, Any]

DEFAULT_STAGES = (
    ("Nuevo", "#3B82F6"),
    ("Contactado", "#F59E0B"),
    ("Calificado", "#8B5CF6"),
    ("Cliente", "#10B981"),
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS contacts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- monotonic: the keyset tie-breaker
    id TEXT NOT NULL UNIQUE,
    phone_key TEXT NOT NULL UNIQUE,         -- canonical_digits(phone_number)
    phone_digits TEXT NOT NULL,             -- every digit of phone_number as sent
    name_key TEXT NOT NULL,                 -- folded name, for sort_by=name
    search_text TEXT NOT NULL,              -- folded name/email/company/phone
    tags_key TEXT NOT NULL,                 -- JSON array of case-folded tags
    funnel_stage_id TEXT,
    source TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    doc TEXT NOT NULL                       -- the stored contact (notes as a list)
);
CREATE TABLE IF NOT EXISTS stages (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    color TEXT
);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    body TEXT NOT NULL
);
"""

_CONTACT_COLUMNS = (
    "id, phone_key, phone_digits, name_key, search_text, tags_key, "
    "funnel_stage_id, source, created_at, updated_at, doc"
)


class StoreClosedError(RuntimeError):
    """The store was used after ``close()``."""


class SandboxStore:
    """Everything the sandbox persists. ``db_path=None`` keeps it in memory."""

    def __init__(self, db_path: str | os.PathLike[str] | None = None) -> None:
        path = ":memory:" if db_path is None else os.fspath(db_path)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            path, check_same_thread=False, isolation_level=None
        )
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.executescript(_SCHEMA)
        self._seed_stages()

    def close(self) -> None:
        """Close the connection; idempotent."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the lock and one SQLite transaction for the whole block."""
        with self._lock:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def reset(self) -> None:
        """Forget contacts and events. Stages keep their ids (no route can change them)."""
        with self.transaction():
            self._execute("DELETE FROM contacts")
            self._execute("DELETE FROM events")
        self._seed_stages()

    # Contacts ------------------------------------------------------------------------------

    def insert_contact(self, doc: Doc) -> int:
        """Store a new contact and return its sequence number."""
        placeholders = ", ".join("?" * 11)
        sql = f"INSERT INTO contacts ({_CONTACT_COLUMNS}) VALUES ({placeholders})"
        cursor = self._execute(sql, (doc["id"], *_index_values(doc)))
        return int(cursor.lastrowid or 0)

    def save_contact(self, doc: Doc) -> None:
        """Overwrite a stored contact (same id) and its index columns."""
        sql = (
            "UPDATE contacts SET phone_key=?, phone_digits=?, name_key=?, search_text=?, "
            "tags_key=?, funnel_stage_id=?, source=?, created_at=?, updated_at=?, doc=? "
            "WHERE id=?"
        )
        self._execute(sql, (*_index_values(doc), doc["id"]))

    def get_contact(self, contact_id: str) -> Doc | None:
        rows = self._query("SELECT doc FROM contacts WHERE id=?", (contact_id,))
        return json.loads(rows[0][0]) if rows else None

    def delete_contact(self, contact_id: str) -> bool:
        return self._execute("DELETE FROM contacts WHERE id=?", (contact_id,)).rowcount > 0

    def find_by_phone(self, phone: str) -> Doc | None:
        """The contact whose number has the same canonical digits as ``phone``."""
        sql = "SELECT doc FROM contacts WHERE phone_key=?"
        rows = self._query(sql, (canonical_digits(phone),))
        return json.loads(rows[0][0]) if rows else None

    def query_contacts(self, where_sql: str, params: Sequence[Any]) -> list[tuple[int, Any, Doc]]:
        """Rows ``(seq, sort_key, doc)`` for a query built by ``listing.build_query``."""
        rows = self._query(where_sql, params)
        return [(row[0], row[1], json.loads(row[2])) for row in rows]

    def tag_counts(self) -> list[tuple[str, int]]:
        sql = (
            "SELECT t.value, COUNT(*) FROM contacts c, json_each(c.doc, '$.tags') t "
            "GROUP BY t.value"
        )
        return [(row[0], row[1]) for row in self._query(sql)]

    # Stages --------------------------------------------------------------------------------

    def stages(self) -> list[Doc]:
        sql = (
            "SELECT s.id, s.name, s.position, "
            "(SELECT COUNT(*) FROM contacts c WHERE c.funnel_stage_id = s.id), s.color "
            "FROM stages s ORDER BY s.position, s.name"
        )
        keys = ("id", "name", "position", "contact_count", "color")
        return [dict(zip(keys, row, strict=True)) for row in self._query(sql)]

    def stage_ref(self, stage_id: str | None) -> Doc | None:
        """``{"id", "name"}`` of a stage, as contacts show it; None if unknown."""
        if stage_id is None:
            return None
        rows = self._query("SELECT id, name FROM stages WHERE id=?", (stage_id,))
        return {"id": rows[0][0], "name": rows[0][1]} if rows else None

    def _seed_stages(self) -> None:
        with self.transaction():
            if self._query("SELECT COUNT(*) FROM stages")[0][0]:
                return
            for position, (name, color) in enumerate(DEFAULT_STAGES):
                sql = "INSERT INTO stages (id, name, position, color) VALUES (?, ?, ?, ?)"
                self._execute(sql, (str(uuid.uuid4()), name, position, color))

    # Events --------------------------------------------------------------------------------

    def add_event(self, event: Doc) -> None:
        self._execute("INSERT INTO events (body) VALUES (?)", (json.dumps(event),))

    def events(self) -> list[Doc]:
        rows = self._query("SELECT body FROM events ORDER BY seq")
        return [json.loads(row[0]) for row in rows]

    # Internals -----------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreClosedError("the sandbox store is closed")
        return self._conn

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run a write; read ``rowcount``/``lastrowid`` right away (they are fixed by now)."""
        with self._lock:
            return self._connection().execute(sql, params)

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Run a read and fetch every row while still holding the lock."""
        with self._lock:
            return self._connection().execute(sql, params).fetchall()


def _index_values(doc: Doc) -> tuple[Any, ...]:
    """The derived columns for ``doc``, in ``_CONTACT_COLUMNS`` order after ``id``."""
    phone = doc["phone_number"]
    searchable = (doc.get("name"), doc.get("email"), doc.get("company"), phone)
    return (
        canonical_digits(phone),
        "".join(ch for ch in phone if ch.isdigit()),
        fold(doc.get("name") or ""),
        "\x1f".join(fold(text) for text in searchable if text),
        json.dumps([tag.casefold() for tag in doc["tags"]]),
        doc.get("funnel_stage_id"),
        doc["source"],
        doc["created_at"],
        doc["updated_at"],
        json.dumps(doc, ensure_ascii=False),
    )
