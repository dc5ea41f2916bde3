"""The outbox against the real sandbox: every fault kind, checked on both sides."""

from __future__ import annotations

import itertools
import random

import pytest
from tests.helpers.outbox import attempts_log

from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.domain.contact import ContactDraft
from whaapy_contacts.domain.outbox import AttentionReason, OutboxState
from whaapy_contacts.services import outbox as outbox_module
from whaapy_contacts.services.outbox import OutboxService, backoff_delay
from whaapy_contacts.services.sending import matches_sent
from whaapy_contacts.storage.outbox import OutboxStore
from whaapy_contacts.workers.runner import TaskRunner

CODEC = (contact_to_json, contact_from_json)


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch):
    monkeypatch.setattr(outbox_module, "BACKOFF_BASE_S", 0.02)
    monkeypatch.setattr(outbox_module, "BACKOFF_CAP_S", 0.1)


class Harness:
    def __init__(self, sandbox, tmp_path, runner, key=None):
        self.sandbox = sandbox
        self.client = ContactsClient(sandbox.url, key or sandbox.key, timeout=1.0)
        self.store = OutboxStore(tmp_path / "local.sqlite3", CODEC)
        self.service = OutboxService(
            self.store, lambda: self.client, runner, tmp_path / "outbox.lock",
            rng=random.Random(7),
        )  # fmt: skip

    def close(self):
        self.service.close()
        self.client.close()

    def settled(self):
        return all(e.state is not OutboxState.PENDING for e in self.service.entries())


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    assert runner.wait(10000)


@pytest.fixture
def box(sandbox, tmp_path, runner):
    harness = Harness(sandbox, tmp_path, runner)
    yield harness
    runner.wait(10000)
    harness.close()


def server_contacts(sandbox):
    with sandbox.client() as client:
        return client.get("/contacts/v1", params={"limit": 100}).json()["contacts"]


def draft(phone="55 1234 5678", **fields):
    return ContactDraft(phone_number=phone, **fields)


def test_saved_contact_is_durable_before_sending_and_then_sent(qtbot, box, sandbox, tmp_path):
    sandbox.add_faults({"kind": "delay", "ms": 300, "method": "POST", "path": "/contacts/v1"})
    entry = box.service.submit(draft(name="Juan"))
    # On disk before the network answered: a second reader of the file sees it.
    other = OutboxStore(tmp_path / "local.sqlite3", CODEC)
    assert [e.id for e in other.entries()] == [entry.id]
    other.close()
    qtbot.waitUntil(box.settled, timeout=5000)
    sent = box.service.entry(entry.id)
    assert sent.state is OutboxState.SENT
    (stored,) = server_contacts(sandbox)
    assert sent.contact.id == stored["id"]
    assert stored["name"] == "Juan"


def test_invalid_draft_is_not_stored(qtbot, box):
    with qtbot.waitSignal(box.service.validation_failed) as blocker:
        assert box.service.submit(draft("123")) is None
    assert "phone_number" in blocker.args[0]
    assert box.service.entries() == []


FAULTS = [
    {"kind": "status", "status": 500},
    {"kind": "status", "status": 502, "body": "html"},
    {"kind": "status", "status": 503, "times": 3},
    {"kind": "status", "status": 429, "retry_after": 1},
    {"kind": "truncate"},
    {"kind": "drop_before", "times": 2},
    {"kind": "drop_after_commit"},
    {"kind": "delay", "ms": 1500},
]


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f"{f['kind']}-{f.get('status', '')}")
def test_every_fault_ends_with_exactly_one_contact_marked_sent(qtbot, box, sandbox, fault):
    sandbox.add_faults({**fault, "method": "POST", "path": "/contacts/v1"})
    entry = box.service.submit(draft(name="Lucía", tags=("vip",)))
    qtbot.waitUntil(box.settled, timeout=10000)
    done = box.service.entry(entry.id)
    assert done.state is OutboxState.SENT, done
    assert done.attempts >= 2
    stored = server_contacts(sandbox)
    assert len(stored) == 1
    assert done.contact.id == stored[0]["id"]
    outcomes = [o for _, o, _ in attempts_log(box.store, entry.id)]
    assert outcomes[-1] in ("sent", "sent-earlier")
    assert "retry" in outcomes


