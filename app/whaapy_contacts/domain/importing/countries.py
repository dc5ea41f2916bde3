"""A country cell as people write it ("México", "MEXICO", "EE.UU.", "USA", "mx") -> its ISO code.

Names come from the app's own list (domain/countries_data.py, Spanish and English), compared
without case, accents or punctuation; a few common short forms and the ISO 3-letter codes of
the countries our users deal with most are added. Anything else is not guessed: the row is
refused with the cell in the reason.
"""

from __future__ import annotations

import functools
import re

from whaapy_contacts.domain.countries import fold, is_country_code
from whaapy_contacts.domain.countries_data import COUNTRIES
from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP, template

UNKNOWN_COUNTRY = template(
    QT_TRANSLATE_NOOP(
        "Messages",
        "No se reconoce el país «%1». Escribe su nombre (México, Colombia…) o su código de 2 "
        "letras (MX, CO).",
    )
)

# Short forms and other names people write, folded (see _key).
_ALIASES = {
    "eeuu": "US", "eua": "US", "usa": "US", "us": "US", "estados unidos de america": "US",
    "united states of america": "US", "estados unidos de norteamerica": "US",
    "norteamerica": "US", "estados unidos mexicanos": "MX", "republica mexicana": "MX",
    "mejico": "MX",
    "uk": "GB", "inglaterra": "GB", "england": "GB", "gran bretana": "GB", "great britain": "GB",
    "escocia": "GB", "scotland": "GB", "gales": "GB", "wales": "GB", "holanda": "NL",
    "holland": "NL", "corea": "KR", "korea": "KR", "rusia": "RU", "russia": "RU",
    "republica dominicana": "DO", "dominicana": "DO", "boricua": "PR",
}  # fmt: skip

# ISO 3166-1 alpha-3 of Mexico's neighbours, Latin America, and a few more.
_ALPHA3 = {
    "mex": "MX", "gtm": "GT", "blz": "BZ", "slv": "SV", "hnd": "HN", "nic": "NI", "cri": "CR",
    "pan": "PA", "col": "CO", "ven": "VE", "ecu": "EC", "per": "PE", "bol": "BO", "chl": "CL",
    "arg": "AR", "ury": "UY", "pry": "PY", "bra": "BR", "cub": "CU", "dom": "DO", "pri": "PR",
    "can": "CA", "esp": "ES", "fra": "FR", "deu": "DE", "ita": "IT", "gbr": "GB", "prt": "PT",
    "chn": "CN", "jpn": "JP", "kor": "KR", "ind": "IN",
}  # fmt: skip

_PUNCTUATION = re.compile(r"[.\-_'’,()]+")


def _key(text: str) -> str:
    """ "EE. UU." -> "eeuu"; "México" -> "mexico"; spaces kept between words."""
    folded = fold(text)
    return " ".join(_PUNCTUATION.sub("", folded).split()).replace("e e u u", "eeuu")


@functools.cache
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, (spanish, english) in COUNTRIES.items():
        names.setdefault(_key(spanish), code)
        names.setdefault(_key(english), code)
    for alias, code in (_ALIASES | _ALPHA3).items():
        names[alias] = code
    return names


def country_code(text: str) -> str | None:
    """The ISO code of a country cell; None when it is not one we can tell for sure."""
    given = text.strip()
    if len(given) == 2 and is_country_code(given.upper()):
        return given.upper()
    key = _key(given)
    return _names().get(key) or _names().get(key.replace(" ", ""))
