"""The outbox store reads whatever is on disk without raising, and writes only valid JSON."""

import math
import sqlite3

import pytest
from tests.helpers.outbox import due as due_entries

from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.storage.outbox import OutboxStore

CODEC = (contact_to_json, contact_from_json)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "local.sqlite3"


@pytest.fixture
def store(path):
    store = OutboxStore(path, CODEC)
    yield store
    store.close()


def write_raw(path, sql, *args):
    db = sqlite3.connect(path)
    with db:
        db.execute(sql, args)
    db.close()


@pytest.mark.parametrize(
    "stored",
    [300_000_000_000 + 1.7e9, 1e308, "mañana", b"\x00\x01", -5.0, 2**62],
    ids=["year-11533", "1e308", "text", "blob", "negative", "huge-int"],
)
def test_any_next_attempt_on_disk_reads_and_is_brought_forward(path, store, stored):
    entry = store.add({"phone_number": "+525512345678"}, {})
    write_raw(path, "UPDATE outbox SET next_attempt_at=? WHERE id=?", stored, entry.id)

    read = store.get(entry.id)  # raised "year 11533 is out of range" before
    assert store.entries()[0].id == entry.id
    assert read.state is OutboxState.PENDING
    due = store.next_due_at()
    assert due is not None
    assert math.isfinite(due)
    assert store.bring_forward(latest=2e9) in (0, 1)
    assert [e.id for e in due_entries(store, 2e9, (), 10)] == [entry.id]


def test_a_sane_wait_is_kept(store):
    entry = store.add({"phone_number": "+525512345678"}, {})
    store.mark_retry(entry.id, "Sin conexión", 1_800_000_100.0, ambiguous=False)

    assert store.bring_forward(latest=1_800_003_600.0) == 0
    assert store.next_due_at() == 1_800_000_100.0


@pytest.mark.parametrize("when", [math.inf, math.nan, 1e300, -1e300])
def test_mark_retry_stores_only_a_usable_time(store, when):
    entry = store.add({"phone_number": "+525512345678"}, {})
    store.mark_retry(entry.id, "Sin conexión", when, ambiguous=False)

    read = store.get(entry.id)
    assert read.next_attempt_at is None or read.next_attempt_at.year <= 9999
    assert math.isfinite(store.next_due_at())


def test_unreadable_created_at_still_reads(path, store):
    entry = store.add({"phone_number": "+525512345678"}, {})
    write_raw(path, "UPDATE outbox SET created_at='ayer' WHERE id=?", entry.id)

    assert store.get(entry.id).created_at.year == 1970


@pytest.mark.parametrize("number", [math.inf, -math.inf, math.nan])
def test_a_sent_contact_with_a_non_finite_number_is_recorded(path, store, number):
    entry = store.add({"phone_number": "+525512345678"}, {})
    store.begin_attempts([entry.id])
    contact = Contact(
        id="c1", phone_number="+525512345678", deal_value=number,
        custom_fields={"score": number, "list": [1.5, number]},
    )  # fmt: skip

    store.mark_sent(entry.id, contact)  # raised "malformed JSON" before
    store.close()
    reopened = OutboxStore(path, CODEC)
    sent = reopened.get(entry.id)
    reopened.close()

    assert sent.state is OutboxState.SENT
    assert sent.contact is not None
    assert sent.contact.deal_value is None
    assert sent.contact.custom_fields == {"score": None, "list": [1.5, None]}