def test_someone_elses_contact_during_an_ambiguous_retry_is_a_duplicate(qtbot, box, sandbox):
    sandbox.add_faults({"kind": "drop_before", "method": "POST", "path": "/contacts/v1"})
    entry = box.service.submit(draft(name="Mía"))
    qtbot.waitUntil(lambda: box.service.entry(entry.id).ambiguous, timeout=5000)
    with sandbox.client() as client:  # meanwhile a colleague creates the same phone
        client.post("/contacts/v1", json={"phone_number": "+525512345678", "name": "Otra"})
    box.service.retry_now()
    qtbot.waitUntil(box.settled, timeout=5000)
    done = box.service.entry(entry.id)
    assert done.state is OutboxState.ATTENTION
    assert done.reason is AttentionReason.DUPLICATE
    assert done.existing_id
    assert [c["name"] for c in server_contacts(sandbox)] == ["Otra"]


def test_plain_duplicate_needs_the_user(qtbot, box, sandbox):
    with sandbox.client() as client:
        client.post("/contacts/v1", json={"phone_number": "+525512345678", "name": "Juan"})
    entry = box.service.submit(draft(name="Juan"))
    qtbot.waitUntil(box.settled, timeout=5000)
    done = box.service.entry(entry.id)
    assert (done.state, done.reason) == (OutboxState.ATTENTION, AttentionReason.DUPLICATE)


def test_server_validation_error_needs_attention_with_field_errors(qtbot, box, sandbox):
    entry = box.service.submit(draft(funnel_stage_id="00000000-0000-4000-8000-000000000000"))
    qtbot.waitUntil(box.settled, timeout=5000)
    done = box.service.entry(entry.id)
    assert (done.state, done.reason) == (OutboxState.ATTENTION, AttentionReason.VALIDATION)
    assert done.field_errors["funnel_stage_id"] == ("Etapa del funnel no encontrada",)
    assert server_contacts(sandbox) == []
    # Fixed by the user: the same entry goes again, no second entry.
    box.service.submit(draft(), replaces=entry.id)
    qtbot.waitUntil(box.settled, timeout=5000)
    assert box.service.entry(entry.id).state is OutboxState.SENT
    assert len(box.service.entries()) == 1


@pytest.mark.parametrize("status", [401, 403])
def test_auth_failure_pauses_the_queue_and_drops_nothing(qtbot, box, sandbox, status):
    sandbox.add_faults(
        {"kind": "status", "status": status, "method": "POST", "path": "/contacts/v1", "times": 1}
    )
    first = box.service.submit(draft("55 1111 1111"))
    qtbot.waitUntil(lambda: box.service.status().paused_by is not None, timeout=5000)
    second = box.service.submit(draft("55 2222 2222"))
    status_now = box.service.status()
    assert status_now.pending == 2
    assert server_contacts(sandbox) == []
    box.service.resume()  # e.g. after the user fixed the key
    qtbot.waitUntil(box.settled, timeout=5000)
    assert {box.service.entry(i).state for i in (first.id, second.id)} == {OutboxState.SENT}
    assert len(server_contacts(sandbox)) == 2


def test_restart_resumes_pending_and_rechecks_interrupted_attempts(
    qtbot, sandbox, tmp_path, runner
):
    first = Harness(sandbox, tmp_path, runner)
    entry = first.store.add({"phone_number": "+525512345678", "name": "Ana"}, {})
    first.store.begin_attempts([entry.id])  # as if killed mid-send...
    with sandbox.client() as client:  # ...after the server had stored it
        client.post("/contacts/v1", json={"phone_number": "+525512345678", "name": "Ana"})
    first.store.add({"phone_number": "+525587654321"}, {})
    first.client.close()
    first.store.close()
    second = Harness(sandbox, tmp_path, runner)
    try:
        assert second.service.entry(entry.id).ambiguous
        second.service.pump()
        qtbot.waitUntil(second.settled, timeout=5000)
        assert {e.state for e in second.service.entries()} == {OutboxState.SENT}
        assert len(server_contacts(sandbox)) == 2
    finally:
        runner.wait(5000)
        second.close()


def test_only_one_instance_sends(qtbot, sandbox, tmp_path, runner):
    a = Harness(sandbox, tmp_path, runner)
    b = Harness(sandbox, tmp_path, runner)
    try:
        a.service.pump()
        assert a.service.status().sender
        b.service.submit(draft("55 3333 3333"))  # stored by b, but b may not send
        assert not b.service.status().sender
        a.service.pump()
        qtbot.waitUntil(a.settled, timeout=5000)
        assert len(server_contacts(sandbox)) == 1
    finally:
        runner.wait(5000)
        a.close()
        b.close()


