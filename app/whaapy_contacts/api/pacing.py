"""What the client needs to share one request budget: a gate, priorities, and "superseded".

The budget itself (services/scheduler.py) decides when a request may go; the client only asks
the gate before each request and tells it the answer's status and headers afterwards. A caller
says how urgent its request is with ``priority(...)`` around the call, on the thread that makes
it (the outbox, the list and the details each run their calls on workers).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from enum import IntEnum
from typing import Protocol

from whaapy_contacts.api.errors import ApiError


class Priority(IntEnum):
    """Lower goes first."""

    TYPED = 0  # the contact the person just saved
    LOOKING = 1  # what the person is looking at: details, search, the list's first page
    BACKLOG = 2  # older outbox entries: the person's own, saved earlier or in a burst
    # "Ya existe: …" while typing (services/duplicate_hint.py): after every save of the
    # person's (and only once those have been quiet: scheduler.py), but before an import's
    # rows, so an import of thousands draining for an hour never starves it.
    HINT = 3
    BACKGROUND = 4  # refreshes nobody waits for: tags, stages, a refresh on coming back
    IMPORT = 5  # a spreadsheet's rows (and their fills): the budget left by everything else


class Superseded(ApiError):
    """A newer request of the same kind replaced this one while it waited for the budget (a
    search overtaken by the next keystroke, a second refresh); or the account was closed.
    Nothing was sent: callers drop it quietly."""


class Gate(Protocol):
    """Blocks until a request may be sent (raising ``Superseded`` if it never will), then is
    told what came back (``status`` None: no answer at all)."""

    def acquire(self, priority: Priority, merge: str | None) -> object: ...

    def settle(self, ticket: object, status: int | None, headers: Mapping[str, str]) -> None: ...


_local = threading.local()


@contextmanager
def priority(level: Priority, merge: str | None = None) -> Iterator[None]:
    """Requests made inside (on this thread) go at ``level``; with ``merge``, a newer waiting
    request with the same ``merge`` key replaces an older one that has not gone yet."""
    before = getattr(_local, "asked", None)
    _local.asked = (level, merge)
    try:
        yield
    finally:
        _local.asked = before


def current() -> tuple[Priority, str | None]:
    """The priority asked for on this thread; a person's request by default."""
    asked: tuple[Priority, str | None] | None = getattr(_local, "asked", None)
    return asked or (Priority.LOOKING, None)
