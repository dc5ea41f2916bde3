"""Icons drawn in code: a distinct shape for each state, so colour is never the only cue.

``status_icon`` marks a contact's delivery state; ``message_icon`` marks banners and the
messages under fields (error, note, hint). Drawn rather than taken from the style: asking the
style from Python made PySide6 build its QStyle bindings, about 6 ms of start-up. The message
icons are in the first frame (the practice banner), so they are drawn with filled shapes only:
pen styles would make PySide6 build its ``Qt`` namespace, ~15 ms (bench/bench_startup.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Literal

from PySide6 import QtCore
from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from whaapy_contacts.domain.outbox import OutboxState

_SIZES = (16, 24, 32, 48, 64)  # crisp at 1×–2× in the list (16) and the details (~20)
SMALL_ICON = 16  # logical px: list rows, banners, field messages


def _pen(color: str, width: float) -> QPen:
    """For the list's status icons only (after the first paint): see the module's docstring."""
    pen = QPen(QColor(color), width)
    pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
    return pen


def _fill(p: QPainter, color: str, add: Callable[[QPainterPath], None]) -> None:
    path = QPainterPath()
    add(path)
    p.fillPath(path, QColor(color))


def _bar(p: QPainter, color: str, x: float, top: float, bottom: float, *, width: float) -> None:
    """What a round-capped line from (x, top) to (x, bottom) draws, as a filled shape."""
    r = width / 2
    box = QRectF(x - r, top - r, width, bottom - top + width)
    _fill(p, color, lambda path: path.addRoundedRect(box, r, r))


def _dot(p: QPainter, color: str, x: float, y: float, width: float) -> None:
    """What a round-capped point of ``width`` draws."""
    r = width / 2
    _fill(p, color, lambda path: path.addEllipse(QPointF(x, y), r, r))


def _disc(p: QPainter, s: float, color: str) -> None:
    """A filled disc of ``color``."""
    _fill(p, color, lambda path: path.addEllipse(QRectF(0.5, 0.5, s - 1, s - 1)))


def _draw_sent(p: QPainter, s: float) -> None:
    """A filled green disc with a white tick."""
    _disc(p, s, "#1e7d32")
    tick = QPainterPath(QPointF(s * 0.27, s * 0.52))
    tick.lineTo(s * 0.44, s * 0.69)
    tick.lineTo(s * 0.74, s * 0.34)
    p.strokePath(tick, _pen("white", s * 0.13))


def _draw_pending(p: QPainter, s: float) -> None:
    """A clock face: a ring with two hands."""
    p.setBrush(QColor("#e3ecf7"))
    p.setPen(_pen("#2b5797", s * 0.1))
    p.drawEllipse(QRectF(s * 0.08, s * 0.08, s * 0.84, s * 0.84))
    centre = QPointF(s / 2, s / 2)
    p.drawLine(centre, QPointF(s / 2, s * 0.25))
    p.drawLine(centre, QPointF(s * 0.7, s * 0.6))


def _draw_attention(p: QPainter, s: float) -> None:
    """An amber warning triangle with an exclamation mark."""
    triangle = QPolygonF([QPointF(s / 2, s * 0.04), QPointF(s * 0.97, s * 0.93),
                          QPointF(s * 0.03, s * 0.93)])  # fmt: skip
    p.setBrush(QColor("#f0a30a"))
    p.setPen(QPen(QColor("#7a4d00"), s * 0.06))
    p.drawPolygon(triangle)
    _bar(p, "#2b1a00", s / 2, s * 0.36, s * 0.6, width=s * 0.12)
    _dot(p, "#2b1a00", s / 2, s * 0.78, s * 0.12)


def _draw_error(p: QPainter, s: float) -> None:
    """A red disc with a white exclamation mark."""
    _disc(p, s, "#c50f1f")
    _bar(p, "white", s / 2, s * 0.24, s * 0.56, width=s * 0.13)
    _dot(p, "white", s / 2, s * 0.76, s * 0.13)


def _draw_note(p: QPainter, s: float) -> None:
    """A blue disc with a white "i"."""
    _disc(p, s, "#2b5797")
    _dot(p, "white", s / 2, s * 0.27, s * 0.13)
    _bar(p, "white", s / 2, s * 0.45, s * 0.76, width=s * 0.13)


Painter = Callable[[QPainter, float], None]

_PAINTERS: dict[str, Painter] = {  # by OutboxState value (the domain loads after the paint)
    "sent": _draw_sent,
    "pending": _draw_pending,
    "attention": _draw_attention,
}

_MESSAGE_PAINTERS: dict[str, Painter] = {
    "error": _draw_error,
    "note": _draw_note,
    "warning": _draw_attention,
}


def _icon(draw: Painter) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter, float(size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def status_icon(state: OutboxState) -> QIcon:
    return _icon(_PAINTERS[state.value])


@cache
def message_icon(kind: Literal["error", "note", "warning"]) -> QIcon:
    return _icon(_MESSAGE_PAINTERS[kind])


def small_pixmap(icon: QIcon, widget: QWidget) -> QPixmap:
    """``icon`` at the small-icon size (16 logical px), sharp on the widget's screen."""
    return icon.pixmap(QSize(SMALL_ICON, SMALL_ICON), widget.devicePixelRatioF())
