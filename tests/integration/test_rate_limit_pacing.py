"""The app within Whaapy's limit, over real HTTP: a sandbox that enforces it (``rate_limit``)
and the real outbox, client and request budget (services/scheduler.py). Issue 15."""

from __future__ import annotations

import random
import time

import httpx
import pytest

from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.domain.contact import ContactDraft
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.domain.validation import check_draft
from whaapy_contacts.sandbox.server import ALL_SCOPES, DEFAULT_KEY, SandboxServer
from whaapy_contacts.services.outbox import OutboxService
from whaapy_contacts.services.scheduler import MAX_BURST, Scheduler
from whaapy_contacts.storage.outbox import OutboxStore
from whaapy_contacts.workers.runner import TaskRunner

CODEC = (contact_to_json, contact_from_json)
READER = "wha_reader"  # in an account of its own: checking the server spends none of the app's
LIMIT = 240  # a minute: 4 a second, so the test takes seconds
BACKLOG = 30


@pytest.fixture
def limited():
    keys = {DEFAULT_KEY: ALL_SCOPES, READER: ALL_SCOPES}
    with SandboxServer(keys=keys, rate_limit=LIMIT, accounts={READER: "checks"}) as server:
        yield server


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    assert runner.wait(10000)


def payload(phone: str) -> dict[str, object]:
    checked = check_draft(ContactDraft(phone_number=phone, name=f"Atraso {phone[-4:]}"))
    assert checked.ok
    return checked.payload


def stats(url: str) -> dict:
    return httpx.get(f"{url}/_sandbox/stats").json()


def server_phones(url: str) -> list[str]:
    phones: list[str] = []
    cursor = None
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {READER}"}) as client:
        while True:
            params = {"limit": 100, **({"cursor": cursor} if cursor else {})}
            page = client.get("/contacts/v1", params=params).json()
            phones += [c["phone_number"] for c in page["contacts"]]
            cursor = page["pagination"]["next_cursor"]
            if not page["pagination"]["has_more"]:
                return phones


def test_a_backlog_drains_at_the_limit_and_the_typed_contact_jumps_the_queue(
    qtbot, limited, tmp_path, runner
):
    # A morning offline: the backlog is already in the file when the app opens.
    store = OutboxStore(tmp_path / "local.sqlite3", CODEC)
    # Spanish mobiles: one request each (a Mexican number is looked for first: two).
    backlog = [f"+346{i:08d}" for i in range(BACKLOG)]
    for phone in backlog:
        store.add(payload(phone), {"phone_number": phone})
    scheduler = Scheduler()
    client = ContactsClient(limited.url, DEFAULT_KEY, timeout=5.0, gate=scheduler)
    service = OutboxService(
        store, lambda: client, runner, tmp_path / "outbox.lock", rng=random.Random(3),
        budget=scheduler.state,
    )  # fmt: skip
    try:
        started = time.monotonic()
        service.pump()
        qtbot.waitUntil(lambda: stats(limited.url)["requests"] >= MAX_BURST + 4, timeout=20000)
        typed = service.submit(ContactDraft(phone_number="55 9999 0001", name="Recién guardado"))
        assert typed is not None
        saved_at = time.monotonic()
        qtbot.waitUntil(lambda: service.entry(typed.id).state is OutboxState.SENT, timeout=10000)
        typed_took = time.monotonic() - saved_at
        left_behind = service.status().pending
        qtbot.waitUntil(lambda: not service.has_pending(), timeout=60000)
        elapsed = time.monotonic() - started
    finally:
        runner.wait(10000)
        service.close()
        client.close()
    assert typed_took < 2.0  # at 4 a second, behind the backlog it would wait ~5 s
    assert left_behind >= 5  # it went ahead of most of the backlog
    counted = stats(limited.url)["keys"][DEFAULT_KEY]
    assert counted["rate_limited"] == 0  # it never sent what would be refused
    # One request per contact, nothing retried; the typed Mexican number's look-up first.
    assert counted["requests"] == BACKLOG + 2
    phones = server_phones(limited.url)
    assert sorted(phones) == sorted([*backlog, "+525599990001"])  # each exactly once
    # Paced: a small burst, then 4 a second (not the ~1,000 a second it can do unpaced).
    paced = (BACKLOG + 2 - MAX_BURST) / (LIMIT / 60)
    assert 0.9 * paced <= elapsed <= 1.5 * paced + 3.0


def test_the_server_saying_less_slows_the_drain_with_at_most_one_pause(
    qtbot, limited, tmp_path, runner
):
    """A plan with less: the server's limit drops mid-drain; the app follows its headers."""
    httpx.post(f"{limited.url}/_sandbox/rate-limit", json={"rate_limit": 20})
    store = OutboxStore(tmp_path / "local.sqlite3", CODEC)
    for i in range(8):
        store.add(payload(f"+3471{i:07d}"), {})  # Spain: one request each
    scheduler = Scheduler()  # believes 100 a minute until told
    client = ContactsClient(limited.url, DEFAULT_KEY, timeout=5.0, gate=scheduler)
    service = OutboxService(
        store, lambda: client, runner, tmp_path / "outbox.lock", budget=scheduler.state
    )
    try:
        service.pump()
        qtbot.waitUntil(lambda: not service.has_pending(), timeout=30000)
    finally:
        runner.wait(10000)
        service.close()
        client.close()
    state = scheduler.state()
    assert state.limit == 20
    assert state.told
    assert state.pauses <= 1
    assert stats(limited.url)["keys"][DEFAULT_KEY]["rate_limited"] == 0
    assert len(server_phones(limited.url)) == 8
