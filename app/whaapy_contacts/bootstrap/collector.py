"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection runs in whichever thread happens to allocate when a threshold is
crossed: a sender, an HTTP worker. A QObject freed there, off its own thread, while Qt may
still deliver to it, can crash the app (seen in our full test runs, a segfault in
processEvents about one run in three). pyqtgraph's and Spyder's GarbageCollector do the same for
the same reason ("so that garbage collection only happens in the GUI thread, as otherwise Qt
can crash"): automatic collection off, and a timer on the GUI thread collects the generation
whose threshold was crossed.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    @Slot()
    def collect(self) -> None:
        """The oldest generation whose threshold was crossed, as the automatic one would."""
        counts, limits = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > limits[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