def test_closed_outbox_sends_nothing_more_and_ignores_late_answers(
    qtbot, qapp, sandbox, tmp_path, runner
):
    sandbox.add_faults(
        {"kind": "delay", "ms": 1500, "method": "POST", "path": "/contacts/v1", "times": 8}
    )
    first = Harness(sandbox, tmp_path, runner)
    for i in range(outbox_module.SEND_AHEAD + 4):
        first.service.submit(draft(f"55 7100 {i:04d}"))
    first.service.close()  # with sends on the wire and more queued behind them
    assert runner.wait(5000)
    qapp.processEvents()  # the late answers arrive: ignored, the store is closed
    first.client.close()
    assert len(server_contacts(sandbox)) <= outbox_module.MAX_IN_FLIGHT
    second = Harness(sandbox, tmp_path, runner)
    try:
        entries = second.service.entries()
        started = sum(e.attempts > 0 for e in entries)  # the queued ones were taken back
        assert 0 < started <= outbox_module.MAX_IN_FLIGHT
        assert sum(e.ambiguous for e in entries) == started
        second.service.pump()
        qtbot.waitUntil(second.settled, timeout=10000)
        assert {e.state for e in second.service.entries()} == {OutboxState.SENT}
        stored = [c["phone_number"] for c in server_contacts(sandbox)]
        assert len(stored) == len(set(stored)) == len(entries)
    finally:
        runner.wait(5000)
        second.close()


def test_attempts_counted_are_the_requests_made_when_sends_are_taken_back(qtbot, box, sandbox):
    # After an error the sends handed ahead but not started are taken back, uncounted.
    sandbox.add_faults(
        {
            "kind": "delay",
            "ms": 300,
            "method": "POST",
            "path": "/contacts/v1",
            "times": outbox_module.MAX_IN_FLIGHT,
        },
        {"kind": "status", "status": 500, "method": "POST", "path": "/contacts/v1", "times": 2},
    )  # the first sends are slow, so the rest queue up behind them
    posts = []
    create = box.client.create_contact

    def counted(payload):
        posts.append(payload["phone_number"])
        return create(payload)

    box.client.create_contact = counted
    for i in range(40):
        box.service.submit(draft(f"55 7200 {i:04d}"))
    qtbot.waitUntil(box.settled, timeout=20000)
    entries = box.service.entries()
    assert {e.state for e in entries} == {OutboxState.SENT}
    assert sum(e.attempts for e in entries) == len(posts) == 42
    assert len(server_contacts(sandbox)) == 40


def test_short_soak_random_faults_exactly_once(qtbot, box, sandbox):
    rng = random.Random(42)
    kinds = [
        {"kind": "drop_before"}, {"kind": "drop_after_commit"}, {"kind": "truncate"},
        {"kind": "status", "status": 500}, {"kind": "status", "status": 429},
        {"kind": "delay", "ms": 1200},
    ]  # fmt: skip
    faults = [{**rng.choice(kinds), "method": "POST", "path": "/contacts/v1"} for _ in range(25)]
    sandbox.add_faults(*faults)
    for i in range(30):
        box.service.submit(draft(f"55 7000 {i:04d}", name=f"Soak {i}"))
    qtbot.waitUntil(box.settled, timeout=60000)
    states = [e.state for e in box.service.entries()]
    assert states.count(OutboxState.SENT) == 30
    stored = server_contacts(sandbox)
    assert sorted(c["phone_number"] for c in stored) == sorted(
        e.payload["phone_number"] for e in box.service.entries()
    )
    assert len({c["phone_number"] for c in stored}) == 30


def test_backoff_grows_with_jitter_and_honours_retry_after(monkeypatch):
    monkeypatch.setattr(outbox_module, "BACKOFF_BASE_S", 2.0)
    monkeypatch.setattr(outbox_module, "BACKOFF_CAP_S", 300.0)
    rng = random.Random(1)
    delays = [outbox_module.backoff_delay(n, None, rng) for n in range(1, 6)]
    assert all(b > a for a, b in itertools.pairwise(delays))
    assert backoff_delay(1, 30.0, rng) == 30.0


def test_matches_sent_compares_what_we_sent():
    contact = contact_from_json(
        {"id": "x", "phone_number": "+5215512345678", "name": "Ana", "tags": ["VIP"]}
    )
    assert matches_sent({"phone_number": "+525512345678", "name": "Ana", "tags": ["vip"]}, contact)
    assert not matches_sent({"phone_number": "+525512345678", "name": "Otra"}, contact)
    assert not matches_sent({"phone_number": "+525500000000"}, contact)
