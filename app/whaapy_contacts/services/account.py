"""The account: training mode (embedded sandbox) or a real Whaapy key, and switching between."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from whaapy_contacts.api.urls import DEFAULT_BASE_URL, BadAddress, check_base_url
from whaapy_contacts.domain.api_key import clean_key, key_problem, usable_key
from whaapy_contacts.storage.paths import account_slug
from whaapy_contacts.storage.secrets import SecretStore
from whaapy_contacts.workers.runner import Job, TaskRunner

if TYPE_CHECKING:
    from pathlib import Path

    from whaapy_contacts.api.client import ContactsClient
    from whaapy_contacts.api.key_probe import KeyAccess
    from whaapy_contacts.services.scheduler import BudgetState

log = logging.getLogger(__name__)

Endpoint = Callable[[], tuple[str, str]]  # → (base URL, key), resolved when first needed


def paced_client(url: str, key: str) -> ContactsClient:
    """A client that lives within Whaapy's request budget (services/scheduler.py)."""
    from whaapy_contacts.api.client import ContactsClient  # noqa: PLC0415 - httpx is ~50 ms
    from whaapy_contacts.services.scheduler import Scheduler  # noqa: PLC0415

    return ContactsClient(url, key, gate=Scheduler())


def _stop_pacing(client: object) -> None:
    close = getattr(getattr(client, "gate", None), "close", None)
    if callable(close):
        close()


class KeyHint(Protocol):
    """Remembers *whether* a key was stored (never the key), so a start with none skips the
    keyring entirely (~0.1 s: keyring scans every backend it knows); and the address of the
    live account last connected, so a start without its key can say that account's contacts
    are waiting (issue 14, case 13)."""

    def get(self) -> bool: ...
    def set(self, stored: bool) -> None: ...
    def live_url(self) -> str | None: ...
    def set_live_url(self, url: str | None) -> None: ...


class BadKey(ValueError):
    """Text that can't be an API key; ``user_message`` (Spanish) says why. Never holds the key."""

    def __init__(self, user_message: str) -> None:
        super().__init__("not a usable API key")
        self.user_message = user_message


@dataclass(frozen=True)
class WaitingAccount:
    """A live account connected before whose key is not available now (no usable keyring, or
    a stored key that can't be one): its contacts wait until the key is entered again."""

    base_url: str
    slug: str


@dataclass(frozen=True)
class AddressProblem:
    """The saved or given address was unusable; ``base_url`` fell back to the default."""

    address: str
    user_message: str


