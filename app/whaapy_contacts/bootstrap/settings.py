"""What the app remembers in its settings file: whether a key was stored, and the addresses."""

from __future__ import annotations

from PySide6.QtCore import QSettings

BASE_URL_KEY = "account/base_url"


class SettingsKeyHint:
    """Whether a key was stored in the keyring (a yes/no in the settings file; never the key)."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def get(self) -> bool:
        # No answer (a new install): no key was ever stored here, so don't ask the keyring.
        value = self._settings.value("account/key_in_keyring", False)
        return value in (True, "true", "1", 1)

    def set(self, stored: bool) -> None:
        self._settings.setValue("account/key_in_keyring", stored)

    def live_url(self) -> str | None:
        """The live account connected last (its address), until the person disconnects."""
        value = self._settings.value("account/live_url", "")
        return str(value) if value else None

    def set_live_url(self, url: str | None) -> None:
        if url:
            self._settings.setValue("account/live_url", url)
        else:
            self._settings.remove("account/live_url")


def saved_base_url(settings: QSettings, default: str) -> str:
    """The server address used last (a bad one is refused, and reported, by the account)."""
    return str(settings.value(BASE_URL_KEY, default))
