"""The account: training mode (embedded sandbox) or a real Whaapy key, and switching between."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, Signal

from whaapy_contacts.api.client import DEFAULT_BASE_URL, ContactsClient, check_base_url
from whaapy_contacts.storage.paths import account_slug
from whaapy_contacts.storage.secrets import SecretStore
from whaapy_contacts.workers.runner import Job, TaskRunner

log = logging.getLogger(__name__)


class Mode(Enum):
    TRAINING = "training"  # the embedded sandbox: nothing reaches Whaapy
    LIVE = "live"  # a real key against the real API (or --base-url)


class AccountService(QObject):
    """Owns the current ContactsClient. ``mode_changed`` fires after every switch."""

    mode_changed = Signal(object)  # Mode

    def __init__(
        self,
        secrets: SecretStore,
        runner: TaskRunner,
        start_training: Callable[[], tuple[str, str]],
        *,
        base_url: str = DEFAULT_BASE_URL,
        env_key: str | None = None,
        client_factory: Callable[[str, str], ContactsClient] = ContactsClient,
    ) -> None:
        super().__init__()
        self._secrets = secrets
        self._runner = runner
        self._start_training = start_training
        self._factory = client_factory
        self.base_url = check_base_url(base_url)
        self._env_key = env_key
        self._client: ContactsClient | None = None
        # Replaced clients may still serve a request on a worker: close them once idle.
        self._retired: list[ContactsClient] = []
        self.mode = Mode.TRAINING
        self.data_slug = "training"  # which local folder (outbox, history) belongs to this account

    @property
    def keyring_failed(self) -> bool:
        return bool(getattr(self._secrets, "keyring_failed", False))

    def start(self) -> None:
        """Pick the mode: the env key, then the keyring, else training."""
        key = self._env_key or self._secrets.get()
        if key:
            self._use(Mode.LIVE, self.base_url, key)
        else:
            self._use_training()

    def client(self) -> ContactsClient:
        if self._client is None:
            self.start()
        assert self._client is not None
        return self._client

    def test_key(self, key: str, base_url: str) -> Job:
        """GET /user-webhooks/events with this key, on a worker. Nothing is stored."""
        url = check_base_url(base_url)

        def probe() -> None:
            with self._factory(url, key) as client:
                client.check_key()

        return self._runner.submit("test-key", probe)

    def connect_account(self, key: str, base_url: str) -> None:
        """Store the key (keyring, or memory if none works) and switch to live mode."""
        url = check_base_url(base_url)
        self._secrets.set(key)
        self.base_url = url
        self._use(Mode.LIVE, url, key)

    def disconnect_account(self) -> None:
        self._secrets.delete()
        self._env_key = None
        self._use_training()

    def _use_training(self) -> None:
        url, key = self._start_training()
        self._use(Mode.TRAINING, url, key)

    def _use(self, mode: Mode, url: str, key: str) -> None:
        if self._client is not None:
            self._retired.append(self._client)
        self._close_retired(only_if_idle=True)
        self._client = self._factory(url, key)
        self.mode = mode
        self.data_slug = "training" if mode is Mode.TRAINING else account_slug(url)
        log.info("account mode %s at %s", mode.value, url)
        self.mode_changed.emit(mode)

    def _close_retired(self, *, only_if_idle: bool) -> None:
        if only_if_idle and self._runner.pending():
            return
        for client in self._retired:
            client.close()
        self._retired.clear()

    def close(self) -> None:
        """Close every client; call after the runner has drained."""
        self._close_retired(only_if_idle=False)
        if self._client is not None:
            self._client.close()
            self._client = None
