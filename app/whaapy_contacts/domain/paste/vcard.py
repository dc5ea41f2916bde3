"""vCards 2.1, 3.0 and 4.0 read with vobject's line grammar (folding, 2.1's soft line breaks,
parameters, groups, QUOTED-PRINTABLE with its CHARSET) and turned into ``Pasted`` contacts.

Values are decoded here, not by vobject's behaviours: those split every text value at its
first unescaped comma, which loses the rest of a 2.1 note or address (commas are literal
there), and its component reader logs each unreadable line, content and all (a person's data),
through a handler of its own. PHOTO and other binary lines are never decoded.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from whaapy_contacts.domain.paste.pasted import OtherPhone, Pasted, line
from whaapy_contacts.domain.paste.phone_labels import best_phone, label_of, split_extension
from whaapy_contacts.domain.paste.places import country_code

_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_SPLIT = re.compile(r"(?<!\\);")
# Read into the form's fields, or the card's own bookkeeping: not the person's data.
_USED = frozenset(
    {"FN", "N", "TEL", "EMAIL", "ORG", "TITLE", "NOTE", "VERSION", "PRODID", "REV", "UID",
     "X-ABLABEL", "X-ABUID", "X-ABADR", "X-ABSHOWAS", "CLIENTPIDMAP", "KIND", "SOURCE", "NAME",
     "PHOTO", "LOGO", "SOUND", "KEY", "BEGIN", "END", "BDAY", "ANNIVERSARY"}
)  # fmt: skip
_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$")


def read_vcards(text: str) -> tuple[Pasted, ...]:
    """Every card in ``text`` (one without END:VCARD too); ``()`` when none (then it is read
    as free text). An unreadable line is skipped, never the paste."""
    cards = (_card(lines) for lines in _cards_of(text))
    return tuple(card for card in cards if card.things())


def _cards_of(text: str) -> Iterator[list[Any]]:
    """vobject's content lines of each card: unfolded, QUOTED-PRINTABLE decoded."""
    from vobject.base import getLogicalLines, textLineToContentLine  # noqa: PLC0415 - 90 ms

    current: list[Any] | None = None
    for text_line, number in getLogicalLines(io.StringIO(text), allowQP=True):
        try:
            content = textLineToContentLine(text_line, number)
        except Exception:
            continue
        name, value = str(content.name).upper(), str(content.value).strip().upper()
        if name == "BEGIN" and value == "VCARD":
            if current:
                yield current
            current = []
        elif name == "END" and value == "VCARD" and current is not None:
            yield current
            current = None
        elif current is not None:
            current.append(content)
    if current:
        yield current


class _Line:
    """One content line of a card, its value decoded as its version says."""

    def __init__(self, raw: Any, version: str) -> None:
        self.name = str(raw.name).upper()
        self.group = str(raw.group or "").lower()
        self.params = {str(k).upper(): [str(v) for v in vs] for k, vs in raw.params.items()}
        self.singles = [str(s).upper() for s in raw.singletonparams]
        self._value = raw.value if isinstance(raw.value, str) else ""
        self._version = version

    def types(self) -> set[str]:
        """TYPE=cell,voice / type=CELL;type=VOICE / 2.1's bare CELL, all alike (upper case)."""
        found = {t.strip().upper() for v in self.params.get("TYPE", []) for t in v.split(",")}
        return found | set(self.singles)

    def text(self) -> str:
        return line(self._decoded(self._value))

    def parts(self) -> list[str]:
        """A structured value (N, ADR, ORG): its ;-separated parts."""
        return [line(self._decoded(p)) for p in _SPLIT.split(self._value)]

    def multiline(self) -> str:
        return self._decoded(self._value).replace("\r\n", "\n").strip()

    def _decoded(self, value: str) -> str:
        if self._version == "2.1":
            return value  # no escapes in 2.1 (a QUOTED-PRINTABLE one is decoded already)
        return _UNESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], value)


def _lines(children: list[Any]) -> Iterator[_Line]:
    version = "3.0"
    for child in children:
        if str(child.name).upper() == "VERSION":
            version = str(child.value).strip()
    for child in children:
        yield _Line(child, version)


