"""Filling an existing contact's empty fields from an imported row (never changing a value)."""

from __future__ import annotations

from collections.abc import Mapping

from whaapy_contacts.domain.contact import Contact

_TEXT = ("name", "email", "company", "address", "city", "state", "postal_code", "notes")


def fill_empty(existing: Contact, payload: Mapping[str, object]) -> dict[str, object]:
    """The PATCH that writes ``payload``'s values only where ``existing`` has none; the batch's
    tags are added (``add_tags``: nothing is removed), custom fields only under new names.
    Phone and source are never patched. Empty when there is nothing to fill."""
    patch: dict[str, object] = {}
    for name in _TEXT:
        value = payload.get(name)
        if value and not str(getattr(existing, name, "")).strip():
            patch[name] = value
    if payload.get("deal_value") is not None and existing.deal_value is None:
        patch["deal_value"] = payload["deal_value"]
    have = {t.casefold() for t in existing.tags}
    tags = payload.get("tags")
    new_tags = [t for t in tags if str(t).casefold() not in have] if isinstance(tags, list) else []
    if new_tags:
        patch["add_tags"] = new_tags
    custom = payload.get("custom_fields")
    if isinstance(custom, Mapping):
        fresh = {k: v for k, v in custom.items() if k not in existing.custom_fields}
        if fresh:
            patch["custom_fields"] = fresh
    return patch
