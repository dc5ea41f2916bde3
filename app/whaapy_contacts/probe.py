"""Start-up probe for the benchmarks: print when the window has painted and the loop is idle.

Enabled by ``WHAAPY_STARTUP_PROBE=1``; prints ``READY <unix time>`` and quits the app.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, app: QApplication) -> None:
        super().__init__(window)
        self._app = app
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._ready)  # after the paint, once the loop is idle
        return False

    def _ready(self) -> None:
        print(f"READY {time.time():.6f}", flush=True)
        self._app.quit()


def exit_after_first_paint(window: QWidget, app: QApplication) -> None:
    _FirstPaint(window, app)
