"""The search route's body: ``filters`` required, the documented operators, strict refusals."""

from __future__ import annotations

from typing import Any

import pytest

from whaapy_contacts.sandbox import contacts, listing, search
from whaapy_contacts.sandbox.http_types import ApiError
from whaapy_contacts.sandbox.store import SandboxStore


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "filters"),
        ({"search": "ana"}, "filters"),
        ({"filters": []}, "filters"),
        ({"filters": {"phone_number": "+52"}}, "filters.phone_number"),
        ({"filters": {"phone_number": {"eq": 52}}}, "filters.phone_number.eq"),
        ({"filters": {"phone_number": {"eq": "sin número"}}}, "filters.phone_number.eq"),
        ({"filters": {"name": {"like": "a"}}}, "filters.name.like"),
        ({"filters": {"city": {"eq": "León"}}}, "filters.city"),
        ({"filters": {"tags": {"all": "vip"}}}, "filters.tags.all"),
        ({"filters": {"last_contact_at": {"before": "ayer"}}}, "filters.last_contact_at.before"),
        ({"filters": {}, "limit": "5"}, "limit"),
        ({"filters": {}, "limit": 101}, "limit"),
        ({"filters": {}, "sort": {"field": "phone"}}, "sort.field"),
        ({"filters": {}, "cursor": 3}, "cursor"),
    ],
)
def test_bad_search_bodies_name_the_field(
    store: SandboxStore, body: dict[str, Any], field: str
) -> None:
    with pytest.raises(ApiError) as caught:
        search.query_from_search_body(store, body)

    assert caught.value.status == 400
    assert caught.value.details is not None
    assert field in caught.value.details


def test_empty_filters_are_allowed_and_echoed(store: SandboxStore) -> None:
    query, applied = search.query_from_search_body(store, {"filters": {}})

    assert (query.limit, query.clauses, applied) == (search.DEFAULT_SEARCH_LIMIT, (), {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-31", "2026-01-31T00:00:00.000Z"),
        ("2026-01-31T12:00:00-06:00", "2026-01-31T18:00:00.000Z"),
        ("2026-01-31T18:00:00Z", "2026-01-31T18:00:00.000Z"),
        ("31/01/2026", None),
    ],
)
def test_moments_become_the_stored_utc_form(text: str, expected: str | None) -> None:
    assert search.utc_moment(text) == expected


def _phones_found(store: SandboxStore, filters: dict[str, Any]) -> list[str]:
    query, _ = search.query_from_search_body(store, {"filters": filters})
    return [doc["phone_number"] for doc in listing.fetch_page(store, query).docs]


def test_phone_eq_is_by_canonical_digits_by_default(store: SandboxStore) -> None:
    contacts.create_contact(store, {"phone_number": "+5215512345678"})
    contacts.create_contact(store, {"phone_number": "+525598765432"})

    assert _phones_found(store, {"phone_number": {"eq": "+525512345678"}}) == ["+5215512345678"]
    assert _phones_found(store, {"phone_number": {"contains": "+52 55 1234"}}) == ["+5215512345678"]


def test_phone_eq_is_literal_with_phone_match_literal() -> None:
    store = SandboxStore(phone_match="literal")
    try:
        contacts.create_contact(store, {"phone_number": "+5215512345678"})
        contacts.create_contact(store, {"phone_number": "+525512345678"})  # no 409: literal
        found = _phones_found(store, {"phone_number": {"eq": "+525512345678"}})
        fragment = _phones_found(store, {"phone_number": {"contains": "55 1234 5678"}})
        with_code = _phones_found(store, {"phone_number": {"contains": "+52 55 1234"}})
    finally:
        store.close()

    assert found == ["+525512345678"]
    assert sorted(fragment) == ["+5215512345678", "+525512345678"]
    assert with_code == ["+525512345678"]
