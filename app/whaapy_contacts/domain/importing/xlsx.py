"""Reading an .xlsx sheet (openpyxl): merged header cells spread over their columns."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

from whaapy_contacts.domain.importing.reading import (
    BAD_XLSX,
    NOT_READABLE,
    ReadError,
    Table,
    table_from_rows,
)
from whaapy_contacts.domain.texts import fill


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    """The named sheet, or the first one with a list (a header and rows under it). A merged
    cell's value is repeated over its range, so a header merged over two columns names both
    (the second as "Nombre (2)")."""
    import openpyxl  # type: ignore[import-untyped]  # noqa: PLC0415 - ~100 ms, only for .xlsx

    try:
        book = openpyxl.load_workbook(path, read_only=False, data_only=True)
    except OSError as exc:
        raise ReadError(fill(NOT_READABLE, exc.strerror or str(exc))) from exc
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(BAD_XLSX) from exc
    try:
        names = tuple(book.sheetnames)
        chosen = [book[sheet]] if sheet in names else book.worksheets
        tables = (_table(ws, names) for ws in chosen)
        first = next(tables)
        table = first if first.rows else next((t for t in tables if t.rows), first)
    finally:
        book.close()
    return table


def _table(ws: Any, names: tuple[str, ...]) -> Table:
    try:
        return table_from_rows(enumerate(_grid(ws), start=1), sheets=names, sheet=ws.title)
    except ReadError:  # an empty sheet: a table without rows, so another can be chosen
        return Table((), (), sheets=names, sheet=ws.title)


def _grid(ws: Any) -> list[list[str]]:
    grid = [[_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    for merged in ws.merged_cells.ranges:
        value = grid[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
            for c in range(merged.min_col - 1, merged.max_col):
                if c < len(grid[r]):
                    grid[r][c] = value
    return grid


def _text(value: object) -> str:
    """A cell as the person sees it: 5512345678.0 is "5512345678", a date is day/month/year."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Sí" if value else "No"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y") if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)
