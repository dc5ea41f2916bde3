"""Numbers as Mexicans read them: one display function, typing forms, and search by phone."""

from __future__ import annotations

import pytest

from whaapy_contacts.domain.phone import format_international
from whaapy_contacts.domain.phone_format import search_fragments, typing_split
from whaapy_contacts.domain.recent import filter_rows, make_row, row_filters, server_search_text


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+525512345678", "+52 55 1234 5678"),
        ("+5215512345678", "+52 55 1234 5678"),  # the old mobile 1, as other tools store it
        ("+5218112345678", "+52 81 1234 5678"),  # was "+52 18112345678"
        ("5218112345678", "+52 81 1234 5678"),  # without the +, as the server may send it
        ("+529981234567", "+52 998 123 4567"),
        ("+12015550123", "+1 201-555-0123"),
        ("\u202a+52 55 1234 5678\u202c", "+52 55 1234 5678"),
        ("not a phone", "not a phone"),
        ("", ""),
    ],
)
def test_one_display_function_for_every_stored_form(stored, shown):
    assert format_international(stored) == shown


@pytest.mark.parametrize(
    ("typed", "region", "split"),
    [
        ("+5215", "MX", ("+52 1", "5")),
        ("+52155", "US", ("+52 1", "55")),  # +52 is Mexico whatever is picked
        ("0052155", "MX", ("00 52 1", "55")),
        ("0443", "MX", ("044", "3")),
        ("0453", "MX", ("045", "3")),
        ("0155", "MX", ("01", "55")),
        ("52155", "MX", ("52 1", "55")),
        ("5255", "MX", ("52", "55")),
        ("155", "MX", ("1", "55")),
        ("04", "MX", None),
        ("5512", "MX", None),
        ("+5255", "MX", None),
        ("155", "US", None),
    ],
)
def test_retired_prefixes_are_split_off_while_typing(typed, region, split):
    assert typing_split(typed, region) == split


ROWS = [
    make_row("a", name="Ana", phone="+525534567890"),
    make_row("b", name="Beto", phone="+5215598765432"),  # stored with the old 1 elsewhere
    make_row("c", name="Caro", phone="+12015550123"),
]


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("044 55 3456", ["Ana"]),  # issue 13: it found nothing
        ("045 55 9876", ["Beto"]),
        ("01 55 3456", ["Ana"]),
        ("+52 1 55 9876", ["Beto"]),
        ("52 1 55 9876", ["Beto"]),
        ("00 52 55 3456", ["Ana"]),
        ("0052 1 55 9876", ["Beto"]),
        ("1 55 9876 5432", ["Beto"]),
        ("(55) 3456-7890", ["Ana"]),
        ("55\u20113456", ["Ana"]),  # a non-breaking hyphen
        ("\u202a+52 1 55 9876 5432\u202c", ["Beto"]),  # copied from WhatsApp
        ("\u200e55 3456\u200f", ["Ana"]),
        ("5534", ["Ana"]),
        ("1 201 555", ["Caro"]),
    ],
)
def test_search_by_phone_reads_numbers_as_the_form_does(query, names):
    assert [r.name for r in filter_rows(ROWS, row_filters(query))] == names


def test_search_fragments_keep_the_typed_digits_first():
    assert search_fragments("044 55 3456") == ("044553456", "553456")
    assert search_fragments("+52 1 55 12") == ("5215512", "525512")
    assert search_fragments("hola") == ()


def test_the_server_is_asked_for_the_digits_past_the_prefix():
    assert server_search_text("044 55 3456") == "553456"
    assert server_search_text("\u202a+52 1 55 9876\u202c") == "52559876"
    assert server_search_text("Ana López") == "Ana López"
