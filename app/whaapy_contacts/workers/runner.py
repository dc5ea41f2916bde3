"""TaskRunner: run blocking calls on a thread pool; results arrive as signals on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class Job(QObject):
    """One call in flight. Lives on the GUI thread, so its signals are delivered there.

    Exactly one of ``succeeded(result)`` or ``failed(exception)`` is emitted, then ``finished``.
    """

    succeeded = Signal(object)
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


def _run(fn: Callable[[], Any], job: Job) -> None:
    # An exception escaping a worker would vanish (PLATFORM-NOTES.md): always report it.
    try:
        result = fn()
    except BaseException as exc:  # delivered to the caller as a signal
        job._done.emit(False, exc)
    else:
        job._done.emit(True, result)


class TaskRunner(QObject):
    """Runs callables on a pool of Python threads. Keeps each Job alive until it has finished.

    A Python pool rather than QThreadPool: ``QThreadPool.start`` holds the GIL while it waits for
    the pool's mutex, which a finishing worker holds while it waits for the GIL; under load the
    GUI thread spent most of its time there (py-spy: 70 % of the outbox's drain).
    """

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=max_threads, thread_name_prefix="worker")
        self._live: set[Job] = set()
        self._futures: set[Future[None]] = set()

    def submit(self, name: str, fn: Callable[[], Any]) -> Job:
        job = Job(name)
        self._live.add(job)
        job.finished.connect(lambda: self._live.discard(job))
        future = self._pool.submit(_run, fn, job)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        return job

    def pending(self) -> int:
        return len(self._live)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every task has run (for shutdown and tests)."""
        _, not_done = wait(list(self._futures), timeout=msecs / 1000)
        return not not_done
