"""Widgets, windows and Qt models. Never imports httpx, keyring or sqlite3."""
