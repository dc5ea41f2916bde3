"""The API key behind a small protocol; the real store is the OS keyring, never a file."""

from __future__ import annotations

import logging
from typing import Protocol

log = logging.getLogger(__name__)

SERVICE = "whaapy-contacts"
ACCOUNT = "api-key"


class SecretStoreUnavailable(Exception):
    """No usable keyring backend: the key can live only in memory for this run."""


class SecretStore(Protocol):
    def get(self) -> str | None: ...
    def set(self, secret: str) -> None: ...
    def delete(self) -> None: ...


class KeyringStore:
    """The OS keyring (Secret Service, Windows Credential Locker, macOS Keychain).

    Every keyring error becomes SecretStoreUnavailable, whose text never includes the secret.
    """

    def __init__(self, service: str = SERVICE, account: str = ACCOUNT) -> None:
        self._service = service
        self._account = account

    def backend_name(self) -> str:
        import keyring  # lazy: ~77 ms of start-up (PLATFORM-NOTES.md)

        backend = keyring.get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def get(self) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(self._service, self._account) or None
        except (KeyringError, OSError, RuntimeError) as exc:
            raise SecretStoreUnavailable(type(exc).__name__) from None

    def set(self, secret: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(self._service, self._account, secret)
        except (KeyringError, OSError, RuntimeError) as exc:
            # `from None`: the chained exception could carry the secret in its args.
            raise SecretStoreUnavailable(type(exc).__name__) from None

    def delete(self) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(self._service, self._account)
        except PasswordDeleteError:
            return  # nothing stored: already deleted
        except (KeyringError, OSError, RuntimeError) as exc:
            raise SecretStoreUnavailable(type(exc).__name__) from None


class MemoryStore:
    """Keeps the key for this run only. Used when no keyring backend works, and in tests."""

    def __init__(self, secret: str | None = None) -> None:
        self._secret = secret

    def get(self) -> str | None:
        return self._secret

    def set(self, secret: str) -> None:
        self._secret = secret

    def delete(self) -> None:
        self._secret = None


class FallbackStore:
    """The keyring when it works; else memory, and ``keyring_failed`` tells the UI to say so."""

    def __init__(self, primary: SecretStore) -> None:
        self._primary = primary
        self._memory = MemoryStore()
        self.keyring_failed = False

    def get(self) -> str | None:
        if self._memory.get():
            return self._memory.get()
        try:
            return self._primary.get()
        except SecretStoreUnavailable as exc:
            self._note_failure(exc)
            return None

    def set(self, secret: str) -> None:
        """Into the keyring, read back: keyring's null backend (and some broken ones) accept a
        key and keep nothing, so only a key read back counts as stored (issue 14, case 13)."""
        try:
            self._primary.set(secret)
            kept = self._primary.get() == secret
        except SecretStoreUnavailable as exc:
            self._note_failure(exc)
            kept = False
        else:
            if not kept:
                self._note_failure(SecretStoreUnavailable("the keyring did not keep the key"))
        if kept:
            self._memory.delete()
            self.keyring_failed = False  # it works now (e.g. the keyring was unlocked since)
        else:
            self._memory.set(secret)

    def delete(self) -> None:
        self._memory.delete()
        try:
            self._primary.delete()
        except SecretStoreUnavailable as exc:
            self._note_failure(exc)

    def _note_failure(self, exc: SecretStoreUnavailable) -> None:
        if not self.keyring_failed:
            log.warning("keyring unavailable (%s); the key stays in memory for this run", exc)
        self.keyring_failed = True
