"""Phone normalisation: what staff type or paste becomes E.164, or a reason why not.

phonenumbers is imported where a number is first parsed, not with this module: it costs ~15 ms
that the window's start-up does not need (the app loads it on a worker right after).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING

from whaapy_contacts.domain.cleaning import clean_line
from whaapy_contacts.domain.countries import is_country_code
from whaapy_contacts.domain.phone_explain import Fault, describe, mx_national_length
from whaapy_contacts.domain.phone_format import (  # re-exported: the one display function
    format_international as format_international,  # noqa: PLC0414
)
from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import phonenumbers

DEFAULT_REGION = "MX"
MX_CODE = "52"

_E164_FORMAT = re.compile(r"^\+[1-9]\d{6,14}$")
# Characters people use to group digits: spaces, dashes (all kinds), dots, slashes, brackets.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212.·/()\[\]]+")
_EXTENSION = re.compile(r"(?:ext\.?|extensi[oó]n|x)\s*\d+$", re.IGNORECASE)
# A label copied with the number from a signature, a contact card or a link ("Cel: 55…",
# "WhatsApp +52…", "tel:+52…"): only at the start, only these words.
_LABEL = re.compile(
    r"^(?:tel(?:[eé]fono)?|cel(?:ular)?|m[oó]vil|whats ?app|wa|phone|mobile|fax)\b\s*[.:]?\s*",
    re.IGNORECASE,
)


class PhoneReason(Enum):
    """Why a typed phone could not become a number. The value is the Spanish message."""

    EMPTY = QT_TRANSLATE_NOOP("Messages", "Escribe el número de teléfono.")
    NOT_A_NUMBER = QT_TRANSLATE_NOOP("Messages", "Esto no parece un número de teléfono.")
    TOO_SHORT = QT_TRANSLATE_NOOP("Messages", "Faltan dígitos: el número es demasiado corto.")
    TOO_LONG = QT_TRANSLATE_NOOP("Messages", "Sobran dígitos: el número es demasiado largo.")
    INVALID_COUNTRY_CODE = QT_TRANSLATE_NOOP(
        "Messages", "La clave de país no existe. Revisa lo que va después del +."
    )
    INVALID_NUMBER = QT_TRANSLATE_NOOP(
        "Messages", "Este número no existe en el país elegido. Revisa los dígitos o el país."
    )

    @property
    def message(self) -> str:
        return self.value


class PhoneNotice(Enum):
    """A change we made to what was typed, so the user knows. The value is the Spanish text."""

    LEGACY_MOBILE_ONE = QT_TRANSLATE_NOOP(
        "Messages", "Se quitó el 1 de celular antiguo (ya no se usa desde 2019)."
    )
    LEGACY_PREFIX_044 = QT_TRANSLATE_NOOP(
        "Messages", "Se quitó el prefijo 044 (ya no se usa desde 2019)."
    )
    LEGACY_PREFIX_045 = QT_TRANSLATE_NOOP(
        "Messages", "Se quitó el prefijo 045 (ya no se usa desde 2019)."
    )
    LEGACY_PREFIX_01 = QT_TRANSLATE_NOOP(
        "Messages", "Se quitó el prefijo 01 (ya no se usa desde 2019)."
    )
    EXTENSION_LEFT_OUT = QT_TRANSLATE_NOOP(
        "Messages",
        "La extensión no se guarda en el teléfono (WhatsApp no la usa); anótala en Notas si la "
        "necesitas.",
    )

    @property
    def message(self) -> str:
        return self.value


@dataclass(frozen=True)
class PhoneResult:
    """Either ``e164`` is set (with any notices) or ``reason`` says why not.

    ``detail`` is the precise message for the reason when there is one ("Sobra 1 dígito…");
    ``suggestion`` is another country's reading of digits typed without + (issue 13, case 5):
    only ever offered, never used unless the person picks it.
    """

    e164: str | None
    reason: PhoneReason | None = None
    notices: tuple[PhoneNotice, ...] = ()
    region: str | None = None
    is_landline: bool = False
    detail: str = ""
    suggestion: PhoneSuggestion | None = None

    @property
    def ok(self) -> bool:
        return self.e164 is not None

    @property
    def message(self) -> str:
        """What to show under the field: the precise text, else the reason's; "" when ok."""
        if self.reason is None:
            return ""
        return self.detail or self.reason.message


