"""Logging: a rotating file in the user's log directory, with keys and Authorization redacted."""

from __future__ import annotations

import logging
import re
from pathlib import Path

_PATTERNS = (
    re.compile(r"(Bearer\s+)[^\s'\",]+", re.IGNORECASE),
    re.compile(r"(Authorization['\"]?\s*[:=]\s*['\"]?)[^'\",}]+", re.IGNORECASE),
    re.compile(r"()\bwha_[A-Za-z0-9_\-]{4,}"),
)


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """Remove anything that looks like a key, and each known secret, from ``text``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[REDACTED]")
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + "[REDACTED]", text)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats, then redacts: covers messages, arguments and tracebacks alike."""

    def __init__(self, fmt: str, secrets: list[str]) -> None:
        super().__init__(fmt)
        self._secrets = secrets  # shared list: the app appends the live key when it gets one

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), tuple(self._secrets))


KNOWN_SECRETS: list[str] = []


class RotatingLog(logging.FileHandler):
    """A log file of at most ``max_bytes``; older ones are kept as ``.1`` … ``.<backups>``.

    What the standard library's RotatingFileHandler does, without importing logging.handlers:
    that module pulls in socket, pickle and queue, ~6 ms of the app's start-up.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self._path, self._max_bytes, self._backups = path, max_bytes, backups
        self._failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        """A full or read-only disk: said once on stderr, not for every line after."""
        if not self._failed:
            self._failed = True
            super().handleError(record)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_after(record):
                self._rotate()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def _full_after(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        size = self.stream.tell()
        return size > 0 and size + len(self.format(record).encode("utf-8")) + 1 > self._max_bytes

    def _rotate(self) -> None:
        self.close()  # reopened by the next emit (delay=True)
        for n in range(self._backups - 1, 0, -1):
            older = self._path.with_name(f"{self._path.name}.{n}")
            if older.exists():
                older.replace(self._path.with_name(f"{self._path.name}.{n + 1}"))
        if self._path.exists():
            self._path.replace(self._path.with_name(f"{self._path.name}.1"))


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send logs to ``log_dir/whaapy-contacts.log`` (1 MB × 5) and stderr. Returns the file path,
    or None when the file can't be written (a read-only or full disk): then stderr only, as
    a log must never be what stops the app."""
    path = log_dir / "whaapy-contacts.log"
    formatter = RedactingFormatter(
        "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s", KNOWN_SECRETS
    )
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    written: Path | None = path
    try:
        with path.open("a", encoding="utf-8"):
            pass
        handlers.append(RotatingLog(path, max_bytes=1_000_000, backups=5))
    except OSError:
        written = None
    root = logging.getLogger()
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs full URLs at INFO
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return written
