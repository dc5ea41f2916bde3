"""``GET /contacts/v1/fields`` read tolerantly: its shape is not documented (whaapy-api.md).

Accepted: ``{"fields": [...]}``, ``{"data": [...]}`` (also one level deeper, ``{"data":
{"fields": [...]}}``), a bare list, or a dict keyed by the field's key. Each entry names its key
by ``key``/``slug``/``name``/``id``, its label by ``label``/``display_name``/``name``, its type
by ``type``/``field_type``/``data_type`` (with the synonyms below; an unknown type is text;
``integer``/``int`` is a number without decimals) and
a choice's options by ``options``/``choices``/``values`` (strings, numbers, or ``{value, label}``).
Junk entries are skipped; an answer with none of these shapes is a ``ShapeError`` (the client
makes it a BadResponse, and the app keeps the definitions it had).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from whaapy_contacts.api.mapping import ShapeError
from whaapy_contacts.domain.cleaning import clean_line
from whaapy_contacts.domain.custom_fields import FieldDefinition, FieldType, Scalar

MAX_FIELDS = 60  # more would make a form nobody can use; values of the others stay free rows
MAX_OPTIONS = 200
MAX_LABEL = 60  # a longer name is cut with "…" (a hostile one would widen the whole form)
MAX_KEY = 200

_ENVELOPES = ("fields", "data", "custom_fields", "definitions", "items", "results")
_KEYS = ("key", "slug", "field_key", "name", "id")
_LABELS = ("label", "display_name", "title", "name")
_TYPES = ("type", "field_type", "data_type", "kind")
_OPTIONS = ("options", "choices", "values", "enum")
_SYNONYMS: dict[str, FieldType] = {
    **dict.fromkeys(("text", "string", "str", "textarea", "long_text", "email", "url",
                     "phone", "varchar"), "text"),
    **dict.fromkeys(("number", "integer", "int", "decimal", "float", "double", "numeric",
                     "currency", "money"), "number"),
    **dict.fromkeys(("date", "datetime", "date_time", "timestamp"), "date"),
    **dict.fromkeys(("boolean", "bool", "checkbox", "yes_no", "yesno", "toggle", "switch"),
                    "boolean"),
    **dict.fromkeys(("select", "choice", "dropdown", "enum", "options", "single_select",
                     "radio", "list"), "select"),
}  # fmt: skip
_WHOLE = ("integer", "int")  # numbers without decimals ("Edad": 30, never 30.5)


def definitions_from_json(body: object) -> tuple[FieldDefinition, ...]:
    """The account's field definitions, in the answer's order, at most ``MAX_FIELDS``."""
    entries = _entries(body, depth=0)
    found: list[FieldDefinition] = []
    seen: set[str] = set()
    for key_hint, entry in entries:
        definition = _definition(entry, key_hint)
        if definition is None or definition.key.casefold() in seen:
            continue  # junk, or a key already given (the first wins)
        seen.add(definition.key.casefold())
        found.append(definition)
        if len(found) == MAX_FIELDS:
            break
    return tuple(found)


def _entries(body: object, depth: int) -> list[tuple[str, object]]:
    """(the key a dict gave the entry, the entry) for each entry of the answer."""
    if isinstance(body, list):
        return [("", entry) for entry in body]
    if not isinstance(body, Mapping):
        raise ShapeError("fields answer is neither a list nor an object")
    for name in _ENVELOPES:
        inner = body.get(name)
        if isinstance(inner, list) or (isinstance(inner, Mapping) and depth == 0):
            return _entries(inner, depth + 1)
    keyed: list[tuple[str, object]] = [
        (str(k), v) for k, v in body.items() if isinstance(v, Mapping)
    ]
    if not keyed:
        raise ShapeError("fields answer without fields")
    return keyed


def _definition(entry: object, key_hint: str) -> FieldDefinition | None:
    if isinstance(entry, str):  # a bare list of names: text fields by those names
        entry = {"key": entry}
    if not isinstance(entry, Mapping) or _archived(entry):
        return None
    # A dict's own key names the field before its ``name`` (which is then the label).
    key = _first_text(entry, _KEYS[:3]) or clean_line(key_hint).strip()
    key = key or _first_text(entry, _KEYS[3:])
    if not key or len(key) > MAX_KEY:
        return None
    label = _first_text(entry, _LABELS) or key
    word = _type_word(entry)
    kind = _SYNONYMS.get(word, "text")
    options = _options(entry) if kind == "select" else ()
    if kind == "select" and not options:
        kind = "text"  # a choice with nothing to choose: typed as text, never a dead combo
    return FieldDefinition(key, _short(label), kind, options, whole=word in _WHOLE)


def _archived(entry: Mapping[str, Any]) -> bool:
    return (
        entry.get("archived") is True
        or entry.get("deleted") is True
        or any(entry.get(flag) is False for flag in ("active", "is_active", "enabled"))
    )


def _first_text(entry: Mapping[str, Any], names: tuple[str, ...]) -> str:
    for name in names:
        value = entry.get(name)
        if isinstance(value, bool):
            continue
        if isinstance(value, str | int):
            text = clean_line(str(value)).strip()
            if text:
                return text
    return ""


def _type_word(entry: Mapping[str, Any]) -> str:
    """The declared type, as one lower-case word ("" when none: text)."""
    for name in _TYPES:
        value = entry.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip().casefold().replace("-", "_").replace(" ", "_")
    return ""


def _options(entry: Mapping[str, Any]) -> tuple[tuple[Scalar, str], ...]:
    raw: Any = next((entry[n] for n in _OPTIONS if isinstance(entry.get(n), list | Mapping)), [])
    if isinstance(raw, Mapping):  # {"norte": "Norte", ...}: value -> name
        raw = [{"value": k, "label": v} for k, v in raw.items()]
    options: list[tuple[Scalar, str]] = []
    for item in raw[:MAX_OPTIONS] if isinstance(raw, list) else ():
        option = _option(item)
        if option is not None and not any(_same(option[0], v) for v, _n in options):
            options.append(option)
    return tuple(options)


def _option(item: object) -> tuple[Scalar, str] | None:
    value: Any
    if isinstance(item, Mapping):
        value = next((item[n] for n in ("value", "key", "id", "name", "label")
                      if _scalar(item.get(n))), None)  # fmt: skip
        name = _first_text(item, ("label", "name", "display_name", "title"))
    else:
        value, name = item, ""
    if not _scalar(value):
        return None
    if isinstance(value, str):
        value = clean_line(value)
        if not value.strip():
            return None
    return value, _short(name or _shown(value))


def _scalar(value: object) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, str | int)


def _shown(value: object) -> str:
    return str(value).strip()


def _same(a: object, b: object) -> bool:
    return isinstance(a, bool) == isinstance(b, bool) and a == b


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1].rstrip() + "…"
