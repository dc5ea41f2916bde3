"""The account: training mode (embedded sandbox) or a real Whaapy key, and switching between."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from whaapy_contacts.api.urls import DEFAULT_BASE_URL, check_base_url
from whaapy_contacts.storage.paths import account_slug
from whaapy_contacts.storage.secrets import SecretStore
from whaapy_contacts.workers.runner import Job, TaskRunner

if TYPE_CHECKING:
    from whaapy_contacts.api.client import ContactsClient

log = logging.getLogger(__name__)

Endpoint = Callable[[], tuple[str, str]]  # → (base URL, key), resolved when first needed


def _default_factory(url: str, key: str) -> ContactsClient:
    from whaapy_contacts.api.client import ContactsClient  # noqa: PLC0415 - httpx is ~50 ms

    return ContactsClient(url, key)


class KeyHint(Protocol):
    """Remembers *whether* a key was stored (never the key), so a start with none skips the
    keyring entirely (~0.1 s: keyring scans every backend it knows)."""

    def get(self) -> bool: ...
    def set(self, stored: bool) -> None: ...


class Mode(Enum):
    TRAINING = "training"  # the embedded sandbox: nothing reaches Whaapy
    LIVE = "live"  # a real key against the real API (or --base-url)


class AccountService(QObject):
    """Owns the current ContactsClient. ``mode_changed`` fires after every switch.

    The client (and, in training mode, the embedded sandbox) is made on first use, which may be
    on a worker thread: the window shows without waiting for either.
    """

    mode_changed = Signal(object)  # Mode

    def __init__(
        self,
        secrets: SecretStore,
        runner: TaskRunner,
        start_training: Callable[[], tuple[str, str]],
        *,
        base_url: str = DEFAULT_BASE_URL,
        env_key: str | None = None,
        client_factory: Callable[[str, str], ContactsClient] = _default_factory,
        key_hint: KeyHint | None = None,
    ) -> None:
        super().__init__()
        self._secrets = secrets
        self._runner = runner
        self._start_training = start_training
        self._factory = client_factory
        self.base_url = check_base_url(base_url)
        self._env_key = env_key
        self._key_hint = key_hint
        self._lock = threading.Lock()  # client() may run on workers
        self._client: ContactsClient | None = None
        self._endpoint: Endpoint | None = None
        # Replaced clients may still serve a request on a worker: close them once idle.
        self._retired: list[ContactsClient] = []
        self.mode = Mode.TRAINING
        self.data_slug = "training"  # which local folder (outbox, history) belongs to this account

    @property
    def keyring_failed(self) -> bool:
        return bool(getattr(self._secrets, "keyring_failed", False))

    def start(self) -> None:
        """Pick the mode: the env key, then the keyring, else training."""
        key = self._env_key
        if key is None and (self._key_hint is None or self._key_hint.get()):
            key = self._secrets.get()
        if key:
            self._use(Mode.LIVE, self.base_url, key)
        else:
            self._use_training()

    def client(self) -> ContactsClient:
        """The current account's client, made on first use (thread-safe)."""
        with self._lock:
            if self._client is None:
                if self._endpoint is None:
                    raise RuntimeError("AccountService.start() was not called")
                self._client = self._factory(*self._endpoint())
            return self._client

    def warm_up(self) -> Job:
        """Make the client (and start the practice server) on a worker, off the GUI thread."""
        return self._runner.submit("connect", self.client)

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
        if self._key_hint is not None:
            self._key_hint.set(not self.keyring_failed)
        self.base_url = url
        self._use(Mode.LIVE, url, key)

    def disconnect_account(self) -> None:
        self._secrets.delete()
        if self._key_hint is not None:
            self._key_hint.set(False)
        self._env_key = None
        self._use_training()

    def _use_training(self) -> None:
        self._switch(Mode.TRAINING, self._start_training, "training")

    def _use(self, mode: Mode, url: str, key: str) -> None:
        self._switch(mode, lambda: (url, key), account_slug(url))

    def _switch(self, mode: Mode, endpoint: Endpoint, slug: str) -> None:
        with self._lock:
            if self._client is not None:
                self._retired.append(self._client)
            self._client = None
            self._endpoint = endpoint
            self.mode = mode
            self.data_slug = slug
        self._close_retired(only_if_idle=True)
        log.info("account mode %s", mode.value)
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
