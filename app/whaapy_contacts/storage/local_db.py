"""The account's ``local.sqlite3`` as a file on a disk that can fail.

Opening it in whatever state it is in (damaged: moved aside and started afresh; read-only: opened
for reading), naming what went wrong with a write (full disk, read-only folder, damaged file),
and putting the file back when it was deleted while open: the open connection still reads the
deleted file, so everything in it is copied to a new file at the same path.

Every ``sqlite3``/``OSError`` of the local file becomes a ``StorageError`` here, in one place.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

log = logging.getLogger(__name__)

SIDE_FILES = ("-wal", "-shm", "-journal")
Identity = tuple[int, int]  # (st_dev, st_ino)


class Problem(Enum):
    """What is wrong with the local file. The first four last until they are fixed."""

    FULL = "full"  # no space left: nothing new can be kept until some is freed
    WRITE = "write"  # the disk refused a write (an I/O error)
    READ_ONLY = "read_only"  # the folder or file can't be written
    UNAVAILABLE = "unavailable"  # it can't even be opened for reading
    CORRUPT = "corrupt"  # damaged: moved aside (``moved_to``) and a fresh one started
    RESTORED = "restored"  # deleted while open: put back with everything it held


LASTING = frozenset({Problem.FULL, Problem.WRITE, Problem.READ_ONLY, Problem.UNAVAILABLE})


class StorageError(Exception):
    """A problem of the local file, with where it is (and where a damaged one went)."""

    def __init__(
        self, problem: Problem, path: Path, detail: str = "", moved_to: Path | None = None
    ) -> None:
        super().__init__(problem, path, detail, moved_to)
        self.problem, self.path, self.detail, self.moved_to = problem, path, detail, moved_to

    def __str__(self) -> str:
        return f"{self.problem.value}: {self.path}: {self.detail}"

    @property
    def lasting(self) -> bool:
        return self.problem in LASTING


def identity(path: Path) -> Identity | None:
    """Which file is at ``path`` now (None: none)."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def classify(exc: BaseException, path: Path) -> StorageError:
    """The one conversion of SQLite's and the OS's errors about the local file."""
    if isinstance(exc, StorageError):
        return exc
    detail = f"{type(exc).__name__}: {exc}"
    return StorageError(_problem_of(exc, path), path, detail)


def _problem_of(exc: BaseException, path: Path) -> Problem:
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return Problem.FULL
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return Problem.READ_ONLY
        return Problem.UNAVAILABLE
    name = str(getattr(exc, "sqlite_errorname", ""))
    if name.startswith("SQLITE_FULL"):
        return Problem.FULL
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")):
        return Problem.READ_ONLY
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return Problem.CORRUPT
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_IOERR")):
        # SQLite names ENOSPC only on plain writes; a -shm or -wal that can't grow on a full
        # disk is an I/O error or "can't open": look at the disk itself.
        if disk_full(path.parent):
            return Problem.FULL
        if not writable(path.parent):
            return Problem.READ_ONLY
        return Problem.WRITE if name.startswith("SQLITE_IOERR") else Problem.UNAVAILABLE
    return Problem.UNAVAILABLE


FULL_BELOW = 64 * 1024  # bytes free: less than a few SQLite pages is no room at all


def disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


def writable(folder: Path) -> bool:
    """Whether files can be made in ``folder`` (``os.access`` also sees read-only mounts and
    immutable folders, which root's permission bits don't)."""
    return os.access(folder, os.W_OK)


def can_write(path: Path) -> bool:
    """Whether ``path``, its -wal and -shm and their folder can all be written now. Asked
    before a read-write connection touches the file: SQLite writes its -shm through a shared
    memory mapping, and writing there once the file is immutable (``chattr +i``) is not an
    error but a SIGBUS that kills the app (ext4's page_mkwrite refuses immutable inodes)."""
    if os.path.isdir(path.parent) and not writable(path.parent):  # gone: not read-only
        return False
    for name in (str(path), *(f"{path}{suffix}" for suffix in SIDE_FILES)):
        if not os.access(name, os.W_OK) and os.path.lexists(name):
            return False
    return True


# Read-write connections given up on because their file became read-only under them: never
# used again (any use may write the -shm), closed only once the file can be written again.
_abandoned: list[tuple[Path, sqlite3.Connection]] = []


def abandon(path: Path, conn: sqlite3.Connection) -> None:
    _abandoned.append((path, conn))


def release_abandoned(*, quitting: bool = False) -> None:
    """Close the given-up connections whose file can be written again. ``quitting``: the others
    are kept for good, never freed (freeing closes, and the last close checkpoints into the
    -shm: a SIGBUS as the app exits)."""
    for item in list(_abandoned):
        if can_write(item[0]):
            _abandoned.remove(item)
            item[1].close()
        elif quitting:
            import ctypes  # noqa: PLC0415 - only ever on this rare path

            ctypes.pythonapi.Py_IncRef(ctypes.py_object(item[1]))
            _abandoned.remove(item)


