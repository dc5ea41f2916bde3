"""Recent-list rows: what text and phone searches match, and the tag and stage filters."""

from datetime import UTC, datetime

import pytest

from whaapy_contacts.domain.contact import Contact, FunnelStage
from whaapy_contacts.domain.outbox import OutboxEntry, OutboxState
from whaapy_contacts.domain.recent import (
    contact_from_row,
    filter_rows,
    row_filters,
    row_for_contact,
    row_for_entry,
)
from whaapy_contacts.domain.recent_keys import ANY_STAGE

PEOPLE = [
    Contact(
        id="a",
        phone_number="+525512345678",
        name="Ángela Núñez",
        email="angela@acme.mx",
        tags=("VIP", "feria2026"),
        funnel_stage=FunnelStage("s1", "Nuevo"),
        created_at=datetime(2026, 3, 1, 10, 0, tzinfo=UTC),
    ),
    Contact(id="b", phone_number="+528187654321", name="Bruno Díaz", company="Cementos"),
    Contact(id="c", phone_number="525533334444", name="", email="sin.nombre@x.mx"),
]
ROWS = [row_for_contact(c) for c in PEOPLE]


def keys(text: str, tag: str = "", stage=ANY_STAGE) -> list[str]:
    return [r.key for r in filter_rows(ROWS, row_filters(text, tag, stage))]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["a", "b", "c"]),
        ("angela", ["a"]),
        ("ÁNGELA", ["a"]),
        ("nunez angela", ["a"]),  # every word, any order, accents ignored
        ("acme", ["a"]),
        ("cementos", ["b"]),
        ("vip", ["a"]),
        ("5512", ["a"]),
        ("55 1234", ["a"]),
        ("+52 55 1234 5678", ["a"]),
        ("+52 1 55 1234 5678", ["a"]),  # the old mobile 1
        ("(81) 8765-4321", ["b"]),
        ("3333", ["c"]),
        ("zzz", []),
    ],
)
def test_text_and_phone_search(query, expected):
    assert keys(query) == expected


def test_tag_and_stage_filters():
    assert keys("", tag="vip") == ["a"]
    assert keys("", tag="feria") == []  # a tag filter is the whole tag
    assert keys("", stage="s1") == ["a"]
    assert keys("", stage="") == ["b", "c"]  # "no stage"
    assert keys("bruno", stage="s1") == []


def test_row_shows_name_tags_stage_and_keeps_the_created_time():
    row = ROWS[0]
    assert (row.name, row.tags, row.stage_name) == ("Ángela Núñez", "VIP, feria2026", "Nuevo")
    assert row.created_at == datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
    assert ROWS[1].created_at is None
    summary = contact_from_row(row)
    assert (summary.id, summary.tags, summary.funnel_stage) == (
        "a",
        ("VIP", "feria2026"),
        FunnelStage("s1", "Nuevo"),
    )


def test_outbox_entry_row_is_local_and_finds_its_stage_name():
    entry = OutboxEntry(
        id="e1",
        created_at=datetime(2026, 3, 2, tzinfo=UTC),
        payload={"phone_number": "+525599998888", "name": "Local", "funnel_stage_id": "s1"},
        draft={},
        state=OutboxState.PENDING,
    )
    row = row_for_entry(entry, {"s1": "Nuevo"})
    assert row.is_local
    assert not ROWS[0].is_local
    assert (row.name, row.stage_name, row.digits) == ("Local", "Nuevo", "525599998888")
