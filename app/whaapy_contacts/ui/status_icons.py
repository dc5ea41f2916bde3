"""Status icons drawn in code: a distinct shape for each state, so colour is never the only cue."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from whaapy_contacts.domain.outbox import OutboxState

_SIZES = (16, 24, 32, 48, 64)  # crisp at 1×–2× in the list (16) and the details (~20)


def _pen(color: str, width: float) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _draw_sent(p: QPainter, s: float) -> None:
    """A filled green disc with a white tick."""
    p.setBrush(QColor("#1e7d32"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1))
    p.setPen(_pen("white", s * 0.13))
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


_PAINTERS = {
    OutboxState.SENT: _draw_sent,
    OutboxState.PENDING: _draw_pending,
    OutboxState.ATTENTION: _draw_attention,
}


@cache
def status_icon(state: OutboxState) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _PAINTERS[state](painter, float(size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
