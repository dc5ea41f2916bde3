"""A real Secret Service (gnome-keyring under dbus-run-session): the key round-trips."""

import os
import uuid

import pytest

from whaapy_contacts.storage.secrets import FallbackStore, KeyringStore

pytestmark = pytest.mark.keyring


@pytest.fixture
def secret_service():
    if not os.environ.get("WHAAPY_TEST_SECRET_SERVICE"):
        if os.environ.get("WHAAPY_REQUIRE_SECRET_SERVICE"):
            pytest.fail(
                "CI must run this under dbus-run-session with gnome-keyring (tools/run-tests)"
            )
        pytest.skip("no private D-Bus session with gnome-keyring (run through `make test`)")
    import keyring
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_key_round_trips_through_the_os_keyring(secret_service, tmp_path):
    service = f"whaapy-contacts-test-{uuid.uuid4()}"
    store = KeyringStore(service=service)
    assert "SecretService" in store.backend_name()
    secret = f"wha_test_{uuid.uuid4().hex}"
    assert store.get() is None
    store.set(secret)
    assert store.get() == secret
    # A second store (like the next app start) reads the same key.
    assert KeyringStore(service=service).get() == secret
    store.delete()
    assert store.get() is None
    store.delete()  # deleting twice is fine


def test_fallback_store_uses_the_keyring_when_it_works(secret_service):
    service = f"whaapy-contacts-test-{uuid.uuid4()}"
    store = FallbackStore(KeyringStore(service=service))
    store.set("wha_fallback_check")
    assert not store.keyring_failed
    assert KeyringStore(service=service).get() == "wha_fallback_check"
    store.delete()
