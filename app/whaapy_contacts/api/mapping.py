"""JSON ↔ domain mapping, tolerant of the envelope and field variants seen in production."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from whaapy_contacts.domain.contact import Agent, Contact, FunnelStage

_CONTACT_FIELDS = {f.name for f in fields(Contact)} - {"extra"}
_TEXT = (
    "name", "email", "avatar_url", "notes", "source", "company", "city", "state",
    "postal_code", "country", "assigned_agent_id", "first_name", "last_name",
)  # fmt: skip


class ShapeError(ValueError):
    """The JSON parsed, but it is not shaped like any known variant."""


@dataclass(frozen=True)
class ContactPage:
    """One page of a list or search."""

    contacts: tuple[Contact, ...]
    next_cursor: str | None
    has_more: bool


def _text(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _address(value: object) -> str:
    """``address`` may come flat or nested ({street, city, ...}): flatten to one line."""
    if isinstance(value, Mapping):
        return ", ".join(_text(v) for v in value.values() if v not in (None, ""))
    return _text(value)


def _stage(value: object) -> FunnelStage | None:
    if isinstance(value, Mapping) and value.get("id"):
        return FunnelStage(id=_text(value["id"]), name=_text(value.get("name")))
    return None


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        return float(value)
    except ValueError:
        return None


def contact_from_json(data: object) -> Contact:
    """Build a Contact from one contact object. Unknown keys go to ``extra``."""
    if not isinstance(data, Mapping) or not data.get("id"):
        raise ShapeError("contact object without an id")
    phone = _text(data.get("phone_number") or data.get("phone"))
    if phone and phone[0].isdigit():
        phone = "+" + phone  # the server may return numbers without the +
    kwargs: dict[str, Any] = {name: _text(data.get(name)) for name in _TEXT}
    tags = data.get("tags")
    return Contact(
        id=_text(data["id"]),
        phone_number=phone,
        tags=tuple(_text(t) for t in tags) if isinstance(tags, list) else (),
        custom_fields=dict(data.get("custom_fields") or {}),
        external_ids={k: _text(v) for k, v in dict(data.get("external_ids") or {}).items()},
        funnel_stage=_stage(data.get("funnel_stage")),
        address=_address(data.get("address")),
        last_contact_at=_time(data.get("last_contact_at")),
        created_at=_time(data.get("created_at")),
        updated_at=_time(data.get("updated_at")),
        deal_value=_number(data.get("deal_value")),
        extra={k: v for k, v in data.items() if k not in _CONTACT_FIELDS},
        **kwargs,
    )


def contact_from_envelope(body: object) -> Contact:
    """``{"contact": {...}}``, or an older flat ``{"id": ...}`` object."""
    if isinstance(body, Mapping) and isinstance(body.get("contact"), Mapping):
        return contact_from_json(body["contact"])
    if isinstance(body, Mapping) and isinstance(body.get("data"), Mapping):
        return contact_from_json(body["data"])
    return contact_from_json(body)


def page_from_json(body: object) -> ContactPage:
    """``{"contacts"|"data": [...], "pagination": {"next_cursor", "has_more"}}``."""
    if not isinstance(body, Mapping):
        raise ShapeError("list answer is not an object")
    items = body.get("contacts", body.get("data"))
    if not isinstance(items, list):
        raise ShapeError("list answer without contacts")
    pagination = body.get("pagination") or {}
    if not isinstance(pagination, Mapping):
        raise ShapeError("pagination is not an object")
    cursor = pagination.get("next_cursor")
    has_more = bool(pagination.get("has_more", cursor is not None)) and bool(cursor)
    return ContactPage(tuple(contact_from_json(c) for c in items), _text(cursor) or None, has_more)


def stages_from_json(body: object) -> tuple[FunnelStage, ...]:
    items = body.get("stages", body.get("data")) if isinstance(body, Mapping) else None
    if not isinstance(items, list):
        raise ShapeError("stages answer without stages")
    stages = [
        FunnelStage(
            id=_text(s.get("id")),
            name=_text(s.get("name")),
            position=int(_number(s.get("position")) or 0),
            color=_text(s.get("color")),
        )
        for s in items
        if isinstance(s, Mapping) and s.get("id")
    ]
    return tuple(sorted(stages, key=lambda s: s.position))


def tags_from_json(body: object) -> tuple[str, ...]:
    """``{"tags"|"data": [str | {"name"}]}``; the shape is not documented, so accept both."""
    items = body.get("tags", body.get("data")) if isinstance(body, Mapping) else body
    if not isinstance(items, list):
        raise ShapeError("tags answer without tags")
    names = (t.get("name") if isinstance(t, Mapping) else t for t in items)
    return tuple(_text(n) for n in names if n)


def agents_from_json(body: object) -> tuple[Agent, ...]:
    items = body.get("agents", body.get("data")) if isinstance(body, Mapping) else None
    if not isinstance(items, list):
        raise ShapeError("team answer without agents")
    return tuple(
        Agent(_text(a.get("id")), _text(a.get("name")), _text(a.get("email")))
        for a in items
        if isinstance(a, Mapping) and a.get("id")
    )


def contact_to_json(contact: Contact) -> dict[str, object]:
    """The wire shape of a Contact (``contact_from_json`` reads it back to an equal Contact)."""
    data: dict[str, object] = dict(contact.extra)
    data.update({name: getattr(contact, name) for name in _TEXT})
    stage = contact.funnel_stage
    data.update(
        id=contact.id,
        phone_number=contact.phone_number,
        tags=list(contact.tags),
        custom_fields=dict(contact.custom_fields),
        external_ids=dict(contact.external_ids),
        funnel_stage={"id": stage.id, "name": stage.name} if stage else None,
        address=contact.address,
        deal_value=contact.deal_value,
    )
    for name in ("last_contact_at", "created_at", "updated_at"):
        when = getattr(contact, name)
        data[name] = when.isoformat().replace("+00:00", "Z") if when else None
    return data
