"""The outbox store's shortcuts agree with what it reads back from disk."""

import sqlite3
from datetime import UTC, datetime

import pytest
from tests.helpers.outbox import due as due_entries

from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.storage.outbox import SQLITE_NEEDED, OldSQLite, OutboxStore


@pytest.fixture
def store(tmp_path):
    store = OutboxStore(tmp_path / "local.sqlite3", (contact_to_json, contact_from_json))
    yield store
    store.close()


def test_as_sent_is_what_mark_sent_stores(store):
    entry = store.add({"phone_number": "+525512345678", "name": "Ana"}, {"name": "Ana"})
    store.begin_attempts([entry.id])
    store.mark_retry(entry.id, "Sin conexión", 0.0, ambiguous=True)
    store.begin_attempts([entry.id])
    before = store.get(entry.id)
    contact = Contact(
        id="c1", phone_number="+525512345678", name="Ana", tags=("vip",),
        created_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
    )  # fmt: skip
    store.mark_sent(entry.id, contact)
    assert OutboxStore.as_sent(before, contact) == store.get(entry.id)
    assert store.get(entry.id).state is OutboxState.SENT


def test_begin_attempts_marks_each_entry_once(store):
    entries = [store.add({"phone_number": f"+52551234567{i}"}, {}) for i in range(3)]
    store.begin_attempts([e.id for e in entries[:2]])
    store.begin_attempts([])
    assert [store.get(e.id).attempts for e in entries] == [1, 1, 0]
    assert store.recover_after_crash() == 2  # the two marked in flight


def test_end_unstarted_undoes_the_mark_of_a_request_never_sent(store):
    entries = [store.add({"phone_number": f"+52551234567{i}"}, {}) for i in range(3)]
    begun = store.begin_due(0.0, set(), 2)
    assert [(e.id, e.attempts) for e in begun] == [(entries[0].id, 1), (entries[1].id, 1)]
    store.end_unstarted([entries[1].id, entries[2].id])  # the third was never begun
    assert [store.get(e.id).attempts for e in entries] == [1, 0, 0]
    assert store.recover_after_crash() == 1


def test_due_reads_entries_as_get_does(store):
    plain = store.add({"phone_number": "+525512345670", "name": "Núñez", "tags": ["vip"]}, {})
    retried = store.add({"phone_number": "+525512345671"}, {"name": "Ana \u00e9"})
    store.begin_attempts([retried.id])
    store.mark_retry(retried.id, "Sin conexión", 1.5, ambiguous=True)
    assert due_entries(store, 2.0, set(), 5) == [store.get(plain.id), store.get(retried.id)]
    assert due_entries(store, 1.0, set(), 5) == [store.get(plain.id)]  # the retry is not due yet
    begun = store.begin_due(2.0, set(), 5)
    assert begun == [store.get(plain.id), store.get(retried.id)]
    assert [e.attempts for e in begun] == [1, 2]


def test_has_and_due_skip_excluded_entries(store):
    assert not store.has(OutboxState.PENDING)
    entries = [store.add({"phone_number": f"+52551234567{i}"}, {}) for i in range(4)]
    assert store.has(OutboxState.PENDING)
    due = due_entries(store, 0.0, {entries[0].id, entries[2].id}, 5)
    assert [e.id for e in due] == [entries[1].id, entries[3].id]
    assert [e.id for e in due_entries(store, 0.0, {entries[0].id}, 1)] == [entries[1].id]


def test_a_batch_keeps_its_durability_level_and_the_next_one_gets_its_own(store, tmp_path):
    entry = store.add({"phone_number": "+525512345678"}, {})
    with store.batch(fsync=False):
        store.begin_attempts([entry.id])
        level = store._db.execute("PRAGMA synchronous").fetchone()[0]
    assert level == 1  # NORMAL
    store.add({"phone_number": "+525587654321"}, {})  # a saved contact: fsync'd
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_an_sqlite_without_what_the_outbox_needs_is_refused_clearly(tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.31.1")
    with pytest.raises(OldSQLite, match=r"SQLite 3\.31\.1 is too old: 3\.38\.0 is needed"):
        OutboxStore(tmp_path / "o.sqlite3", (contact_to_json, contact_from_json))
    assert not (tmp_path / "o.sqlite3").exists()  # refused before touching anything


def test_this_sqlite_runs_the_group_statements(store):
    assert sqlite3.sqlite_version_info >= SQLITE_NEEDED
    entry = store.add({"phone_number": "+525512345678"}, {})
    (begun,) = store.begin_due(float("inf"), {}, 10)
    assert begun.id == entry.id
