"""The undo's requests (services/undo.py, undo_patch.py), through an httpx MockTransport."""

from __future__ import annotations

import httpx
import pytest

from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.api.errors import ConnectionDropped, RateLimited, ServerError
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.services.undo import delete_on_server
from whaapy_contacts.services.undo_patch import undo_of_edit


def client_answering(response: httpx.Response, seen: list[httpx.Request]) -> ContactsClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return response

    return ContactsClient("https://api.whaapy.com", "wha_x", transport=httpx.MockTransport(handler))


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(204),
        httpx.Response(200, json={"success": True}),
        httpx.Response(202, text="Accepted"),
        httpx.Response(200, text="<html>deleted</html>", headers={"Content-Type": "text/html"}),
        httpx.Response(200, json={"deleted": True, "contact": {"id": "c1"}}),
        httpx.Response(404, json={"error": "not_found", "message": "Contacto no encontrado"}),
    ],
    ids=["204", "200-json", "202-text", "200-html", "200-other-shape", "404-already-gone"],
)
def test_any_2xx_or_a_404_is_done(response):
    seen: list[httpx.Request] = []
    delete_on_server(client_answering(response, seen), "c1")
    assert [(r.method, r.url.path) for r in seen] == [("DELETE", "/contacts/v1/c1")]


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (httpx.Response(500, json={"error": "internal"}), ServerError),
        (httpx.Response(429, headers={"Retry-After": "3"}), RateLimited),
    ],
)
def test_other_answers_are_not_done(response, error):
    with pytest.raises(error):
        delete_on_server(client_answering(response, []), "c1")


def test_a_dropped_connection_is_not_done():
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("closed", request=request)

    client = ContactsClient(
        "https://api.whaapy.com", "wha_x", transport=httpx.MockTransport(handler)
    )
    with pytest.raises(ConnectionDropped):
        delete_on_server(client, "c1")


BEFORE = Contact(
    id="c1", phone_number="+525511112222", name="Ana López", company="Acme",
    tags=("cliente",), custom_fields={"plan": "básico"}, notes="Primera nota",
)  # fmt: skip


def test_an_edit_is_undone_field_by_field():
    after = Contact(
        id="c1", phone_number="+525511112222", name="Ana L. Ruiz", company="Acme",
        tags=("vip",), custom_fields={"plan": "pro"}, notes="Primera nota",
    )  # fmt: skip
    undo = undo_of_edit(BEFORE, after)
    assert undo.patch == {
        "name": "Ana López", "add_tags": ["cliente"], "remove_tags": ["vip"],
        "custom_fields": {"plan": "básico"},
    }  # fmt: skip
    assert undo.kept == ()
    assert not undo.note_stays


def test_what_the_api_cannot_take_back_is_named():
    """A custom field the edit added can't be removed (custom fields merge, null is never
    sent), an e-mail that was empty can't be emptied, an appended note stays."""
    after = Contact(
        id="c1", phone_number="+525511112222", name="Ana López", company="Acme",
        email="ana@acme.mx", tags=("cliente",), custom_fields={"plan": "básico", "rfc": "X"},
        notes="Primera nota\nSegunda nota",
    )  # fmt: skip
    undo = undo_of_edit(BEFORE, after)
    assert undo.patch == {}
    assert set(undo.kept) == {"email", "custom_fields"}
    assert undo.note_stays
