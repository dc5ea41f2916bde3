"""Logging: a rotating file in the user's log directory, with keys and Authorization redacted."""

from __future__ import annotations

import logging
import logging.handlers
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


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send logs to ``log_dir/whaapy-contacts.log`` (1 MB × 5) and stderr. Returns the file path."""
    path = log_dir / "whaapy-contacts.log"
    formatter = RedactingFormatter(
        "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s", KNOWN_SECRETS
    )
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    stream_handler = logging.StreamHandler()
    root = logging.getLogger()
    for handler in (file_handler, stream_handler):
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs full URLs at INFO
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return path
