"""Issue 15: a Mexican number is looked for before it is created, because the server may keep
and compare numbers literally (``whaapy-sandbox --phone-match literal``): a contact stored as
``+52 1 55…`` must be found when ``55…`` is typed, and the other way round, never created twice.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import httpx
import pytest

from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.domain.contact import ContactDraft
from whaapy_contacts.domain.outbox import AttentionReason, OutboxState
from whaapy_contacts.sandbox.server import DEFAULT_KEY, SandboxServer
from whaapy_contacts.services.outbox import OutboxService
from whaapy_contacts.storage.outbox import OutboxStore
from whaapy_contacts.workers.runner import TaskRunner

AUTH = {"Authorization": f"Bearer {DEFAULT_KEY}"}


@pytest.fixture(scope="module")
def literal_server() -> Iterator[SandboxServer]:
    with SandboxServer(rate_limit=0, phone_match="literal") as server:
        yield server


@pytest.fixture
def http(literal_server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=literal_server.url, headers=AUTH, timeout=10) as client:
        client.post("/_sandbox/reset").raise_for_status()
        yield client


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    assert runner.wait(10000)


class Box:
    """An outbox against the literal server, with a local history of our choosing."""

    def __init__(self, url: str, tmp_path, runner) -> None:
        self.history: dict[str, list[str]] = {}  # canonical digits -> contact ids
        self.client = ContactsClient(url, DEFAULT_KEY, timeout=2.0)
        self.store = OutboxStore(tmp_path / "local.sqlite3", (contact_to_json, contact_from_json))
        self.service = OutboxService(
            self.store, lambda: self.client, runner, tmp_path / "outbox.lock",
            rng=random.Random(3), history_ids=lambda digits: self.history.get(digits, []),
        )  # fmt: skip

    def save(self, qtbot, phone: str, name: str):
        entry = self.service.submit(ContactDraft(phone_number=phone, name=name))
        assert entry is not None
        qtbot.waitUntil(
            lambda: self.service.entry(entry.id).state is not OutboxState.PENDING, timeout=5000
        )
        return self.service.entry(entry.id)

    def close(self) -> None:
        self.service.close()
        self.client.close()


@pytest.fixture
def box(literal_server, http, tmp_path, runner) -> Iterator[Box]:
    made = Box(literal_server.url, tmp_path, runner)
    yield made
    runner.wait(10000)
    made.close()


def create(http: httpx.Client, phone: str, name: str) -> dict:
    response = http.post("/contacts/v1", json={"phone_number": phone, "name": name})
    assert response.status_code == 200, response.text
    return response.json()["contact"]


def stored(http: httpx.Client) -> list[dict]:
    return http.get("/contacts/v1", params={"limit": 100}).json()["contacts"]


def requests(http: httpx.Client) -> int:
    return int(http.get("/_sandbox/stats").json()["requests"])


@pytest.mark.parametrize(
    ("stored_as", "typed"),
    [("+5215512345678", "55 1234 5678"), ("+5215512345678", "+52 55 1234 5678")],
    ids=["old-form-stored", "old-form-stored-typed-with-52"],
)
def test_number_stored_in_the_old_form_is_found_by_a_search(qtbot, box, http, stored_as, typed):
    old = create(http, stored_as, "Con el 1")
    before = requests(http)

    entry = box.save(qtbot, typed, "Ana López")
    spent = requests(http) - before

    assert entry.state is OutboxState.ATTENTION
    assert entry.reason is AttentionReason.DUPLICATE
    assert entry.existing_id == old["id"]
    assert [c["name"] for c in stored(http)] == ["Con el 1"]  # never a second contact
    assert spent == 1  # the search; no create was tried


def test_number_stored_as_sent_is_refused_by_the_server_itself(qtbot, box, http):
    """``+52 1 55…`` typed is sent as ``+52 55…``: a literal server then knows it."""
    same = create(http, "+525512345678", "Sin el 1")
    entry = box.save(qtbot, "+52 1 55 1234 5678", "Ana López")
    assert entry.reason is AttentionReason.DUPLICATE
    assert entry.existing_id == same["id"]
    assert len(stored(http)) == 1


def test_a_number_that_only_contains_the_digits_is_not_a_duplicate(qtbot, box, http):
    create(http, "+15512345678", "En Estados Unidos")  # 1 551 234 5678: the 10 digits inside
    before = requests(http)

    entry = box.save(qtbot, "55 1234 5678", "Ana López")
    spent = requests(http) - before

    assert entry.state is OutboxState.SENT
    assert sorted(c["phone_number"] for c in stored(http)) == ["+15512345678", "+525512345678"]
    assert spent == 2  # the search, then the create


def test_a_number_in_the_local_history_is_fetched_not_searched(qtbot, box, http):
    old = create(http, "+5215512345678", "Con el 1")
    box.history["525512345678"] = [old["id"]]
    before = requests(http)

    entry = box.save(qtbot, "55 1234 5678", "Ana López")

    assert entry.existing_id == old["id"]
    assert requests(http) - before == 1  # GET /contacts/v1/{id}: it still exists


def test_a_history_row_deleted_on_the_server_does_not_block_the_contact(qtbot, box, http):
    gone = create(http, "+5215512345678", "Borrado")
    assert http.delete(f"/contacts/v1/{gone['id']}").status_code < 300
    box.history["525512345678"] = [gone["id"]]

    entry = box.save(qtbot, "55 1234 5678", "Ana López")

    assert entry.state is OutboxState.SENT
    assert [c["name"] for c in stored(http)] == ["Ana López"]


def test_foreign_numbers_are_left_to_the_server(qtbot, box, http):
    before = requests(http)
    entry = box.save(qtbot, "+34 612 345 678", "Lucía")
    assert entry.state is OutboxState.SENT
    assert requests(http) - before == 1  # the create alone


@pytest.mark.parametrize("status", [500, 429])
def test_a_failed_search_is_retried_never_skipped(qtbot, box, http, status):
    """If the look-up fails, creating anyway could make the second contact: it waits."""
    old = create(http, "+5215512345678", "Con el 1")
    fault = {"kind": "status", "status": status, "method": "POST", "path": "/contacts/v1/search"}
    if status == 429:
        fault["retry_after"] = 1
    http.post("/_sandbox/faults", json={"faults": [fault]}).raise_for_status()

    entry = box.save(qtbot, "55 1234 5678", "Ana López")

    assert entry.reason is AttentionReason.DUPLICATE
    assert entry.existing_id == old["id"]
    assert entry.attempts >= 2
    assert len(stored(http)) == 1


def test_a_match_on_a_later_page_is_found(qtbot, box, http):
    """Tester's finding: with 20 other numbers holding the same digits, the original was on a
    second page and a second contact was made. Every page is read now."""
    old = create(http, "+5215512345678", "La Original")
    for i in range(105):  # German numbers ending in the same 10 digits: newer, so listed first
        create(http, f"+49{100 + i}5512345678", f"Otro {i}")
    entry = box.save(qtbot, "55 1234 5678", "Ana López")
    assert entry.reason is AttentionReason.DUPLICATE
    assert entry.existing_id == old["id"]


def test_an_email_holding_the_digits_is_no_noise(qtbot, box, http):
    old = create(http, "+5215512345678", "La Original")
    for i in range(25):
        response = http.post(
            "/contacts/v1",
            json={"phone_number": f"+52553{i:07d}", "email": f"s{i}.5512345678@empresa.mx"},
        )
        assert response.status_code == 200
    entry = box.save(qtbot, "55 1234 5678", "Ana López")
    assert entry.existing_id == old["id"]


@pytest.mark.parametrize(
    ("body", "attempts"),
    [
        ('{"contacts": [{"id": 5}]}', 2),  # a contact without a phone: can't say it isn't ours
        ('{"contacts": [{"phone_number": "+5215512345678"}]}', 2),  # without an id: retried
        # A cursor the server then refuses (400): the same attempt asks by search= instead.
        ('{"contacts": [], "pagination": {"next_cursor": "x", "has_more": true}}', 1),
    ],
    ids=["no-phone", "no-id", "bad-cursor"],
)
def test_an_unreadable_look_up_is_retried_not_taken_for_no_match(qtbot, box, http, body, attempts):
    old = create(http, "+5215512345678", "Colega")
    fault = {"kind": "raw", "status": 200, "headers": {"Content-Type": "application/json"},
             "body": body, "method": "POST", "path": "/contacts/v1/search", "times": 1}  # fmt: skip
    http.post("/_sandbox/faults", json={"faults": [fault]}).raise_for_status()

    entry = box.save(qtbot, "55 1234 5678", "Ana López")

    assert entry.reason is AttentionReason.DUPLICATE
    assert entry.existing_id == old["id"]
    assert entry.attempts == attempts
    assert [c["name"] for c in stored(http)] == ["Colega"]


@pytest.mark.parametrize("status", [404, 400])
def test_a_server_without_the_phone_filter_is_asked_by_search(qtbot, box, http, status):
    """If the server refuses ``POST /contacts/v1/search`` (no such route, or the filter), the
    free-text ``GET ?search=`` finds the number: never a create on a guess, never stuck."""
    old = create(http, "+5215512345678", "Con el 1")
    fault = {"kind": "status", "status": status, "method": "POST",
             "path": "/contacts/v1/search", "times": 5}  # fmt: skip
    http.post("/_sandbox/faults", json={"faults": [fault]}).raise_for_status()

    entry = box.save(qtbot, "55 1234 5678", "Ana López")

    assert entry.reason is AttentionReason.DUPLICATE
    assert entry.existing_id == old["id"]
    assert entry.attempts == 1
    assert len(stored(http)) == 1
