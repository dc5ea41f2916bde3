"""Create/PATCH body checks: each bad input and the exact details the API returns."""

from __future__ import annotations

from typing import Any

import pytest

from whaapy_contacts.sandbox.validation import (
    check_references,
    validate_create,
    validate_patch,
)

PHONE = "+5215512345678"
WITH_PHONE = {"phone_number": PHONE}
E164 = "Formato inválido. Usar E.164: +5215512345678"  # the seed's text
COUNTRY = "Código de país inválido. Usar ISO 3166-1 alpha-2 (ej: MX)"

CREATE_ERRORS = [
    ({}, {"phone_number": ["Requerido"]}),
    ({"phone_number": None}, {"phone_number": ["Expected string, received null"]}),
    ({"phone_number": 5215512345678}, {"phone_number": ["Expected string, received number"]}),
    ({"phone_number": "5512345678"}, {"phone_number": [E164]}),
    ({"phone_number": "+52 55 1234 5678"}, {"phone_number": [E164]}),
    ({**WITH_PHONE, "email": "juan.email.com"}, {"email": ["Email inválido"]}),
    ({**WITH_PHONE, "email": ""}, {"email": ["Email inválido"]}),
    ({**WITH_PHONE, "email": None}, {"email": ["Expected string, received null"]}),
    ({**WITH_PHONE, "avatar_url": None}, {"avatar_url": ["Expected string, received null"]}),
    ({**WITH_PHONE, "country": "mx"}, {"country": [COUNTRY]}),
    ({**WITH_PHONE, "country": "XX"}, {"country": [COUNTRY]}),
    ({**WITH_PHONE, "source": "a" * 51}, {"source": ["Máximo 50 caracteres"]}),
    ({**WITH_PHONE, "source": True}, {"source": ["Expected string, received boolean"]}),
    ({**WITH_PHONE, "tags": ["ok", 3]}, {"tags": ["Expected string, received number"]}),
    ({**WITH_PHONE, "tags": ["ok", None]}, {"tags": ["Expected string, received null"]}),
    ({**WITH_PHONE, "tags": {}}, {"tags": ["Expected array, received object"]}),
    ({**WITH_PHONE, "custom_fields": "x"}, {"custom_fields": ["Expected object, received string"]}),
    ({**WITH_PHONE, "external_ids": None}, {"external_ids": ["Expected object, received null"]}),
    ({**WITH_PHONE, "deal_value": True}, {"deal_value": ["Expected number, received boolean"]}),
    ({**WITH_PHONE, "deal_value": None}, {"deal_value": ["Expected number, received null"]}),
]  # fmt: skip


@pytest.mark.parametrize(("body", "details"), CREATE_ERRORS)
def test_create_errors(body: dict[str, Any], details: dict[str, list[str]]) -> None:
    _, errors = validate_create(body)

    assert errors == details


@pytest.mark.parametrize(
    "body",
    [
        {"phone_number": PHONE},
        {"phone_number": "+525512345678", "source": "a" * 50, "country": "US"},
        {"phone_number": PHONE, "email": "Juan@Email.com", "deal_value": 0, "tags": []},
        {"phone_number": PHONE, "custom_fields": {"n": [1, {"x": None}]}, "name": ""},
    ],
)
def test_create_accepts(body: dict[str, Any]) -> None:
    clean, errors = validate_create(body)

    assert errors == {}
    assert clean == body


def test_create_ignores_unknown_keys_and_reports_every_bad_field() -> None:
    clean, errors = validate_create({"phone_number": "x", "email": "y", "whatever": 1})

    assert set(errors) == {"phone_number", "email"}
    assert "whatever" not in clean


@pytest.mark.parametrize(
    ("body", "details"),
    [
        ({"phone_number": PHONE}, {"phone_number": ["Este campo no se puede modificar"]}),
        ({"source": "api"}, {"source": ["Este campo no se puede modificar"]}),
        ({"add_tags": "vip"}, {"add_tags": ["Expected array, received string"]}),
        ({"remove_tags": [1]}, {"remove_tags": ["Expected string, received number"]}),
        ({"notes": None}, {"notes": ["Expected string, received null"]}),
    ],
)
def test_patch_errors(body: dict[str, Any], details: dict[str, list[str]]) -> None:
    assert validate_patch(body)[1] == details


def test_patch_accepts_tag_edits_and_partial_fields() -> None:
    body = {"add_tags": ["a"], "remove_tags": ["b"], "city": "León", "custom_fields": {"k": None}}

    clean, errors = validate_patch(body)

    assert errors == {}
    assert clean == body


def test_references_must_exist() -> None:
    clean = {"funnel_stage_id": "s1", "assigned_agent_id": "a9"}

    errors = check_references(clean, lambda stage: stage == "s2", frozenset({"a1"}))
    ok = check_references(clean, lambda stage: stage == "s1", frozenset({"a9"}))

    assert errors == {
        "funnel_stage_id": ["Etapa del funnel no encontrada"],
        "assigned_agent_id": ["Agente no encontrado"],
    }
    assert ok == {}
