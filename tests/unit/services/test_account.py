"""AccountService: the mode at start, the lazy client, and the key hint."""

import pytest

from whaapy_contacts.services.account import AccountService, BadKey, Mode
from whaapy_contacts.storage.secrets import MemoryStore
from whaapy_contacts.workers.runner import TaskRunner


class Hint:
    def __init__(self, stored: bool, live: str | None = None) -> None:
        self.stored = stored
        self.live = live

    def get(self) -> bool:
        return self.stored

    def set(self, stored: bool) -> None:
        self.stored = stored

    def live_url(self) -> str | None:
        return self.live

    def set_live_url(self, url: str | None) -> None:
        self.live = url


class NoKeyring(MemoryStore):
    def get(self):
        raise AssertionError("the keyring must not be asked")


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.wait(5000)


def make(runner, secrets, hint, started, **kwargs):
    def start_training():
        started.append(1)
        return ("http://127.0.0.1:9", "wha_sandbox")

    made = []
    account = AccountService(
        secrets, runner, start_training, key_hint=hint,
        client_factory=lambda url, key: made.append((url, key)) or object(), **kwargs,
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


@pytest.mark.allow_log_warnings(r"unusable base URL")
@pytest.mark.parametrize("saved", ["http://127.0.0.1:abc", "http://[::1", "http://example.com"])
def test_a_bad_saved_address_falls_back_to_whaapys_and_says_so(runner, saved):
    account, _ = make(runner, MemoryStore(), Hint(False), [], base_url=saved)
    assert account.base_url == "https://api.whaapy.com"
    assert account.address_problem is not None
    assert account.address_problem.address == saved
    account.start()  # no crash, at this start or any later one
    assert account.mode is Mode.TRAINING
    account.connect_account("wha_new", "http://127.0.0.1:8000")
    assert account.address_problem is None  # a new address was chosen: nothing to report


def test_connect_without_a_keyring_is_session_only_and_remembers_the_account(runner):
    class NoKeyringStore(MemoryStore):
        keyring_failed = True

    hint = Hint(False)
    account, _ = make(runner, NoKeyringStore(), hint, [])
    account.start()
    account.connect_account(" wha_new\u200b", "https://api.whaapy.com/")
    assert account.session_only
    assert hint.stored is False  # never recorded as stored
    assert hint.live == "https://api.whaapy.com"


def test_a_restart_without_the_key_names_the_account_whose_contacts_wait(runner):
    counted = []
    hint = Hint(False, live="https://api.whaapy.com")
    account, _ = make(
        runner, MemoryStore(), hint, [], unsent_in=lambda slug: counted.append(slug) or 3
    )
    account.start()
    assert account.mode is Mode.TRAINING
    assert account.waiting is not None
    assert account.waiting.base_url == "https://api.whaapy.com"
    assert account.waiting_unsent() == 3
    assert counted == [account.waiting.slug]
    assert counted[0].startswith("live-")


def test_a_stored_key_that_cannot_be_one_is_not_used(runner):
    account, made = make(runner, MemoryStore("wha_SECRÉT"), Hint(True), [])
    account.start()
    assert account.mode is Mode.TRAINING
    assert account.waiting is not None  # its key must be entered again
    assert made == []


def test_disconnect_forgets_the_account(runner):
    hint = Hint(False)
    account, _ = make(runner, MemoryStore(), hint, [])
    account.start()
    account.connect_account("wha_new", "https://api.whaapy.com")
    account.disconnect_account()
    assert hint.live is None
    account.start()
    assert account.waiting is None


def test_a_key_that_cannot_be_one_is_never_stored(runner):
    secrets = MemoryStore()
    account, _ = make(runner, secrets, Hint(False), [])
    account.start()
    with pytest.raises(BadKey) as info:
        account.connect_account("wha_SECRÉT", "https://api.whaapy.com")
    assert "«É»" in info.value.user_message
    assert "wha_" not in str(info.value)
    assert secrets.get() is None
