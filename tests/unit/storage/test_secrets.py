"""The secret store: keyring failures fall back to memory, loudly, and never leak the key."""

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError

from whaapy_contacts.storage.secrets import (
    FallbackStore,
    KeyringStore,
    MemoryStore,
    SecretStoreUnavailable,
)

SECRET = "wha_live_secret_value_123456"


class BrokenKeyring(KeyringBackend):
    """Like keyring's fail.Keyring: every call raises NoKeyringError."""

    priority = 1

    def get_password(self, service, username):
        raise NoKeyringError("no backend")

    def set_password(self, service, username, password):
        raise NoKeyringError(f"cannot store {password}")

    def delete_password(self, service, username):
        raise NoKeyringError("no backend")


@pytest.fixture
def broken_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    yield
    keyring.set_keyring(previous)


def test_keyring_errors_become_unavailable_without_the_secret(broken_keyring):
    store = KeyringStore(service="whaapy-contacts-test")
    with pytest.raises(SecretStoreUnavailable) as info:
        store.set(SECRET)
    assert SECRET not in str(info.value)
    assert info.value.__cause__ is None
    assert info.value.__suppress_context__


@pytest.mark.allow_log_warnings(r"keyring unavailable")
def test_fallback_keeps_key_in_memory_and_says_so(broken_keyring):
    store = FallbackStore(KeyringStore(service="whaapy-contacts-test"))
    assert store.get() is None
    store.set(SECRET)
    assert store.keyring_failed
    assert store.get() == SECRET
    store.delete()
    assert store.get() is None


def test_memory_store_round_trip():
    store = MemoryStore()
    store.set("a")
    assert store.get() == "a"
    store.delete()
    assert store.get() is None


@pytest.fixture(params=["fail", "null"])
def useless_keyring(request):
    """keyring's own backends for "no keyring": fail raises on every call; null accepts a key
    and keeps nothing."""
    from keyring.backends import fail, null

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring() if request.param == "fail" else null.Keyring())
    yield request.param
    keyring.set_keyring(previous)


@pytest.mark.allow_log_warnings(r"keyring unavailable")
def test_a_keyring_that_keeps_nothing_is_never_taken_for_one_that_stored(useless_keyring):
    store = FallbackStore(KeyringStore(service="whaapy-contacts-test"))
    store.set(SECRET)
    assert store.keyring_failed  # with null.Keyring the set "worked" and stored nothing
    assert store.get() == SECRET  # for this session, from memory
    assert FallbackStore(KeyringStore(service="whaapy-contacts-test")).get() is None