def _card(children: list[Any]) -> Pasted:
    lines = [ln for ln in _lines(children) if ln.name not in ("PHOTO", "LOGO", "SOUND", "KEY")]
    labels = {ln.group: ln.text() for ln in lines if ln.name == "X-ABLABEL" and ln.group}
    phones = [_phone(ln, labels) for ln in lines if ln.name == "TEL"]
    phones = [p for p in phones if p.number]
    main = best_phone(phones)
    emails = [ln.text() for ln in lines if ln.name == "EMAIL" and ln.text()]
    address = _address(next((ln for ln in lines if ln.name == "ADR"), None))
    return Pasted(
        "vcard",
        name=_name(lines),
        phone=split_extension(main.number)[0] if main else "",
        phone_label=main.label if main else "",
        phone_extension=split_extension(main.number)[1] if main else "",
        email=emails[0] if emails else "",
        company=", ".join(p for p in _first(lines, "ORG", parts=True) if p),
        title=" ".join(_first(lines, "TITLE")),
        note="\n\n".join(ln.multiline() for ln in lines if ln.name == "NOTE" and ln.multiline()),
        other_phones=tuple(p for p in phones if p is not main),
        other_emails=tuple(emails[1:]),
        dates=_dates(lines),
        extras=_extras(lines),
        **address,  # type: ignore[arg-type]  # the address's text fields
    )


def _dates(lines: list[_Line]) -> tuple[tuple[str, str], ...]:
    """BDAY and ANNIVERSARY as ISO dates ("19850721" and 4.0's forms too), else as written."""
    found = []
    for ln in lines:
        if ln.name in ("BDAY", "ANNIVERSARY") and ln.text():
            match = _DATE.match(ln.text())
            value = "-".join(match.groups()) if match else ln.text()
            found.append(("birthday" if ln.name == "BDAY" else "anniversary", value))
    return tuple(found)


def _categories(value: str) -> str:
    """A card's groups without Google's own ("myContacts", "starred"), which say nothing."""
    groups = (g.strip() for g in value.split(","))
    return ", ".join(g for g in groups if g and g.casefold() not in ("mycontacts", "starred"))


def _extras(lines: list[_Line]) -> tuple[tuple[str, str], ...]:
    """Every other line with a value (X-RFC, URL, NICKNAME, a second address…)."""
    adr = [ln for ln in lines if ln.name == "ADR"]
    found = [("ADR", ", ".join(p for p in ln.parts() if p)) for ln in adr[1:]]
    for ln in lines:
        if ln.name in _USED or ln.name == "ADR" or (ln.name == "LABEL" and adr):
            continue
        found.append((ln.name, _categories(ln.text()) if ln.name == "CATEGORIES" else ln.text()))
    return tuple((name, value) for name, value in found if value)


def _first(lines: list[_Line], name: str, *, parts: bool = False) -> list[str]:
    found = next((ln for ln in lines if ln.name == name), None)
    if found is None:
        return []
    return found.parts() if parts else [found.text()]


def _name(lines: list[_Line]) -> str:
    """FN as the card shows it; else N's parts in reading order (prefix given family)."""
    formatted = " ".join(_first(lines, "FN"))
    if formatted:
        return formatted
    parts = _first(lines, "N", parts=True) + [""] * 5
    family, given, middle, prefix, suffix = parts[:5]
    return " ".join(p for p in (prefix, given, middle, family, suffix) if p)


def _phone(tel: _Line, labels: dict[str, str]) -> OtherPhone:
    number = tel.text()
    if number.lower().startswith("tel:"):  # 4.0's URI: tel:+52-81-8000-1000;ext=102
        number = number[4:].replace("-", " ")
        number, _, ext = number.partition(";ext=")
        number = f"{number} ext. {ext}" if ext else number
    waid = tel.params.get("WAID")
    label = labels.get(tel.group, "") if tel.group else ""
    return OtherPhone(label_of(label, tel.types(), whatsapp=bool(waid)), number)


def _address(adr: _Line | None) -> dict[str, str]:
    if adr is None:
        return {}
    parts = adr.parts() + [""] * 7
    box, extended, street, city, region, code, country = parts[:7]
    known = country_code(country)
    unknown = country if country and not known else ""  # never dropped: kept in the address
    return {
        "address": ", ".join(p for p in (street, extended, box, unknown) if p),
        "city": city,
        "state": region,
        "postal_code": code,
        "country": known,
    }
