"""Reading real-shaped spreadsheets: encodings, separators, vendors' exports, .xlsx."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from whaapy_contacts.domain.importing.mapping import Target, guess_mapping
from whaapy_contacts.domain.importing.reading import ReadError, decode, read_csv_text, read_file

DATA = Path(__file__).parents[2] / "data" / "import"


def test_spanish_excel_csv_in_windows_1252_keeps_every_accent():
    table = read_file(DATA / "excel_es_cp1252.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.headers[2] == "Teléfono"
    number, cells = table.rows[0]
    assert number == 2
    assert cells[:2] == ("José", "Muñoz Peña")
    assert cells[4] == "Panadería La Espiga"
    assert cells[8] == "1.234,50"  # a decimal comma is not a separator
    assert "Ã" not in "".join(c for _n, row in table.rows for c in row)


def test_a_chosen_encoding_wins_and_a_wrong_one_is_said_in_spanish():
    data = (DATA / "excel_es_cp1252.csv").read_bytes()
    assert decode(data, "latin-1")[0].startswith("Nombre;Apellidos;Teléfono")
    with pytest.raises(ReadError) as caught:
        decode(data, "utf-8")
    assert caught.value.message == (
        "El archivo no se puede leer como utf-8. Elige otra codificación."
    )


def test_utf8_with_bom_loses_the_mark_and_keeps_quoted_commas():
    table = read_file(DATA / "utf8_bom.csv")
    assert (table.encoding, table.delimiter) == ("utf-8", ",")
    assert table.headers[0] == "Nombre completo"  # no U+FEFF glued to it
    assert table.rows[0][1] == (
        "Ana López",
        "+52 1 55 8765 4321",
        "ana@example.com",
        "Expo, Mayoreo",
    )


def test_google_contacts_export_is_mapped_by_its_own_headers():
    table = read_file(DATA / "google_contacts.csv")
    mapping = dict(zip(table.headers, guess_mapping(table.headers), strict=True))
    assert mapping["Name"] is Target.NAME
    assert mapping["Given Name"] is Target.IGNORE  # the full name is there already
    assert mapping["Phone 1 - Value"] is Target.PHONE
    assert mapping["Phone 2 - Value"] is Target.PHONE
    assert mapping["Phone 1 - Type"] is Target.IGNORE
    assert mapping["E-mail 1 - Value"] is Target.EMAIL
    assert mapping["Organization 1 - Name"] is Target.COMPANY
    assert mapping["Address 1 - Postal Code"] is Target.POSTAL_CODE
    assert mapping["Group Membership"] is Target.TAGS


def test_outlook_export_is_mapped_by_its_own_headers():
    table = read_file(DATA / "outlook_contacts.csv")
    mapping = dict(zip(table.headers, guess_mapping(table.headers), strict=True))
    for header in ("First Name",):
        assert mapping[header] is Target.FIRST_NAME
    assert mapping["Last Name"] is Target.LAST_NAME
    assert mapping["Mobile Phone"] is Target.PHONE
    assert mapping["Business Phone"] is Target.PHONE
    assert mapping["E-mail Address"] is Target.EMAIL
    assert mapping["Company"] is Target.COMPANY
    assert mapping["Business City"] is Target.CITY
    assert mapping["Categories"] is Target.TAGS


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Nombre", Target.FIRST_NAME),
        ("Apellido(s)", Target.LAST_NAME),
        ("TELÉFONO", Target.PHONE),
        ("Celular", Target.PHONE),
        ("Móvil", Target.PHONE),
        ("WhatsApp", Target.PHONE),
        ("Correo electrónico", Target.EMAIL),
        ("Empresa", Target.COMPANY),
        ("Ciudad", Target.CITY),
        ("Estado", Target.STATE),
        ("C.P.", Target.POSTAL_CODE),
        ("Etiquetas", Target.TAGS),
        ("Notas", Target.NOTES),
        ("Cumpleaños", Target.IGNORE),
    ],
)
def test_spanish_headers_are_guessed(header, target):
    assert guess_mapping([header]) == (target,)


@pytest.fixture
def merged_xlsx(tmp_path) -> Path:
    """As a colleague's Excel comes: a title merged over the columns, "Teléfono" merged over
    two columns (mobile and office), blank rows, numbers stored as numbers."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Expo GDL"
    ws.append(["Contactos Expo Guadalajara 2026"])
    ws.merge_cells("A1:E1")
    ws.append(["Nombre", "Apellido", "Teléfono", None, "Correo"])
    ws.merge_cells("C2:D2")
    ws.append(["Ximena", "Peñaloza", 3312345678, None, "xime@example.com"])
    ws.append([])
    ws.append([None, None, None, None, None])
    ws.append(["Óscar", "Zúñiga", None, "33 3615 2000", ""])
    book.create_sheet("Otra hoja").append(["Nombre", "Celular"])
    path = tmp_path / "expo.xlsx"
    book.save(path)
    return path


def test_xlsx_with_merged_headers_and_blank_rows(merged_xlsx):
    table = read_file(merged_xlsx)
    assert table.sheets == ("Expo GDL", "Otra hoja")
    assert table.header_row == 2
    assert table.headers == ("Nombre", "Apellido", "Teléfono", "Teléfono (2)", "Correo")
    assert guess_mapping(table.headers)[2:4] == (Target.PHONE, Target.PHONE)
    assert [n for n, _c in table.rows] == [3, 6]  # the blank rows are left out, numbers kept
    assert table.rows[0][1][2] == "3312345678"  # not 3312345678.0
    assert table.rows[1][1][3] == "33 3615 2000"


def test_old_xls_and_empty_files_are_refused_in_spanish(tmp_path):
    old = tmp_path / "viejo.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ReadError, match=r"^Los archivos \.xls \(Excel 97-2003\) no se pueden"):
        read_file(old)
    empty = tmp_path / "vacio.csv"
    empty.write_bytes(b"\r\n;;\r\n")
    with pytest.raises(ReadError, match=r"^El archivo no tiene filas con datos"):
        read_file(empty)


def test_a_huge_cell_is_read_not_refused_with_a_python_word(tmp_path):
    """Tester t18: a 2,000,000-character note said "No se pudo abrir el archivo: Error"."""
    path = tmp_path / "grande.csv"
    path.write_text("Nombre,Teléfono,Notas\nAna,55 1234 5678," + "x" * 2_000_000 + "\n")
    table = read_file(path)
    _number, cells = table.rows[0]
    assert len(cells[2]) == 2_000_000


def test_a_table_the_csv_reader_cant_take_says_so_in_spanish(monkeypatch):
    def refusing(*_args, **_kwargs):
        yield from ()
        raise csv.Error("field larger than field limit (131072)")

    monkeypatch.setattr(csv, "reader", refusing)
    with pytest.raises(ReadError) as refused:
        read_csv_text("a,b\n1,2\n", ",")
    assert "no se puede leer como tabla" in str(refused.value)
    assert "Error" not in str(refused.value)
