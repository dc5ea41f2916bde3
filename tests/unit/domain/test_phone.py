"""Phone normalisation over the forms staff really type or paste."""

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whaapy_contacts.domain.phone import (
    PhoneNotice,
    PhoneReason,
    canonical_digits,
    format_international,
    is_e164_format,
    normalize_phone,
    same_phone,
)

MX_FORMS = [
    ("5512345678", "+525512345678"),
    ("55 1234 5678", "+525512345678"),
    ("55-1234-5678", "+525512345678"),
    ("55.1234.5678", "+525512345678"),
    ("(55) 1234 5678", "+525512345678"),
    ("+52 (55) 1234-5678", "+525512345678"),
    ("+525512345678", "+525512345678"),
    ("52 55 1234 5678", "+525512345678"),
    ("525512345678", "+525512345678"),
    ("00 52 55 1234 5678", "+525512345678"),
    ("0052-55-1234-5678", "+525512345678"),
    ("  55 1234 5678  ", "+525512345678"),
    ("55\u00a01234\u00a05678", "+525512345678"),
    ("５５１２３４５６７８", "+525512345678"),  # full-width digits pasted from a chat
    ("81 1234 5678", "+528112345678"),
    ("33 1234 5678", "+523312345678"),
    ("+52 998 123 4567", "+529981234567"),
]


@pytest.mark.parametrize(("typed", "expected"), MX_FORMS)
def test_mexican_forms_become_e164(typed, expected):
    result = normalize_phone(typed, "MX")
    assert result.e164 == expected
    assert result.reason is None
    assert result.notices == ()


LEGACY = [
    ("+52 1 55 1234 5678", "+525512345678", PhoneNotice.LEGACY_MOBILE_ONE),
    ("+5215512345678", "+525512345678", PhoneNotice.LEGACY_MOBILE_ONE),
    ("+52 1 81 1234 5678", "+528112345678", PhoneNotice.LEGACY_MOBILE_ONE),
    ("521 81 1234 5678", "+528112345678", PhoneNotice.LEGACY_MOBILE_ONE),
    ("0052 1 55 1234 5678", "+525512345678", PhoneNotice.LEGACY_MOBILE_ONE),
    ("044 33 1234 5678", "+523312345678", PhoneNotice.LEGACY_PREFIX_044),
    ("044 55 1234 5678", "+525512345678", PhoneNotice.LEGACY_PREFIX_044),
    ("045 33 1234 5678", "+523312345678", PhoneNotice.LEGACY_PREFIX_045),
    ("01 55 1234 5678", "+525512345678", PhoneNotice.LEGACY_PREFIX_01),
    ("01 (33) 1234-5678", "+523312345678", PhoneNotice.LEGACY_PREFIX_01),
]


@pytest.mark.parametrize(("typed", "expected", "notice"), LEGACY)
def test_legacy_mexican_forms_are_rewritten_with_a_notice(typed, expected, notice):
    result = normalize_phone(typed, "MX")
    assert result.e164 == expected
    assert result.notices == (notice,)
    assert "Se quitó" in notice.message


REASONS = [
    ("", PhoneReason.EMPTY, "Escribe el número"),
    ("   ", PhoneReason.EMPTY, "Escribe el número"),
    ("- ( )", PhoneReason.EMPTY, "Escribe el número"),
    ("Juan Pérez", PhoneReason.NOT_A_NUMBER, "no parece un número"),
    ("55 1234 abcd", PhoneReason.NOT_A_NUMBER, "no parece un número"),
    ("55@1234", PhoneReason.NOT_A_NUMBER, "no parece un número"),
    ("123", PhoneReason.TOO_SHORT, "Faltan dígitos"),
    ("55 1234", PhoneReason.TOO_SHORT, "Faltan dígitos"),
    ("+52 55 1234", PhoneReason.TOO_SHORT, "Faltan dígitos"),
    ("55 1234 5678 9012 345", PhoneReason.TOO_LONG, "Sobran dígitos"),
    ("+52 55 1234 5678 999", PhoneReason.TOO_LONG, "Sobran dígitos"),
    ("+999 1234 5678", PhoneReason.INVALID_COUNTRY_CODE, "clave de país"),
    ("+0 55 1234 5678", PhoneReason.INVALID_COUNTRY_CODE, "clave de país"),
]


@pytest.mark.parametrize(("typed", "reason", "visible"), REASONS)
def test_bad_input_gets_a_spanish_reason(typed, reason, visible):
    result = normalize_phone(typed, "MX")
    assert result.e164 is None
    assert result.reason is reason
    assert visible in result.reason.message


def test_other_regions_use_the_selected_country():
    assert normalize_phone("(201) 555-0123", "US").e164 == "+12015550123"
    assert normalize_phone("601 2345678", "CO").e164 == "+576012345678"
    assert normalize_phone("+57 601 2345678", "MX").e164 == "+576012345678"
    assert normalize_phone("011 4123 4567", "AR").e164 is not None


@pytest.mark.parametrize("region", sorted(phonenumbers.SUPPORTED_REGIONS))
def test_every_regions_example_number_typed_nationally(region):
    example = phonenumbers.example_number(region)
    if example is None:
        pytest.skip(f"libphonenumber has no example number for {region}")
    national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
    expected = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    assert normalize_phone(national, region).e164 == expected


@pytest.mark.parametrize("region", sorted(phonenumbers.SUPPORTED_REGIONS))
def test_every_regions_example_number_typed_internationally(region):
    example = phonenumbers.example_number(region)
    if example is None:
        pytest.skip(f"libphonenumber has no example number for {region}")
    intl = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    expected = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    assert normalize_phone(intl, "MX").e164 == expected


