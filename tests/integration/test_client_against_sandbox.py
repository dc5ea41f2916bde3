"""ContactsClient over real loopback HTTP: every failure kind arrives as its own error."""

from __future__ import annotations

import socket

import pytest

from whaapy_contacts.api import errors as e
from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.api.mapping import agents_from_json
from whaapy_contacts.domain.contact import ContactDraft
from whaapy_contacts.domain.validation import check_draft


@pytest.fixture
def client(sandbox):
    with ContactsClient(sandbox.url, sandbox.key, timeout=2.0) as client:
        yield client


def payload(phone="55 1234 5678", **fields):
    checked = check_draft(ContactDraft(phone_number=phone, **fields))
    assert checked.ok, checked.errors
    return checked.payload


def test_create_list_get_update_round_trip(client, sandbox):
    created = client.create_contact(payload(name="Juan Pérez", tags=("cliente",)))
    assert created.phone_number == "+525512345678"
    assert created.source == "manual"
    page = client.list_contacts(limit=10)
    assert [c.id for c in page.contacts] == [created.id]
    assert not page.has_more
    fetched = client.get_contact(created.id)
    assert fetched.name == "Juan Pérez"
    updated = client.update_contact(created.id, {"add_tags": ["vip"], "custom_fields": {"a": 1}})
    assert updated.tags == ("cliente", "vip")
    assert updated.custom_fields == {"a": 1}
    assert [ev["event"] for ev in sandbox.events()] == ["contact.created", "contact.updated"]


def test_paging_through_more_than_three_pages(client):
    for i in range(23):
        client.create_contact(payload(f"55 1000 {i:04d}"))
    seen, cursor, pages = [], None, 0
    while True:
        page = client.list_contacts(limit=5, cursor=cursor)
        seen += [c.id for c in page.contacts]
        pages += 1
        if not page.has_more:
            break
        cursor = page.next_cursor
    assert pages == 5
    assert len(seen) == len(set(seen)) == 23


def test_reference_data(client, sandbox):
    assert [s.name for s in client.funnel_stages()] == [
        "Nuevo",
        "Contactado",
        "Calificado",
        "Cliente",
    ]
    client.create_contact(payload(tags=("vip", "feria")))
    assert set(client.account_tags()) == {"vip", "feria"}
    with sandbox.client() as raw:  # the app never asks for the team: the mapping still reads it
        assert len(agents_from_json(raw.get("/team/v1").json())) >= 2
    client.check_key()


def test_search_by_phone_and_text(client):
    created = client.create_contact(payload(name="Ángela"))
    assert [c.id for c in client.search_contacts(phone="+5215512345678").contacts] == [created.id]
    assert [c.id for c in client.list_contacts(search="angela").contacts] == [created.id]


def test_search_always_sends_filters(client):
    """Whaapy requires ``filters`` (the sandbox answers 400 without it), even when nothing
    narrows the search."""
    created = client.create_contact(payload(name="Ángela"))
    assert [c.id for c in client.search_contacts().contacts] == [created.id]
    found = client.search_contacts(filters={"name": {"contains": "angel"}})
    assert [c.id for c in found.contacts] == [created.id]


def test_validation_error_is_field_data(client):
    with pytest.raises(e.ValidationFailed) as info:
        client.create_contact({"phone_number": "5512345678", "email": "nope"})
    assert set(info.value.field_errors) == {"phone_number", "email"}
    assert info.value.field_errors["email"] == ("Email inválido",)


def test_null_optional_string_is_a_validation_error(client):
    with pytest.raises(e.ValidationFailed) as info:
        client.create_contact({"phone_number": "+525512345678", "name": None})
    assert "name" in info.value.field_errors


def test_duplicate_by_canonical_digits(client):
    first = client.create_contact({"phone_number": "+5215512345678"})
    with pytest.raises(e.DuplicateContact) as info:
        client.create_contact(payload("55 1234 5678"))
    assert info.value.existing_id == first.id


def test_unauthorized(sandbox):
    with ContactsClient(sandbox.url, "wha_nobody") as client, pytest.raises(e.Unauthorized):
        client.check_key()


def test_missing_scopes(sandbox):
    with ContactsClient(sandbox.url, sandbox.readonly_key) as client:
        with pytest.raises(e.MissingScopes) as info:
            client.create_contact(payload())
        assert info.value.scopes == ("contacts:write",)


def test_not_found(client):
    with pytest.raises(e.NotFound):
        client.get_contact("00000000-0000-4000-8000-000000000000")


FAULTS = [
    ({"kind": "status", "status": 500}, e.ServerError),
    ({"kind": "status", "status": 502, "body": "html"}, e.ServerError),
    ({"kind": "status", "status": 503}, e.ServerError),
    ({"kind": "status", "status": 429, "retry_after": 12}, e.RateLimited),
    ({"kind": "truncate"}, e.BadResponse),
    ({"kind": "drop_before"}, e.ConnectionDropped),
    ({"kind": "drop_after_commit"}, e.ConnectionDropped),
    ({"kind": "delay", "ms": 3000}, e.RequestTimeout),
]


@pytest.mark.parametrize(("fault", "expected"), FAULTS)
def test_every_fault_kind_is_its_own_error(client, sandbox, fault, expected):
    sandbox.add_faults({**fault, "method": "POST", "path": "/contacts/v1"})
    with pytest.raises(expected) as info:
        client.create_contact(payload())
    assert type(info.value) is expected
    assert info.value.user_message
    if expected is e.RateLimited:
        assert info.value.retry_after == 12
    if fault["kind"] == "drop_after_commit":
        # It went through: the retry meets the duplicate rule with our own contact.
        assert info.value.ambiguous
        with pytest.raises(e.DuplicateContact):
            client.create_contact(payload())


def test_connection_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound but not listening: refused
        with (
            ContactsClient(f"http://127.0.0.1:{port}", "wha_x") as client,
            pytest.raises(e.ConnectionRefused),
        ):
            client.check_key()


def test_name_resolution_failure():
    with (
        ContactsClient("https://no-such-host.invalid", "wha_x", timeout=3.0) as client,
        pytest.raises((e.NameResolutionFailed, e.RequestTimeout)) as info,
    ):
        client.check_key()
    assert type(info.value) in (e.NameResolutionFailed, e.RequestTimeout)