@dataclass(frozen=True)
class PhoneSuggestion:
    """A valid number of another country made of the same digits, read with a +."""

    e164: str
    region: str
    dial_code: int


def is_e164_format(text: str) -> bool:
    """True when ``text`` has E.164 *format* (``+`` then 7 to 15 digits). No validity check."""
    return bool(_E164_FORMAT.match(text))


def canonical_digits(text: str) -> str:
    """Digits that identify a number for matching: no ``+``/``00``, no old Mexican mobile ``1``.

    ``+5215512345678``, ``+525512345678`` and ``525512345678`` all give ``525512345678``.
    """
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.lstrip().startswith("00"):
        digits = digits[2:]
    if digits.startswith(MX_CODE + "1") and len(digits) == 13:
        digits = MX_CODE + digits[3:]
    return digits


def same_phone(a: str, b: str) -> bool:
    """Whether two stored or typed numbers are the same line, by canonical digits."""
    return bool(a) and canonical_digits(a) == canonical_digits(b)


def normalize_phone(text: str, region: str = DEFAULT_REGION) -> PhoneResult:
    """Turn what was typed into E.164. Never raises: anything odd becomes a reason.

    Digits typed without ``+`` or ``00`` are a number *of the selected country*: when they are
    not one, the reason says why and another country's reading is only a ``suggestion``.
    Results are cached by the cleaned text (an import repeats numbers; PhoneResult is frozen).
    """
    unlabelled = _unlabelled(text)
    result = _normalized(_cleaned(unlabelled), region.upper() if region else DEFAULT_REGION)
    return _told_extension(unlabelled, result)


def normalize_phone_slow(text: str, region: str = DEFAULT_REGION) -> PhoneResult:
    """``normalize_phone`` through the full library only: no cache, no Mexican fast path. The
    reference the fast path is proven identical to (tests/unit/domain/test_import_phone_fast.py)."""
    unlabelled = _unlabelled(text)
    result = _normalize(
        _cleaned(unlabelled), region.upper() if region else DEFAULT_REGION, fast=False
    )
    return _told_extension(unlabelled, result)


def _told_extension(unlabelled: str, result: PhoneResult) -> PhoneResult:
    """An extension typed after the number ("ext. 204") is left out of it, never silently."""
    if not result.ok or not _EXTENSION.search(unlabelled):
        return result
    return replace(result, notices=(*result.notices, PhoneNotice.EXTENSION_LEFT_OUT))


@functools.lru_cache(maxsize=16384)
def _normalized(cleaned: str, region: str) -> PhoneResult:
    return _normalize(cleaned, region, fast=True)


def _normalize(cleaned: str, region: str, *, fast: bool) -> PhoneResult:
    if not cleaned:
        return PhoneResult(None, PhoneReason.EMPTY)
    if not re.fullmatch(r"\+?\d+", cleaned):
        return PhoneResult(None, PhoneReason.NOT_A_NUMBER)
    if cleaned.startswith("+"):
        return _parse_international(cleaned[1:], fast=fast)
    if cleaned.startswith("00"):
        return _parse_international(cleaned[2:], fast=fast)
    return _parse_national(cleaned, region, fast=fast)


def _clean(text: str) -> str:
    return _cleaned(_unlabelled(text))


def _cleaned(unlabelled: str) -> str:
    return _SEPARATORS.sub("", _EXTENSION.sub("", unlabelled).strip())


def _unlabelled(text: str) -> str:
    text = unicodedata.normalize("NFKC", clean_line(text or "")).strip()
    return _LABEL.sub("", text)


def _parse_international(digits: str, *, fast: bool = False) -> PhoneResult:
    notices: tuple[PhoneNotice, ...] = ()
    if digits.startswith(MX_CODE):
        national, notices = _strip_mx_legacy(digits[len(MX_CODE) :])
        digits = MX_CODE + national
        quick = _fast_mx(national, notices) if fast else None
        if quick is not None:
            return quick
    result = _finish("+" + digits, None, notices)
    if not result.ok and digits.startswith(MX_CODE):
        return _explained(digits[len(MX_CODE) :], DEFAULT_REGION, result)
    return result


