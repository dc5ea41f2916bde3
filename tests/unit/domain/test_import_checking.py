"""Rows through the form's rules: drafts, Spanish reasons, duplicates, amounts."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from whaapy_contacts.domain.importing.checking import (
    RowStatus,
    Settings,
    check_table,
    counts,
    mark_known,
    parse_amount,
)
from whaapy_contacts.domain.importing.mapping import guess_mapping
from whaapy_contacts.domain.importing.reading import read_csv_text, read_file

DATA = Path(__file__).parents[2] / "data" / "import"


def checked(name: str, **settings):
    table = read_file(DATA / name)
    return check_table(table, guess_mapping(table.headers), Settings(**settings))


def test_the_same_phone_written_three_ways_is_one_contact():
    rows = checked("three_ways.csv")
    assert [r.status for r in rows] == [
        RowStatus.NEW, RowStatus.DUPLICATE_IN_FILE, RowStatus.DUPLICATE_IN_FILE, RowStatus.NEW,
    ]  # fmt: skip
    assert rows[0].check.payload["phone_number"] == "+525512345678"
    assert rows[1].reason == "El mismo teléfono ya está en la fila 2 del archivo."
    assert rows[2].reason == "El mismo teléfono ya está en la fila 2 del archivo."


def test_spanish_excel_rows_become_what_the_form_would_send():
    rows = checked("excel_es_cp1252.csv", tag="Expo 2026", decimal_comma=True)
    first = rows[0].check.payload
    assert first["phone_number"] == "+525512345678"
    assert first["name"] == "José Muñoz Peña"
    assert first["company"] == "Panadería La Espiga"
    assert first["postal_code"] == "06700"
    assert first["deal_value"] == 1234.5
    assert first["source"] == "import"
    assert first["tags"] == ["Expo 2026"]
    assert rows[1].check.payload["deal_value"] == 250.75
    assert rows[2].status is RowStatus.NEW


def test_a_bad_row_says_every_reason_in_spanish():
    bad = checked("excel_es_cp1252.csv", decimal_comma=True)[3]
    assert bad.status is RowStatus.INVALID
    assert bad.number == 5
    assert "Valor del trato: «abc» no es una cantidad." in bad.reason
    assert "Teléfono: " in bad.reason
    assert "Correo: " in bad.reason


def test_vendors_exports_give_names_phones_and_tags():
    google = checked("google_contacts.csv")
    assert google[0].check.payload["name"] == "Lucía Hernández"
    assert google[0].check.payload["phone_number"] == "+525511112222"  # Phone 1 first
    assert google[0].check.payload["tags"] == ["Clientes"]  # not Google's "* myContacts"
    assert google[0].check.payload["company"] == "Dulcería Lupita"
    assert google[1].check.payload["phone_number"] == "+522225550101"
    outlook = checked("outlook_contacts.csv")
    assert outlook[0].check.payload["name"] == "Carmen Ruíz"
    assert outlook[0].check.payload["phone_number"] == "+525544443210"  # mobile over office
    assert outlook[0].check.payload["tags"] == ["Proveedores", "Expo"]
    assert outlook[1].check.payload["phone_number"] == "+529991234567"


def test_retired_mexican_forms_and_foreign_numbers():
    rows = checked("utf8_bom.csv")
    assert [r.check.payload.get("phone_number") for r in rows] == [
        "+525587654321", "+525522334455", "+14155552671",
    ]  # fmt: skip
    assert rows[0].check.payload["tags"] == ["Expo", "Mayoreo"]


def test_numbers_the_account_has_are_marked_as_already_there():
    rows = mark_known(checked("three_ways.csv"), {"525512345678"}.__contains__)
    assert rows[0].status is RowStatus.DUPLICATE_KNOWN
    assert rows[0].reason == "Ya existía: ese teléfono ya está en tus contactos."
    assert counts(rows).duplicate_known == 1
    assert counts(rows).new == 1


def test_a_skipped_row_is_left_out_with_its_reason():
    table = read_file(DATA / "three_ways.csv")
    rows = check_table(table, guess_mapping(table.headers), Settings(), skipped={2})
    assert rows[0].status is RowStatus.SKIPPED
    assert rows[1].status is RowStatus.NEW  # the next one with the number is the first now


@pytest.mark.parametrize(
    ("text", "decimal_comma", "value"),
    [
        ("1.234,50", True, 1234.5),
        ("1,234.50", False, 1234.5),
        ("250,75", True, 250.75),
        ("$ 1 500", True, 1500.0),
        ("1,500", False, 1500.0),
        ("1.500", True, 1500.0),
        ("12.5", False, 12.5),
        ("abc", True, None),
        ("", True, None),
    ],
)
def test_amounts_with_decimal_commas(text, decimal_comma, value):
    assert parse_amount(text, decimal_comma=decimal_comma) == value


def test_ten_thousand_rows_are_checked_quickly():
    lines = ["Nombre;Apellido;Celular;Correo"]
    lines += [
        f"Persona {i};Núñez;55 {i:04d} {i % 10000:04d};p{i}@example.com" for i in range(10_000)
    ]
    started = time.perf_counter()
    table = read_csv_text("\n".join(lines))
    rows = check_table(table, guess_mapping(table.headers), Settings())
    elapsed = time.perf_counter() - started
    assert len(rows) == 10_000
    assert counts(rows).new == 10_000
    assert elapsed < 10  # generous on a loaded machine; bench/bench_import.py measures it


def test_a_google_cell_with_several_values_takes_the_first_and_keeps_the_rest():
    """Tester t18: Google writes "+52 222 333 4444 ::: +52 222 333 5555"; the row was refused."""
    text = (
        "Name,Phone 1 - Value,E-mail 1 - Value,Notes\n"
        "Sofía Ruiz,+52 222 333 4444 ::: +52 222 333 5555,sofia@x.mx ::: sofia2@x.mx,Clienta\n"
    )
    table = read_csv_text(text)
    (row,) = check_table(table, guess_mapping(table.headers), Settings())
    assert row.status is RowStatus.NEW
    assert row.check.payload["phone_number"] == "+522223334444"
    assert row.check.payload["email"] == "sofia@x.mx"
    assert row.check.payload["notes"] == (
        "Clienta\nOtros teléfonos: +52 222 333 5555\nOtros correos: sofia2@x.mx"
    )
