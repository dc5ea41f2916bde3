"""The server look-ups behind "Ya existe: …" while typing (services/phone_search.py), against the
real sandbox: by e-mail (ignoring case), by a number of any country, and GET ?search= when the
search route or its filter is refused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.integration.conftest import create

from whaapy_contacts.api import errors as api_errors
from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.services.phone_search import contacts_with_email, contacts_with_phone


@pytest.fixture
def app_client(sandbox) -> Iterator[ContactsClient]:
    with ContactsClient(sandbox.url, sandbox.key, timeout=5.0) as made:
        yield made


def test_an_email_is_found_ignoring_case_and_only_that_one(client, app_client):
    ana = create(client, "+525512345678", name="Ana López", email="ana@empresa.mx")
    create(client, "+525587654321", name="Otra Ana", email="ana@empresa.mx.otro.com")
    found = contacts_with_email(app_client, "ANA@Empresa.mx")
    assert [c.id for c in found] == [ana["id"]]
    assert contacts_with_email(app_client, "nadie@empresa.mx") == []


def test_a_number_of_another_country_is_found_by_its_digits(client, app_client):
    lucia = create(client, "+34612345678", name="Lucía Ruiz")
    create(client, "+534612345678", name="Otro")  # its digits hold the same digits
    assert [c.id for c in contacts_with_phone(app_client, "+34 612 34 56 78")] == [lucia["id"]]


@pytest.mark.parametrize("status", [404, 400])
def test_a_refused_search_route_falls_back_to_search_text(client, app_client, status):
    ana = create(client, "+525512345678", name="Ana López", email="ana@empresa.mx")
    fault = {"kind": "status", "status": status, "method": "POST", "path": "/contacts/v1/search"}
    client.post("/_sandbox/faults", json={"faults": [fault]}).raise_for_status()
    assert [c.id for c in contacts_with_email(app_client, "ana@empresa.mx")] == [ana["id"]]


def test_an_answer_without_ids_is_a_failure_not_no_match(client, app_client):
    fault = {"kind": "raw", "status": 200, "headers": {"Content-Type": "application/json"},
             "body": '{"contacts": [{"email": "ana@empresa.mx"}]}', "method": "POST",
             "path": "/contacts/v1/search"}  # fmt: skip
    client.post("/_sandbox/faults", json={"faults": [fault]}).raise_for_status()
    with pytest.raises(api_errors.BadResponse):
        contacts_with_email(app_client, "ana@empresa.mx")
