"""Contact operations without HTTP: tag cleaning, PATCH application, deltas, events."""

from __future__ import annotations

from typing import Any

import pytest

from whaapy_contacts.sandbox import contacts
from whaapy_contacts.sandbox.http_types import ApiError
from whaapy_contacts.sandbox.store import SandboxStore

NOW = "2026-01-28T12:00:00.000Z"


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["vip", "VIP", " Vip "], ["vip"]),
        (["", "  ", "a"], ["a"]),
        (["b", "a", "B"], ["b", "a"]),
    ],
)
def test_clean_tags(tags: list[str], expected: list[str]) -> None:
    assert contacts.clean_tags(tags) == expected


def test_merge_map_overwrites_adds_and_removes_with_null() -> None:
    merged = contacts.merge_map({"a": 1, "b": 2}, {"b": 3, "c": 4, "a": None, "zz": None})

    assert merged == {"b": 3, "c": 4}


def _doc(store: SandboxStore, **fields: Any) -> dict[str, Any]:
    return contacts.create_contact(store, {"phone_number": "+525512345678", **fields})


def test_apply_patch_order_replace_then_add_then_remove(store: SandboxStore) -> None:
    doc = _doc(store, tags=["a", "b"])

    patched = contacts.apply_patch(
        doc, {"tags": ["x", "y"], "add_tags": ["z", "X"], "remove_tags": ["Y"]}, NOW
    )

    assert patched["tags"] == ["x", "z"]
    assert doc["tags"] == ["a", "b"]  # the original is untouched


def test_notes_are_a_list_shown_joined(store: SandboxStore) -> None:
    doc = _doc(store, notes="uno")
    doc = contacts.apply_patch(doc, {"notes": "dos"}, NOW)
    doc = contacts.apply_patch(doc, {"notes": "  "}, NOW)  # blank notes add nothing

    assert [note["text"] for note in doc["notes"]] == ["uno", "dos"]
    assert contacts.public_contact(doc, store)["notes"] == "uno\n\ndos"


def test_delta_lists_only_changed_fields(store: SandboxStore) -> None:
    before = _doc(store, name="Ana", city="León")
    after = contacts.apply_patch(before, {"name": "Ana", "city": "Puebla", "notes": "n"}, NOW)

    delta = contacts.contact_delta(before, after)

    assert delta == {
        "changes": {"city": "Puebla", "notes": "n"},
        "previous": {"city": "León", "notes": None},
    }
    assert contacts.contact_delta(before, before) == {}


def test_update_without_changes_records_no_event(store: SandboxStore) -> None:
    doc = _doc(store, name="Ana")

    contacts.update_contact(store, doc["id"], {"name": "Ana"})

    assert [e["event"] for e in store.events()] == ["contact.created"]


def test_duplicate_is_detected_by_canonical_digits(store: SandboxStore) -> None:
    first = _doc(store)

    with pytest.raises(ApiError) as caught:
        contacts.create_contact(store, {"phone_number": "+5215512345678"})

    assert caught.value.status == 409
    assert caught.value.extra == {"existing_contact_id": first["id"]}


def test_move_to_same_stage_is_a_no_op(store: SandboxStore) -> None:
    stage = store.stages()[0]["id"]
    doc = _doc(store, funnel_stage_id=stage)

    contacts.move_contact(store, doc["id"], {"stage_id": stage})

    assert [e["event"] for e in store.events()] == ["contact.created"]


@pytest.mark.parametrize(
    ("body", "details"),
    [
        ({}, {"stage_id": ["Requerido"]}),
        ({"stage_id": 3}, {"stage_id": ["Expected string, received number"]}),
    ],
)
def test_move_validates_stage(store: SandboxStore, body: dict[str, Any], details: Any) -> None:
    doc = _doc(store)

    with pytest.raises(ApiError) as caught:
        contacts.move_contact(store, doc["id"], body)

    assert caught.value.details == details


def test_move_to_an_unknown_stage_is_the_documented_404(store: SandboxStore) -> None:
    doc = _doc(store)

    with pytest.raises(ApiError) as caught:
        contacts.move_contact(store, doc["id"], {"stage_id": "nope"})

    assert (caught.value.status, caught.value.message) == (404, "Etapa no encontrada")
    assert store.get_contact(doc["id"]) == doc


def test_public_contact_key_order(store: SandboxStore) -> None:
    public = contacts.public_contact(_doc(store), store)

    assert list(public)[:3] == ["id", "phone_number", "name"]
    assert list(public)[-2:] == ["deal_value", "assigned_agent_id"]
    assert public["source"] == "api"
    assert public["country"] == "MX"
