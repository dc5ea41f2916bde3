"""ContactsClient mapping of every response kind, through an httpx MockTransport."""

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from whaapy_contacts.api import errors as e
from whaapy_contacts.api.client import ContactsClient, check_base_url

KEY = "wha_unit_test_key_0123456789"


def client_answering(handler) -> ContactsClient:
    return ContactsClient("https://api.whaapy.com", KEY, transport=httpx.MockTransport(handler))


def answer(status, body=None, *, headers=None, text=None):
    def handler(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(status, text=text, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return client_answering(handler)


SEED_CONTACT = {
    "id": "550e8400-e29b-41d4-a716-446655440000",
    "phone_number": "+5215512345678",
    "name": "Juan Pérez",
    "email": "juan@email.com",
    "avatar_url": None,
    "tags": ["cliente", "premium"],
    "custom_fields": {"company": "Acme Inc"},
    "external_ids": {"hubspot": "abc123"},
    "notes": "Contacto referido por María García",
    "funnel_stage": None,
    "source": "api",
    "company": "Acme Inc",
    "address": None,
    "city": "Ciudad de México",
    "state": None,
    "postal_code": None,
    "country": "MX",
    "last_contact_at": None,
    "created_at": "2026-01-28T12:00:00Z",
    "updated_at": "2026-01-28T12:00:00Z",
}


def test_create_sends_bearer_json_and_user_agent_and_reads_the_seed_answer():
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen["auth"] = request.headers["authorization"]
        seen["ua"] = request.headers["user-agent"]
        seen["body"] = json.loads(request.content)
        seen["path"] = request.url.path
        return httpx.Response(201, json={"contact": SEED_CONTACT})

    with client_answering(handler) as client:
        contact = client.create_contact({"phone_number": "+525512345678", "name": "Juan Pérez"})
    assert seen == {
        "auth": f"Bearer {KEY}",
        "ua": seen["ua"],
        "body": {"phone_number": "+525512345678", "name": "Juan Pérez"},
        "path": "/contacts/v1",
    }
    assert seen["ua"].startswith("whaapy-contacts/")
    assert contact.id == SEED_CONTACT["id"]
    assert contact.tags == ("cliente", "premium")
    assert contact.avatar_url == ""
    assert contact.address == ""
    assert contact.created_at == datetime(2026, 1, 28, 12, tzinfo=UTC)


def test_flat_id_answer_and_missing_plus_and_extras_are_tolerated():
    body = {"id": "abc", "phone_number": "525512345678", "deal_value": "1500", "owner": "x"}
    contact = answer(200, body).create_contact({"phone_number": "+525512345678"})
    assert contact.id == "abc"
    assert contact.phone_number == "+525512345678"
    assert contact.deal_value == 1500.0
    assert contact.extra == {"owner": "x"}


def test_nested_address_is_flattened():
    body = {
        "contact": {
            "id": "a",
            "phone_number": "+1",
            "address": {"street": "Reforma 1", "zip": "06600"},
        }
    }
    assert answer(200, body).get_contact("a").address == "Reforma 1, 06600"


def test_list_accepts_data_envelope_and_builds_query():
    seen = {}

    def handler(request):
        seen.update(dict(request.url.params))
        return httpx.Response(
            200,
            json={"data": [SEED_CONTACT], "pagination": {"next_cursor": "c2", "has_more": True}},
        )

    page = client_answering(handler).list_contacts(limit=10, search="juan", tags=("a", "b"))
    assert seen == {
        "limit": "10",
        "sort_by": "created_at",
        "sort_order": "desc",
        "search": "juan",
        "tags": "a,b",
    }
    assert [c.name for c in page.contacts] == ["Juan Pérez"]
    assert (page.next_cursor, page.has_more) == ("c2", True)


@pytest.mark.parametrize(
    "body",
    [
        {"tags": ["vip", {"name": "cliente"}]},
        {"data": [{"name": "vip"}, "cliente"]},
    ],
)
def test_account_tags_accept_both_shapes(body):
    assert set(answer(200, body).account_tags()) == {"vip", "cliente"}


def test_stages_sorted_by_position():
    body = {
        "stages": [
            {"id": "2", "name": "Cliente", "position": 3},
            {"id": "1", "name": "Nuevo", "position": 0},
        ]
    }
    assert [s.name for s in answer(200, body).funnel_stages()] == ["Nuevo", "Cliente"]


# --- every failure kind maps to one specific error, with a Spanish message -----------------


def test_validation_details_become_field_errors():
    body = {
        "error": "validation_error",
        "message": "Datos inválidos",
        "details": {"email": ["Email inválido"]},
    }
    with pytest.raises(e.ValidationFailed) as info:
        answer(400, body).create_contact({"phone_number": "+1"})
    assert dict(info.value.field_errors) == {"email": ("Email inválido",)}


def test_validation_errors_key_as_list_with_422():
    body = {
        "error": "validation_error",
        "errors": [{"path": ["phone_number"], "message": "Expected string, received null"}],
    }
    with pytest.raises(e.ValidationFailed) as info:
        answer(422, body).create_contact({})
    assert dict(info.value.field_errors) == {"phone_number": ("Expected string, received null",)}
    assert info.value.status == 422


def test_bad_request_without_details_goes_to_the_summary_field():
    with pytest.raises(e.ValidationFailed) as info:
        answer(
            400, {"error": "bad_request", "message": "Expected string, received null"}
        ).create_contact({})
    # Ours in Spanish first; the server's words only as the detail (issue 13).
    assert dict(info.value.field_errors) == {
        "_": ("Whaapy no aceptó este contacto. Su respuesta: «Expected string, received null»",)
    }
    assert info.value.user_message == (
        "Whaapy no aceptó este contacto y no dijo qué campo corregir."
    )


@pytest.mark.parametrize(
    "body",
    [
        {"error": "duplicate_contact", "existing_contact_id": "id-1"},
        {"error": "duplicate_contact", "details": {"existing_contact_id": "id-1"}},
    ],
)
def test_duplicate_reads_top_level_or_nested_id(body):
    with pytest.raises(e.DuplicateContact) as info:
        answer(409, body).create_contact({})
    assert info.value.existing_id == "id-1"
    assert "Ya existe" in info.value.user_message


def test_401_is_unauthorized_whatever_the_body():
    with pytest.raises(e.Unauthorized) as info:
        answer(401, text="nope").check_key()
    assert "no es válida" in info.value.user_message


def test_403_lists_missing_scopes_and_where_to_add_them():
    body = {"error": "forbidden", "message": "Missing required scopes: contacts:write, team:read"}
    with pytest.raises(e.MissingScopes) as info:
        answer(403, body).check_key()
    assert info.value.scopes == ("contacts:write", "team:read")
    assert "contacts:write, team:read" in info.value.user_message
    assert "Configuración → Claves de API" in info.value.user_message


def test_404_is_not_found():
    with pytest.raises(e.NotFound):
        answer(404, {"error": "not_found"}).get_contact("x")


def test_429_retry_after_seconds():
    with pytest.raises(e.RateLimited) as info:
        answer(429, {"error": "rate_limited"}, headers={"Retry-After": "7"}).create_contact({})
    assert info.value.retry_after == 7.0
    assert "7 s" in info.value.user_message
    assert info.value.retryable


def test_429_retry_after_http_date():
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    with pytest.raises(e.RateLimited) as info:
        answer(429, {}, headers={"Retry-After": when}).create_contact({})
    assert 100 < info.value.retry_after <= 120


def test_429_without_retry_after():
    with pytest.raises(e.RateLimited) as info:
        answer(429, text="slow down").create_contact({})
    assert info.value.retry_after is None


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_html_page_is_a_server_error(status):
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    with pytest.raises(e.ServerError) as info:
        answer(status, headers={"content-type": "text/html"}, text=html).create_contact({})
    assert info.value.status == status
    assert "html" in str(info.value)


@pytest.mark.parametrize(
    "text",
    ['{"contact": {"id": "abc", "phone_', "<html>Login</html>", "", "null"],
)
def test_unreadable_2xx_is_bad_response(text):
    with pytest.raises(e.BadResponse):
        answer(200, text=text).create_contact({})


def test_wrong_shape_is_bad_response():
    with pytest.raises(e.BadResponse):
        answer(200, {"stages": "nope"}).funnel_stages()


def test_unexpected_4xx_is_a_permanent_refusal_that_says_what_to_do():
    with pytest.raises(e.Refused) as info:
        answer(418, text="teapot").create_contact({})
    assert info.value.status == 418
    assert not info.value.retryable
    assert info.value.field_errors["_"] == (info.value.user_message,)
    assert "(respuesta 418)" in info.value.user_message


def test_unexpected_status_is_bad_response():
    with pytest.raises(e.BadResponse) as info:
        answer(302, headers={"location": "https://elsewhere.example"}).create_contact({})
    assert isinstance(info.value, e.Redirected)
    assert info.value.status == 302


@pytest.mark.parametrize(
    ("exc", "expected", "ambiguous"),
    [
        (httpx.ConnectError("[Errno -2] Name or service not known"), e.NameResolutionFailed, False),
        (httpx.ConnectError("[Errno 111] Connection refused"), e.ConnectionRefused, False),
        (httpx.ConnectTimeout("timed out"), e.RequestTimeout, False),
        (httpx.ReadTimeout("timed out"), e.RequestTimeout, True),
        (httpx.RemoteProtocolError("Server disconnected"), e.ConnectionDropped, True),
        (httpx.ReadError("reset by peer"), e.ConnectionDropped, True),
    ],
)
def test_transport_failures_are_specific(exc, expected, ambiguous):
    def handler(request):
        raise exc

    with pytest.raises(expected) as info:
        client_answering(handler).create_contact({})
    assert type(info.value) is expected
    assert info.value.ambiguous is ambiguous
    assert info.value.retryable
    assert isinstance(info.value.__cause__, httpx.HTTPError)


def test_key_never_in_repr_or_error_text():
    def handler(request):
        raise httpx.ConnectError(f"refused {request.headers['authorization']}")

    client = client_answering(handler)
    assert KEY not in repr(client)
    with pytest.raises(e.TransportError) as info:
        client.create_contact({})
    assert KEY not in str(info.value)
    assert KEY not in info.value.user_message


@pytest.mark.parametrize(
    "url",
    ["http://api.whaapy.com", "ftp://api.whaapy.com", "api.whaapy.com", "http://192.168.1.5:8000"],
)
def test_insecure_base_urls_are_refused(url):
    with pytest.raises(e.InsecureBaseUrl):
        check_base_url(url)


@pytest.mark.parametrize(
    "url",
    ["https://api.whaapy.com/", "http://127.0.0.1:8000", "http://localhost:1", "http://[::1]:9"],
)
def test_https_and_loopback_are_allowed(url):
    assert check_base_url(url) == url.rstrip("/")


def test_bad_request_with_only_an_error_shows_its_words_as_the_detail():
    with pytest.raises(e.ValidationFailed) as info:
        answer(400, {"error": "Invalid request body"}).create_contact({})
    assert dict(info.value.field_errors) == {
        "_": ("Whaapy no aceptó este contacto. Su respuesta: «Invalid request body»",)
    }
