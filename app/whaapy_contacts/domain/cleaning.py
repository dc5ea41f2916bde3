"""Typed and pasted text made safe: invisible formatting and control characters removed."""

from __future__ import annotations

import re
import unicodedata

# WhatsApp and browsers wrap copied text in bidi marks and zero-width characters (issue 13, case 6):
# U+200B..U+200F (zero-width space/joiners, LRM/RLM), U+202A..U+202E (embeddings and overrides),
# U+2060..U+2064 (word joiner, invisible operators), U+2066..U+2069 (isolates), U+FEFF (BOM),
# U+00AD (soft hyphen), U+061C (Arabic letter mark), U+180E (Mongolian vowel separator).
_INVISIBLE = "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
_INVISIBLE += "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
# C0/C1 controls except TAB, LF and CR (kept only where multi-line text is allowed).
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS_RE = re.compile("[\t\r\n\u2028\u2029\x85]+")
# Non-breaking and other exotic spaces become a plain space.
_SPACES_RE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def clean_line(text: str) -> str:
    """One-line field text: no invisible marks, no controls, line breaks and tabs as one space.

    Leading/trailing spaces are kept (the person may still be typing); callers strip on save.
    Composes to NFC so a dead-key "é" and a pasted decomposed "é" are the same text.
    """
    if text.isascii() and text.isprintable():
        return text  # nothing to remove and NFC already: most cells of an import (issue 18)
    return _clean_line(text)


def _clean_line(text: str) -> str:
    text = _INVISIBLE_RE.sub("", text)
    text = _LINE_BREAKS_RE.sub(" ", text)
    text = _CONTROL_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def clean_multiline(text: str) -> str:
    """Multi-line text (notes): as ``clean_line`` but line breaks kept as ``\\n``."""
    if text.isascii() and text.isprintable():
        return text  # as in clean_line
    return _clean_multiline(text)


def _clean_multiline(text: str) -> str:
    text = _INVISIBLE_RE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    text = _CONTROL_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def is_clean_line(text: str) -> bool:
    return clean_line(text) == text
