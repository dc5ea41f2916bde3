"""Contact operations (create, update, delete, move) and the public JSON shape of a contact.

Stored contacts keep ``notes`` as a list of ``{"text", "created_at"}``; the public ``notes`` field
joins their texts with a blank line (``"\\n\\n"``), or is null when there are none.
"""

from __future__ import annotations

import copy
import threading
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from whaapy_contacts.sandbox.http_types import (
    ApiError,
    contact_not_found,
    json_type_name,
    not_found,
    validation_error,
)
from whaapy_contacts.sandbox.store import Doc, SandboxStore
from whaapy_contacts.sandbox.team import AGENT_IDS
from whaapy_contacts.sandbox.validation import (
    OBJECT_FIELDS,
    REQUIRED,
    STRING_FIELDS,
    FieldErrors,
    check_references,
    validate_create,
    validate_patch,
)

BUSINESS_ID = "b5a7d1c2-0f3e-4a8b-9c6d-5e4f3a2b1c00"
DEFAULT_SOURCE = "api"
DEFAULT_COUNTRY = "MX"
STAGE_NOT_FOUND_MOVE = "Etapa no encontrada"  # the move page's 404 (PATCH says "del funnel")

# Plain values a PATCH simply overwrites (notes are appended instead); objects are merged.
_REPLACEABLE = (*(f for f in STRING_FIELDS if f != "notes"), "deal_value")
_MERGED = OBJECT_FIELDS


_clock_lock = threading.Lock()
_last_stamp = [datetime.min.replace(tzinfo=UTC)]


def utc_now() -> str:
    """UTC ISO-8601 with milliseconds and ``Z``; these sort correctly as text.

    Strictly increasing within the process, so two writes in the same millisecond still order
    (sorting by ``updated_at`` right after an edit must put the edited contact first).
    """
    with _clock_lock:
        now = max(datetime.now(UTC), _last_stamp[0] + timedelta(milliseconds=1))
        _last_stamp[0] = now
    return now.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def public_contact(doc: Doc, store: SandboxStore) -> dict[str, Any]:
    """The contact as the API returns it: the seed's keys, then deal_value/assigned_agent_id."""
    return {
        "id": doc["id"],
        "phone_number": doc["phone_number"],
        "name": doc["name"],
        "email": doc["email"],
        "avatar_url": doc["avatar_url"],
        "tags": list(doc["tags"]),
        "custom_fields": dict(doc["custom_fields"]),
        "external_ids": dict(doc["external_ids"]),
        "notes": joined_notes(doc),
        "funnel_stage": store.stage_ref(doc["funnel_stage_id"]),
        "source": doc["source"],
        "company": doc["company"],
        "address": doc["address"],
        "city": doc["city"],
        "state": doc["state"],
        "postal_code": doc["postal_code"],
        "country": doc["country"],
        "last_contact_at": doc["last_contact_at"],
        "created_at": doc["created_at"],
        "updated_at": doc["updated_at"],
        "deal_value": doc["deal_value"],
        "assigned_agent_id": doc["assigned_agent_id"],
    }


