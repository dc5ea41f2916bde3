"""Listing and searching contacts: query parsing, keyset SQL and opaque cursors.

Pages are keyset-ordered by ``(sort column, seq)``, where ``seq`` is the contact's monotonic
insertion number. A cursor holds the last row's key, so contacts inserted while a client pages
never shift the rows it has not seen yet: no duplicates and no skips.

Choices where the API page is silent:
- ``tags=a,b`` matches contacts having *any* of the tags (case-insensitive).
- ``search`` folds case and accents and looks in name, email, company and phone; a query made
  of digits (spaces, dashes, dots, brackets and ``+`` allowed) also matches the phone's digits.
- A contact with no name sorts as the empty string under ``sort_by=name``.
- A cursor remembers its sort; sending a different ``sort_by``/``sort_order`` with it is a 400.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from whaapy_contacts.domain.countries import fold
from whaapy_contacts.domain.phone import canonical_digits
from whaapy_contacts.sandbox.http_types import validation_error
from whaapy_contacts.sandbox.store import Doc, SandboxStore

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
SORT_COLUMNS = {"created_at": "created_at", "updated_at": "updated_at", "name": "name_key"}
SORT_ORDERS = ("asc", "desc")

LIMIT_RANGE = "Debe ser un número entero entre 1 y 100"
CURSOR_INVALID = "Cursor inválido"

Clause = tuple[str, tuple[Any, ...]]

_DIGIT_QUERY = re.compile(r"^\+?[\d\s\-.()]*\d[\d\s\-.()]*$")


@dataclass(frozen=True)
class Cursor:
    sort_by: str
    sort_order: str
    key: str
    seq: int


@dataclass(frozen=True)
class ListQuery:
    limit: int = DEFAULT_LIMIT
    cursor: Cursor | None = None
    search: str = ""
    tags: tuple[str, ...] = ()
    funnel_stage_id: str | None = None
    source: str | None = None
    clauses: tuple[Clause, ...] = ()  # extra SQL conditions (the search route's filters)
    sort_by: str = "created_at"
    sort_order: str = "desc"


@dataclass(frozen=True)
class Page:
    docs: list[Doc]
    next_cursor: str | None

    @property
    def has_more(self) -> bool:
        return self.next_cursor is not None


# Parsing -----------------------------------------------------------------------------------


def query_from_params(params: Mapping[str, str]) -> ListQuery:
    """``GET /contacts/v1`` query string to a ``ListQuery``; bad values are a 400."""
    errors: dict[str, list[str]] = {}
    limit = _parse_limit(params.get("limit"), errors)
    sort_by = parse_choice(params, "sort_by", tuple(SORT_COLUMNS), errors)
    sort_order = parse_choice(params, "sort_order", SORT_ORDERS, errors)
    if errors:
        raise validation_error(errors)
    tags = tuple(t.strip().casefold() for t in params.get("tags", "").split(",") if t.strip())
    query = ListQuery(
        limit=limit,
        search=params.get("search", "").strip(),
        tags=tags,
        funnel_stage_id=params.get("funnel_stage_id") or None,
        source=params.get("source") or None,
    )
    return with_sort_and_cursor(query, sort_by, sort_order, params.get("cursor"))


def with_sort_and_cursor(
    query: ListQuery, sort_by: str | None, sort_order: str | None, raw_cursor: str | None
) -> ListQuery:
    cursor = decode_cursor(raw_cursor) if raw_cursor else None
    if cursor is not None:
        conflict = (sort_by or cursor.sort_by) != cursor.sort_by or (
            sort_order or cursor.sort_order
        ) != cursor.sort_order
        if conflict:
            raise validation_error({"cursor": [CURSOR_INVALID]})
        return replace(query, cursor=cursor, sort_by=cursor.sort_by, sort_order=cursor.sort_order)
    return replace(query, sort_by=sort_by or "created_at", sort_order=sort_order or "desc")


def _parse_limit(raw: str | None, errors: dict[str, list[str]]) -> int:
    if raw is None:
        return DEFAULT_LIMIT
    try:
        value = int(raw.strip())
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_LIMIT:
        errors["limit"] = [LIMIT_RANGE]
    return value


def _parse_body_limit(raw: Any, errors: dict[str, list[str]]) -> int:
    if raw is None:
        return DEFAULT_LIMIT
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= MAX_LIMIT:
        errors["limit"] = [LIMIT_RANGE]
        return DEFAULT_LIMIT
    return raw


def parse_choice(
    source: Mapping[str, Any], name: str, choices: tuple[str, ...], errors: dict[str, list[str]]
) -> str | None:
    value = source.get(name)
    if value is None:
        return None
    if value not in choices:
        errors[name] = ["Valor inválido. Opciones: " + ", ".join(choices)]
        return None
    return str(value)


# Cursors -----------------------------------------------------------------------------------


def encode_cursor(cursor: Cursor) -> str:
    raw = json.dumps([cursor.sort_by, cursor.sort_order, cursor.key, cursor.seq])
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(text: str) -> Cursor:
    """Parse a cursor made by ``encode_cursor``; anything else is a 400."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        sort_by, sort_order, key, seq = json.loads(raw.decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise validation_error({"cursor": [CURSOR_INVALID]}) from exc
    valid = (
        sort_by in SORT_COLUMNS
        and sort_order in SORT_ORDERS
        and isinstance(key, str)
        and isinstance(seq, int)
    )
    if not valid:
        raise validation_error({"cursor": [CURSOR_INVALID]})
    return Cursor(sort_by, sort_order, key, seq)


