"""Reading a CSV or .xlsx file into a table of text cells, with its encoding and separator.

A CSV's encoding is found in this order: a byte-order mark, strict UTF-8, then
charset-normalizer among the encodings Spanish spreadsheets are written in (Excel on Windows
writes Windows-1252; old systems DOS 850). Nothing is ever decoded with replacement characters:
Latin-1 decodes every byte, so it is the last resort, and the person sees the first rows and
can pick another encoding. The separator is sniffed (csv.Sniffer) among , ; tab and |.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from whaapy_contacts.domain.cleaning import clean_multiline
from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP, fill, template

# What the person can choose, in the order offered: codec name -> shown as.
ENCODINGS = ("utf-8", "cp1252", "latin-1", "cp850", "utf-16", "mac-roman")
DELIMITERS = (",", ";", "\t", "|")
MAX_BYTES = 50 * 1024 * 1024  # a contact list; anything bigger is not one

NOT_CSV = QT_TRANSLATE_NOOP(
    "Messages",
    "El archivo no se puede leer como tabla: revisa que sus comillas estén cerradas, o ábrelo en "
    "Excel y guárdalo de nuevo como .csv.",
)
NOT_READABLE = template(QT_TRANSLATE_NOOP("Messages", "No se pudo abrir el archivo: %1"))
NOT_A_TABLE = QT_TRANSLATE_NOOP(
    "Messages", "El archivo no tiene filas con datos. Revisa que sea la lista de contactos."
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "Messages", "El archivo es demasiado grande (más de 50 MB) para ser una lista de contactos."
)
BAD_XLSX = QT_TRANSLATE_NOOP(
    "Messages",
    "No se pudo leer el archivo de Excel. Ábrelo en Excel y guárdalo de nuevo como .xlsx o .csv.",
)
OLD_XLS = QT_TRANSLATE_NOOP(
    "Messages",
    "Los archivos .xls (Excel 97-2003) no se pueden leer. En Excel, guárdalo como .xlsx o .csv.",
)
WRONG_ENCODING = template(
    QT_TRANSLATE_NOOP("Messages", "El archivo no se puede leer como %1. Elige otra codificación.")
)
COLUMN = template(QT_TRANSLATE_NOOP("Messages", "Columna %1"))

_WESTERN = ["cp1252", "cp850", "latin_1", "mac_roman", "utf_16"]


class ReadError(Exception):
    """The file can't be read as a table; ``message`` is Spanish, for the person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Table:
    """A sheet as text. ``rows`` are (row number in the file, cells), blank rows left out."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    encoding: str = ""  # "" for .xlsx
    delimiter: str = ""
    sheets: tuple[str, ...] = ()
    sheet: str = ""
    header_row: int = 1


def read_file(
    path: Path | str,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> Table:
    """The file as a table; ``encoding``/``delimiter``/``sheet`` override what was detected."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ReadError(OLD_XLS)
    if suffix in (".xlsx", ".xlsm"):
        from whaapy_contacts.domain.importing.xlsx import read_xlsx  # noqa: PLC0415 - heavy

        return read_xlsx(path, sheet)
    data = _read_bytes(path)
    text, used = decode(data, encoding)
    return read_csv_text(text, delimiter, used)


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ReadError(TOO_BIG)
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(fill(NOT_READABLE, exc.strerror or str(exc))) from exc


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, codec used). A chosen ``encoding`` that does not fit is a ReadError."""
    if encoding:
        try:
            return _strip_bom(data.decode(_with_bom(encoding, data))), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise ReadError(fill(WRONG_ENCODING, encoding)) from exc
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strip_bom(data.decode("utf-16")), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guessed = _guess(data)
    return data.decode(guessed), guessed


def _with_bom(encoding: str, data: bytes) -> str:
    return "utf-8-sig" if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8) else encoding


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _guess(data: bytes) -> str:
    """Not UTF-8: charset-normalizer among the Western encodings; Windows-1252 when it is
    unsure and the bytes fit it (what Excel in Spanish writes), else Latin-1 (any byte)."""
    from charset_normalizer import from_bytes  # noqa: PLC0415 - only for non-UTF-8 files

    best = from_bytes(data[:200_000], cp_isolation=_WESTERN).best()
    name = best.encoding if best is not None else "cp1252"
    if name in ("latin_1", "cp1252", "iso8859_15"):
        name = "cp1252"  # the same letters; cp1252 also has € “ ” – —
    try:
        data.decode(name)
    except UnicodeDecodeError:
        return "latin-1"
    return name.replace("_", "-")


def sniff_delimiter(text: str) -> str:
    """The separator of a CSV text: csv.Sniffer on the first lines, else the most frequent."""
    sample = "\n".join(text.splitlines()[:20])
    try:
        found = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        found = ""
    if found in DELIMITERS:
        return found
    first = sample.split("\n", 1)[0]
    return max(DELIMITERS, key=first.count)


def read_csv_text(text: str, delimiter: str | None = None, encoding: str = "utf-8") -> Table:
    delimiter = delimiter or sniff_delimiter(text)
    # A cell may be as big as the file allowed (a long note): the csv module's 128 KB limit
    # made such a file "No se pudo abrir el archivo: Error" (tester t18); the row's own
    # checks then say what is too long.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [(number, row) for number, row in enumerate(reader, start=1)]
    except csv.Error as exc:
        raise ReadError(NOT_CSV) from exc
    return table_from_rows(rows, encoding=encoding, delimiter=delimiter)


def table_from_rows(rows: Iterable[tuple[int, Sequence[str]]], **about: object) -> Table:
    """Headers are the first row with two different values (a title above is skipped, also
    one merged over the columns);
    blank rows are left out; extra cells past the headers get a column of their own."""
    cleaned = [(n, tuple(_cell(c) for c in cells)) for n, cells in rows]
    filled = [(n, cells) for n, cells in cleaned if any(cells)]
    if not filled:
        raise ReadError(NOT_A_TABLE)
    start = next((i for i, (_n, c) in enumerate(filled) if len(set(c) - {""}) >= 2), 0)
    header_row, header_cells = filled[start]
    data = filled[start + 1 :]
    width = max([len(header_cells), *(len(c) for _n, c in data)])
    headers = unique_headers(header_cells, width)
    body = tuple((n, c + ("",) * (width - len(c))) for n, c in data)
    return Table(headers, body, header_row=header_row, **about)  # type: ignore[arg-type]


def _cell(value: str) -> str:
    return clean_multiline(value).strip()


def unique_headers(cells: Sequence[str], width: int) -> tuple[str, ...]:
    """Every column named: an empty header is "Columna N", a repeated one "Nombre (2)"."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for index in range(width):
        name = " ".join(cells[index].split()) if index < len(cells) else ""
        name = name or fill(COLUMN, index + 1)
        key = name.casefold()
        seen[key] = seen.get(key, 0) + 1
        out.append(name if seen[key] == 1 else f"{name} ({seen[key]})")
    return tuple(out)
