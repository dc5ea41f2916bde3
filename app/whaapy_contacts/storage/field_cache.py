"""The last good custom field definitions of each account, in its folder: there at the next
start at once, and offline (services/custom_fields.py reads and writes it).

One small JSON file, replaced whole (written beside it, then renamed), so a crash mid-write
leaves the previous one. It names its account: a folder shared by two (a test's) never gives
one account the other's fields. Never raises: a file that can't be read or written is as if
there were none (the form then offers free key/value rows, as without definitions).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "custom_fields.json"
MAX_BYTES = 2 * 1024 * 1024


def read(folder: Path, account: str) -> object | None:
    """The definitions stored for ``account`` (as written), or None."""
    path = folder / FILE_NAME
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.info("custom fields cache not read: %s", type(exc).__name__)
        return None
    if not isinstance(data, dict) or data.get("account") != account:
        return None
    return data.get("fields")


def write(folder: Path, account: str, fields: list[dict[str, object]]) -> bool:
    """Store ``fields`` for ``account``; False (logged) when the disk refuses."""
    path = folder / FILE_NAME
    temporary = path.with_suffix(".tmp")
    try:
        text = json.dumps({"account": account, "fields": fields}, ensure_ascii=False)
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except (OSError, ValueError) as exc:
        log.info("custom fields cache not written: %s", type(exc).__name__)
        return False
    return True