@dataclass
class Opened:
    """A connection to the local file, and what opening it found."""

    conn: sqlite3.Connection
    writable: bool
    notice: StorageError | None = None  # CORRUPT (moved aside), READ_ONLY, UNAVAILABLE…


Connector = Callable[[Path], sqlite3.Connection]  # opens read-write, sets pragmas, checks


def open_database(path: Path, connect: Connector, schema: str, *, mend: bool = True) -> Opened:
    """Open ``path`` read-write if at all possible; a damaged file is moved aside first (not
    with ``mend=False``: a reader on a worker leaves that to the stores); a folder that can't
    be written gives a read-only connection (or an empty one in memory)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not can_write(path):  # never a read-write connection to it (see can_write)
            return _read_only(path, schema, StorageError(Problem.READ_ONLY, path, "not writable"))
        return Opened(_connect_with_schema(path, connect, schema), writable=True)
    except (sqlite3.Error, OSError) as exc:
        error = classify(exc, path)
    if error.problem is Problem.CORRUPT and mend:
        moved = move_aside(path)
        log.info("damaged local file %s moved aside to %s (%s)", path, moved, error.detail)
        try:
            conn = _connect_with_schema(path, connect, schema)
        except (sqlite3.Error, OSError) as exc:
            return _read_only(path, schema, classify(exc, path))
        return Opened(conn, True, StorageError(Problem.CORRUPT, path, error.detail, moved))
    return _read_only(path, schema, error)


def _connect_with_schema(path: Path, connect: Connector, schema: str) -> sqlite3.Connection:
    conn = connect(path)
    try:
        conn.executescript(schema)
    except BaseException:
        conn.close()
        raise
    return conn


def _read_only(path: Path, schema: str, error: StorageError) -> Opened:
    """What is on disk, for reading only: a copy in memory, never a connection to the file. A
    read-only connection would share its read-only -shm with the read-write one opened once the
    folder is writable again (SQLite shares it per file and process), and that one's writes
    would then be refused until the app restarts."""
    log.info("local file %s opened read-only: %s", path, error.detail)
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        _copy_into(path, conn)
    except (sqlite3.Error, OSError) as exc:
        log.info("nothing could be read from %s: %s", path, exc)
    conn.row_factory = sqlite3.Row
    with contextlib.suppress(sqlite3.Error):  # an old file: its tables are kept as they are
        conn.executescript(schema)
    conn.execute("PRAGMA query_only=1")
    return Opened(conn, False, error)


def _copy_into(path: Path, conn: sqlite3.Connection) -> None:
    """The file and its -wal (what a killed app left there too), copied elsewhere and read."""
    with tempfile.TemporaryDirectory(prefix="whaapy-read-") as folder:
        copy = Path(folder) / "copy.sqlite3"
        shutil.copyfile(path, copy)
        with contextlib.suppress(FileNotFoundError):
            shutil.copyfile(f"{path}-wal", f"{copy}-wal")
        source = sqlite3.connect(copy)
        try:
            source.backup(conn)
        finally:
            source.close()


def move_aside(path: Path, reason: str = "danado") -> Path:
    """Rename a damaged file (and its -wal/-shm) to a dated name next to it; never delete it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}-{reason}-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}-{reason}-{stamp}-{n}{path.suffix}")
    for suffix in ("", *SIDE_FILES):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, f"{target}{suffix}")
    return target


_CREATE = re.compile(r"^\s*CREATE\s+(TABLE|INDEX)\s+(IF\s+NOT\s+EXISTS\s+)?", re.IGNORECASE)


def restore(conn: sqlite3.Connection, path: Path) -> None:
    """``path`` was deleted (or replaced) while ``conn`` had it open: put everything ``conn``
    still reads there. A file that appeared at ``path`` meanwhile (another window, a reader)
    keeps its rows and gets ours added (the newer version of an outbox entry wins)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if identity(path) is None:
        _copy_to(conn, path)
    else:
        _merge_into(conn, path)


def _copy_to(conn: sqlite3.Connection, path: Path) -> None:
    for suffix in SIDE_FILES:  # a stray -wal must never be replayed over the new file
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    temporary = path.with_name(path.name + ".restoring")
    for suffix in ("", *SIDE_FILES):
        Path(f"{temporary}{suffix}").unlink(missing_ok=True)
    target = sqlite3.connect(temporary)
    try:
        conn.backup(target)
    finally:
        target.close()
    os.replace(temporary, path)


def salvage(conn: sqlite3.Connection, path: Path) -> None:
    """What ``conn`` can still read of a damaged file (moved aside), into a new file at
    ``path``; whatever it can't read stays only in the moved file."""
    try:
        _merge_into(conn, path)
    except sqlite3.DatabaseError as exc:
        log.info("nothing could be read back from the damaged file: %s", exc)