# SQL ---------------------------------------------------------------------------------------


def fetch_page(store: SandboxStore, query: ListQuery) -> Page:
    """One page of contacts for ``query``, and the cursor of the next one."""
    sql, params = build_query(query, store.phone_match)
    rows = store.query_contacts(sql, params)
    page, more = rows[: query.limit], len(rows) > query.limit
    next_cursor = None
    if more:
        seq, key, _ = page[-1]
        next_cursor = encode_cursor(Cursor(query.sort_by, query.sort_order, key, seq))
    return Page([doc for _, _, doc in page], next_cursor)


def count_matching(store: SandboxStore, query: ListQuery) -> int:
    """How many contacts match ``query``'s filters, on every page (``pagination.total``)."""
    where, params = _filters(query, store.phone_match)
    return store.count_contacts(" AND ".join(where) or "1", params)


def build_query(query: ListQuery, phone_match: str = "canonical") -> tuple[str, list[Any]]:
    """SQL and parameters: filters, keyset condition, order, and ``limit + 1`` rows."""
    where, params = _filters(query, phone_match)
    column = SORT_COLUMNS[query.sort_by]
    op, direction = (">", "ASC") if query.sort_order == "asc" else ("<", "DESC")
    if query.cursor is not None:
        where.append(f"({column}, seq) {op} (?, ?)")
        params += [query.cursor.key, query.cursor.seq]
    sql = (
        f"SELECT seq, {column}, doc FROM contacts WHERE {' AND '.join(where) or '1'} "
        f"ORDER BY {column} {direction}, seq {direction} LIMIT ?"
    )
    return sql, [*params, query.limit + 1]


def _filters(query: ListQuery, phone_match: str) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    for column, value in (("funnel_stage_id", query.funnel_stage_id), ("source", query.source)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if query.tags:
        marks = ", ".join("?" * len(query.tags))
        where.append(f"EXISTS (SELECT 1 FROM json_each(tags_key) WHERE value IN ({marks}))")
        params += query.tags
    if query.search:
        clause, values = _search_clause(query.search, phone_match)
        where.append(clause)
        params += values
    for extra, extra_params in query.clauses:
        where.append(extra)
        params.extend(extra_params)
    return where, params


def _search_clause(text: str, phone_match: str) -> tuple[str, list[Any]]:
    """Folded text in the searchable fields, or, for a digit query, digits in the phone.

    With ``phone_match="literal"`` only the digits as stored are searched (``5215…`` is not
    found by ``525…``), as a server that keeps numbers as sent would do.
    """
    clause, params = "instr(search_text, ?) > 0", [fold(text)]
    if _DIGIT_QUERY.match(text):
        digits = "".join(ch for ch in text if ch.isdigit())
        clause += " OR instr(phone_digits, ?) > 0"
        params.append(digits)
        if phone_match != "literal":
            clause += " OR instr(phone_key, ?) > 0"
            params.append(canonical_digits(text))
    return f"({clause})", params
