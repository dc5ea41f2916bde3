"""What can be a Whaapy API key: pasted text cleaned, and anything else refused with a reason.

A key travels in an HTTP header, which only carries ASCII: a typo like ``wha_SECRÉT`` or a
pasted zero-width character made every send raise ``UnicodeEncodeError`` (issue 14, case 6).
Whaapy's keys start with ``wha_`` (shared/whaapy-api.md, confirmed); what follows is not
documented, so any visible ASCII character is allowed there.
"""

from __future__ import annotations

from whaapy_contacts.domain.cleaning import clean_line
from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP, fill, template

PREFIX = "wha_"
MAX_LENGTH = 512  # far above any real key; a whole pasted page is not one

EMPTY = QT_TRANSLATE_NOOP("Messages", "Primero pega tu clave de Whaapy.")
HAS_SPACES = QT_TRANSLATE_NOOP(
    "Messages",
    "La clave tiene espacios en medio. Cópiala de nuevo desde Whaapy, completa y sin espacios.",
)
NOT_ASCII = template(
    QT_TRANSLATE_NOOP(
        "Messages",
        "La clave tiene un carácter que no puede ir en una clave: «%1». "
        "Cópiala de nuevo desde Whaapy en lugar de escribirla.",
    )
)
BAD_PREFIX = QT_TRANSLATE_NOOP(
    "Messages",
    "Esto no parece una clave de Whaapy: las claves empiezan con «wha_». "
    "Revisa que copiaste la clave completa.",
)
TOO_SHORT = QT_TRANSLATE_NOOP(
    "Messages", "La clave está incompleta. Cópiala de nuevo desde Whaapy, completa."
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "Esto es demasiado largo para ser una clave. Copia solo la clave."
)


def clean_key(text: str) -> str:
    """Pasted text without invisible characters, line breaks or spaces around it."""
    return clean_line(text).strip()


def key_problem(key: str) -> str | None:
    """Why ``key`` (already cleaned) can't be a key, in Spanish; None when it can be one."""
    if not key:
        return EMPTY
    if len(key) > MAX_LENGTH:
        return TOO_LONG
    odd = next((ch for ch in key if not (ch.isascii() and ch.isprintable())), None)
    if odd is not None:
        return fill(NOT_ASCII, odd)
    if " " in key:
        return HAS_SPACES
    if not key.startswith(PREFIX):
        return BAD_PREFIX
    if len(key) == len(PREFIX):
        return TOO_SHORT
    return None


def usable_key(text: str | None) -> str | None:
    """A stored or given key, cleaned, if it can be a key; else None (it must be entered again)."""
    if text is None:
        return None
    key = clean_key(text)
    return key if key_problem(key) is None else None
