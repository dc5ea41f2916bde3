"""Where the app keeps its files: the user's data and log directories (platformdirs)."""

from __future__ import annotations

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
