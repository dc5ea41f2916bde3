"""Values of the account's own fields typed the Mexican way (domain/custom_fields.py): what
reads, as what, and what is refused (never guessed)."""

from __future__ import annotations

import pytest

from whaapy_contacts.domain.custom_fields import (
    FieldDefinition,
    Refused,
    fits,
    format_date,
    format_number,
    parse_date,
    parse_number,
    parse_whole,
)

NUMBERS = [
    ("1,500.50", 1500.5), ("1500,5", 1500.5), ("1500", 1500), ("1,500", 1500),
    ("1,500,000", 1500000), ("1.500.000", 1500000), ("1.500,50", 1500.5), ("$1,500", 1500),
    ("$ 2,000.00", 2000.0), ("-1,500.5", -1500.5), ("+5", 5), (".5", 0.5), ("1,50", 1.5),
    ("1.5", 1.5), ("0.125", 0.125), ("1234.567", 1234.567), ("1 500,50", 1500.5),
    ("1\u00a0500", 1500), ("0", 0), ("", None), ("   ", None),
]  # fmt: skip
REFUSED = [
    ("12abc", "letters"), ("1e5", "letters"), ("mil", "letters"), ("1,5,0", "format"),
    ("12,34,567", "format"), ("1,5.0", "format"), ("5.", "format"), ("--5", "format"),
    ("$", "format"), ("1,500.5.", "format"), ("٣", "format"), ("9" * 16, "too_long"),
    ("1,234,567,890,123.456", "too_long"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_numbers_typed_the_mexican_way(text, value):
    read = parse_number(text)
    assert read == value
    assert type(read) is type(value)


AMBIGUOUS = [
    ("1.500", ("1500", "1.5")), ("12.345", ("12345", "12.345")), ("-1.000", ("-1000", "-1")),
    ("$1.500", ("1500", "1.5")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "readings"), AMBIGUOUS)
def test_a_dot_before_three_digits_could_be_thousands_and_is_refused(text, readings):
    """Hallway test t17a, finding 10: "1.500" was read 1.5 with no word; some write 1500."""
    assert parse_number(text) == Refused("ambiguous", readings)


@pytest.mark.parametrize(
    ("text", "value"),
    [("30", 30), ("30.0", 30), ("1,500", 1500), ("30.5", Refused("not_whole")), ("", None),
     ("abc", Refused("letters"))],
)  # fmt: skip
def test_a_whole_number_field_refuses_decimals(text, value):
    read = parse_whole(text)
    assert read == value
    assert type(read) is type(value)


@pytest.mark.parametrize("value", [2.125, 1.5, 1500.5, 0.125, -12.345, 1500, 50000])
def test_every_number_shown_reads_back_as_itself(value):
    """ "2.125" would now be refused as maybe 2125: shown as "2.1250"."""
    assert parse_number(format_number(value)) == value


def test_a_whole_field_holds_only_whole_numbers():
    age = FieldDefinition("edad", "Edad", "number", whole=True)
    assert fits(age, 30)
    assert not fits(age, 30.5)
    assert not fits(age, 30.0)  # shown as "30.0", read back as 30: not the same JSON value


@pytest.mark.parametrize(("text", "reason"), REFUSED)
def test_what_is_not_a_number_is_refused_with_the_reason(text, reason):
    assert parse_number(text) == Refused(reason)


DATES = [
    ("31/12/1990", "1990-12-31"), ("1/3/1990", "1990-03-01"), ("31-12-1990", "1990-12-31"),
    ("31.12.1990", "1990-12-31"), ("31121990", "1990-12-31"), ("1990-12-31", "1990-12-31"),
    (" 29/02/2024 ", "2024-02-29"), ("", None),
]  # fmt: skip
BAD_DATES = [
    ("12/3/26", "short_year"), ("311290", "short_year"), ("31/02/2026", "no_such_date"),
    ("29/02/2025", "no_such_date"), ("32/01/2000", "no_such_date"), ("mañana", "letters"),
    ("12/2026", "format"), ("1990-12-31T00:00:00Z", "letters"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_dates_day_first(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(("text", "reason"), BAD_DATES)
def test_a_date_is_never_guessed(text, reason):
    assert parse_date(text) == Refused(reason)


def test_shown_as_read():
    assert format_number(1500.5) == "1,500.5"
    assert format_number(50000) == "50,000"
    assert format_date("1990-03-15") == "15/03/1990"


NUMBER, DATE = FieldDefinition("n", "N", "number"), FieldDefinition("d", "D", "date")
YES_NO = FieldDefinition("b", "B", "boolean")
CHOICE = FieldDefinition("s", "S", "select", (("Norte", "Norte"), (2, "Dos")))
TEXT = FieldDefinition("t", "T", "text")
FITS = [
    (NUMBER, 1500, True), (NUMBER, 1500.5, True), (NUMBER, 1500.0, True), (NUMBER, "1500", False),
    (NUMBER, True, False), (NUMBER, 1e20, False), (NUMBER, 10**17, False), (NUMBER, 1e-7, False),
    (DATE, "1990-03-15", True), (DATE, "1990-3-15", False), (DATE, "1990-02-30", False),
    (DATE, "1990-03-15T10:00:00Z", False), (DATE, 19900315, False),
    (YES_NO, True, True), (YES_NO, False, True), (YES_NO, 1, False), (YES_NO, "true", False),
    (CHOICE, "Norte", True), (CHOICE, 2, True), (CHOICE, "2", False), (CHOICE, "Oeste", False),
    (TEXT, "x", True), (TEXT, 5, False),
]  # fmt: skip


@pytest.mark.parametrize(("definition", "value", "shown"), FITS)
def test_a_value_goes_in_its_input_only_if_it_reads_back_the_same(definition, value, shown):
    assert fits(definition, value) is shown
