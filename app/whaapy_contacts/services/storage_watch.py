"""Keeping an eye on the account's local file for the outbox: its problems, its recovery, and
what another window writes to it.

Once a second (cheap: one ``stat`` and one ``PRAGMA data_version``) it:

- puts the file back if it was deleted while open (``OutboxStore.check``), and says so;
- after a refused write (full disk, read-only folder), tries again, and says when it works;
- notices a commit by another connection, such as a second window of the app saving contacts
  into the same account: the sending window then sends them within about a second.

A damaged file found mid-session is moved aside and started afresh here. What the person sees
is ``problem`` (lasting, until fixed) and ``notice`` (something that happened, until dismissed).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP
from whaapy_contacts.services import problems
from whaapy_contacts.storage.local_db import Problem, StorageError
from whaapy_contacts.storage.outbox import OutboxStore

log = logging.getLogger(__name__)

WATCH_MS = 1000

RECOVERED = QT_TRANSLATE_NOOP(
    "Messages", "Ya se puede guardar otra vez en esta computadora. Los contactos pendientes siguen."
)


def message_for(error: StorageError) -> str:
    """The Spanish text for ``error``, filled in (for logs and tests; the UI renders ``shown``)."""
    return problems.storage_problem(error).message


class StorageWatch(QObject):
    """One account's local file, seen from the outbox. All slots run on the GUI thread."""

    changed = Signal()  # ``problem`` or ``notice`` changed
    restored = Signal()  # the file was deleted while open and has been put back
    recovered = Signal()  # writes work again after a lasting problem
    others_wrote = Signal()  # another connection (another window) committed to the file

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: OutboxStore | None = None
        self.problem: StorageError | None = None  # lasting: nothing new can be kept
        self.notice: StorageError | None = None  # it happened (restored, moved aside)
        self._version: int | None = None
        self._timer = QTimer(self, interval=WATCH_MS)
        self._timer.timeout.connect(self.tick)

    def watch(self, store: OutboxStore) -> None:
        """A (new) store: what opening it found is reported; then watched every second."""
        self._store = store
        store.on_restored = self.report
        self.problem, self._version = None, None
        if store.notice is not None:
            self.report(store.notice)
        self.changed.emit()
        self._version = self._data_version()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._store is not None:
            self._store.on_restored = None
        self._store = None

    @property
    def shown(self) -> problems.Problem | None:
        """What the person is told: the lasting problem, else the notice; None when all is well."""
        error = self.problem or self.notice
        return None if error is None else problems.storage_problem(error)

    def dismiss(self) -> None:
        """The person read the notice."""
        if self.notice is not None:
            self.notice = None
            self.changed.emit()

    def report(self, error: StorageError) -> None:
        """A store call failed (or the store found something): remember it, say it once."""
        if error.problem is Problem.CORRUPT and error.moved_to is None:
            error = self._start_afresh(error)
        if error.lasting:
            if self.problem is not None and self.problem.problem is error.problem:
                return  # the same problem again (autosave, every retry): already on screen
            log.info("local storage problem: %s", error)
            self.problem = error
        else:
            self.notice = error
        self.changed.emit()
        if error.problem is Problem.RESTORED:
            self.restored.emit()

    def _start_afresh(self, error: StorageError) -> StorageError:
        assert self._store is not None
        try:
            return self._store.start_afresh()
        except StorageError as exc:
            return exc if exc.problem is not Problem.CORRUPT else error

    def tick(self) -> None:
        """The once-a-second look (also callable directly)."""
        store = self._store
        if store is None:
            return
        try:
            store.check()
            if self.problem is not None and store.try_recover():
                log.info("local storage writable again")
                self.problem = None
                self.changed.emit()
                self.recovered.emit()
            version = self._data_version()
        except StorageError as exc:
            self.report(exc)
            return
        if version != self._version:
            self._version = version
            self.others_wrote.emit()

    def _data_version(self) -> int | None:
        try:
            return None if self._store is None else self._store.data_version()
        except StorageError:
            return None
