"""The PATCH for an edited contact: only what changed, in the shape the API merges.

What ``PATCH /contacts/v1/{id}`` does (whaapy-api.md): omitted fields stay; ``tags`` replaces, so
we send ``add_tags``/``remove_tags``; ``custom_fields`` merge, so only changed keys go; ``notes``
is appended as a new note, so only new text goes. ``null`` is never sent, which means some
fields cannot be emptied by a PATCH: ``kept_fields`` names them so the user can be told.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from whaapy_contacts.domain.contact import Contact, clean_tags
from whaapy_contacts.domain.countries import DEFAULT_COUNTRY
from whaapy_contacts.domain.fields import every, named


# How each field is patched: domain/fields.py's ``patch`` ("text" may be set to "", "set" not
# emptied, "given" only when the payload carries it), read from the table at each call.
def patch_for(old: Contact, payload: Mapping[str, object]) -> dict[str, object]:
    """The PATCH body turning ``old`` into what ``payload`` (a checked edit) describes.

    ``payload`` is a create-style payload (empty values omitted) of the fields the form edits;
    fields it lacks are treated as emptied. Phone and source are never patched.
    """
    patch: dict[str, object] = {}
    for name in named("text"):
        new = str(payload.get(name, ""))
        if new != _old_text(old, name):
            patch[name] = new
    for name in named("set"):
        value = payload.get(name)
        if value not in (None, "") and not _same_value(old, name, value):
            patch[name] = value
    for name in named("given"):
        if payload.get(name) not in (None, "") and payload[name] != getattr(old, name):
            patch[name] = payload[name]
    patch.update(_collection_changes(old, payload))
    return patch


def _collection_changes(old: Contact, payload: Mapping[str, object]) -> dict[str, object]:
    """The PATCH for tags, key/value maps and the note: each in the shape the API merges."""
    patch: dict[str, object] = {}
    for name in named("tags"):
        patch.update(_tag_changes(getattr(old, name), _tags(payload, name)))
    for name in named("merge"):
        if changed := _changed_keys(getattr(old, name), _mapping(payload, name)):
            patch[name] = changed
    for name in named("whole-map"):
        have, ids = getattr(old, name), _mapping(payload, name)
        if _changed_keys(have, ids):
            patch[name] = {**have, **ids}
    for name in named("note"):
        if note := _new_note(getattr(old, name), str(payload.get(name, ""))):
            patch[name] = note
    return patch


def kept_fields(old: Contact, payload: Mapping[str, object]) -> tuple[str, ...]:
    """Fields the user emptied that a PATCH cannot empty (they keep their old value)."""
    kept = [
        name
        for name in named("set")
        if payload.get(name) in (None, "") and _old_text(old, name) not in ("", DEFAULT_COUNTRY)
    ]
    for name in named("merge", "whole-map"):
        if set(getattr(old, name)) - set(_mapping(payload, name)):
            kept.append(name)
    return tuple(kept)


def _old_text(old: Contact, name: str) -> str:
    if name == "name":
        return old.name or old.display_name
    if name == "funnel_stage_id":
        return old.funnel_stage.id if old.funnel_stage else ""
    return str(getattr(old, name) or "")


def _same_value(old: Contact, name: str, value: object) -> bool:
    current = _old_text(old, name)
    if name == "email":
        return current.casefold() == str(value).casefold()
    if name == "country":
        # A contact without a country shows the form's default; keeping it is not a change.
        return current.upper() == str(value).upper() or (not current and value == DEFAULT_COUNTRY)
    return current == str(value)


def _tags(payload: Mapping[str, object], name: str = "tags") -> tuple[str, ...]:
    tags = payload.get(name)
    return clean_tags([str(t) for t in tags]) if isinstance(tags, (list, tuple)) else ()


def _tag_changes(old: tuple[str, ...], new: tuple[str, ...]) -> dict[str, object]:
    old_keys = {t.casefold() for t in old}
    new_keys = {t.casefold() for t in new}
    changes: dict[str, object] = {}
    added = [t for t in new if t.casefold() not in old_keys]
    removed = [t for t in old if t.casefold() not in new_keys]
    if added:
        changes["add_tags"] = added
    if removed:
        changes["remove_tags"] = removed
    return changes


def _mapping(payload: Mapping[str, object], name: str) -> dict[str, object]:
    value = payload.get(name)
    return dict(value) if isinstance(value, Mapping) else {}


def _changed_keys(old: Mapping[str, object], new: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in new.items() if k not in old or not _same_json(old[k], v)}


def _same_json(a: object, b: object) -> bool:
    """Equal as JSON values: ``True`` is not ``1``, but ``5`` is ``5.0``."""
    return isinstance(a, bool) == isinstance(b, bool) and a == b


def _new_note(old: str, new: str) -> str:
    """What to append: nothing if unchanged, the added tail if the old text was extended."""
    new = new.strip()
    if not new or new == old.strip():
        return ""
    if old.strip() and new.startswith(old.strip()):
        return new[len(old.strip()) :].strip()
    return new


# --- the duplicate flow: what "Actualizar ese contacto" would change, and how to undo it ----


def _preview_text() -> tuple[str, ...]:
    """Fields the duplicate flow may set as a plain value, in the form's order: the preview
    lists them first, then a deal value, added tags, custom fields and external IDs, a note."""
    return tuple(
        f.name for f in every() if f.patch in ("text", "set", "given") and f.kind != "number"
    )


@dataclass(frozen=True)
class FieldChange:
    """One field the update would change: ``old`` → ``new`` as values (the UI words them).

    ``apply`` is the PATCH fragment that makes the change; ``undo`` the one that puts the old
    value back, or None when the API cannot (an emptied e-mail needs ``null``, a note stays)."""

    field: str  # "name", "tags", "notes", "custom_fields", "external_ids", …
    key: str  # the custom field's or external ID's name; "" otherwise
    old: object
    new: object
    apply: Mapping[str, object]
    undo: Mapping[str, object] | None


def changes_for_existing(old: Contact, payload: Mapping[str, object]) -> tuple[FieldChange, ...]:
    """What applying a create ``payload`` to the existing contact ``old`` would change, field
    by field, only where they differ. Fields the payload leaves out stay as they are (a PATCH
    keeps omitted fields), tags are added, custom fields merge, and a note is appended."""
    changes = [c for name in _preview_text() if (c := _text_change(old, payload, name))]
    for name in (f.name for f in every() if f.patch == "given" and f.kind == "number"):
        changes += _number_change(old, payload, name)
    for name in named("tags"):
        changes += _tags_added(old, payload, name)
    for name in named("merge", "whole-map"):
        changes += _map_changes(name, getattr(old, name), _mapping(payload, name))
    for name in named("note"):
        note = _new_note(getattr(old, name), str(payload.get(name, "")))
        if note and note not in getattr(old, name):
            changes.append(FieldChange(name, "", "", note, {name: note}, None))
    return tuple(changes)


def _number_change(old: Contact, payload: Mapping[str, object], name: str) -> list[FieldChange]:
    new, before = payload.get(name), getattr(old, name)
    if not isinstance(new, (int, float)) or isinstance(new, bool) or new == before:
        return []
    undo = None if before is None else {name: before}
    return [FieldChange(name, "", before, new, {name: new}, undo)]


def _tags_added(old: Contact, payload: Mapping[str, object], name: str) -> list[FieldChange]:
    have: tuple[str, ...] = getattr(old, name)
    added = [t for t in _tags(payload, name) if t.casefold() not in {o.casefold() for o in have}]
    if not added:
        return []
    return [FieldChange(name, "", have, (*have, *added), {"add_tags": added},
                        {"remove_tags": added})]  # fmt: skip


def patch_of(
    changes: tuple[FieldChange, ...] | list[FieldChange],
    *,
    undo: bool = False,
    external_ids: Mapping[str, object] | None = None,
) -> dict[str, object]:
    """One PATCH body from the chosen changes (or from their undo fragments, where they have
    one). External IDs go as the whole map, ``external_ids`` (the contact's current one) with
    the chosen keys over it, as ``patch_for`` does: whether the API merges them is unknown."""
    patch: dict[str, object] = {}
    for change in changes:
        fragment = change.undo if undo else change.apply
        for name, value in (fragment or {}).items():
            patch[name] = _merged(
                patch.get(name), value, external_ids if name == "external_ids" else None
            )
    return patch


def _merged(before: object, value: object, base: Mapping[str, object] | None) -> object:
    """``value`` added to what the PATCH already holds for its field (maps merge, lists join)."""
    if isinstance(value, Mapping):
        start = before if isinstance(before, Mapping) else (base or {})
        return {**start, **value}
    if isinstance(value, list):
        return [*(before if isinstance(before, list) else []), *value]
    return value


def _text_change(old: Contact, payload: Mapping[str, object], name: str) -> FieldChange | None:
    value = payload.get(name)
    if value in (None, "") or _same_value(old, name, value):
        return None
    before = _old_text(old, name)
    restorable = before != "" or name in named("text")
    undo = {name: before} if restorable else None
    return FieldChange(name, "", before, value, {name: value}, undo)


def _map_changes(
    name: str, old: Mapping[str, object], new: Mapping[str, object]
) -> list[FieldChange]:
    changes = []
    for key, value in _changed_keys(old, new).items():
        undo = {name: {key: old[key]}} if key in old else None
        changes.append(FieldChange(name, key, old.get(key), value, {name: {key: value}}, undo))
    return changes
