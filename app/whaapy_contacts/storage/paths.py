"""Where the app keeps its files: the user's data and log directories (platformdirs)."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from platformdirs import PlatformDirs

log = logging.getLogger(__name__)

_DIRS = PlatformDirs(appname="whaapy-contacts", appauthor="Whaapy", roaming=False)


def _made(path: Path) -> Path:
    """``path``, created if it can be: a folder that can't be made (a read-only or full disk)
    is reported by whatever then opens a file there (storage/local_db.py), calmly."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.info("folder %s not made: %s", path, exc)
    return path


def data_dir() -> Path:
    return _made(Path(_DIRS.user_data_dir))


def log_dir() -> Path:
    return _made(Path(_DIRS.user_log_dir))


def sandbox_db_path() -> Path:
    """The training-mode server's database: practice contacts survive restarts."""
    return data_dir() / "sandbox.sqlite3"


def account_dir(slug: str) -> Path:
    """Per-account local data (outbox, history, drafts): ``training`` or a live account's slug."""
    return _made(data_dir() / "accounts" / slug)


def account_slug(base_url: str) -> str:
    """A stable folder name for a live account's server.

    Keyed by the server only, not the key: a user who replaces a revoked key must still find
    (and send) the contacts that were waiting under the old one.
    """
    return "live-" + hashlib.sha256(base_url.encode()).hexdigest()[:16]
