"""What tests read of the outbox's file that the app itself never asks for.

The attempt log is written by the store (never shown); ``due`` peeks at what ``begin_due``
would hand out, through ``begin_due`` itself, so what is checked is the app's own query.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from contextlib import closing
from dataclasses import replace

from whaapy_contacts.domain.outbox import OutboxEntry
from whaapy_contacts.storage.outbox import OutboxStore


class _Peek(Exception):
    """Raised inside a batch to roll it back."""


def due(store: OutboxStore, now: float, exclude: Collection[str], limit: int) -> list[OutboxEntry]:
    """Pending entries whose next attempt is due, oldest first, as they are (not marked)."""
    found: list[OutboxEntry] = []
    try:
        with store.batch(fsync=False):
            found = store.begin_due(now, exclude, limit)
            raise _Peek  # the marks are rolled back
    except _Peek:
        pass
    return [replace(entry, attempts=entry.attempts - 1) for entry in found]


def attempts_log(store: OutboxStore, entry_id: str) -> list[tuple[str, str, str]]:
    """(at, outcome, detail) of every attempt recorded for ``entry_id``, oldest first."""
    with closing(sqlite3.connect(store.path, timeout=10)) as db:
        rows = db.execute(
            "SELECT at, outcome, detail FROM outbox_attempts WHERE outbox_id=? ORDER BY rowid",
            (entry_id,),
        ).fetchall()
    return [(str(at), str(outcome), str(detail)) for at, outcome, detail in rows]
