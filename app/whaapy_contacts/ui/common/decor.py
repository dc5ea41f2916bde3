"""Shared looks: section titles, and a coloured strip with a thin border for banners.

Set through fonts and palettes rather than style sheets: each style sheet made Qt re-polish the
widgets under it, several milliseconds apiece at start-up (bench/bench_startup.py). Not painted
in Python either: the practice banner is in the first frame, where setting a pen or a brush
would make PySide6 build its whole ``Qt`` namespace (~15 ms, see early_qt.py). The border is
the banner's own background showing 1 px around an inner strip.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from whaapy_contacts.ui.common.status_icons import small_pixmap


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
        _fill(self, border, text)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(1, 1, 1, 1)
        inside = QWidget(self)
        _fill(inside, background, text)
        outer.addWidget(inside)
        self.row = QHBoxLayout(inside)
        self.row.setContentsMargins(7, 3, 7, 3)
        if icon is not None:
            picture = QLabel(inside)
            picture.setPixmap(small_pixmap(icon, self))
            self.row.addWidget(picture)


def _fill(widget: QWidget, background: str, text: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    # Labels inside draw with WindowText; Text is what rich text falls back to.
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(text))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
