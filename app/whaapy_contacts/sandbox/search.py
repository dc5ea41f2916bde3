"""``POST /contacts/v1/search``: the documented body, its filter operators, and their SQL.

The official page: ``{"filters": {...}, "sort": {"field", "order"}, "limit", "cursor"}``, with
``filters`` required; operators ``phone_number: {eq, contains}``, ``name: {eq, contains,
starts_with}``, ``email: {eq, contains}``, ``tags: {all}``, ``last_contact_at: {before}``.

Choices where the page is silent (the strict side, so the app can't lean on leniency):
- an unknown filter field or operator is a 400 naming the ones that exist; other body keys
  (``search``, ``sort_by``…) are ignored, as a schema that strips unknown keys would;
- ``name`` compares ignoring case and accents, ``email`` ignoring case; ``tags.all`` ignores case;
- ``phone_number`` compares digits by the store's ``phone_match``: ``eq`` the whole number,
  ``contains`` a part of it (by default the canonical digits count too, as for ``search=``);
- ``last_contact_at.before`` takes an ISO-8601 date or time (UTC when no offset is given) and
  never matches a contact with no ``last_contact_at``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from whaapy_contacts.domain.countries import fold
from whaapy_contacts.domain.phone import canonical_digits
from whaapy_contacts.sandbox.http_types import json_type_name, validation_error
from whaapy_contacts.sandbox.listing import (
    MAX_LIMIT,
    SORT_COLUMNS,
    SORT_ORDERS,
    Clause,
    ListQuery,
    decode_cursor,
    with_sort_and_cursor,
)
from whaapy_contacts.sandbox.store import SandboxStore
from whaapy_contacts.sandbox.validation import REQUIRED

DEFAULT_SEARCH_LIMIT = 50
LIMIT_RANGE = f"Debe ser un número entero entre 1 y {MAX_LIMIT}"

Errors = dict[str, list[str]]
Builder = Callable[[SandboxStore, Any], Clause]

_EMAIL = "lower(coalesce(json_extract(doc, '$.email'), ''))"
_LAST_CONTACT = "json_extract(doc, '$.last_contact_at')"


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _phone_eq(store: SandboxStore, value: str) -> Clause:
    column, key = store.phone_condition(value)
    return f"{column} = ?", (key,)


def _phone_contains(store: SandboxStore, value: str) -> Clause:
    if store.phone_match == "literal":
        return "instr(phone_digits, ?) > 0", (_digits(value),)
    clause = "(instr(phone_digits, ?) > 0 OR instr(phone_key, ?) > 0)"
    return clause, (_digits(value), canonical_digits(value))


def _name_eq(store: SandboxStore, value: str) -> Clause:
    return "name_key = ?", (fold(value),)


def _name_contains(store: SandboxStore, value: str) -> Clause:
    return "instr(name_key, ?) > 0", (fold(value),)


def _name_starts_with(store: SandboxStore, value: str) -> Clause:
    folded = fold(value)
    return "substr(name_key, 1, ?) = ?", (len(folded), folded)


def _email_eq(store: SandboxStore, value: str) -> Clause:
    return f"{_EMAIL} = ?", (value.strip().lower(),)


def _email_contains(store: SandboxStore, value: str) -> Clause:
    return f"instr({_EMAIL}, ?) > 0", (value.strip().lower(),)


def _tags_all(store: SandboxStore, tags: list[str]) -> Clause:
    wanted = [tag.strip().casefold() for tag in tags if tag.strip()]
    one = "EXISTS (SELECT 1 FROM json_each(tags_key) WHERE value = ?)"
    return " AND ".join([one] * len(wanted)) or "1", tuple(wanted)


def _before(store: SandboxStore, value: str) -> Clause:
    return f"{_LAST_CONTACT} IS NOT NULL AND {_LAST_CONTACT} < ?", (utc_moment(value),)


# Value checks: a problem's text, or None -----------------------------------------------------


def _str_value(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"Expected string, received {json_type_name(value)}"
    return None


def _phone_value(value: Any) -> str | None:
    problem = _str_value(value)
    if problem is None and not _digits(value):
        return "Se espera un número de teléfono, p. ej. +5215512345678"
    return problem


def _tag_list(value: Any) -> str | None:
    if not isinstance(value, list):
        return f"Expected array, received {json_type_name(value)}"
    bad = next((item for item in value if not isinstance(item, str)), None)
    return None if bad is None else f"Expected string, received {json_type_name(bad)}"


def _moment_value(value: Any) -> str | None:
    problem = _str_value(value)
    if problem is None and utc_moment(value) is None:
        return "Fecha inválida. Usar ISO 8601, p. ej. 2026-01-31T18:00:00Z"
    return problem


Checker = Callable[[Any], str | None]

# field -> operator -> (the value's check, the clause's builder)
_OPERATORS: dict[str, dict[str, tuple[Checker, Builder]]] = {
    "phone_number": {
        "eq": (_phone_value, _phone_eq),
        "contains": (_phone_value, _phone_contains),
    },
    "name": {
        "eq": (_str_value, _name_eq),
        "contains": (_str_value, _name_contains),
        "starts_with": (_str_value, _name_starts_with),
    },
    "email": {"eq": (_str_value, _email_eq), "contains": (_str_value, _email_contains)},
    "tags": {"all": (_tag_list, _tags_all)},
    "last_contact_at": {"before": (_moment_value, _before)},
}


def utc_moment(text: str) -> str | None:
    """``text`` (ISO-8601 date or date-time) as the sandbox stores times, or None if invalid."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# The body ------------------------------------------------------------------------------------


