"""Invisible formatting and control characters never survive typing or pasting."""

import pytest

from whaapy_contacts.domain.cleaning import clean_line, clean_multiline, is_clean_line


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u202a+52 1 55 9876 5432\u202c", "+52 1 55 9876 5432"),
        ("\u200e+52 55 1234 5678\u200f", "+52 55 1234 5678"),
        ("Ana\u200bLópez", "AnaLópez"),
        ("\ufeffJuan", "Juan"),
        ("Juan\x00Pérez", "JuanPérez"),
        ("Juan\tPérez\r\n", "Juan Pérez "),
        ("Jose\u0301", "José"),  # decomposed accent composes
        ("55\u00a01234\u202f5678", "55 1234 5678"),
        ("plain text", "plain text"),
    ],
)
def test_clean_line(raw: str, expected: str) -> None:
    assert clean_line(raw) == expected
    assert is_clean_line(expected)


def test_clean_multiline_keeps_line_breaks_and_drops_the_rest() -> None:
    assert clean_multiline("uno\r\ndos\u2028tres\x07\u200e") == "uno\ndos\ntres"
