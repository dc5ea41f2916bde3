"""Which of a card's numbers goes to the phone field (the WhatsApp/mobile one), and the kind of
each label, for the notes ("Otros teléfonos: Trabajo …")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from whaapy_contacts.domain.paste.pasted import OtherPhone

# iOS writes its own labels as _$!<Mobile>!$_; Android and Outlook as TYPE values.
_APPLE = re.compile(r"_\$!<(.+)>!\$_")
_KINDS = {
    "CELL": "cell", "MOBILE": "cell", "IPHONE": "cell", "WORK": "work", "HOME": "home",
    "FAX": "fax", "HOMEFAX": "fax", "WORKFAX": "fax", "MAIN": "main", "PAGER": "pager",
    "OTHER": "other",
}  # fmt: skip
# Words people (and phones set to Spanish) use for a label.
_WORDS = {
    "celular": "cell", "móvil": "cell", "movil": "cell", "cel": "cell", "whatsapp": "whatsapp",
    "trabajo": "work", "oficina": "work", "casa": "home", "particular": "home", "fax": "fax",
    "principal": "main", "otro": "other",
}  # fmt: skip
KINDS = frozenset({*_KINDS.values(), "whatsapp"})
# The order a number is chosen for the phone field in: WhatsApp first, then a mobile.
_RANK = {"whatsapp": 0, "cell": 1}


def label_of(custom: str, types: Iterable[str], *, whatsapp: bool = False) -> str:
    """A kind ("work", "cell"…) or the card's own words when they name none."""
    if whatsapp:
        return "whatsapp"
    if custom:
        apple = _APPLE.fullmatch(custom)
        if apple:
            return _KINDS.get(apple[1].upper(), "other")
        return _WORDS.get(custom.strip().casefold(), custom.strip())
    kinds = {_KINDS[t] for t in types if t in _KINDS}
    for kind in ("cell", "fax", "work", "home", "main", "pager"):
        if kind in kinds:
            return kind
    return ""


def best_phone(phones: Sequence[OtherPhone]) -> OtherPhone | None:
    """WhatsApp's number, else the first mobile, else the first one."""
    if not phones:
        return None
    ranked = sorted(enumerate(phones), key=lambda ip: (_RANK.get(ip[1].label, 9), ip[0]))
    choice = ranked[0][1]
    if choice.label not in _RANK and choice.label == "fax" and len(phones) > 1:
        return next((p for p in phones if p.label != "fax"), choice)
    return choice


_EXTENSION = re.compile(r"(?i)\s*(?:ext\.?|extensión|extension|x\.?|#)\s*(\d{1,6})\s*$")


def split_extension(number: str) -> tuple[str, str]:
    """ "55 1234 5678 ext. 12" -> ("55 1234 5678", "12"): the phone field (and the server)
    would drop the extension without a word, so it goes to the notes instead."""
    match = _EXTENSION.search(number)
    if match is None or match.start() == 0:
        return number, ""
    return number[: match.start()].rstrip(" ,;"), match[1]
