"""Icons drawn in code: a distinct shape for each state, so colour is never the only cue.

``status_icon`` marks a contact's delivery state; ``message_icon`` marks banners and the
messages under fields (error, note, hint). Drawn rather than taken from the style: asking the
style from Python made PySide6 build its QStyle bindings, about 6 ms of start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Literal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QWidget

from whaapy_contacts.domain.outbox import OutboxState

_SIZES = (16, 24, 32, 48, 64)  # crisp at 1×–2× in the list (16) and the details (~20)
SMALL_ICON = 16  # logical px: list rows, banners, field messages


def _pen(color: str, width: float) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _disc(p: QPainter, s: float, color: str) -> None:
    """A filled disc of ``color``; leaves a white pen for the mark on it."""
    p.setBrush(QColor(color))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1))
    p.setPen(_pen("white", s * 0.13))


def _draw_sent(p: QPainter, s: float) -> None:
    """A filled green disc with a white tick."""
    _disc(p, s, "#1e7d32")
    tick = QPainterPath(QPointF(s * 0.27, s * 0.52))
    tick.lineTo(s * 0.44, s * 0.69)
    tick.lineTo(s * 0.74, s * 0.34)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(tick)


def _draw_pending(p: QPainter, s: float) -> None:
    """A clock face: a ring with two hands."""
    p.setBrush(QColor("#e3ecf7"))
    p.setPen(_pen("#2b5797", s * 0.1))
    p.drawEllipse(QRectF(s * 0.08, s * 0.08, s * 0.84, s * 0.84))
    p.setPen(_pen("#2b5797", s * 0.1))
    centre = QPointF(s / 2, s / 2)
    p.drawLine(centre, QPointF(s / 2, s * 0.25))
    p.drawLine(centre, QPointF(s * 0.7, s * 0.6))


def _draw_attention(p: QPainter, s: float) -> None:
    """An amber warning triangle with an exclamation mark."""
    triangle = QPolygonF([QPointF(s / 2, s * 0.04), QPointF(s * 0.97, s * 0.93),
                          QPointF(s * 0.03, s * 0.93)])  # fmt: skip
    p.setBrush(QColor("#f0a30a"))
    p.setPen(_pen("#7a4d00", s * 0.06))
    p.drawPolygon(triangle)
    p.setPen(_pen("#2b1a00", s * 0.12))
    p.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.6))
    p.drawPoint(QPointF(s / 2, s * 0.78))


def _draw_error(p: QPainter, s: float) -> None:
    """A red disc with a white exclamation mark."""
    _disc(p, s, "#c50f1f")
    p.drawLine(QPointF(s / 2, s * 0.24), QPointF(s / 2, s * 0.56))
    p.drawPoint(QPointF(s / 2, s * 0.76))


def _draw_note(p: QPainter, s: float) -> None:
    """A blue disc with a white "i"."""
    _disc(p, s, "#2b5797")
    p.drawPoint(QPointF(s / 2, s * 0.27))
    p.drawLine(QPointF(s / 2, s * 0.45), QPointF(s / 2, s * 0.76))


Painter = Callable[[QPainter, float], None]

_PAINTERS: dict[OutboxState, Painter] = {
    OutboxState.SENT: _draw_sent,
    OutboxState.PENDING: _draw_pending,
    OutboxState.ATTENTION: _draw_attention,
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
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter, float(size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def status_icon(state: OutboxState) -> QIcon:
    return _icon(_PAINTERS[state])


@cache
def message_icon(kind: Literal["error", "note", "warning"]) -> QIcon:
    return _icon(_MESSAGE_PAINTERS[kind])


def small_pixmap(icon: QIcon, widget: QWidget) -> QPixmap:
    """``icon`` at the small-icon size (16 logical px), sharp on the widget's screen."""
    return icon.pixmap(QSize(SMALL_ICON, SMALL_ICON), widget.devicePixelRatioF())
