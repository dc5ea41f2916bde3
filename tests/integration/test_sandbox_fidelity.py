"""The sandbox against Whaapy's official pages, over real HTTP: create's 200, the search route
(``filters`` required, its operators, ``pagination.total``), get contact, and
``--phone-match literal`` (numbers stored and matched exactly as sent)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.integration.conftest import create as _create

from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.sandbox.server import SandboxServer

AUTH = {"Authorization": "Bearer wha_sandbox"}


def _search(client: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/contacts/v1/search", json=body)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def _names(client: httpx.Client, filters: dict[str, Any]) -> list[str]:
    result = _search(client, {"filters": filters, "sort": {"field": "name", "order": "asc"}})
    return [c["name"] for c in result["contacts"]]


# Create ------------------------------------------------------------------------------------


def test_create_answers_200_and_the_app_client_accepts_it(sandbox: Any) -> None:
    with ContactsClient(sandbox.url, sandbox.key) as api:
        created = api.create_contact({"phone_number": "+5215512345678", "name": "Juan Pérez"})

    assert created.phone_number == "+5215512345678"
    assert created.id


# Search ------------------------------------------------------------------------------------


def test_search_without_filters_is_a_400(client: httpx.Client) -> None:
    response = client.post("/contacts/v1/search", json={"search": "Ana", "limit": 5})

    assert response.status_code == 400
    assert response.json()["details"] == {"filters": ["Requerido"]}


def test_search_operators(client: httpx.Client) -> None:
    _create(client, "+525511110001", name="Ana López", email="ana@correo.mx", tags=["VIP", "Frío"])
    _create(client, "+525511110002", name="Anabel Ruiz", email="anabel@otro.mx", tags=["vip"])
    _create(client, "+528112340003", name="Beto Ána", email="BETO@correo.mx", tags=["frío"])

    assert _names(client, {"name": {"eq": "ana lopez"}}) == ["Ana López"]
    assert _names(client, {"name": {"contains": "ANA"}}) == ["Ana López", "Anabel Ruiz", "Beto Ána"]
    assert _names(client, {"name": {"starts_with": "ana"}}) == ["Ana López", "Anabel Ruiz"]
    assert _names(client, {"email": {"eq": "beto@correo.mx"}}) == ["Beto Ána"]
    assert _names(client, {"email": {"contains": "correo"}}) == ["Ana López", "Beto Ána"]
    assert _names(client, {"phone_number": {"contains": "81 1234"}}) == ["Beto Ána"]
    assert _names(client, {"tags": {"all": ["vip", "FRÍO"]}}) == ["Ana López"]
    both = {"name": {"starts_with": "ana"}, "tags": {"all": ["vip"]}, "email": {"contains": "otro"}}
    assert _names(client, both) == ["Anabel Ruiz"]


def test_search_pages_carry_total_limit_and_filters_applied(client: httpx.Client) -> None:
    for n in range(5):
        _create(client, f"+52551111{n:04d}", name=f"Cliente {n}", tags=["lote"])
    _create(client, "+525522220000", name="Fuera")
    body: dict[str, Any] = {"filters": {"tags": {"all": ["lote"]}}, "limit": 2}

    pages = [_search(client, body)]
    while pages[-1]["pagination"]["has_more"]:
        pages.append(_search(client, {**body, "cursor": pages[-1]["pagination"]["next_cursor"]}))

    assert [len(p["contacts"]) for p in pages] == [2, 2, 1]
    assert {p["pagination"]["total"] for p in pages} == {5}
    assert {p["pagination"]["limit"] for p in pages} == {2}
    assert all(p["filters_applied"] == {"tags": {"all": ["lote"]}} for p in pages)
    names = [c["name"] for p in pages for c in p["contacts"]]
    assert names == [f"Cliente {n}" for n in (4, 3, 2, 1, 0)]  # newest first by default


def test_last_contact_before_follows_conversations(client: httpx.Client, sandbox: Any) -> None:
    old = _create(client, "+525511110001", name="Hace mucho")
    recent = _create(client, "+525511110002", name="Reciente")
    _create(client, "+525511110003", name="Nunca")
    for contact, when in ((old, "2026-01-10T10:00:00.000Z"), (recent, "2026-11-30T10:00:00.000Z")):
        added = httpx.post(
            f"{sandbox.url}/_sandbox/contacts/{contact['id']}/conversations",
            json={"status": "closed", "last_message_at": when},
        )
        assert added.status_code == 200, added.text

    assert _names(client, {"last_contact_at": {"before": "2026-06-01"}}) == ["Hace mucho"]
    assert _names(client, {"last_contact_at": {"before": "2026-12-01T00:00:00-06:00"}}) == [
        "Hace mucho", "Reciente",
    ]  # fmt: skip


def test_unknown_filters_and_operators_are_refused_with_the_options(client: httpx.Client) -> None:
    response = client.post(
        "/contacts/v1/search", json={"filters": {"city": {"eq": "León"}, "name": {"like": "a"}}}
    )

    details = response.json()["details"]
    assert response.status_code == 400
    assert "phone_number" in details["filters.city"][0]
    assert "starts_with" in details["filters.name.like"][0]


# Get contact -------------------------------------------------------------------------------


def test_get_contact_has_a_flat_address_its_conversations_and_the_phone_as_stored(
    client: httpx.Client, sandbox: Any
) -> None:
    contact = _create(client, "+5215512345678", address="Av. Juárez 10, Centro", city="CDMX")
    httpx.post(f"{sandbox.url}/_sandbox/contacts/{contact['id']}/conversations", json={})

    body = client.get(f"/contacts/v1/{contact['id']}").json()

    assert body["contact"]["address"] == "Av. Juárez 10, Centro"
    assert body["contact"]["phone_number"] == "+5215512345678"
    [conversation] = body["conversations"]
    assert set(conversation) == {"id", "status", "last_message_at"}
    assert conversation["status"] == "open"
    assert body["contact"]["last_contact_at"] == conversation["last_message_at"]


def test_conversations_of_an_unknown_contact_are_a_404(sandbox: Any) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    response = httpx.post(f"{sandbox.url}/_sandbox/contacts/{missing}/conversations", json={})

    assert response.status_code == 404


# --phone-match literal ---------------------------------------------------------------------


@pytest.fixture
def literal() -> Iterator[httpx.Client]:
    server = SandboxServer(rate_limit=0, phone_match="literal")
    with server, httpx.Client(base_url=server.url, headers=AUTH) as http:
        yield http


def test_literal_keeps_both_mexican_forms_as_two_contacts(literal: httpx.Client) -> None:
    old_form = _create(literal, "+5215512345678", name="Con el 1")
    new_form = _create(literal, "+525512345678", name="Sin el 1")
    again = literal.post("/contacts/v1", json={"phone_number": "+525512345678"})

    assert old_form["id"] != new_form["id"]
    assert again.status_code == 409
    assert again.json()["existing_contact_id"] == new_form["id"]
    check = literal.get("/contacts/check-phone", params={"phone": "+5215512345678"}).json()
    assert check["contact"]["id"] == old_form["id"]


def test_literal_searches_find_by_the_digits_as_stored(literal: httpx.Client) -> None:
    _create(literal, "+5215512345678", name="Con el 1")

    def found(text: str) -> list[str]:
        page = literal.get("/contacts/v1", params={"search": text}).json()
        return [c["name"] for c in page["contacts"]]

    assert found("5512345678") == ["Con el 1"]  # the last 10 digits are in both forms
    assert found("525512345678") == []  # no canonical matching here
    eq = _search(literal, {"filters": {"phone_number": {"eq": "+525512345678"}}})
    assert eq["contacts"] == []


def test_the_default_still_matches_by_canonical_digits(client: httpx.Client) -> None:
    first = _create(client, "+5215512345678")

    again = client.post("/contacts/v1", json={"phone_number": "+525512345678"})

    assert again.status_code == 409
    assert again.json()["existing_contact_id"] == first["id"]


def test_an_old_file_is_migrated_so_literal_mode_can_hold_both_forms(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.sqlite3"
    with _served(db, "canonical") as http:
        kept = _create(http, "+5215512345678", name="De antes")
    _make_it_version_0(db)

    with _served(db, "literal") as http:
        added = _create(http, "+525512345678", name="Nuevo")
        listed = http.get("/contacts/v1").json()["contacts"]

    assert [c["id"] for c in listed] == [added["id"], kept["id"]]
    assert listed[1] == kept


@contextlib.contextmanager
def _served(db: Path, phone_match: str) -> Iterator[httpx.Client]:
    server = SandboxServer(db_path=db, rate_limit=0, phone_match=phone_match)
    with server, httpx.Client(base_url=server.url, headers=AUTH) as http:
        yield http


def _make_it_version_0(db: Path) -> None:
    """Put back the schema files were made with before literal mode: phone_key UNIQUE."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='contacts'").fetchone()[0]
        old = sql.replace("phone_key TEXT NOT NULL,", "phone_key TEXT NOT NULL UNIQUE,")
        conn.executescript(
            "BEGIN; DROP INDEX contacts_phone_key; ALTER TABLE contacts RENAME TO c0; "
            f"{old}; INSERT INTO contacts SELECT * FROM c0; DROP TABLE c0; "
            "PRAGMA user_version=0; COMMIT;"
        )
    finally:
        conn.close()
