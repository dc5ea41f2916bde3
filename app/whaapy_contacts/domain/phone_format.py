"""Phone numbers as Mexicans read them: for display, while typing, and for searching.

One display function for every place a number is shown (form, recent list, details pane,
status line): ``format_international``. A stored ``+521…`` (the old mobile 1, as other tools
and the API may store it) is shown without the 1, as the same line is dialled today.
"""

from __future__ import annotations

import re

from whaapy_contacts.domain.cleaning import clean_line

MX_CODE = "52"
_PHONE_LIKE = re.compile(r"\+?[\d\s\-\u2010-\u2015.()/]*\d[\d\s\-\u2010-\u2015.()/]*")


def format_international(phone: str) -> str:
    """``+52 55 1234 5678`` for a stored ``+525512345678``, ``+5215512345678`` or
    ``525512345678``; text that is not a number comes back unchanged."""
    import phonenumbers

    text = clean_line(phone).strip()
    if not _PHONE_LIKE.fullmatch(text):
        return phone
    digits = _without_old_mobile_one(_digits(text))
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return phone
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _digits(text: str) -> str:
    digits = "".join(ch for ch in text if ch.isdigit())
    return digits[2:] if text.startswith("00") else digits


def _without_old_mobile_one(digits: str) -> str:
    if digits.startswith(MX_CODE + "1") and len(digits) == 13:
        return MX_CODE + digits[3:]
    return digits


def typing_split(significant: str, region: str) -> tuple[str, str] | None:
    """A retired Mexican dialling form being typed, as (its prefix written the way Mexicans
    write it, the digits after it): ``+5215…`` → ("+52 1", "5…"), ``0443…`` → ("044", "3…").

    ``significant`` is what was typed without separators. No Mexican number starts with 0, 1
    or 52, so these prefixes are never the start of a number itself. None for anything else.
    """
    for prefix, shown in (("+521", "+52 1"), ("00521", "00 52 1")):
        if significant.startswith(prefix) and len(significant) > len(prefix):
            return shown, significant[len(prefix) :]
    if region != "MX" or significant.startswith(("+", "00")):
        return None
    for prefix, shown in (("044", "044"), ("045", "045"), ("01", "01"), ("521", "52 1")):
        if significant.startswith(prefix) and len(significant) > len(prefix):
            return shown, significant[len(prefix) :]
    for prefix in ("52", "1"):
        if significant.startswith(prefix) and len(significant) > len(prefix):
            return prefix, significant[len(prefix) :]
    return None


def search_fragments(text: str) -> tuple[str, ...]:
    """The digits a phone-like search should look for, prefixes read as the form reads them.

    ``044 55 3456`` → ("044553456", "553456"); ``+52 1 55 12`` → ("5215512", "525512"); the
    typed digits always come first, so nothing that matched before stops matching.
    """
    cleaned = clean_line(text).strip()
    digits = _digits(cleaned)
    if not digits:
        return ()
    found = [digits]
    if digits.startswith(MX_CODE + "1") and len(digits) > 3:
        found.append(MX_CODE + digits[3:])
    if not cleaned.startswith(("+", "00")):
        found.extend(_national_fragments(digits, cleaned))
    return tuple(dict.fromkeys(f for f in found if f))


def _national_fragments(digits: str, cleaned: str) -> list[str]:
    for prefix in ("044", "045", "01"):
        if digits.startswith(prefix) and len(digits) > len(prefix):
            return [digits[len(prefix) :]]
    # The old mobile 1 only when it stands apart ("1 55 3456") or heads a whole number.
    if digits.startswith("1") and (re.match(r"1\D", cleaned) or len(digits) == 11):
        return [digits[1:]]
    return []


def best_search_digits(text: str) -> str:
    """The one fragment to send to a server's search for a phone-like query (the last
    reading: past any prefix, so ``044 55 3456`` asks for ``553456``)."""
    fragments = search_fragments(text)
    return fragments[-1] if fragments else ""
