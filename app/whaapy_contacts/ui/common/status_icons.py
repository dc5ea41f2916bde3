"""Icons drawn in code: a distinct shape for each state, so colour is never the only cue.

``status_icon`` marks a contact's delivery state; ``message_icon`` marks banners and the
messages under fields (error, note, hint). Drawn rather than taken from the style: asking the
style from Python made PySide6 build its QStyle bindings, about 6 ms of start-up.

The message icons are in the window's first frame (the practice banner), where setting a pen or
a brush would make PySide6 build its whole ``Qt`` namespace (~15 ms: see early_qt.py). So they
are drawn ahead of time, by these same painters, into the bundled resources
(``tools/render_icons.py``; tests/gui/test_status_icons.py checks the PNGs are current).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Literal

from PySide6 import QtCore
from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QWidget

from whaapy_contacts.ui.common import resources_rc  # noqa: F401 - registers :/icons

if TYPE_CHECKING:
    from whaapy_contacts.domain.outbox import OutboxState

SIZES = (16, 24, 32, 48, 64)  # crisp at 1×–2× in the list (16) and the details (~20)
SMALL_ICON = 16  # logical px: list rows, banners, field messages
MessageKind = Literal["error", "note", "warning"]
MESSAGE_KINDS: tuple[MessageKind, ...] = ("error", "note", "warning")


def _pen(color: str, width: float) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
    return pen


def _disc(p: QPainter, s: float, color: str) -> None:
    """A filled disc of ``color``; leaves a white pen for the mark on it."""
    p.setBrush(QColor(color))
    p.setPen(QtCore.Qt.PenStyle.NoPen)
    p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1))
    p.setPen(_pen("white", s * 0.13))


def _draw_sent(p: QPainter, s: float) -> None:
    """A filled green disc with a white tick."""
    _disc(p, s, "#1e7d32")
    tick = QPainterPath(QPointF(s * 0.27, s * 0.52))
    tick.lineTo(s * 0.44, s * 0.69)
    tick.lineTo(s * 0.74, s * 0.34)
    p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
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

_PAINTERS: dict[str, Painter] = {  # by OutboxState value (the domain loads after the paint)
    "sent": _draw_sent,
    "pending": _draw_pending,
    "attention": _draw_attention,
}

MESSAGE_PAINTERS: dict[MessageKind, Painter] = {
    "error": _draw_error,
    "note": _draw_note,
    "warning": _draw_attention,
}


def draw(painter: Painter, size: int) -> QPixmap:
    """One size of an icon, on a transparent square."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter(p, float(size))
    p.end()
    return pixmap


def message_icon_path(kind: MessageKind, size: int) -> str:
    """Where tools/render_icons.py puts each size, under resources/ and as a Qt resource."""
    return f"icons/message-{kind}-{size}.png"


@cache
def status_icon(state: OutboxState) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(draw(_PAINTERS[state.value], size))
    return icon


@cache
def message_icon(kind: MessageKind) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addFile(":/" + message_icon_path(kind, size), QSize(size, size))
    return icon


def small_pixmap(icon: QIcon, widget: QWidget) -> QPixmap:
    """``icon`` at the small-icon size (16 logical px), sharp on the widget's screen."""
    return icon.pixmap(QSize(SMALL_ICON, SMALL_ICON), widget.devicePixelRatioF())