def _parse_national(digits: str, region: str, *, fast: bool = False) -> PhoneResult:
    notices: tuple[PhoneNotice, ...] = ()
    national = digits
    if region == DEFAULT_REGION:
        national, notices = _strip_mx_legacy(digits)
        quick = _fast_mx(national, notices) if fast else None
        if quick is not None:
            return quick
    result = _finish(national, region, notices, expected_code=dial_code(region))
    if result.ok:
        return result
    own = _with_own_code(digits, region, fast=fast)
    if own is not None:
        return own
    explained = _explained(digits, region, result)
    return replace(explained, suggestion=_foreign_reading(digits, region))


_FAULT_REASONS = {
    Fault.TOO_LONG: PhoneReason.TOO_LONG,
    Fault.TOO_SHORT: PhoneReason.TOO_SHORT,
    Fault.INVALID: PhoneReason.INVALID_NUMBER,
}


def _explained(national: str, region: str, result: PhoneResult) -> PhoneResult:
    """``result`` (a failure) with the reason and words the digits' length calls for."""
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.general_desc is None:
        return result
    lengths = tuple(metadata.general_desc.possible_length or ())
    length = mx_national_length(national) if region == DEFAULT_REGION else _length(national, region)
    fault, detail = describe(length, lengths, region)
    return replace(result, reason=_FAULT_REASONS[fault], detail=detail)


def _length(digits: str, region: str) -> int:
    """Digits of the national number, past any national prefix phonenumbers knows (a 0…)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return len(digits)
    if number.country_code != dial_code(region):
        return len(digits)
    return len(phonenumbers.national_significant_number(number))


def _with_own_code(digits: str, region: str, *, fast: bool = False) -> PhoneResult | None:
    """Digits that already start with the selected country's code ("52 55 1234 5678")."""
    code = str(dial_code(region))
    if not digits.startswith(code) or len(digits) < len(code) + 6:
        return None
    result = _parse_international(digits, fast=fast)
    return result if result.ok and result.e164 and result.e164.startswith("+" + code) else None


def _foreign_reading(digits: str, region: str) -> PhoneSuggestion | None:
    """The same digits read as an international number of *another* country, if valid."""
    if len(digits) < 8:
        return None
    result = _finish("+" + digits, None, ())
    region_found = result.region or ""
    if result.e164 is None or not is_country_code(region_found):
        return None  # also a non-geographic +800/+882 number: no country to name
    code = _code_of(result.e164)
    if code == dial_code(region):
        return None
    return PhoneSuggestion(result.e164, region_found, code)


def dial_code(region: str) -> int:
    """The country calling code of ``region`` (MX → 52); 0 when unknown."""
    import phonenumbers

    return int(phonenumbers.country_code_for_region(region.upper()))


def _code_of(e164: str) -> int:
    import phonenumbers

    return int(phonenumbers.parse(e164, None).country_code or 0)


def _fast_mx(national: str, notices: tuple[PhoneNotice, ...]) -> PhoneResult | None:
    """A valid Mexican national number read from phonenumbers' own MX metadata (its patterns
    compiled once), without parse(): ~20x cheaper. None (the full library decides) for anything
    but 10 ASCII digits starting 2-9, which parse() keeps as they are (MX has no national prefix
    to strip; its international prefix starts with 0), and for any number that is not valid."""
    if len(national) != 10 or national[0] in "01" or not national.isascii():
        return None
    kind = _mx_types().kind(national)
    if kind is None:
        return None
    return PhoneResult("+52" + national, None, notices, region="MX", is_landline=kind == "fixed")


class _MxTypes:
    """phonenumbers' _number_type_helper for MX, on the same metadata, in the same order."""

    SPECIAL = (
        "premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan",
        "voicemail",
    )  # fmt: skip

    def __init__(self) -> None:
        import phonenumbers

        metadata = phonenumbers.PhoneMetadata.metadata_for_region(DEFAULT_REGION)
        assert metadata is not None
        self._general = _desc(metadata.general_desc)
        self._special = [d for name in self.SPECIAL if (d := _desc(getattr(metadata, name)))]
        self._fixed = _desc(metadata.fixed_line)
        self._mobile = _desc(metadata.mobile)
        self._same = bool(metadata.same_mobile_and_fixed_line_pattern)

    def kind(self, national: str) -> str | None:
        """ "special", "fixed", "fixed_or_mobile", "mobile", or None when not valid."""
        if not _matches(national, self._general):
            return None
        if any(_matches(national, d) for d in self._special):
            return "special"
        if _matches(national, self._fixed):
            if self._same or _matches(national, self._mobile):
                return "fixed_or_mobile"
            return "fixed"
        if not self._same and _matches(national, self._mobile):
            return "mobile"
        return None


