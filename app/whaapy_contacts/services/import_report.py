"""The import's report: the rows that were not created, with the reason in Spanish, as a CSV
that opens in Excel with its accents (UTF-8 with BOM) and can be fixed and imported again."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from whaapy_contacts.domain.importing.checking import ALREADY_EXISTED, Reason, spoken
from whaapy_contacts.domain.outbox import AttentionReason, OutboxEntry, OutboxState
from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP, fill, template

if TYPE_CHECKING:
    from whaapy_contacts.services.import_record import ReportLine
    from whaapy_contacts.services.importing import Batch

CANCELLED = QT_TRANSLATE_NOOP("Messages", "No se envió: cancelaste la importación.")
DISCARDED = QT_TRANSLATE_NOOP(
    "Messages", "No se envió: se descartó en la lista de contactos antes de llegar a Whaapy."
)
STILL_SENDING = QT_TRANSLATE_NOOP(
    "Messages", "Todavía se está enviando; aparecerá en tus contactos cuando llegue."
)
NOT_FILLED = QT_TRANSLATE_NOOP(
    "Messages",
    "Ya existía, y sus campos vacíos no se pudieron completar: ábrelo en la lista "
    "(Requiere atención) para actualizarlo.",
)
REFUSED = template(QT_TRANSLATE_NOOP("Messages", "Whaapy no lo aceptó: %1"))
ROW_HEADER = QT_TRANSLATE_NOOP("Messages", "Fila")
REASON_HEADER = QT_TRANSLATE_NOOP("Messages", "Motivo")
SAVE_FAILED = template(QT_TRANSLATE_NOOP("Messages", "No se pudo guardar el reporte: %1"))


def left_out(batch: Batch) -> list[tuple[ReportLine, tuple[Reason, ...]]]:
    """Rows not created by this import, in file order: checked out before sending, or
    answered otherwise (already there, refused, cancelled)."""
    out: list[tuple[ReportLine, tuple[Reason, ...]]] = []
    for line in batch.record.lines:
        entry_id = line.entry_id
        if not entry_id:
            out.append((line, line.reasons))
            continue
        reason = DISCARDED if entry_id in batch.gone else ""
        reason = reason or _fate(entry_id in batch.cancelled, batch.entries.get(entry_id))
        if reason == ALREADY_EXISTED and batch.fill and entry_id not in batch.fill_failed:
            reason = STILL_SENDING  # its empty fields are being filled
        elif reason == ALREADY_EXISTED and batch.fill:
            reason = NOT_FILLED
        if reason:
            out.append((line, (("", reason),)))
    return out


def _fate(cancelled: bool, entry: OutboxEntry | None) -> str:
    """ "" when the contact was created."""
    if cancelled:
        return CANCELLED
    if entry is None or entry.state is OutboxState.PENDING:
        return STILL_SENDING
    if entry.state is OutboxState.SENT:
        return ""
    if entry.reason is AttentionReason.DUPLICATE:
        return ALREADY_EXISTED
    detail = "; ".join(m for msgs in entry.field_errors.values() for m in msgs)
    return fill(REFUSED, detail or entry.last_error)


def write_report(
    path: Path | str, headers: tuple[str, ...], rows: list[tuple[ReportLine, tuple[Reason, ...]]],
    delimiter: str = ",", translate: Callable[[str], str] = str,
) -> None:  # fmt: skip
    """The original columns, then the row number and the reason. ``translate`` turns a
    Spanish message into the UI's language (the report is read by the same person)."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter if delimiter in ",;\t" else ",")
        writer.writerow([*map(inert, headers), translate(ROW_HEADER), translate(REASON_HEADER)])
        for row, reason in rows:
            writer.writerow([*map(inert, row.cells), row.number, spoken(reason, translate)])


_FORMULA_START = ("=", "@", "\t", "\r")
_PHONE_LIKE = re.compile(r"[+-][\d\s().\-/]*")


def inert(cell: str) -> str:
    """A cell a spreadsheet would run as a formula (``=HYPERLINK(…)``, ``@SUM``, ``+cmd|…``)
    gets a leading apostrophe, as OWASP advises for CSV files: this report is meant to be
    opened in Excel (tester t18). A number written with its sign (+52 1 55…) stays as it is:
    it can't run anything, and the import reads it back as typed."""
    if cell.startswith(_FORMULA_START) or (
        cell.startswith(("+", "-")) and not _PHONE_LIKE.fullmatch(cell)
    ):
        return "'" + cell
    return cell
