"""SQLite persistence for the sandbox: contacts, funnel stages and the webhook events it records.

One connection is shared by every request thread, guarded by a re-entrant lock. A thread that
holds ``transaction()`` can call the other methods freely; they take the same lock.

Phones are stored as sent. Which stored number is "the same" as another depends on
``phone_match``: ``"canonical"`` (the default) compares canonical digits (``+5215512345678`` and
``+525512345678`` are one number), ``"literal"`` every digit as sent (they are two), as a
server that keeps numbers literally would. Uniqueness is the caller's check, inside
``transaction()``; the table has no unique index on the phone, so one file serves both modes.
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

PHONE_MATCHES = ("canonical", "literal")
SCHEMA_VERSION = 1  # 1: no UNIQUE on phone_key (literal mode may hold both forms); conversations

DEFAULT_STAGES = (
    ("Nuevo", "#3B82F6"),
    ("Contactado", "#F59E0B"),
    ("Calificado", "#8B5CF6"),
    ("Cliente", "#10B981"),
)

_CONTACTS_TABLE = """
CREATE TABLE IF NOT EXISTS contacts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- monotonic: the keyset tie-breaker
    id TEXT NOT NULL UNIQUE,
    phone_key TEXT NOT NULL,                -- canonical_digits(phone_number)
    phone_digits TEXT NOT NULL,             -- every digit of phone_number as sent
    name_key TEXT NOT NULL,                 -- folded name, for sort_by=name
    search_text TEXT NOT NULL,              -- folded name/email/company/phone
    tags_key TEXT NOT NULL,                 -- JSON array of case-folded tags
    funnel_stage_id TEXT,
    source TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    doc TEXT NOT NULL                       -- the stored contact (notes as a list)
)"""
_SCHEMA = (
    _CONTACTS_TABLE
    + """;
CREATE INDEX IF NOT EXISTS contacts_phone_key ON contacts (phone_key);
CREATE INDEX IF NOT EXISTS contacts_phone_digits ON contacts (phone_digits);
CREATE TABLE IF NOT EXISTS conversations (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id TEXT NOT NULL,
    body TEXT NOT NULL                      -- {"id", "status", "last_message_at"}
);
CREATE INDEX IF NOT EXISTS conversations_contact ON conversations (contact_id);
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
)

_CONTACT_COLUMNS = (
    "id, phone_key, phone_digits, name_key, search_text, tags_key, "
    "funnel_stage_id, source, created_at, updated_at, doc"
)


class StoreClosedError(RuntimeError):
    """The store was used after ``close()``."""


class SandboxStore:
    """Everything the sandbox persists. ``db_path=None`` keeps it in memory."""

    def __init__(
        self, db_path: str | os.PathLike[str] | None = None, phone_match: str = "canonical"
    ) -> None:
        if phone_match not in PHONE_MATCHES:
            raise ValueError(f"phone_match must be one of {', '.join(PHONE_MATCHES)}")
        self.phone_match = phone_match
        path = ":memory:" if db_path is None else os.fspath(db_path)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            path, check_same_thread=False, isolation_level=None
        )
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._migrate()
        self._conn.executescript(_SCHEMA)
        self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
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
            self._execute("DELETE FROM conversations")
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
        """Delete a contact and its conversations (call inside ``transaction()``)."""
        self._execute("DELETE FROM conversations WHERE contact_id=?", (contact_id,))
        return self._execute("DELETE FROM contacts WHERE id=?", (contact_id,)).rowcount > 0

    def find_by_phone(self, phone: str) -> Doc | None:
        """The (oldest) contact whose number is the same as ``phone`` under ``phone_match``."""
        column, value = self.phone_condition(phone)
        sql = f"SELECT doc FROM contacts WHERE {column}=? ORDER BY seq LIMIT 1"
        rows = self._query(sql, (value,))
        return json.loads(rows[0][0]) if rows else None

    def phone_condition(self, phone: str) -> tuple[str, str]:
        """The column and value that identify ``phone`` under this store's ``phone_match``."""
        if self.phone_match == "literal":
            return "phone_digits", "".join(ch for ch in phone if ch.isdigit())
        return "phone_key", canonical_digits(phone)

    def count_contacts(self, where_sql: str, params: Sequence[Any]) -> int:
        rows = self._query(f"SELECT COUNT(*) FROM contacts WHERE {where_sql}", params)
        return int(rows[0][0])

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

    # Conversations -------------------------------------------------------------------------

    def add_conversation(self, contact_id: str, conversation: Doc) -> None:
        sql = "INSERT INTO conversations (contact_id, body) VALUES (?, ?)"
        self._execute(sql, (contact_id, json.dumps(conversation, ensure_ascii=False)))

    def conversations(self, contact_id: str) -> list[Doc]:
        sql = "SELECT body FROM conversations WHERE contact_id=? ORDER BY seq"
        return [json.loads(row[0]) for row in self._query(sql, (contact_id,))]

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

    # Schema --------------------------------------------------------------------------------

    def _migrate(self) -> None:
        """A file from before version 1 has ``phone_key UNIQUE``: rebuild the table without it.

        The rows, their ``seq`` and ids are copied as they are (same columns, same order).
        """
        conn = self._connection()
        if conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")  # then look again: another process may have done it
        try:
            if not self._has_unique_phone_key(conn):
                conn.execute("ROLLBACK")
                return
            conn.execute("ALTER TABLE contacts RENAME TO contacts_v0")
            conn.execute(_CONTACTS_TABLE)
            conn.execute("INSERT INTO contacts SELECT * FROM contacts_v0")
            conn.execute("DROP TABLE contacts_v0")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @staticmethod
    def _has_unique_phone_key(conn: sqlite3.Connection) -> bool:
        sql = "SELECT sql FROM sqlite_master WHERE type='table' AND name='contacts'"
        rows = conn.execute(sql).fetchall()
        return bool(rows) and "phone_key TEXT NOT NULL UNIQUE" in rows[0][0]

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
