"""Listing: query parsing, cursors, and keyset paging that never repeats or skips a contact."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whaapy_contacts.domain.countries import fold
from whaapy_contacts.sandbox import contacts, listing
from whaapy_contacts.sandbox.http_types import ApiError
from whaapy_contacts.sandbox.store import SandboxStore

cursors = st.builds(
    listing.Cursor,
    st.sampled_from(sorted(listing.SORT_COLUMNS)),
    st.sampled_from(listing.SORT_ORDERS),
    st.text(),
    st.integers(min_value=0, max_value=2**53),
)


@given(cursors)
def test_cursor_round_trips(cursor: listing.Cursor) -> None:
    text = listing.encode_cursor(cursor)

    assert listing.decode_cursor(text) == cursor
    assert text.isascii()
    assert "=" not in text


@pytest.mark.parametrize(
    "text",
    [
        "???",
        "bm90IGpzb24",  # "not json"
        base64.urlsafe_b64encode(b'["name", "up", "", 1]').decode(),
        base64.urlsafe_b64encode(b'["name", "asc", 5, 1]').decode(),
        base64.urlsafe_b64encode(b'{"a": 1}').decode(),
    ],
)
def test_bad_cursors_are_400(text: str) -> None:
    with pytest.raises(ApiError) as caught:
        listing.decode_cursor(text)

    assert caught.value.status == 400
    assert caught.value.details == {"cursor": ["Cursor inválido"]}


def test_params_defaults_and_parsing() -> None:
    query = listing.query_from_params({"tags": " VIP, ,frio ", "search": " ana "})

    assert query.limit == 20
    assert query.sort_by == "created_at"
    assert query.sort_order == "desc"
    assert query.tags == ("vip", "frio")
    assert query.search == "ana"


@pytest.mark.parametrize("limit", ["0", "101", "-1", "abc", "2.5"])
def test_limit_out_of_range(limit: str) -> None:
    with pytest.raises(ApiError) as caught:
        listing.query_from_params({"limit": limit})

    assert caught.value.details is not None
    assert list(caught.value.details) == ["limit"]


def test_cursor_sort_conflict_is_400_and_omitted_sort_is_taken_from_cursor() -> None:
    text = listing.encode_cursor(listing.Cursor("name", "asc", "ana", 3))

    with pytest.raises(ApiError):
        listing.query_from_params({"cursor": text, "sort_by": "updated_at"})
    query = listing.query_from_params({"cursor": text})

    assert (query.sort_by, query.sort_order) == ("name", "asc")


def _all_pages(store: SandboxStore, query: listing.ListQuery) -> list[str]:
    names: list[str] = []
    for _ in range(100):
        page = listing.fetch_page(store, query)
        names += [doc["id"] for doc in page.docs]
        if not page.has_more:
            return names
        assert page.next_cursor is not None
        query = listing.query_from_params({"cursor": page.next_cursor, "limit": str(query.limit)})
    raise AssertionError("paging did not end")


@settings(max_examples=40, deadline=None)
@given(
    names=st.lists(st.sampled_from(["Ana", "ana", "Álvaro", "Beto", "", "zoe"]), max_size=12),
    limit=st.integers(min_value=1, max_value=5),
    sort_by=st.sampled_from(sorted(listing.SORT_COLUMNS)),
    sort_order=st.sampled_from(listing.SORT_ORDERS),
)
def test_pages_concatenate_to_the_full_sorted_list(
    names: list[str], limit: int, sort_by: str, sort_order: str
) -> None:
    store = SandboxStore()
    try:
        docs = [
            contacts.create_contact(store, {"phone_number": f"+52551234{n:04d}", "name": name})
            for n, name in enumerate(names)
        ]
        query = listing.ListQuery(limit=limit, sort_by=sort_by, sort_order=sort_order)
        paged = _all_pages(store, query)
    finally:
        store.close()

    key = {"name": lambda d: fold(d["name"])}.get(sort_by, lambda d: d[sort_by])
    expected = sorted(docs, key=lambda d: (key(d), docs.index(d)), reverse=sort_order == "desc")
    assert paged == [d["id"] for d in expected]
