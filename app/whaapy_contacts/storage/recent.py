"""Local history of the recent-contacts list (SQLite, WAL): what this app created and what was
loaded last, so the list survives restarts and works offline.

It lives in the account's ``local.sqlite3`` next to the outbox's tables, through its own
connection. Each row keeps the list's precomputed columns (loading 100,000 of them must not
parse JSON) and the full contact as JSON, read one at a time for the details pane.
Writes happen on the GUI thread (short transactions); ``read_rows`` opens its own connection, so
it can run on a worker.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from whaapy_contacts.domain.recent import RecentRow
from whaapy_contacts.storage.local_db import WatchedFile, open_database, release_abandoned

FILE_NAME = "local.sqlite3"
# The e-mail is only in the contact's JSON: an index on the expression (built once, when an
# older file is first opened: about 0.3 s for 100,000 rows) finds it without a new column. A
# query must spell the expression exactly so for SQLite to use the index.
_EMAIL = "lower(json_extract(contact, '$.email'))"
_ROW_COLUMNS = ", ".join(("id", *RecentRow._fields[1:]))  # a row's key is the contact id
SCHEMA = """
CREATE TABLE IF NOT EXISTS recent_contacts (
    id TEXT PRIMARY KEY,
    created REAL NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    digits TEXT NOT NULL,
    tags TEXT NOT NULL,
    tag_key TEXT NOT NULL,
    stage_id TEXT NOT NULL,
    stage_name TEXT NOT NULL,
    haystack TEXT NOT NULL,
    contact TEXT NOT NULL,
    mine INTEGER NOT NULL DEFAULT 0,
    seen REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS recent_contacts_created ON recent_contacts (created DESC);
CREATE INDEX IF NOT EXISTS recent_contacts_digits ON recent_contacts (digits);
CREATE INDEX IF NOT EXISTS recent_contacts_email ON recent_contacts ({EMAIL});
CREATE TABLE IF NOT EXISTS recent_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
""".replace("{EMAIL}", _EMAIL)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=5, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")  # a cache: the outbox is the durable record
    return conn


class RecentStore:
    """One account's history. ``path`` is the account's ``local.sqlite3``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # A damaged file was moved aside by the outbox, which opens it first.
        opened = open_database(path, _connect, SCHEMA, mend=False)
        self._file = WatchedFile(path, opened.conn, _connect, read_write=opened.writable)
        self._file.conn.row_factory = None  # the read-only fallback sets one

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._file.conn

    def close(self) -> None:
        self._conn.close()
        release_abandoned(quitting=True)

    @staticmethod
    def read_rows(path: Path, *, limit: int = -1, skip: int = 0) -> list[RecentRow]:
        """Rows newest first (``limit`` of them after ``skip``; -1: all). Safe on a worker
        thread: it opens its own connection."""
        conn = open_database(path, _connect, SCHEMA, mend=False).conn
        conn.row_factory = None
        try:
            cursor = conn.execute(
                f"SELECT {_ROW_COLUMNS} FROM recent_contacts ORDER BY created DESC "
                "LIMIT ? OFFSET ?",
                (limit, skip),
            )
            # Row by row (no second list of raw tuples), sharing the strings that repeat.
            shared: dict[str, str] = {}
            share = shared.setdefault
            return [
                RecentRow(key, created, name, phone, digits, share(tags, tags),
                          share(tag_key, tag_key), share(stage_id, stage_id),
                          share(stage_name, stage_name), haystack)
                for key, created, name, phone, digits, tags, tag_key, stage_id, stage_name,
                haystack in cursor
            ]  # fmt: skip
        finally:
            conn.close()

    def save(self, items: Iterable[tuple[RecentRow, str]], *, mine: bool, seen: float) -> None:
        """Insert or replace rows with their contact JSON. ``mine`` sticks once set."""
        values = [(*row, contact, int(mine), seen) for row, contact in items]
        marks = ", ".join("?" * (len(RecentRow._fields) + 3))
        sql = (
            f"INSERT INTO recent_contacts ({_ROW_COLUMNS}, contact, mine, seen) VALUES ({marks}) "
            "ON CONFLICT(id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in (*RecentRow._fields[1:], "contact", "seen"))
            + ", mine = max(mine, excluded.mine)"
        )
        with self._transaction():
            self._conn.executemany(sql, values)

    def contact_json(self, contact_id: str) -> str | None:
        found = self._conn.execute(
            "SELECT contact FROM recent_contacts WHERE id = ?", (contact_id,)
        ).fetchone()
        return str(found[0]) if found else None

    def ids_with_digits(self, digits: str) -> list[str]:
        """Contacts with this number (canonical digits), newest first."""
        found = self._conn.execute(
            "SELECT id FROM recent_contacts WHERE digits = ? ORDER BY created DESC LIMIT 5",
            (digits,),
        )
        return [str(r[0]) for r in found]

    def ids_with_email(self, email: str) -> list[str]:
        """Contacts with this e-mail (ignoring ASCII case), newest first (the index above)."""
        found = self._conn.execute(
            f"SELECT id FROM recent_contacts WHERE {_EMAIL} = lower(?) "
            "ORDER BY created DESC LIMIT 5",
            (email.strip(),),
        )
        return [str(r[0]) for r in found]

    def forget(self, ids: Iterable[str]) -> list[str]:
        """Drop these rows (the server answered 404 for each); returns those that were kept."""
        wanted = list(ids)
        marks = ", ".join("?" * len(wanted)) or "NULL"
        with self._transaction():
            gone = [
                str(r[0])
                for r in self._conn.execute(
                    f"SELECT id FROM recent_contacts WHERE id IN ({marks})", wanted
                )
            ]
            self._conn.execute(f"DELETE FROM recent_contacts WHERE id IN ({marks})", wanted)
        return gone

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM recent_contacts").fetchone()[0])

    def meta(self, key: str) -> str | None:
        found = self._conn.execute("SELECT value FROM recent_meta WHERE key = ?", (key,)).fetchone()
        return str(found[0]) if found else None

    def set_meta(self, key: str, value: str) -> None:
        self._file.ensure()
        self._conn.execute(
            "INSERT INTO recent_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._file.ensure()  # deleted while open: put back first (see local_db.WatchedFile)
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")
