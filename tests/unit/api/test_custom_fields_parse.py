"""GET /contacts/v1/fields read tolerantly (api/fields.py), through ContactsClient and an httpx
MockTransport: every shape we accept, junk skipped, and every failure an ApiError (the service
then keeps what it had: no definitions means the free key/value editor)."""

from __future__ import annotations

import httpx
import pytest

from whaapy_contacts.api import errors as e
from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.api.fields import MAX_FIELDS, definitions_from_json
from whaapy_contacts.domain.custom_fields import FieldDefinition as D

KEY = "wha_test_key_123"
RFC = D("rfc", "RFC", "text")
BRANCH = D("sucursal", "Sucursal", "select", (("Norte", "Norte"), ("Sur", "Sur")))


def client_answering(handler) -> ContactsClient:
    return ContactsClient("https://api.whaapy.com", KEY, transport=httpx.MockTransport(handler))


def fetched(status=200, body=None, *, text=None, headers=None):
    asked = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append((request.method, request.url.path))
        if text is not None:
            return httpx.Response(status, text=text, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    with client_answering(handler) as client:
        found = client.custom_field_definitions()
    assert asked == [("GET", "/contacts/v1/fields")]
    return found


SHAPES = {
    "fields envelope": {"fields": [{"key": "rfc", "name": "RFC", "type": "text"}]},
    "data envelope": {"data": [{"key": "rfc", "label": "RFC", "type": "string"}]},
    "nested data": {"data": {"fields": [{"slug": "rfc", "display_name": "RFC"}]}},
    "bare list": [{"key": "rfc", "name": "RFC"}],
    "keyed by field key": {"rfc": {"name": "RFC", "field_type": "text"}},
    "keyed, under fields": {"fields": {"rfc": {"label": "RFC"}}},
    "name only": [{"name": "rfc", "label": "RFC"}],
    "id only": [{"id": "rfc", "label": "RFC"}],
    "a uuid id and a name: the name is the key": [
        {"id": "0b7e1c4e-2f1d-4d5e-9f60-1a2b3c4d5e01", "name": "rfc", "label": "RFC"}
    ],
}


@pytest.mark.parametrize("body", list(SHAPES.values()), ids=list(SHAPES))
def test_every_envelope_and_naming_gives_the_same_definition(body):
    assert fetched(body=body) == (RFC,)


TYPES = [
    *[(word, "text") for word in ("text", "string", "TEXT", "textarea", "email")],
    *[(word, "number") for word in ("number", "integer", "decimal", "float", "Numeric")],
    *[(word, "date") for word in ("date", "datetime", "date-time")],
    *[(word, "boolean") for word in ("boolean", "bool", "checkbox", "yes_no", "Yes No")],
    ("hologram", "text"), ("", "text"), (None, "text"), (5, "text"), (["date"], "text"),
]  # fmt: skip


@pytest.mark.parametrize(("word", "kind"), TYPES)
@pytest.mark.parametrize("under", ["type", "field_type", "data_type"])
def test_types_and_their_synonyms_unknown_is_text(word, kind, under):
    (found,) = definitions_from_json([{"key": "k", under: word}])
    assert found.type == kind


@pytest.mark.parametrize(
    ("word", "whole"),
    [("integer", True), ("int", True), ("Integer", True), ("number", False), ("decimal", False),
     ("float", False), ("currency", False)],
)  # fmt: skip
def test_an_integer_field_takes_only_whole_numbers(word, whole):
    """Hallway test t17a, finding 10: "Edad" (integer) took 30.5 and sent it."""
    (found,) = definitions_from_json([{"key": "edad", "type": word}])
    assert (found.type, found.whole) == ("number", whole)


def test_the_cache_keeps_a_whole_number_field_whole():
    from whaapy_contacts.services.custom_fields import from_json, to_json

    found = definitions_from_json([{"key": "edad", "name": "Edad", "type": "int"}])
    assert from_json(to_json(found)) == found


@pytest.mark.parametrize("word", ["select", "choice", "dropdown", "enum", "options"])
@pytest.mark.parametrize(
    "options",
    [
        {"options": ["Norte", "Sur"]},
        {"choices": [{"value": "Norte", "label": "Norte"}, {"value": "Sur"}]},
        {"values": ["Norte", "Sur", "Norte", "", None, {"x": 1}]},  # repeats and junk skipped
        {"options": {"Norte": "Norte", "Sur": "Sur"}},
    ],
)
def test_choices_take_their_options_in_any_spelling(word, options):
    assert definitions_from_json([{"key": "sucursal", "name": "Sucursal", "type": word,
                                   **options}]) == (BRANCH,)  # fmt: skip


def test_an_option_keeps_its_value_and_its_name():
    options = [{"value": 1, "label": "Bajo"}, {"value": "a2", "name": "Alto"}]
    body = [{"key": "nivel", "type": "select", "options": options}]
    (found,) = definitions_from_json(body)
    assert found.options == ((1, "Bajo"), ("a2", "Alto"))


def test_a_choice_with_nothing_to_choose_is_text():
    assert definitions_from_json([{"key": "k", "type": "select", "options": []}])[0].type == "text"


def test_junk_entries_are_skipped_and_the_rest_kept():
    body = {"fields": [
        None, 5, "vip", [], {}, {"type": "text"}, {"key": ""}, {"key": True},
        {"key": "rfc", "name": "RFC"}, {"key": "RFC", "name": "otra vez"},  # a repeated key
        {"key": "viejo", "archived": True}, {"key": "apagado", "active": False},
        {"key": "x" * 500}, {"key": "a\u200bb\u202c", "name": " Con\tespacios  "},
    ]}  # fmt: skip
    assert definitions_from_json(body) == (D("vip", "vip"), RFC, D("ab", "Con espacios"))


def test_a_long_name_is_cut_and_too_many_fields_are_capped():
    body = [{"key": f"k{i}", "name": "Nombre " * 40} for i in range(MAX_FIELDS + 10)]
    found = definitions_from_json(body)
    assert len(found) == MAX_FIELDS
    assert len(found[0].label) == 60
    assert found[0].label.endswith("…")


@pytest.mark.parametrize(
    "body", [{}, {"ok": True}, {"error": "x", "message": "y"}, "fields", 5, None, {"fields": 3}]
)
def test_an_answer_without_fields_is_unreadable(body):
    with pytest.raises(e.BadResponse):
        fetched(body=body)


def test_an_empty_list_is_an_account_without_fields():
    assert fetched(body={"fields": []}) == ()


FAILURES = [
    (404, {"error": "not_found", "message": "Ruta no encontrada"}, None, e.ApiError),
    (500, {"error": "server_error"}, None, e.ServerError),
    (200, None, "<html><body>Bad gateway</body></html>", e.BadResponse),
    (200, None, '{"fields": [{"key": "rfc"', e.BadResponse),  # truncated
    (429, {"error": "rate_limit_exceeded"}, None, e.RateLimited),
    (401, {"error": "unauthorized"}, None, e.Unauthorized),
]


@pytest.mark.parametrize(("status", "body", "text", "error"), FAILURES)
def test_a_failing_answer_is_an_api_error(status, body, text, error):
    headers = {"Content-Type": "text/html"} if text and text.startswith("<") else None
    with pytest.raises(error):
        fetched(status, body, text=text, headers=headers)


def test_a_timeout_is_an_api_error():
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with client_answering(handler) as client, pytest.raises(e.ApiError):
        client.custom_field_definitions()