_Desc = tuple[frozenset[int], re.Pattern[str]]


def _desc(desc: phonenumbers.PhoneNumberDesc | None) -> _Desc | None:
    """A description's possible lengths and pattern; None when it matches nothing (as there)."""
    if desc is None or not desc.national_number_pattern:
        return None
    return frozenset(desc.possible_length or ()), re.compile(desc.national_number_pattern)


def _matches(national: str, desc: _Desc | None) -> bool:
    if desc is None:
        return False
    lengths, pattern = desc
    if lengths and len(national) not in lengths:
        return False
    return pattern.fullmatch(national) is not None


@functools.cache
def _mx_types() -> _MxTypes:
    return _MxTypes()


def _strip_mx_legacy(national: str) -> tuple[str, tuple[PhoneNotice, ...]]:
    """Drop the dialling forms Mexico retired in 2019: 044/045/01 and the mobile ``1``."""
    for prefix, notice in (
        ("044", PhoneNotice.LEGACY_PREFIX_044),
        ("045", PhoneNotice.LEGACY_PREFIX_045),
    ):
        if national.startswith(prefix) and len(national) == 13:
            return national[3:], (notice,)
    if national.startswith("01") and len(national) == 12:
        return national[2:], (PhoneNotice.LEGACY_PREFIX_01,)
    if national.startswith("1") and len(national) == 11:
        return national[1:], (PhoneNotice.LEGACY_MOBILE_ONE,)
    return national, ()


def _finish(
    candidate: str,
    region: str | None,
    notices: tuple[PhoneNotice, ...],
    expected_code: int | None = None,
) -> PhoneResult:
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberType

    try:
        number = phonenumbers.parse(candidate, region)
    except NumberParseException as exc:
        return PhoneResult(None, _reason_from_parse_error(exc))
    if expected_code is not None and number.country_code != expected_code:
        # phonenumbers read a national "09…"/"00…" as an international call: not what was typed.
        return PhoneResult(None, PhoneReason.INVALID_NUMBER)
    if phonenumbers.region_code_for_country_code(number.country_code or 0) == "ZZ":
        return PhoneResult(None, PhoneReason.INVALID_COUNTRY_CODE)
    if not phonenumbers.is_valid_number(number):
        return PhoneResult(None, _reason_from_possibility(number))
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    kind = phonenumbers.number_type(number)
    return PhoneResult(
        e164,
        None,
        notices,
        region=phonenumbers.region_code_for_number(number),
        is_landline=kind == PhoneNumberType.FIXED_LINE,
    )


def _reason_from_parse_error(exc: phonenumbers.NumberParseException) -> PhoneReason:
    from phonenumbers import NumberParseException

    return {
        NumberParseException.INVALID_COUNTRY_CODE: PhoneReason.INVALID_COUNTRY_CODE,
        NumberParseException.TOO_SHORT_AFTER_IDD: PhoneReason.TOO_SHORT,
        NumberParseException.TOO_SHORT_NSN: PhoneReason.TOO_SHORT,
        NumberParseException.TOO_LONG: PhoneReason.TOO_LONG,
    }.get(exc.error_type, PhoneReason.NOT_A_NUMBER)


def _reason_from_possibility(number: phonenumbers.PhoneNumber) -> PhoneReason:
    import phonenumbers
    from phonenumbers import ValidationResult

    result = phonenumbers.is_possible_number_with_reason(number)
    return {
        ValidationResult.TOO_SHORT: PhoneReason.TOO_SHORT,
        ValidationResult.TOO_LONG: PhoneReason.TOO_LONG,
        ValidationResult.INVALID_COUNTRY_CODE: PhoneReason.INVALID_COUNTRY_CODE,
    }.get(result, PhoneReason.INVALID_NUMBER)
