"""The outbox without a window: for the crash test, the soak benchmark and scripted use.

Built as the app builds its model layer (bootstrap/compose.py ``build_services`` and the
model's own wiring), in practice mode against the server at ``url``; only the client's
timeout, the request budget and the retries' jitter are chosen here.
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QSettings, QTimer

from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.bootstrap.compose import Config, Overrides, build_services, wire_model
from whaapy_contacts.services.scheduler import Scheduler
from whaapy_contacts.storage.secrets import MemoryStore


class HeadlessOutbox:
    """A real OutboxService on a real client and worker threads, driven by a QCoreApplication."""

    def __init__(
        self, url: str, key: str, folder: Path, *, timeout: float = 2.0,
        paced: bool = False,
    ) -> None:  # fmt: skip
        """With ``paced``, the app's request budget (services/scheduler.py) as in the window;
        without, as fast as the server answers (benchmarks of our own overhead)."""
        self.scheduler = scheduler = Scheduler() if paced else None

        def client(base_url: str, api_key: str) -> ContactsClient:
            return ContactsClient(base_url, api_key, timeout=timeout, gate=scheduler)

        overrides = Overrides(
            data_folder=lambda _slug: folder, client_factory=client, secrets=MemoryStore(),
            start_training=lambda: (url, key), outbox_rng=random.Random(1),
            settings=QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
        )  # fmt: skip
        self.services = build_services(Config(base_url=url), overrides)
        wire_model(self.services)
        self.service = self.services.outbox
        self.runner = self.services.runner  # for other services on the same workers (an import)

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
            self.scheduler.close()  # also when no client was made: requests waiting end now
        self.services.close(10000)
