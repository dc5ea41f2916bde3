"""Request-body checks for contact create/update, with the seed's Spanish messages.

Type errors use production's zod wording ("Expected string, received null"); format errors use
the seed's Spanish wording where the seed shows one. Unknown keys are ignored.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from whaapy_contacts.domain.countries import is_country_code
from whaapy_contacts.domain.email import check_email
from whaapy_contacts.domain.phone import is_e164_format
from whaapy_contacts.sandbox.http_types import json_type_name

FieldErrors = dict[str, list[str]]

PHONE_FORMAT = "Formato inválido. Usar E.164: +5215512345678"
EMAIL_INVALID = "Email inválido"
REQUIRED = "Requerido"
COUNTRY_INVALID = "Código de país inválido. Usar ISO 3166-1 alpha-2 (ej: MX)"
SOURCE_TOO_LONG = "Máximo 50 caracteres"
READ_ONLY = "Este campo no se puede modificar"
STAGE_NOT_FOUND = "Etapa del funnel no encontrada"
AGENT_NOT_FOUND = "Agente no encontrado"

SOURCE_MAX = 50

STRING_FIELDS = (
    "name",
    "email",
    "avatar_url",
    "notes",
    "funnel_stage_id",
    "company",
    "address",
    "city",
    "state",
    "postal_code",
    "country",
    "assigned_agent_id",
)
OBJECT_FIELDS = ("custom_fields", "external_ids")
TAG_LIST_FIELDS = ("tags",)
PATCH_TAG_LIST_FIELDS = ("tags", "add_tags", "remove_tags")
IMMUTABLE_FIELDS = ("phone_number", "source")


def validate_create(body: Mapping[str, Any]) -> tuple[dict[str, Any], FieldErrors]:
    """The known fields of a create body, and the errors found (empty when valid)."""
    errors: FieldErrors = {}
    clean: dict[str, Any] = {}
    _check_phone(body, clean, errors)
    _check_common(body, clean, errors, TAG_LIST_FIELDS)
    _check_typed(body, "source", _expect_str, clean, errors)
    if isinstance(clean.get("source"), str) and len(clean["source"]) > SOURCE_MAX:
        errors.setdefault("source", []).append(SOURCE_TOO_LONG)
    return clean, errors


def validate_patch(body: Mapping[str, Any]) -> tuple[dict[str, Any], FieldErrors]:
    """Like ``validate_create`` for PATCH: no phone/source; tags, add_tags and remove_tags."""
    errors: FieldErrors = {}
    clean: dict[str, Any] = {}
    for name in IMMUTABLE_FIELDS:
        if name in body:
            errors[name] = [READ_ONLY]
    _check_common(body, clean, errors, PATCH_TAG_LIST_FIELDS)
    return clean, errors


def check_references(
    clean: Mapping[str, Any], stage_exists: Callable[[str], bool], agent_ids: frozenset[str]
) -> FieldErrors:
    """Errors for a stage or agent id that does not exist."""
    errors: FieldErrors = {}
    stage_id = clean.get("funnel_stage_id")
    if stage_id is not None and not stage_exists(stage_id):
        errors["funnel_stage_id"] = [STAGE_NOT_FOUND]
    agent_id = clean.get("assigned_agent_id")
    if agent_id is not None and agent_id not in agent_ids:
        errors["assigned_agent_id"] = [AGENT_NOT_FOUND]
    return errors


def _check_phone(body: Mapping[str, Any], clean: dict[str, Any], errors: FieldErrors) -> None:
    if "phone_number" not in body:
        errors["phone_number"] = [REQUIRED]
        return
    _check_typed(body, "phone_number", _expect_str, clean, errors)
    phone = clean.get("phone_number")
    if phone is not None and not is_e164_format(phone):
        errors["phone_number"] = [PHONE_FORMAT]


def _check_common(
    body: Mapping[str, Any],
    clean: dict[str, Any],
    errors: FieldErrors,
    tag_fields: tuple[str, ...],
) -> None:
    """Fields shared by create and PATCH: plain strings, tag lists, objects, deal_value."""
    for name in STRING_FIELDS:
        _check_typed(body, name, _expect_str, clean, errors)
    for name in tag_fields:
        _check_typed(body, name, _expect_str_list, clean, errors)
    for name in OBJECT_FIELDS:
        _check_typed(body, name, _expect_object, clean, errors)
    _check_typed(body, "deal_value", _expect_number, clean, errors)
    _check_formats(clean, errors)


def _check_formats(clean: Mapping[str, Any], errors: FieldErrors) -> None:
    email = clean.get("email")
    if email is not None and (not email.strip() or check_email(email).normalized is None):
        errors["email"] = [EMAIL_INVALID]
    country = clean.get("country")
    if country is not None and not is_country_code(country):
        errors["country"] = [COUNTRY_INVALID]


Checker = Callable[[Any], str | None]


def _check_typed(
    body: Mapping[str, Any], name: str, check: Checker, clean: dict[str, Any], errors: FieldErrors
) -> None:
    """Copy ``body[name]`` into ``clean`` when it passes ``check``; else record the error."""
    if name not in body:
        return
    problem = check(body[name])
    if problem is None:
        clean[name] = body[name]
    else:
        errors[name] = [problem]


def _expect_str(value: Any) -> str | None:
    return None if isinstance(value, str) else _expected("string", value)


def _expect_str_list(value: Any) -> str | None:
    if not isinstance(value, list):
        return _expected("array", value)
    for item in value:
        if not isinstance(item, str):
            return _expected("string", item)
    return None


def _expect_object(value: Any) -> str | None:
    return None if isinstance(value, dict) else _expected("object", value)


def _expect_number(value: Any) -> str | None:
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if not is_number:
        return _expected("number", value)
    return None if math.isfinite(value) else "Número inválido"


def _expected(kind: str, value: Any) -> str:
    return f"Expected {kind}, received {json_type_name(value)}"
