"""Practice (training) mode's server: the sandbox, started on first use on a loopback port."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from whaapy_contacts.sandbox.server import SandboxServer

log = logging.getLogger("whaapy_contacts")

PRACTICE_RATE_LIMIT = 100  # requests a minute: Whaapy's published default, so practice is real


class EmbeddedSandbox:
    """Training mode's server: started on first use, on a loopback port, data in the user dir."""

    def __init__(self, rate_limit: int = PRACTICE_RATE_LIMIT) -> None:
        self.server: SandboxServer | None = None
        self.rate_limit = rate_limit
        self._lock = threading.Lock()

    def start(self) -> tuple[str, str]:
        """Thread-safe: the account starts it from a worker."""
        from whaapy_contacts.sandbox.server import DEFAULT_KEY, SandboxServer
        from whaapy_contacts.storage.paths import sandbox_db_path

        with self._lock:
            if self.server is None:
                self.server = practice_server(SandboxServer, sandbox_db_path(), self.rate_limit)
                log.info("training sandbox listening on %s", self.server.url)
            return self.server.url, DEFAULT_KEY

    def stop(self) -> None:
        with self._lock:
            if self.server is not None:
                self.server.stop()
                self.server = None


def practice_server(server_type: type[SandboxServer], path: Path, rate_limit: int) -> SandboxServer:
    """The practice server on its file; a damaged file is moved aside (never deleted) and a
    fresh one started; a disk that can't hold it gives practice contacts kept in memory only
    (practice must still work: nothing of it reaches Whaapy)."""
    import sqlite3

    from whaapy_contacts.storage.local_db import Problem, classify, move_aside

    for attempt in range(2):
        try:
            server = server_type(db_path=str(path), rate_limit=rate_limit)
            server.start()
            return server
        except (sqlite3.Error, OSError) as exc:
            problem = classify(exc, path).problem
            log.info("practice data at %s not usable (%s): %s", path, problem.value, exc)
            if problem is not Problem.CORRUPT or attempt:
                break
            log.info("practice data moved aside to %s", move_aside(path))
    server = server_type(db_path=None, rate_limit=rate_limit)
    server.start()
    return server
