"""The recent-contacts history in SQLite: rows survive reopening, upserts, and deletions."""

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.recent import row_for_contact
from whaapy_contacts.storage.recent import RecentStore

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def contact(n: int, name: str = "") -> Contact:
    return Contact(
        id=f"c{n}",
        phone_number=f"+5255{n:08d}",
        name=name or f"Persona {n}",
        created_at=T0 + timedelta(minutes=n),
    )


def items(*contacts: Contact):
    return [(row_for_contact(c), f'{{"id": "{c.id}"}}') for c in contacts]


@pytest.fixture
def path(tmp_path):
    return tmp_path / "local.sqlite3"


def test_rows_survive_reopening_newest_first(path):
    store = RecentStore(path)
    store.save(items(contact(1), contact(3), contact(2)), mine=True, seen=1.0)
    store.close()
    rows = RecentStore.read_rows(path)
    assert [r.key for r in rows] == ["c3", "c2", "c1"]
    assert rows[0] == row_for_contact(contact(3))
    assert RecentStore(path).contact_json("c2") == '{"id": "c2"}'


def test_upsert_replaces_the_row_and_mine_sticks(path):
    store = RecentStore(path)
    store.save(items(contact(1)), mine=True, seen=1.0)
    store.save(items(contact(1, "Nuevo nombre")), mine=False, seen=2.0)
    (row,) = RecentStore.read_rows(path)
    assert row.name == "Nuevo nombre"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT mine, seen FROM recent_contacts").fetchone() == (1, 2.0)


def test_wal_mode_and_other_tables_in_the_same_file_are_left_alone(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE outbox (id TEXT)")
        conn.execute("INSERT INTO outbox VALUES ('x')")
    store = RecentStore(path)
    store.save(items(contact(1)), mine=True, seen=1.0)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("SELECT id FROM outbox").fetchall() == [("x",)]


def test_meta_values(path):
    store = RecentStore(path)
    assert store.meta("updated_at") is None
    store.set_meta("updated_at", "2026-03-01T12:00:00+00:00")
    store.set_meta("updated_at", "2026-03-01T13:00:00+00:00")
    assert store.meta("updated_at") == "2026-03-01T13:00:00+00:00"
    assert store.count() == 0