def count_unsent(slug: str, folder: Callable[[str], Path] | None = None) -> int:
    """Pending and attention entries in an account's outbox (in ``folder(slug)``, by default
    the user's data folder); 0 when it has none (the file is not created for asking)."""
    from whaapy_contacts.api.mapping import contact_from_json, contact_to_json  # noqa: PLC0415
    from whaapy_contacts.domain.outbox import OutboxState  # noqa: PLC0415
    from whaapy_contacts.storage.outbox import OutboxStore  # noqa: PLC0415
    from whaapy_contacts.storage.paths import account_dir  # noqa: PLC0415

    path = (folder or account_dir)(slug) / "local.sqlite3"
    if not path.exists():
        return 0
    store = OutboxStore(path, (contact_to_json, contact_from_json))
    try:
        counts = store.counts()
    finally:
        store.close()
    return counts[OutboxState.PENDING] + counts[OutboxState.ATTENTION]


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
        client_factory: Callable[[str, str], ContactsClient] = paced_client,
        key_hint: KeyHint | None = None,
        unsent_in: Callable[[str], int] = count_unsent,
    ) -> None:
        super().__init__()
        self._secrets = secrets
        self._runner = runner
        self._start_training = start_training
        self._factory = client_factory
        self.address_problem: AddressProblem | None = None
        self.base_url = self._usable_address(base_url)
        self._env_key = self._usable_env_key(env_key)
        self._key_hint = key_hint
        self._unsent_in = unsent_in
        self.waiting: WaitingAccount | None = None  # set by start()
        self.session_only = False  # live with a key kept in memory only (no usable keyring)
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

    def _usable_address(self, url: str) -> str:
        """A bad address at start (a typo saved by an older version, say) falls back to the
        default and is reported, never a crash at every start (issue 14, case 8)."""
        try:
            return check_base_url(url)
        except BadAddress as exc:
            log.warning("unusable base URL (%s); using %s", exc, DEFAULT_BASE_URL)
            self.address_problem = AddressProblem(url.strip(), exc.user_message)
            return DEFAULT_BASE_URL

    @staticmethod
    def _usable_env_key(env_key: str | None) -> str | None:
        key = usable_key(env_key)
        if env_key and key is None:
            log.warning("WHAAPY_API_KEY can't be an API key; ignored")
        return key

    def start(self) -> None:
        """Pick the mode: the env key, then the keyring, else training."""
        key = self._env_key
        if key is None and (self._key_hint is None or self._key_hint.get()):
            key = usable_key(self._secrets.get())
        if key:
            self._use(Mode.LIVE, self.base_url, key)
            return
        self._use_training()
        self.waiting = self._account_without_key()

    def _account_without_key(self) -> WaitingAccount | None:
        """The live account connected last, now without its key (none: a new install, or the
        person disconnected). A stored key we could not read counts: its hint says so."""
        if self._key_hint is None:
            return None
        url = self._key_hint.live_url() or (self.base_url if self._key_hint.get() else None)
        return WaitingAccount(url, account_slug(url)) if url else None

    def waiting_unsent(self) -> int:
        """How many contacts wait for the account in ``waiting`` (0 without one)."""
        if self.waiting is None:
            return 0
        try:
            return self._unsent_in(self.waiting.slug)
        except Exception as exc:  # a damaged file: the notice still says the key is needed
            log.warning("could not count the waiting contacts: %s", type(exc).__name__)
            return 0

    def client(self) -> ContactsClient:
        """The current account's client, made on first use (thread-safe)."""
        with self._lock:
            if self._client is None:
                if self._endpoint is None:
                    raise RuntimeError("AccountService.start() was not called")
                self._client = self._factory(*self._endpoint())
            return self._client

    def budget(self) -> BudgetState | None:
        """The current account's request budget, once its client exists (never made here)."""
        with self._lock:
            gate = getattr(self._client, "gate", None)
        state = getattr(gate, "state", None)
        return state() if callable(state) else None

    def warm_up(self) -> Job:
        """Make the client (and start the practice server) on a worker, off the GUI thread."""
        return self._runner.submit("connect", self.client)

    @staticmethod
    def checked_key(text: str) -> str:
        """The key in pasted ``text``, cleaned; BadKey (with the reason) if it can't be one."""
        key = clean_key(text)
        problem = key_problem(key)
        if problem is not None:
            raise BadKey(problem)
        return key

    def test_key(self, key: str, base_url: str) -> Job:
        """On a worker: what this key may do (``KeyAccess``), creating nothing and storing
        nothing. Fails with Unauthorized for a bad key, TransportError when offline."""
        key, url = self.checked_key(key), check_base_url(base_url)

        def probe() -> KeyAccess:
            with self._factory(url, key) as client:
                return client.probe_key()

        return self._runner.submit("test-key", probe)

    def connect_account(self, key: str, base_url: str) -> None:
        """Store the key (keyring, or memory if none works) and switch to live mode.
        ``session_only`` says afterwards whether the key was really stored."""
        key, url = self.checked_key(key), check_base_url(base_url)
        self._secrets.set(key)
        self.session_only = self.keyring_failed
        if self._key_hint is not None:
            self._key_hint.set(not self.session_only)
            self._key_hint.set_live_url(url)
        self.base_url = url
        self.waiting = None
        self.address_problem = None  # an address was chosen and tested
        self._use(Mode.LIVE, url, key)

    def disconnect_account(self) -> None:
        self._secrets.delete()
        if self._key_hint is not None:
            self._key_hint.set(False)
            self._key_hint.set_live_url(None)
        self._env_key = None
        self.session_only = False
        self.waiting = None
        self._use_training()

    def _use_training(self) -> None:
        self._switch(Mode.TRAINING, self._start_training, "training")

    def _use(self, mode: Mode, url: str, key: str) -> None:
        self._switch(mode, lambda: (url, key), account_slug(url))

    def _switch(self, mode: Mode, endpoint: Endpoint, slug: str) -> None:
        with self._lock:
            if self._client is not None:
                _stop_pacing(self._client)  # its waiting requests are dropped, never sent
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

    def stop_pacing(self) -> None:
        """Closing: requests waiting for the budget are dropped, so the workers can end."""
        with self._lock:
            if self._client is not None:
                _stop_pacing(self._client)

    def close(self) -> None:
        """Close every client; call after the runner has drained."""
        self.stop_pacing()
        self._close_retired(only_if_idle=False)
        if self._client is not None:
            self._client.close()
            self._client = None
