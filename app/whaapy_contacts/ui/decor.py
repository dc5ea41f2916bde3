"""Shared looks: section titles, and a coloured strip with a thin rounded border for banners.

Set through fonts, palettes and painting rather than style sheets: each style sheet made Qt
re-polish the widgets under it, several milliseconds apiece at start-up (bench/bench_startup.py).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from whaapy_contacts.ui.status_icons import small_pixmap


def make_title(label: QLabel) -> QLabel:
    """A section title: 15 pt, semi-bold."""
    font = label.font()
    font.setPointSizeF(15)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


class Banner(QFrame):
    """A strip in ``background`` with a 1 px ``border`` and labels in ``text``; its contents go
    in ``row``, after the ``icon`` if there is one."""

    def __init__(
        self,
        background: str,
        border: str,
        text: str,
        parent: QWidget | None = None,
        *,
        icon: QIcon | None = None,
    ) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(8, 4, 8, 4)
        if icon is not None:
            picture = QLabel(self)
            picture.setPixmap(small_pixmap(icon, self))
            self.row.addWidget(picture)
        self._background = QColor(background)
        self._border = QColor(border)
        palette = self.palette()
        # Labels inside draw with WindowText; Text is what rich text falls back to.
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, QColor(text))
        self.setPalette(palette)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._border, 1))
        painter.setBrush(self._background)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
