"""Keys the recent list's rows and filters share, apart from ``recent.py`` (which loads the
whole domain): the window uses them in its first frame, before the domain is loaded."""

from __future__ import annotations

LOCAL_PREFIX = "outbox:"  # keys of rows that are outbox entries, not server contacts
ANY_STAGE: str | None = None  # the stage filter's "every stage"; "" means "no stage"
