"""Start-up probe for the benchmarks: print when the window has painted and the loop is idle.

Enabled by ``WHAAPY_STARTUP_PROBE=1``; prints ``READY <unix time>`` and quits the app. With
``WHAAPY_STARTUP_PROBE=modules`` it also prints ``MODULES <name,...>``: what was imported before
the first paint (work started after it, on workers, cannot race into the list), and ``QT
<built|not built>``: whether PySide6 had built its ``Qt`` namespace (its ~90 enums cost ~15 ms)
by the time the loop was idle.
"Idle" is the event loop about to block with nothing left to do: whatever the app queued for
after the first paint (its deferred start-up included) has run by then. Work handed to worker
threads may still be going on; the window answers input meanwhile.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6 import QtCore
from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaintThenIdle(QObject):
    def __init__(self, window: QWidget, app: QApplication) -> None:
        super().__init__(window)
        self._app = app
        self._done = False
        self._modules: list[str] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if os.environ.get("WHAAPY_STARTUP_PROBE") == "modules":
                self._modules = sorted(sys.modules)
            dispatcher = QAbstractEventDispatcher.instance()
            assert dispatcher is not None
            dispatcher.aboutToBlock.connect(self._idle)
        return False

    def _idle(self) -> None:
        if self._done:
            return
        self._done = True
        print(f"READY {time.time():.6f}", flush=True)
        if os.environ.get("WHAAPY_STARTUP_PROBE") == "modules":
            print("MODULES " + ",".join(self._modules), flush=True)
            print("QT " + ("built" if "Qt" in vars(QtCore) else "not built"), flush=True)
            print("IMPORT_CHECK " + _import_check(), flush=True)
        self._app.quit()


def _import_check() -> str:
    """Which check PySide6's import hook runs on each import: ours (cheap) or its own."""
    from whaapy_contacts.bootstrap.pyside_startup import holds_pyside

    feature = sys.modules.get("shibokensupport.feature")
    return "cheap" if getattr(feature, "_mod_uses_pyside", None) is holds_pyside else "pyside"


def exit_after_first_paint(window: QWidget, app: QApplication) -> None:
    _FirstPaintThenIdle(window, app)
