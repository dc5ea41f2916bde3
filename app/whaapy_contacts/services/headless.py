"""The outbox without a window: for the crash test, the soak benchmark and scripted use."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer

from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.services.outbox import OutboxService
from whaapy_contacts.services.scheduler import Scheduler
from whaapy_contacts.storage.outbox import OutboxStore
from whaapy_contacts.workers.runner import TaskRunner


class HeadlessOutbox:
    """A real OutboxService on a real client and worker threads, driven by a QCoreApplication."""

    def __init__(
        self, url: str, key: str, folder: Path, *, timeout: float = 2.0,
        paced: bool = False,
    ) -> None:  # fmt: skip
        """With ``paced``, the app's request budget (services/scheduler.py) as in the window;
        without, as fast as the server answers (benchmarks of our own overhead)."""
        self.scheduler = Scheduler() if paced else None
        self.client = ContactsClient(url, key, timeout=timeout, gate=self.scheduler)
        self.runner = TaskRunner()
        store = OutboxStore(folder / "local.sqlite3", (contact_to_json, contact_from_json))
        self.service = OutboxService(
            store, lambda: self.client, self.runner, folder / "outbox.lock",
            rng=random.Random(1),
            budget=self.scheduler.state if self.scheduler is not None else None,
        )  # fmt: skip

    def unsent(self) -> int:
        return self.service.status().pending

    def drain(self, timeout_ms: int) -> bool:
        """Run the event loop until nothing is pending (True) or the time is up (False)."""
        deadline = QDeadlineTimer(timeout_ms)
        loop = QEventLoop()

        def changed() -> None:
            if not self.service.has_pending():
                loop.quit()

        self.service.entries_changed.connect(changed)
        self.service.pump()
        while self.service.has_pending() and not deadline.hasExpired():
            QTimer.singleShot(min(1000, max(1, deadline.remainingTime())), loop.quit)
            loop.exec()
        self.service.entries_changed.disconnect(changed)
        return not self.service.has_pending()

    def close(self) -> None:
        if self.scheduler is not None:
            self.scheduler.close()
        self.runner.wait(10000)
        self.service.close()
        self.client.close()
