"""A dropped file's text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252
(what Outlook and older Windows tools write)."""

from __future__ import annotations

MAX_FILE_BYTES = 8 * 1024 * 1024  # photos make vCards big; a whole address book is an import


def text_of_file(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
