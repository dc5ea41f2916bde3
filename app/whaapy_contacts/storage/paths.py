"""Where the app keeps its files: the user's data and log directories (platformdirs)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="whaapy-contacts", appauthor="Whaapy", roaming=False)


def data_dir() -> Path:
    path = Path(_DIRS.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = Path(_DIRS.user_log_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def sandbox_db_path() -> Path:
    """The training-mode server's database: practice contacts survive restarts."""
    return data_dir() / "sandbox.sqlite3"


def account_dir(slug: str) -> Path:
    """Per-account local data (outbox, history, drafts): ``training`` or a live account's slug."""
    path = data_dir() / "accounts" / slug
    path.mkdir(parents=True, exist_ok=True)
    return path


def account_slug(base_url: str) -> str:
    """A stable folder name for a live account's server.

    Keyed by the server only, not the key: a user who replaces a revoked key must still find
    (and send) the contacts that were waiting under the old one.
    """
    return "live-" + hashlib.sha256(base_url.encode()).hexdigest()[:16]
