"""A country written in a card ("México", "Mexico", "MX") as its ISO code."""

from __future__ import annotations

import functools

from whaapy_contacts.domain.countries import fold
from whaapy_contacts.domain.countries_data import COUNTRIES

_ALSO = {
    "mexico": "MX",
    "mex": "MX",
    "estados unidos": "US",
    "usa": "US",
    "eua": "US",
    "eeuu": "US",
}


@functools.cache
def _by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, (spanish, english) in COUNTRIES.items():
        names[fold(spanish)] = code
        names[fold(english)] = code
    return {**names, **_ALSO}


def country_code(written: str) -> str:
    """The code of a country's name or code in Spanish or English; "" when not one."""
    text = written.strip().strip(".")
    if not text:
        return ""
    if len(text) == 2 and text.upper() in COUNTRIES:
        return text.upper()
    return _by_name().get(fold(text), "")
