"""The recent list's column widths: a name keeps its room in a narrow window (1024 px)."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QTableView

from whaapy_contacts.ui.common.status_icons import SMALL_ICON

NAME_MIN_PX = 180  # what the name column keeps before the others give way


def status_width(table: QTableView, least: int) -> int:
    """Wide enough for the icon and the longest state ("Requiere atención"), in any font."""
    from whaapy_contacts.domain.outbox import OutboxState  # noqa: PLC0415 - after the paint
    from whaapy_contacts.ui.recent.text import status_text  # noqa: PLC0415 - the same

    metrics = table.fontMetrics()
    texts = [status_text(state) for state in OutboxState]
    texts.append(status_text(OutboxState.SENT, practice=True))
    text = max(metrics.horizontalAdvance(t) for t in texts)
    return max(least, text + SMALL_ICON + 4 * metrics.averageCharWidth())


def fit_columns(table: QTableView, widths: tuple[int, ...], width: int | None = None) -> None:
    """A narrow window squeezed the names while the other columns kept their widths: those
    give way first, each down to its minimum, so a name keeps NAME_MIN_PX; the send status
    last of all, so it is read whole while the others can give ("Guardado (prácti…" with
    "Más datos" open, hallway test, finding 9). ``widths`` are the natural widths (the first,
    the name's, stretches); ``width`` the rows' area, if known."""
    columns = range(1, len(widths))
    natural = [*widths[1:-1], status_width(table, widths[-1])]
    lowest = [_minimum(table, c, n, len(widths)) for c, n in zip(columns, natural, strict=True)]
    width = table.horizontalHeader().width() if width is None else width
    excess = sum(natural) + NAME_MIN_PX - width
    fitted = _give_way(natural[:-1], lowest[:-1], excess)
    fitted += _give_way(natural[-1:], lowest[-1:], excess - (sum(natural[:-1]) - sum(fitted)))
    for column, wide in zip(columns, fitted, strict=True):
        table.setColumnWidth(column, wide)


def _give_way(natural: list[int], lowest: list[int], excess: float) -> list[int]:
    """Each column shrunk by the same share of its room, until ``excess`` is taken."""
    room = sum(n - m for n, m in zip(natural, lowest, strict=True))
    share = min(1.0, max(0.0, excess / room)) if room else 0.0
    # Down, not to the nearest: rounding each column up could take the name's last pixel.
    return [math.floor(n - (n - m) * share) for n, m in zip(natural, lowest, strict=True)]


def _minimum(table: QTableView, column: int, natural: int, count: int) -> int:
    metrics = table.fontMetrics()
    if column == 1:  # the phone is never cut: "+52 55 1234 5678"
        return min(natural, metrics.horizontalAdvance("+52 55 1234 5678") + 16)
    if column == count - 1:  # the icon and a few letters; the rest elided (full in the tooltip)
        return SMALL_ICON + 8 * metrics.averageCharWidth()
    return min(natural, 7 * metrics.averageCharWidth())
