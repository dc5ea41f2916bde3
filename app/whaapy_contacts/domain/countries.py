"""ISO 3166-1 alpha-2 countries, with the order the phone selector shows them in."""

from __future__ import annotations

import unicodedata

from whaapy_contacts.domain.countries_data import COUNTRIES

DEFAULT_COUNTRY = "MX"

# Mexico first, then Latin America (roughly by how often our users deal with them), then the rest.
_LATAM = (
    "US", "GT", "CO", "AR", "PE", "CL", "VE", "EC", "BO", "PY", "UY", "HN", "SV", "NI", "CR",
    "PA", "CU", "DO", "PR", "BZ", "BR", "CA", "ES",
)  # fmt: skip


def is_country_code(code: str) -> bool:
    """True for an assigned ISO 3166-1 alpha-2 code (upper case)."""
    return code in COUNTRIES


def country_name(code: str, lang: str = "es") -> str:
    """The country's name in Spanish (default) or English; the code itself if unknown."""
    names = COUNTRIES.get(code.upper())
    if names is None:
        return code
    return names[1] if lang.startswith("en") else names[0]


def fold(text: str) -> str:
    """Case- and accent-insensitive key for searching ("México" and "mexico" match)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def ordered_codes(lang: str = "es") -> list[str]:
    """Mexico, then Latin America and neighbours, then every other country alphabetically."""
    head = [DEFAULT_COUNTRY, *_LATAM]
    rest = sorted(
        (c for c in COUNTRIES if c not in head), key=lambda c: fold(country_name(c, lang))
    )
    return head + rest
