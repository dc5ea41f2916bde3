"""Lane: a stream of similar calls on a few persistent threads, results collected in batches.

For the outbox's bursts. A Job per call costs a QObject, a QRunnable, three connections and a
``QThreadPool.start`` on the GUI thread, and that call holds the GIL while it waits for the
pool's mutex (py-spy: most of the GUI thread's time while draining 500 entries). A lane's
threads wait on a condition instead, and the GUI thread hears of finished calls once per batch.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

IDLE_EXIT_S = 30.0  # an idle thread ends after this long (like QThreadPool's expiry)
EXTRA_FIRST_THREADS = 2  # threads beyond ``threads`` that a call submitted ``first`` may start


class Finished(NamedTuple):
    """One call's end: ``error`` is None when ``fn`` returned ``value``."""

    key: Any  # as given to submit()
    value: Any
    error: BaseException | None


class Lane(QObject):
    """Runs submitted calls on up to ``threads`` threads, in submission order.

    ``ready`` is emitted on the lane's (GUI) thread when calls have finished since the last
    ``take()``; ``take()`` returns all of them. Worker code never touches Qt objects but this
    lane's private signal.

    With ``gather`` > 1 the caller may leave results waiting while ``urgent()`` is False (more
    than ``gather`` and ``threads`` calls still queued, fewer than ``gather`` results): ``ready``
    then comes once more, when that changes, so a burst costs the caller two wake-ups a group.
    """

    ready = Signal()
    # Emitted on a worker; queued to _deliver on this object's (GUI) thread.
    _finished = Signal()

    def __init__(
        self, name: str, threads: int, parent: QObject | None = None, *, gather: int = 1
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._max_threads = threads
        self._gather = gather
        self._told = False  # ready emitted since the last take()
        self._told_urgent = False  # ... when urgent() was True
        lock = threading.Lock()
        self._work = threading.Condition(lock)  # workers wait here for calls
        self._quiet = threading.Condition(lock)  # wait() waits here for the queue to run dry
        self._todo: deque[tuple[Hashable, Callable[[], Any]]] = deque()
        self._done: list[Finished] = []
        self._threads = 0
        self._idle = 0
        self._running = 0
        self._finished.connect(self._deliver)

    def submit(self, key: Hashable, fn: Callable[[], Any], *, first: bool = False) -> None:
        """Queue ``fn``; its result (or exception) comes back from ``take()`` under ``key``.

        With ``first`` it goes ahead of everything queued, on a thread of its own if every
        thread is busy (they may all be waiting for the request budget): the contact the
        person just saved never waits behind a backlog."""
        with self._work:
            if first:
                self._todo.appendleft((key, fn))
            else:
                self._todo.append((key, fn))
            most = self._max_threads + (EXTRA_FIRST_THREADS if first else 0)
            if self._idle < len(self._todo) and self._threads < most:
                self._threads += 1
                name = f"{self.objectName()}-{self._threads}"
                threading.Thread(target=self._serve, name=name, daemon=True).start()
            else:
                self._work.notify()

    def take(self) -> list[Finished]:
        """Every call finished since the last take, in the order they finished."""
        with self._work:
            done, self._done = self._done, []
            self._told = self._told_urgent = False
        return done

    def urgent(self) -> bool:
        """Whether results should be taken now: few calls left queued, or ``gather`` waiting."""
        with self._work:
            return self._urgent()

    def _urgent(self) -> bool:
        low = max(self._max_threads, self._gather)
        return len(self._todo) <= low or len(self._done) >= self._gather

    def cancel(self) -> list[Any]:
        """Drop the calls not started yet; returns their keys (as given to submit)."""
        with self._work:
            keys = [key for key, _fn in self._todo]
            self._todo.clear()
            if not self._running:
                self._quiet.notify_all()
        return keys

    def pending(self) -> int:
        """Calls queued, running, or finished and not taken yet."""
        with self._work:
            return len(self._todo) + self._running + len(self._done)

    def wait(self, msecs: int) -> bool:
        """Block until every queued call has run (for shutdown and tests)."""
        with self._quiet:
            return self._quiet.wait_for(lambda: not self._todo and not self._running, msecs / 1000)

    @Slot()
    def _deliver(self) -> None:
        self.ready.emit()

    def _serve(self) -> None:
        while (item := self._next()) is not None:
            key, fn = item
            # An exception escaping a thread would vanish (PLATFORM-NOTES.md): always report it.
            try:
                finished = Finished(key, fn(), None)
            except BaseException as exc:  # handed to the caller by take()
                if not isinstance(exc, Exception):
                    log.error("lane %s: call raised %r", self.objectName(), exc)
                finished = Finished(key, None, exc)
            with self._work:
                self._running -= 1
                self._done.append(finished)
                urgent = self._urgent()
                if not self._told or (urgent and not self._told_urgent):
                    # Under the lock, so wait() never returns (and the lane is never deleted)
                    # while a worker is still emitting.
                    self._finished.emit()
                self._told = True
                self._told_urgent |= urgent
                if not self._todo and not self._running:
                    self._quiet.notify_all()

    def _next(self) -> tuple[Hashable, Callable[[], Any]] | None:
        """The next call, or None when this thread has been idle long enough to end."""
        with self._work:
            self._idle += 1
            deadline = time.monotonic() + IDLE_EXIT_S
            while not self._todo:
                left = deadline - time.monotonic()
                if left <= 0:
                    self._idle -= 1
                    self._threads -= 1
                    return None
                self._work.wait(left)
            self._idle -= 1
            self._running += 1
            return self._todo.popleft()
