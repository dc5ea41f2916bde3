"""The undo mark on an outbox entry (services/outbox_undo.py): set in one transaction, kept in
the file, never sent as a POST again; a file written before the column existed gets it."""

import sqlite3

import pytest

from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.storage.outbox import OutboxStore
from whaapy_contacts.storage.outbox_rows import SCHEMA

CODEC = (contact_to_json, contact_from_json)
PAYLOAD = {"phone_number": "+525512345678", "name": "Juan"}


@pytest.fixture
def store(tmp_path):
    s = OutboxStore(tmp_path / "outbox.sqlite3", CODEC)
    yield s
    s.close()


def test_a_pending_entry_never_tried_is_withdrawn_at_once(store):
    entry = store.add(PAYLOAD, {})
    assert store.mark_undo(entry.id) == "withdrawn"
    assert store.entries() == []


def test_an_ambiguous_entry_is_marked_and_never_due_as_a_post_again(store):
    entry = store.add(PAYLOAD, {})
    store.begin_attempts([entry.id])
    store.mark_retry(entry.id, "dropped", 0.0, ambiguous=True)
    assert store.mark_undo(entry.id) == "marked"
    (due,) = store.begin_due(1e12, (), 10)
    assert due.undo  # what the outbox sends for it is the look-up, never the POST
    assert store.next_due_at() == 0.0
    store.finish_undo(entry.id, "withdrawn")
    assert store.entries() == []
    assert store.next_due_at() is None


def test_a_sent_entry_keeps_its_state_while_its_delete_waits(store):
    entry = store.add(PAYLOAD, {})
    store.mark_sent(entry.id, Contact(id="c1", phone_number="+525512345678", name="Juan"))
    assert store.mark_undo(entry.id) == "marked-sent"
    (due,) = store.begin_due(1e12, (), 10)
    store.mark_undo_retry(due.id, "429", 5000.0)
    assert store.get(entry.id).state is OutboxState.SENT
    assert store.next_due_at() == 5000.0
    assert store.counts()[OutboxState.PENDING] == 0


def test_a_file_written_before_the_undo_column_gets_it(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(SCHEMA.replace(",\n    undo INTEGER NOT NULL DEFAULT 0", ""))
    db.execute(
        "INSERT INTO outbox (id, seq, created_at, updated_at, state, payload, draft) "
        "VALUES ('a', 1, '2026-01-01T00:00:00+00:00', '', 'pending', '{}', '{}')"
    )
    db.commit()
    assert "undo" not in {r[1] for r in db.execute("PRAGMA table_info(outbox)")}
    db.close()
    store = OutboxStore(path, CODEC)
    try:
        assert [(e.id, e.undo) for e in store.entries()] == [("a", False)]
        assert store.mark_undo("a") == "withdrawn"
    finally:
        store.close()
