"""Run something once a window has painted for the first time (the app's deferred start-up).

The callback runs from the event loop after the paint, never inside it. A window that is never
painted (started minimised, say) still gets it after ``fallback_ms``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], object], fallback_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], object] | None = callback
        window.installEventFilter(self)
        self._fallback = QTimer(self, singleShot=True, interval=fallback_ms)
        self._fallback.timeout.connect(self._fire)
        self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._fallback.stop()
        self._window.removeEventFilter(self)
        callback()


def after_first_paint(
    window: QWidget, callback: Callable[[], object], fallback_ms: int = 1000
) -> None:
    """Call ``callback`` once, soon after ``window`` first paints (or after ``fallback_ms``)."""
    _AfterFirstPaint(window, callback, fallback_ms)
