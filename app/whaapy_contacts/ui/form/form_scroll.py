"""The form's scroll area: never sideways, the focused field in view, as wide as the fields."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSplitter, QWidget

from whaapy_contacts.ui.common.early_qt import NO_FOCUS, set_early

SCROLLBAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff, by value (see early_qt.py)


class FormScroll(QScrollArea):
    """Holds the fields (``inner``); the buttons and "Kept for the next one" stay below it."""

    def __init__(self, inner: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_early(self, focusPolicy=NO_FOCUS)  # not a Tab stop: it follows the focus
        # Never sideways: the form is as wide as its fields need (fit_width), so nothing sits
        # past a right edge the person would have to scroll to (Qt.ScrollBarAlwaysOff).
        set_early(self, horizontalScrollBarPolicy=SCROLLBAR_ALWAYS_OFF)
        self.setWidget(inner)
        self._inner = inner
        # Never sideways, whatever asks (a Tab stop's ensureWidgetVisible scrolled the labels
        # half out: "eléfono *", "ombre", hallway test, finding 9).
        self.horizontalScrollBar().valueChanged.connect(self._never_sideways)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    def _never_sideways(self, value: int) -> None:
        if value:
            self.horizontalScrollBar().setValue(0)

    def fit_width(self, form: QWidget) -> None:
        """A scroll area doesn't pass its content's minimum width on: say it, so the splitter
        and the window leave the fields their room (the number, "Fijar", the banners)."""
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(self._inner.minimumSizeHint().width() + bar + 2)
        form.updateGeometry()
        _widen_in_splitter(form)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Whatever gets the focus (Alt+letter, an error, Tab) is scrolled into view: Qt's
        scroll area does that for Tab only."""
        if new is None or not self._inner.isAncestorOf(new):
            return
        self._show(new)

    def _show(self, widget: QWidget) -> None:
        # Not ensureWidgetVisible(): for a text box it aims at the text cursor, and left a
        # focused notes box half under the edge. The bottom, then the top (the top wins).
        top = widget.mapTo(self._inner, QPoint(0, 0)).y()
        self.ensureVisible(0, top + widget.height() - 1, 0, 6)
        self.ensureVisible(0, top, 0, 6)

    def show_message(self, message: QWidget, focused: QWidget | None) -> None:
        """An error message and its box in view, once laid out (the message was just shown,
        its section maybe just opened: its place is known after the layouts run)."""

        def scroll() -> None:
            for widget in (message, focused):  # the box last: its top wins
                if widget is not None and widget.isVisible() and self._inner.isAncestorOf(widget):
                    self._show(widget)

        QTimer.singleShot(0, self, scroll)


def _widen_in_splitter(form: QWidget) -> None:
    """A splitter keeps a pane's width when its minimum grows: the form was cut at the right
    once "Más datos" opened (hallway test, finding 9). Take the room from the next pane."""
    splitter = form.parentWidget()
    if not isinstance(splitter, QSplitter) or not form.isVisible():
        return
    need = form.minimumSizeHint().width()
    sizes = splitter.sizes()
    at = splitter.indexOf(form)
    short = need - sizes[at]
    if short > 0 and len(sizes) > at + 1:
        sizes[at] += short
        sizes[at + 1] -= short
        splitter.setSizes(sizes)
