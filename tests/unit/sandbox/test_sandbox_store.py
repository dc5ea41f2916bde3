"""The SQLite store: default stages, reset, persistence to a file, closing."""

from __future__ import annotations

from pathlib import Path

import pytest

from whaapy_contacts.sandbox import contacts
from whaapy_contacts.sandbox.store import SandboxStore, StoreClosedError


def test_fresh_store_has_default_stages() -> None:
    store = SandboxStore()
    try:
        stages = store.stages()
    finally:
        store.close()

    assert [(s["name"], s["position"], s["contact_count"]) for s in stages] == [
        ("Nuevo", 0, 0), ("Contactado", 1, 0), ("Calificado", 2, 0), ("Cliente", 3, 0),
    ]  # fmt: skip
    assert len({s["id"] for s in stages}) == 4


def test_reset_empties_contacts_and_events_and_keeps_stage_ids() -> None:
    store = SandboxStore()
    try:
        before = store.stages()
        contacts.create_contact(store, {"phone_number": "+525512345678", "tags": ["a"]})
        store.reset()
        after = store.stages()
        assert store.events() == []
        assert store.tag_counts() == []
        assert store.find_by_phone("+525512345678") is None
    finally:
        store.close()

    assert after == before


def test_file_store_persists_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "dir" / "db.sqlite"
    first = SandboxStore(path)
    try:
        doc = contacts.create_contact(first, {"phone_number": "+525512345678", "notes": "hola"})
        stages = first.stages()
    finally:
        first.close()

    second = SandboxStore(path)
    try:
        assert second.get_contact(doc["id"]) == doc
        assert second.stages() == stages
        assert [e["event"] for e in second.events()] == ["contact.created"]
    finally:
        second.close()
    assert path.exists()


def _abort_inside_transaction(store: SandboxStore) -> None:
    with store.transaction():
        store.add_event({"event": "x"})
        raise RuntimeError("abort")


def test_failed_transaction_rolls_back() -> None:
    store = SandboxStore()
    try:
        with pytest.raises(RuntimeError):
            _abort_inside_transaction(store)
        assert store.events() == []
    finally:
        store.close()


def test_closed_store_raises_and_close_is_idempotent() -> None:
    store = SandboxStore()
    store.close()
    store.close()

    with pytest.raises(StoreClosedError):
        store.events()
