"""TaskRunner: run blocking calls on a thread pool; results arrive as signals on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal, Slot

from whaapy_contacts.workers.lane import Lane

log = logging.getLogger(__name__)


class Job(QObject):
    """One call in flight. Lives on the GUI thread, so its signals are delivered there.

    Exactly one of ``succeeded(result)`` or ``failed(exception)`` is emitted, then ``finished``.
    """

    succeeded = Signal(object)  # whatever the call returned
    # What it raised, as object: typed Signal(BaseException), a run of tests/unit/workers then
    # tests/integration/test_outbox.py (and the GUI tests collected) segfaulted twice in
    # PySide6 6.11 in processEvents; not seen as object. Not proven the cause (a third run
    # with the type passed), so exceptions stay plain objects on every signal.
    failed = Signal(object)
    finished = Signal()
    # Emitted on the worker thread; queued to _deliver on this object's (GUI) thread.
    _done = Signal(bool, object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._done.connect(self._deliver)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        if ok:
            self.succeeded.emit(value)
        else:
            if not isinstance(value, Exception):
                log.error("job %s raised %r", self.objectName(), value)
            self.failed.emit(value)
        self.finished.emit()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], job: Job) -> None:
        super().__init__()
        self._fn = fn
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        # An exception escaping run() would vanish (PLATFORM-NOTES.md): always report it.
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the caller as a signal
            self._job._done.emit(False, exc)
        else:
            self._job._done.emit(True, result)


class TaskRunner(QObject):
    """Runs callables on a private QThreadPool. Keeps each Job alive until it has finished.

    For a stream of many similar calls (the outbox), ``lane()`` gives persistent threads of
    their own; ``pending()`` and ``wait()`` cover them too.
    """

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._live: set[Job] = set()
        self._lanes: list[Lane] = []

    def lane(self, name: str, threads: int, *, gather: int = 1) -> Lane:
        lane = Lane(name, threads, self, gather=gather)
        self._lanes.append(lane)
        return lane

    def submit(self, name: str, fn: Callable[[], Any]) -> Job:
        job = Job(name)
        self._live.add(job)
        job.finished.connect(lambda: self._live.discard(job))
        self._pool.start(_Task(fn, job))
        return job

    def pending(self) -> int:
        """Calls not finished yet (or whose results were not delivered yet)."""
        return len(self._live) + sum(lane.pending() for lane in self._lanes)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every task has run (for shutdown and tests)."""
        deadline = QDeadlineTimer(msecs)
        done = self._pool.waitForDone(msecs)
        for lane in self._lanes:
            done = lane.wait(max(0, deadline.remainingTime())) and done
        return done
