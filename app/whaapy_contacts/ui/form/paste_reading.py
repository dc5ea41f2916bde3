"""What a paste or a drop carries, read as contacts: its .vcf/.txt files, else its text.

Loaded at the first paste (the domain's readers are not part of the first frame)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData

from whaapy_contacts.domain.paste import Pasted, read_paste, text_of_file
from whaapy_contacts.domain.paste.files import MAX_FILE_BYTES

FILE_ENDINGS = (".vcf", ".vcard", ".txt")
# What phones, mail and address-book programs put a card on the clipboard as (some with no
# text/plain beside it: t17a finding 11).
CARD_TYPES = ("text/vcard", "text/x-vcard", "text/directory")


def _paths(mime: QMimeData) -> list[Path]:
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.casefold() in FILE_ENDINGS]


def has_files(mime: QMimeData) -> bool:
    """Whether it carries a .vcf/.txt file (known without reading it)."""
    return bool(_paths(mime))


def nothing_found(mime: QMimeData) -> str:
    names = ", ".join(f"«{p.name}»" for p in _paths(mime))
    return QCoreApplication.translate("PasteFill", "No contact was found in %1.").replace(
        "%1", names
    )


def read_mime(mime: QMimeData, *, notes: bool) -> tuple[tuple[Pasted, ...], bool, str]:
    """(the contacts that fill the form, whether they came from a file, a problem to say).
    In the notes, free text is the person's note: only a card fills from there."""
    paths = _paths(mime)
    if paths:
        text, problem = _read_files(paths)
        cards = read_paste(text) if text else ()
        return tuple(c for c in cards if c.fills_form()), True, problem
    text = _text_of(mime) if mime.hasText() else _card_of(mime)
    if not text:
        return (), False, ""
    cards = read_paste(text)
    if notes:
        cards = tuple(c for c in cards if c.kind == "vcard")
    return tuple(c for c in cards if c.fills_form()), False, ""


def _text_of(mime: QMimeData) -> str:
    """Its text; when Qt's reading of it as UTF-8 lost characters (a Windows-1252 vCard put on
    the clipboard as it is, by xclip or an old program), its own bytes read again."""
    text = mime.text()
    if "\ufffd" not in text:
        return text
    for kind in (f for f in mime.formats() if f.startswith("text/plain")):
        again = text_of_file(bytes(mime.data(kind).data()))
        if "\ufffd" not in again:
            return again
    return text


def _card_of(mime: QMimeData) -> str:
    """A card offered only as a vCard type (its bytes: UTF-8, else as a file's)."""
    formats = {f.split(";")[0].strip().casefold(): f for f in mime.formats()}
    kind = next((formats[t] for t in CARD_TYPES if t in formats), None)
    return text_of_file(bytes(mime.data(kind).data())) if kind else ""


def _read_files(paths: list[Path]) -> tuple[str, str]:
    texts: list[str] = []
    for path in paths:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                return "", QCoreApplication.translate(
                    "PasteFill", "«%1» is too big to fill the form from (over 8 MB)."
                ).replace("%1", path.name)
            texts.append(text_of_file(path.read_bytes()))
        except OSError:
            return "", QCoreApplication.translate(
                "PasteFill", "«%1» could not be read. Check that it is still there."
            ).replace("%1", path.name)
    return "\n".join(texts), ""