def query_from_search_body(
    store: SandboxStore, body: Mapping[str, Any]
) -> tuple[ListQuery, dict[str, Any]]:
    """The body as a ``ListQuery`` and the filters as applied; anything wrong is one 400."""
    errors: Errors = {}
    clauses, applied = _filters(store, body, errors)
    limit = _limit(body.get("limit"), errors)
    sort_by, sort_order = _sort(body.get("sort"), errors)
    cursor = body.get("cursor")
    if cursor is not None and not isinstance(cursor, str):
        errors["cursor"] = [f"Expected string, received {json_type_name(cursor)}"]
    if errors:
        raise validation_error(errors)
    query = ListQuery(limit=limit, clauses=tuple(clauses))
    if cursor:
        decode_cursor(cursor)  # a bad cursor is a 400 before any query runs
    return with_sort_and_cursor(query, sort_by, sort_order, cursor or None), applied


def _filters(
    store: SandboxStore, body: Mapping[str, Any], errors: Errors
) -> tuple[list[Clause], dict[str, Any]]:
    if "filters" not in body:
        errors["filters"] = [REQUIRED]
        return [], {}
    filters = body["filters"]
    if not isinstance(filters, dict):
        errors["filters"] = [f"Expected object, received {json_type_name(filters)}"]
        return [], {}
    clauses: list[Clause] = []
    for field, spec in filters.items():
        clauses += _field_clauses(store, field, spec, errors)
    return clauses, filters


def _field_clauses(store: SandboxStore, field: str, spec: Any, errors: Errors) -> list[Clause]:
    name = f"filters.{field}"
    operators = _OPERATORS.get(field)
    if operators is None:
        errors[name] = ["Campo desconocido. Opciones: " + ", ".join(_OPERATORS)]
        return []
    if not isinstance(spec, dict) or not spec:
        errors[name] = ["Se espera un objeto con: " + ", ".join(operators)]
        return []
    clauses: list[Clause] = []
    for operator, value in spec.items():
        if operator not in operators:
            errors[f"{name}.{operator}"] = [
                "Operador desconocido. Opciones: " + ", ".join(operators)
            ]
            continue
        check, build = operators[operator]
        problem = check(value)
        if problem is not None:
            errors[f"{name}.{operator}"] = [problem]
        else:
            clauses.append(build(store, value))
    return clauses


def _limit(raw: Any, errors: Errors) -> int:
    if raw is None:
        return DEFAULT_SEARCH_LIMIT
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= MAX_LIMIT:
        errors["limit"] = [LIMIT_RANGE]
        return DEFAULT_SEARCH_LIMIT
    return raw


def _sort(raw: Any, errors: Errors) -> tuple[str | None, str | None]:
    """``{"field", "order"}``; either may be left out (created_at, desc)."""
    if raw is None:
        return None, None
    if not isinstance(raw, dict):
        errors["sort"] = [f"Expected object, received {json_type_name(raw)}"]
        return None, None
    field, order = raw.get("field"), raw.get("order")
    if field is not None and field not in SORT_COLUMNS:
        errors["sort.field"] = ["Valor inválido. Opciones: " + ", ".join(SORT_COLUMNS)]
    if order is not None and order not in SORT_ORDERS:
        errors["sort.order"] = ["Valor inválido. Opciones: " + ", ".join(SORT_ORDERS)]
    if "sort.field" in errors or "sort.order" in errors:
        return None, None
    return field, order
