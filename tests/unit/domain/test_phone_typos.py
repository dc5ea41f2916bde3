"""Typo safety, exhaustively: a one-digit slip in a Mexican number never becomes a foreign one.

Issue 13, case 5: with México selected, "81 1234 56789" (one digit too many) was saved as Japan's
+81 123456789, and about a quarter of one-extra-digit typos became a valid foreign number.
"""

from __future__ import annotations

import pytest
from tests.unit.domain.typos import mexican_numbers, one_digit_typos

from whaapy_contacts.domain.phone import PhoneReason, normalize_phone

NUMBERS = mexican_numbers()


def grouped(digits: str) -> str:
    """As staff type them: "55 1234 5678" (the last 8 in two groups, the rest in front)."""
    return f"{digits[:-8]} {digits[-8:-4]} {digits[-4:]}".strip()


def test_the_numbers_are_real_and_many():
    assert len(NUMBERS) >= 15
    assert all(normalize_phone(n, "MX").e164 == "+52" + n for n in NUMBERS)


@pytest.mark.parametrize("number", NUMBERS)
def test_no_one_digit_typo_becomes_a_foreign_number(number):
    foreign = []
    for typo in sorted(one_digit_typos(number)):
        for typed in (typo, grouped(typo)):
            result = normalize_phone(typed, "MX")
            if result.e164 is not None and not result.e164.startswith("+52"):
                foreign.append((typed, result.e164))
    assert foreign == []


@pytest.mark.parametrize("number", NUMBERS)
def test_every_refused_typo_says_why_and_offers_a_foreign_reading_only_as_a_suggestion(number):
    for typo in one_digit_typos(number):
        result = normalize_phone(typo, "MX")
        if result.ok:
            assert result.e164 is not None
            assert result.e164.startswith("+52")
            continue
        assert result.message, typo
        if typo.startswith(("0", "1")):
            pass  # read with a prefix (044, 01, 00, the old 1): counted past it
        elif len(typo) == 11:
            assert result.reason is PhoneReason.TOO_LONG, typo
            assert result.message.startswith("Sobra 1 dígito"), typo
        elif len(typo) == 9:
            assert result.reason is PhoneReason.TOO_SHORT
            assert result.message.startswith("Falta 1 dígito"), typo
        if result.suggestion is not None:
            assert not result.suggestion.e164.startswith("+52")
            assert result.suggestion.region != "MX"


def test_the_japanese_and_french_readings_of_the_issue_are_suggestions():
    japan = normalize_phone("81 1234 56789", "MX")
    assert japan.e164 is None
    assert japan.message == (
        "Sobra 1 dígito: los números de México tienen 10 dígitos (lada y número)."
    )
    assert japan.suggestion is not None
    assert (japan.suggestion.e164, japan.suggestion.region) == ("+81123456789", "JP")
    france = normalize_phone("33 1234 56789", "MX")
    assert france.e164 is None
    assert france.suggestion is not None
    assert france.suggestion.region == "FR"


def test_a_quarter_of_extra_digit_typos_have_a_foreign_reading_to_offer():
    """The danger was real: many typos are valid abroad; each is now only a suggestion."""
    offered = total = 0
    for number in NUMBERS:
        for typo in (t for t in one_digit_typos(number) if len(t) == 11):
            total += 1
            offered += normalize_phone(typo, "MX").suggestion is not None
    assert offered / total > 0.1