def _merge_into(conn: sqlite3.Connection, path: Path) -> None:
    tables = [
        (str(name), str(sql))
        for name, sql in conn.execute(
            "SELECT name, sql FROM main.sqlite_master WHERE type IN ('table', 'index') "
            "AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type DESC"
        )
    ]
    fresh = sqlite3.connect(path, isolation_level=None, timeout=10)
    try:
        fresh.execute("PRAGMA journal_mode=WAL")
        for _name, sql in tables:  # the same tables as ours, whatever the file had
            fresh.execute(_CREATE.sub(lambda m: f"CREATE {m.group(1)} IF NOT EXISTS ", sql))
    finally:
        fresh.close()
    conn.execute("ATTACH DATABASE ? AS fresh", (str(path),))
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for name, sql in tables:
                if sql.lstrip().upper().startswith("CREATE TABLE"):
                    _merge_table_or_skip(conn, name)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute("DETACH DATABASE fresh")


def _merge_table_or_skip(conn: sqlite3.Connection, name: str) -> None:
    """One table's rows; a table a damaged file can't give is skipped (the rest still come)."""
    conn.execute("SAVEPOINT one_table")
    try:
        _merge_table(conn, name)
    except sqlite3.DatabaseError as exc:
        if classify(exc, Path()).problem is not Problem.CORRUPT:
            raise
        log.info("table %s could not be read back: %s", name, exc)
        conn.execute("ROLLBACK TO one_table")
    conn.execute("RELEASE one_table")


def _merge_table(conn: sqlite3.Connection, name: str) -> None:
    columns = [str(row[1]) for row in conn.execute(f"PRAGMA main.table_info({name})")]
    keyed = any(row[5] for row in conn.execute(f"PRAGMA main.table_info({name})"))
    names = ", ".join(columns)
    if name == "outbox":  # the latest state of an entry wins (sent over pending)
        updates = ", ".join(f"{c}=excluded.{c}" for c in columns if c != "id")
        conn.execute(
            f"INSERT INTO fresh.outbox ({names}) SELECT {names} FROM main.outbox WHERE true "
            f"ON CONFLICT(id) DO UPDATE SET {updates} WHERE excluded.updated_at > updated_at"
        )
    elif name == "outbox_attempts":  # a log without a key: only entries the file lacks
        conn.execute(
            f"INSERT INTO fresh.outbox_attempts ({names}) SELECT {names} FROM "
            "main.outbox_attempts WHERE outbox_id NOT IN (SELECT id FROM fresh.outbox)"
        )
    elif keyed:
        conn.execute(
            f"INSERT OR IGNORE INTO fresh.{name} ({names}) SELECT {names} FROM main.{name}"
        )


class WatchedFile:
    """A connection to ``path`` that notices when the file there is no longer the one it has
    open (deleted, or replaced), and then puts it back and reconnects (``ensure``); and when
    the file can no longer be written, gives that connection up for a read-only copy before it
    is used again (``conn``; see ``can_write``), with ``lost_writes`` set."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, connect: Connector, *, read_write: bool = True
    ) -> None:
        self.path, self._conn, self._connect = path, conn, connect
        self.read_write = read_write
        self.lost_writes = False  # it became read-only while open (cleared by whoever says so)
        self._identity = identity(path)

    @property
    def conn(self) -> sqlite3.Connection:
        if self.read_write and not can_write(self.path):
            log.info("local file %s can no longer be written: reading a copy", self.path)
            abandon(self.path, self._conn)
            self._conn = _read_only(self.path, "", StorageError(Problem.READ_ONLY, self.path)).conn
            self.read_write, self.lost_writes = False, True
        return self._conn

    def moved(self) -> bool:
        return identity(self.path) != self._identity

    def ensure(self) -> bool:
        """Put the file back if it went away; True when it did."""
        if not self.moved():
            return False
        log.info("local file %s went away while open: restoring it", self.path)
        try:
            restore(self.conn, self.path)
            conn = self._connect(self.path)
        except (sqlite3.Error, OSError) as exc:
            raise classify(exc, self.path) from exc
        self.conn.close()
        self._conn, self.read_write = conn, True
        self._identity = identity(self.path)
        return True

    def replace(self, conn: sqlite3.Connection, *, read_write: bool = True) -> None:
        """Use ``conn`` (a new connection to the file now at ``path``) from now on."""
        old = self._conn
        self._conn, self.read_write, self.lost_writes = conn, read_write, False
        old.close()
        self._identity = identity(self.path)
