"""The import's report CSV never hands Excel a formula (tester t18: a phone cell
``=HYPERLINK("http://evil","x")`` was written as it was)."""

from __future__ import annotations

import csv

import pytest

from whaapy_contacts.services.import_record import ReportLine
from whaapy_contacts.services.import_report import inert, write_report


@pytest.mark.parametrize(
    "cell",
    ['=HYPERLINK("http://evil","x")', "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "\t=1", "\r=1",
     "=cmd|' /C calc'!A0 Ruiz"],
)  # fmt: skip
def test_a_cell_a_spreadsheet_would_run_gets_an_apostrophe(cell):
    assert inert(cell) == "'" + cell


@pytest.mark.parametrize(
    "cell", ["+52 1 55 1234 5678", "-", "+52 (55) 1234-5678", "Ana López", "55 12", ""]
)
def test_numbers_and_words_stay_as_typed(cell):
    assert inert(cell) == cell


def test_the_written_report_holds_no_formula(tmp_path):
    path = tmp_path / "reporte.csv"
    line = ReportLine(7, ("Lucía", '=HYPERLINK("http://evil","x")', "+52 1 55 6300 0000"),
                      "Lucía", "=HYPERLINK")  # fmt: skip
    write_report(path, ("Nombre", "Teléfono", "Otro"), [(line, ())], ";")
    with path.open(encoding="utf-8-sig", newline="") as read:
        rows = list(csv.reader(read, delimiter=";"))
    assert rows[1][:3] == ["Lucía", '\'=HYPERLINK("http://evil","x")', "+52 1 55 6300 0000"]
