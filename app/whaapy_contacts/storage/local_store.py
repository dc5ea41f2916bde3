"""What every store on the account's local file shares: opening it whatever state it is in,
putting it back when deleted, writes refused calmly when it can't be written, and recovery.

Every error of a store's public method is a ``StorageError`` (``storage_errors``).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import logging
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from whaapy_contacts.storage.local_db import (
    Connector,
    Problem,
    StorageError,
    WatchedFile,
    can_write,
    classify,
    move_aside,
    open_database,
    release_abandoned,
    salvage,
    writable,
)

log = logging.getLogger(__name__)

# One row rewritten to find out whether the file can be written again.
STORAGE_CHECK = "CREATE TABLE IF NOT EXISTS storage_check (slot INTEGER PRIMARY KEY, at TEXT);"

_T = TypeVar("_T")


def storage_errors(cls: type[_T]) -> type[_T]:
    """Every public method of ``cls`` raises ``StorageError`` for a problem of the file
    (converted once, here); ``batch`` converts its own (it is a context manager)."""

    def wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def call(self: LocalFileStore, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except (sqlite3.Error, OSError) as exc:
                raise classify(exc, self.path) from exc

        return call

    for name, member in list(vars(cls).items()):
        if not name.startswith("_") and name != "batch" and inspect.isfunction(member):
            setattr(cls, name, wrap(member))
    return cls


def _folder_writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return writable(folder)


@storage_errors
class LocalFileStore:
    """A damaged file is moved aside at opening; a read-only one is opened for reading and
    every write refused; a file deleted while open is put back before the next write (and on
    ``check()``). Subclasses write inside ``_begin``/``_commit``."""

    def __init__(self, path: Path, connect: Connector, schema: str) -> None:
        self.path = path
        self._connect, self._schema = connect, schema + STORAGE_CHECK
        opened = open_database(path, connect, self._schema)
        self._file = WatchedFile(path, opened.conn, connect, read_write=opened.writable)
        self.writable = opened.writable
        self.notice = opened.notice  # what opening found (moved aside, read-only…), or None
        self._synchronous = "FULL"
        self._depth = 0  # > 0 inside a write transaction
        self.on_restored: Callable[[StorageError], None] | None = None

    @property
    def _db(self) -> sqlite3.Connection:
        conn = self._file.conn  # given up for a read-only copy if the file can't be written
        if self.writable and not self._file.read_write:
            self.writable = False
        return conn

    def close(self) -> None:
        try:
            self.check()  # deleted just before quitting: put back, not lost
        except StorageError as exc:
            log.info("local file not checked at close: %s", exc)
        self._db.close()
        release_abandoned(quitting=True)

    def check(self) -> bool:
        """Put the file back if it was deleted or replaced while open (True when it was);
        raises ``READ_ONLY`` once when the file became read-only while open."""
        self._db  # noqa: B018 (the property looks at the file)
        if self._file.lost_writes:
            self._file.lost_writes = False
            raise StorageError(Problem.READ_ONLY, self.path, "became read-only while open")
        if not self.writable or self._depth or not self._file.ensure():
            return False
        self._synchronous = "FULL"
        if self.on_restored is not None:
            self.on_restored(StorageError(Problem.RESTORED, self.path))
        return True

    def data_version(self) -> int:
        """Changes when another connection (another window) commits to the file."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def try_recover(self) -> bool:
        """After a refused write: True once the file can be written again (space freed, the
        folder writable again), False while it is read-only; raises while writes still fail.
        Writes a tiny row to find out."""
        self._db  # noqa: B018 (the property looks at the file)
        if not self.writable:
            if not _folder_writable(self.path.parent) or not can_write(self.path):
                return False  # checked every second: no log, no file
            opened = open_database(self.path, self._connect, self._schema)
            if not opened.writable:
                opened.conn.close()
                return False
            self._file.replace(opened.conn)
            self.writable, self._synchronous = True, "FULL"
            release_abandoned()
        elif not can_write(self.path):
            return False
        self._shrink_wal()
        self._begin(fsync=False)
        try:
            now = datetime.now(UTC).isoformat()
            self._db.execute(
                "INSERT OR REPLACE INTO storage_check (slot, at) VALUES (1, ?)", (now,)
            )
        except BaseException:
            self._rollback()
            raise
        self._commit()
        return True

    def _shrink_wal(self) -> None:
        """The WAL grows until a checkpoint (about 4 MB): on a nearly full disk it may be what
        fills it. Copying it into the file and truncating it gives that space back."""
        with contextlib.suppress(sqlite3.Error):  # tried every second while full: not logged
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    def start_afresh(self) -> StorageError:
        """The file turned out damaged: move it aside (never deleted), keep what can still be
        read of it in a new one, and go on with that."""
        moved = move_aside(self.path)
        salvage(self._db, self.path)
        opened = open_database(self.path, self._connect, self._schema)
        self._file.replace(opened.conn, read_write=opened.writable)
        self.writable, self._synchronous = opened.writable, "FULL"
        log.info("damaged local file moved aside to %s", moved)
        return StorageError(Problem.CORRUPT, self.path, moved_to=moved)

    def _begin(self, fsync: bool) -> None:
        self._db  # noqa: B018 (the property looks at the file)
        if not self.writable:  # opened read-only: nothing can be kept
            raise self.notice or StorageError(Problem.READ_ONLY, self.path)
        self.check()  # a deleted file is put back before anything is written to it
        level = "FULL" if fsync else "NORMAL"
        if level != self._synchronous:
            self._db.execute(f"PRAGMA synchronous={level}")
            self._synchronous = level
        self._db.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        try:
            self._db.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            self._rollback()
            raise classify(exc, self.path) from exc

    def _rollback(self) -> None:
        """SQLite may have rolled back already (a full disk does)."""
        if self._db.in_transaction:
            try:
                self._db.execute("ROLLBACK")
            except sqlite3.Error as exc:
                log.info("rollback failed: %s", exc)
