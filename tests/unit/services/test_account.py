"""AccountService: the mode at start, the lazy client, and the key hint."""

import pytest

from whaapy_contacts.services.account import AccountService, Mode
from whaapy_contacts.storage.secrets import MemoryStore
from whaapy_contacts.workers.runner import TaskRunner


class Hint:
    def __init__(self, stored: bool) -> None:
        self.stored = stored

    def get(self) -> bool:
        return self.stored

    def set(self, stored: bool) -> None:
        self.stored = stored

    def live_url(self) -> str | None:
        return None

    def set_live_url(self, url: str | None) -> None:
        pass


class NoKeyring(MemoryStore):
    def get(self):
        raise AssertionError("the keyring must not be asked")


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.wait(5000)


def make(runner, secrets, hint, started):
    def start_training():
        started.append(1)
        return ("http://127.0.0.1:9", "wha_sandbox")

    made = []
    account = AccountService(
        secrets, runner, start_training, key_hint=hint,
        client_factory=lambda url, key: made.append((url, key)) or object(),
    )  # fmt: skip
    return account, made


def test_new_install_skips_the_keyring_and_starts_nothing_until_needed(runner):
    started = []
    account, made = make(runner, NoKeyring(), Hint(False), started)
    account.start()
    assert account.mode is Mode.TRAINING
    assert account.data_slug == "training"
    assert started == []  # the practice server starts on first use
    assert made == []
    account.client()
    account.client()
    assert started == [1]
    assert made == [("http://127.0.0.1:9", "wha_sandbox")]


def test_stored_key_is_read_and_used(runner):
    account, made = make(runner, MemoryStore("wha_stored"), Hint(True), [])
    account.start()
    assert account.mode is Mode.LIVE
    account.client()
    assert made == [("https://api.whaapy.com", "wha_stored")]


def test_connect_and_disconnect_keep_the_hint(runner):
    hint = Hint(False)
    account, _ = make(runner, MemoryStore(), hint, [])
    account.start()
    account.connect_account("wha_new", "https://api.whaapy.com")
    assert hint.stored is True
    assert account.data_slug.startswith("live-")
    account.disconnect_account()
    assert hint.stored is False
    assert account.mode is Mode.TRAINING


def test_warm_up_makes_the_client_on_a_worker(qtbot, runner):
    account, made = make(runner, MemoryStore(), Hint(False), [])
    account.start()
    with qtbot.waitSignal(account.warm_up().finished, timeout=5000):
        pass
    assert len(made) == 1