def test_landline_is_flagged_for_a_hint():
    us_fixed = phonenumbers.example_number_for_type("AR", phonenumbers.PhoneNumberType.FIXED_LINE)
    e164 = phonenumbers.format_number(us_fixed, phonenumbers.PhoneNumberFormat.E164)
    assert normalize_phone(e164).is_landline
    assert not normalize_phone("+525512345678").is_landline


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_string_gives_a_valid_number_or_a_reason(text):
    result = normalize_phone(text, "MX")
    assert (result.e164 is None) != (result.reason is None)
    if result.e164 is not None:
        assert phonenumbers.is_valid_number(phonenumbers.parse(result.e164))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 +-().", max_size=25), st.sampled_from(["MX", "US", "CO", "ES"]))
def test_digit_soup_never_raises(text, region):
    result = normalize_phone(text, region)
    assert (result.e164 is None) != (result.reason is None)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("+5215512345678", "+525512345678"),
        ("525512345678", "+52 55 1234 5678"),
        ("0052 55 1234 5678", "+525512345678"),
    ],
)
def test_canonical_digits_match_legacy_and_plain(a, b):
    assert canonical_digits(a) == canonical_digits(b) == "525512345678"
    assert same_phone(a, b)


def test_different_numbers_differ():
    assert not same_phone("+525512345678", "+525512345679")
    assert not same_phone("", "")


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("+5215512345678", True),
        ("+525512345678", True),
        ("525512345678", False),
        ("+0512345678", False),
        ("+52 55 1234 5678", False),
        ("+1234567890123456", False),
    ],
)
def test_e164_format_check(text, ok):
    assert is_e164_format(text) is ok


def test_format_international_for_display():
    assert format_international("+525512345678") == "+52 55 1234 5678"
    assert format_international("525512345678") == "+52 55 1234 5678"
    assert format_international("not a phone") == "not a phone"


EVERY_PREFIX_FORM = [
    ("+52 1 55 1234 5678", "+525512345678"),
    ("52 1 55 1234 5678", "+525512345678"),
    ("0052 1 55 1234 5678", "+525512345678"),
    ("00 52 1 55 1234 5678", "+525512345678"),
    ("+52 044 55 1234 5678", "+525512345678"),
    ("+52 01 55 1234 5678", "+525512345678"),
    ("1 55 1234 5678", "+525512345678"),
    ("044 55 1234 5678", "+525512345678"),
    ("045 55 1234 5678", "+525512345678"),
    ("01 55 1234 5678", "+525512345678"),
    ("001 201 555 0123", "+12015550123"),  # Mexico's old way to dial the US: 00 + 1
    ("\u202a+52 1 55 1234 5678\u202c", "+525512345678"),
]


@pytest.mark.parametrize(("typed", "expected"), EVERY_PREFIX_FORM)
def test_every_prefix_form_with_mexico_selected(typed, expected):
    assert normalize_phone(typed, "MX").e164 == expected


@pytest.mark.parametrize(
    ("typed", "region", "message"),
    [
        ("81 1234 56789", "MX", "Sobra 1 dígito: los números de México tienen 10 dígitos"),
        ("81 1234 567890", "MX", "Sobran 2 dígitos: los números de México tienen 10 dígitos"),
        ("81 1234 567", "MX", "Falta 1 dígito: los números de México tienen 10 dígitos"),
        ("044 81 1234 567", "MX", "Falta 1 dígito: los números de México"),
        ("+52 81 1234 56789", "MX", "Sobra 1 dígito: los números de México"),
        ("11 1234 5678", "MX", "No es un número de México"),
        ("(201) 555-01234", "US", "Sobra 1 dígito para un número del país elegido."),
        ("(201) 555-012", "US", "Falta 1 dígito para un número del país elegido."),
    ],
)
def test_a_wrong_national_number_says_how_many_digits_are_off(typed, region, message):
    result = normalize_phone(typed, region)
    assert result.e164 is None
    assert result.message.startswith(message)


def test_a_national_number_is_never_read_through_an_international_prefix():
    """phonenumbers reads a leading "09" as Mexico's international prefix (+81 234567)."""
    result = normalize_phone("09 8123 4567", "MX")
    assert result.e164 is None
    assert result.message.startswith("No es un número de México")


def test_the_selected_country_s_own_code_typed_without_plus_stays_in_that_country():
    assert normalize_phone("52 55 1234 5678", "MX").e164 == "+525512345678"
    us = normalize_phone("52 55 1234 5678", "US")
    assert us.e164 is None  # typed for the US: only a suggestion of Mexico
    assert us.suggestion is not None
    assert us.suggestion.e164 == "+525512345678"


@pytest.mark.parametrize(
    "pasted",
    [
        "Cel: 55 9876 5432",
        "Cel. (55) 9876-5432",
        "Tel: +52 55 9876 5432",
        "Teléfono: 55 9876 5432",
        "WhatsApp: +52 1 55 9876 5432",
        "Móvil 55 9876 5432",
        "tel:+525598765432",
        "5598765432\r\n",  # a spreadsheet cell
        "\t55 9876 5432\t",
    ],
)
def test_a_number_pasted_with_its_label_or_from_a_cell(pasted):
    assert normalize_phone(pasted, "MX").e164 == "+525598765432"


def test_only_a_leading_label_is_dropped():
    assert normalize_phone("55 9876 5432 cel", "MX").reason is PhoneReason.NOT_A_NUMBER
    assert normalize_phone("Celia 55 9876 5432", "MX").reason is PhoneReason.NOT_A_NUMBER


def test_no_offer_for_a_non_geographic_number():
    """+800 is valid but names no country: nothing to ask "¿Es un número de …?" about."""
    result = normalize_phone("800 1234 5678", "MX")
    assert result.e164 is None
    assert result.suggestion is None
