"""A country column holding names (issue 18): each name to its code, and the row's country reads
its phone; a name we can't tell is a row refused with the reason, never a guess."""

from __future__ import annotations

import pytest

from whaapy_contacts.domain.importing.checking import RowStatus, Settings, check_table
from whaapy_contacts.domain.importing.countries import country_code
from whaapy_contacts.domain.importing.mapping import guess_mapping
from whaapy_contacts.domain.importing.reading import read_csv_text


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("México", "MX"), ("Mexico", "MX"), ("MÉXICO", "MX"), ("méxico ", "MX"), ("mx", "MX"),
        ("MEX", "MX"), ("Estados Unidos", "US"), ("EE.UU.", "US"), ("EE. UU.", "US"),
        ("EEUU", "US"), ("USA", "US"), ("U.S.A.", "US"), ("United States", "US"),
        ("Estados Unidos de América", "US"), ("España", "ES"), ("espana", "ES"), ("Spain", "ES"),
        ("Colombia", "CO"), ("Guatemala", "GT"), ("Perú", "PE"), ("Brasil", "BR"),
        ("Brazil", "BR"), ("República Dominicana", "DO"), ("Reino Unido", "GB"), ("UK", "GB"),
        ("Costa Rica", "CR"), ("El Salvador", "SV"), ("Canadá", "CA"), ("Alemania", "DE"),
        ("Germany", "DE"),
    ],
)  # fmt: skip
def test_a_countrys_name_in_spanish_or_english_is_its_code(cell, code):
    assert country_code(cell) == code


@pytest.mark.parametrize(
    "cell", ["Narnia", "XX", "Latinoamérica", "América", "123", "Méx-ico City"]
)
def test_what_is_not_surely_a_country_is_not_guessed(cell):
    assert country_code(cell) is None


def rows_of(text: str, region: str = "MX"):
    table = read_csv_text(text)
    return check_table(table, guess_mapping(table.headers), Settings(region=region))


def test_the_rows_country_reads_its_phone_and_an_unknown_one_is_refused_with_the_cell():
    rows = rows_of(
        "Nombre;Teléfono;País\n"
        "Ana;55 1234 5678;México\n"
        "Bob;212 555 0123;Estados Unidos\n"
        "Carla;612 345 678;ESPAÑA\n"
        "Dani;301 234 5678;colombia\n"
        "Eva;5123 4567;Guatemala\n"
        "Fer;55 1234 5679;Narnia\n"
        "Gil;55 1234 5670;\n"
    )
    sent = [(r.check.payload.get("phone_number"), r.check.payload.get("country")) for r in rows]
    assert sent[:5] == [
        ("+525512345678", "MX"), ("+12125550123", "US"), ("+34612345678", "ES"),
        ("+573012345678", "CO"), ("+50251234567", "GT"),
    ]  # fmt: skip
    assert [r.status for r in rows[:5]] == [RowStatus.NEW] * 5
    assert rows[5].status is RowStatus.INVALID
    assert rows[5].reason == (
        "País: No se reconoce el país «Narnia». Escribe su nombre (México, Colombia…) o su "
        "código de 2 letras (MX, CO)."
    )
    assert sent[6] == ("+525512345670", "MX")  # no country: the one chosen for the file


def test_without_the_rows_country_the_same_digits_are_read_as_the_chosen_countrys():
    rows = rows_of("Nombre;Teléfono\nBob;212 555 0123\n")
    assert rows[0].status is RowStatus.INVALID  # not a Mexican number