def joined_notes(doc: Doc) -> str | None:
    texts = [note["text"] for note in doc["notes"]]
    return "\n\n".join(texts) if texts else None


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Trimmed, non-empty, and unique ignoring case (the first spelling wins)."""
    seen: set[str] = set()
    result: list[str] = []
    for tag in (t.strip() for t in tags):
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


def make_event(name: str, data: Mapping[str, Any]) -> Doc:
    """The webhook envelope production sends."""
    return {"event": name, "timestamp": utc_now(), "businessId": BUSINESS_ID, "data": dict(data)}


# Create ------------------------------------------------------------------------------------


def create_contact(store: SandboxStore, body: Mapping[str, Any]) -> Doc:
    """Validate, refuse a duplicate phone (by canonical digits), store, record contact.created."""
    clean, errors = validate_create(body)
    _raise_if_invalid(store, clean, errors)
    doc = _new_doc(clean, utc_now())
    with store.transaction():
        existing = store.find_by_phone(doc["phone_number"])
        if existing is not None:
            raise _duplicate(existing["id"])
        store.insert_contact(doc)
        store.add_event(make_event("contact.created", _created_data(doc)))
    return doc


def _new_doc(clean: Mapping[str, Any], now: str) -> Doc:
    doc: Doc = {"id": str(uuid.uuid4()), "phone_number": clean["phone_number"]}
    doc.update({key: clean.get(key) for key in _REPLACEABLE})
    doc["country"] = clean.get("country", DEFAULT_COUNTRY)
    doc["source"] = clean.get("source", DEFAULT_SOURCE)
    doc["tags"] = clean_tags(clean.get("tags", []))
    doc["custom_fields"] = dict(clean.get("custom_fields", {}))
    doc["external_ids"] = dict(clean.get("external_ids", {}))
    doc["notes"] = _note_list(clean.get("notes"), now)
    doc.update(last_contact_at=None, created_at=now, updated_at=now)
    return doc


def _note_list(text: str | None, now: str) -> list[Doc]:
    return [{"text": text, "created_at": now}] if text and text.strip() else []


def _created_data(doc: Doc) -> Doc:
    keys = ("phone_number", "name", "email", "tags", "source", "created_at")
    return {"contact_id": doc["id"], **{key: doc[key] for key in keys}}


def _duplicate(existing_id: str) -> ApiError:
    return ApiError(
        409,
        "duplicate_contact",
        "Ya existe un contacto con este número de teléfono",
        extra={"existing_contact_id": existing_id},
    )


def _raise_if_invalid(store: SandboxStore, clean: Mapping[str, Any], errors: FieldErrors) -> None:
    def stage_exists(stage_id: str) -> bool:
        return store.stage_ref(stage_id) is not None

    errors.update(check_references(clean, stage_exists, AGENT_IDS))
    if errors:
        raise validation_error(errors)


# Update ------------------------------------------------------------------------------------


def update_contact(store: SandboxStore, contact_id: str, body: Mapping[str, Any]) -> Doc:
    """Apply a PATCH; record contact.updated (a delta) and, on a new stage, stage_changed."""
    clean, errors = validate_patch(body)
    _raise_if_invalid(store, clean, errors)
    with store.transaction():
        before = _load(store, contact_id)
        after = apply_patch(before, clean, utc_now())
        store.save_contact(after)
        changes = contact_delta(before, after)
        if changes:
            store.add_event(make_event("contact.updated", {"contact_id": contact_id, **changes}))
        _record_stage_change(store, before, after)
    return after


def apply_patch(doc: Doc, clean: Mapping[str, Any], now: str) -> Doc:
    """A new doc: values replaced, tags edited, maps merged, a note appended."""
    new = copy.deepcopy(doc)
    new.update({key: clean[key] for key in _REPLACEABLE if key in clean})
    new["tags"] = _patched_tags(new["tags"], clean)
    for key in _MERGED:
        if key in clean:
            new[key] = merge_map(new[key], clean[key])
    new["notes"].extend(_note_list(clean.get("notes"), now))
    new["updated_at"] = now
    return new


def _patched_tags(tags: list[str], clean: Mapping[str, Any]) -> list[str]:
    result = clean_tags(clean["tags"]) if "tags" in clean else list(tags)
    result = clean_tags([*result, *clean.get("add_tags", [])])
    drop = {tag.strip().casefold() for tag in clean.get("remove_tags", [])}
    return [tag for tag in result if tag.casefold() not in drop]


def merge_map(current: Mapping[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    """Shallow merge; a ``null`` value removes the key (JSON merge-patch style)."""
    merged = dict(current)
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


def contact_delta(before: Doc, after: Doc) -> dict[str, Any]:
    """``{"changes": {field: new}, "previous": {field: old}}`` for fields that changed."""
    fields = (*_REPLACEABLE, "tags", *_MERGED)
    changed = [key for key in fields if before[key] != after[key]]
    old_notes, new_notes = joined_notes(before), joined_notes(after)
    changes = {key: after[key] for key in changed}
    previous = {key: before[key] for key in changed}
    if old_notes != new_notes:
        changes["notes"], previous["notes"] = new_notes, old_notes
    return {"changes": changes, "previous": previous} if changes else {}


# Delete, move ------------------------------------------------------------------------------


def delete_contact(store: SandboxStore, contact_id: str) -> None:
    with store.transaction():
        doc = _load(store, contact_id)
        store.delete_contact(contact_id)
        data = {"contact_id": contact_id, "phone_number": doc["phone_number"]}
        store.add_event(make_event("contact.deleted", data))


def move_contact(store: SandboxStore, contact_id: str, body: Mapping[str, Any]) -> Doc:
    """Put a contact in a stage (or none): the documented answer; stage_changed when it moves.

    ``{"contact_id", "previous_stage", "new_stage", "moved_at"}``, each stage as ``{id, name}``
    or null (the page names the keys, not the stages' shape: the contact's own ``funnel_stage``
    shape is used). An unknown stage is a 404 "Etapa no encontrada".
    """
    stage_id = _stage_id_from(body)
    with store.transaction():
        before = _load(store, contact_id)
        new_stage = store.stage_ref(stage_id)
        if stage_id is not None and new_stage is None:
            raise not_found(STAGE_NOT_FOUND_MOVE)
        moved_at = utc_now()
        if before["funnel_stage_id"] != stage_id:
            after = {**before, "funnel_stage_id": stage_id, "updated_at": moved_at}
            store.save_contact(after)
            _record_stage_change(store, before, after)
    previous = store.stage_ref(before["funnel_stage_id"])
    return {
        "contact_id": contact_id,
        "previous_stage": previous,
        "new_stage": new_stage,
        "moved_at": moved_at,
    }


def _stage_id_from(body: Mapping[str, Any]) -> str | None:
    if "stage_id" not in body:
        raise validation_error({"stage_id": [REQUIRED]})
    stage_id = body["stage_id"]
    if stage_id is not None and not isinstance(stage_id, str):
        received = json_type_name(stage_id)
        raise validation_error({"stage_id": [f"Expected string, received {received}"]})
    return stage_id


def _record_stage_change(store: SandboxStore, before: Doc, after: Doc) -> None:
    """``contact.stage_changed`` with the documented ``previous_stage_*``/``new_stage_*``."""
    if before["funnel_stage_id"] == after["funnel_stage_id"]:
        return
    data: Doc = {"contact_id": after["id"]}
    for prefix, doc in (("previous_stage", before), ("new_stage", after)):
        ref = store.stage_ref(doc["funnel_stage_id"]) or {"id": None, "name": None}
        data[f"{prefix}_id"], data[f"{prefix}_name"] = ref["id"], ref["name"]
    store.add_event(make_event("contact.stage_changed", data))


# Conversations (the sandbox has no chats: a control route adds them) -----------------------


def add_conversation(store: SandboxStore, contact_id: str, body: Mapping[str, Any]) -> Doc:
    """Record a conversation for a contact; its ``last_contact_at`` follows the latest one."""
    status, when = body.get("status", "open"), body.get("last_message_at") or utc_now()
    if not isinstance(status, str) or not isinstance(when, str):
        raise validation_error({"body": ["status y last_message_at deben ser texto"]})
    conversation = {"id": str(uuid.uuid4()), "status": status, "last_message_at": when}
    with store.transaction():
        doc = _load(store, contact_id)
        store.add_conversation(contact_id, conversation)
        if doc["last_contact_at"] is None or when > doc["last_contact_at"]:
            store.save_contact({**doc, "last_contact_at": when})
    return conversation


def _load(store: SandboxStore, contact_id: str) -> Doc:
    doc = store.get_contact(contact_id)
    if doc is None:
        raise contact_not_found()
    return doc
