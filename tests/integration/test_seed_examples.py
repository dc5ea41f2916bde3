"""The seed page (POST /contacts/v1) replayed against the sandbox, field by field.

The bodies and responses below are copied from the official page (seed/contacts-v1-create.txt).
The page shows one response for both examples; for the basic body, the fields it did not send
are expected at their unset values (null, [] or {}) and their documented defaults.
"""

from __future__ import annotations

import os
import re
import selectors
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

import whaapy_contacts

BASIC_BODY = {"phone_number": "+5215512345678", "name": "Juan Pérez"}

FULL_BODY = {
    "phone_number": "+5215512345678",
    "name": "Juan Pérez",
    "email": "juan@email.com",
    "tags": ["cliente", "premium"],
    "custom_fields": {"company": "Acme Inc", "role": "CEO", "contract_value": 50000},
    "external_ids": {"hubspot": "abc123"},
    "notes": "Contacto referido por María García",
    "source": "api",
    "company": "Acme Inc",
    "city": "Ciudad de México",
    "country": "MX",
}

DOCUMENTED_CONTACT: dict[str, Any] = {
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
EXTRA_KEYS = {"deal_value", "assigned_agent_id"}  # production shows these too

DOCUMENTED_DUPLICATE = {
    "error": "duplicate_contact",
    "message": "Ya existe un contacto con este número de teléfono",
}
DOCUMENTED_VALIDATION = {
    "error": "validation_error",
    "message": "Datos inválidos",
    "details": {
        "phone_number": ["Formato inválido. Usar E.164: +5215512345678"],
        "email": ["Email inválido"],
    },
}
DOCUMENTED_WEBHOOK_DATA_KEYS = {
    "contact_id",
    "phone_number",
    "name",
    "email",
    "tags",
    "source",
    "created_at",
}

TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")
# What the basic body leaves unset, as the seed's response shows unset fields.
UNSET = {
    "email": None,
    "tags": [],
    "custom_fields": {},
    "external_ids": {},
    "notes": None,
    "company": None,
    "city": None,
}


def _post(sandbox: Any, body: dict[str, Any]) -> httpx.Response:
    with sandbox.client() as client:
        return client.post("/contacts/v1", json=body)


def _assert_generated_formats(contact: dict[str, Any]) -> None:
    assert uuid.UUID(contact["id"]).version == 4
    assert TIMESTAMP.match(contact["created_at"]), contact["created_at"]
    assert TIMESTAMP.match(contact["updated_at"]), contact["updated_at"]


def _assert_matches(contact: dict[str, Any], expected: dict[str, Any]) -> None:
    assert set(contact) == set(expected) | EXTRA_KEYS
    for key, value in expected.items():
        if key in ("id", "created_at", "updated_at"):
            continue
        assert contact[key] == value, key
    assert contact["deal_value"] is None
    assert contact["assigned_agent_id"] is None


def test_basic_example_creates_contact_as_documented(sandbox: Any) -> None:
    response = _post(sandbox, BASIC_BODY)

    assert response.status_code == 200
    contact = response.json()["contact"]
    _assert_matches(contact, {**DOCUMENTED_CONTACT, **UNSET})
    _assert_generated_formats(contact)


def test_full_example_creates_contact_as_documented(sandbox: Any) -> None:
    response = _post(sandbox, FULL_BODY)

    assert response.status_code == 200
    contact = response.json()["contact"]
    # The page abbreviates custom_fields in its response; the sandbox keeps all that was sent.
    assert contact["custom_fields"] == FULL_BODY["custom_fields"]
    contact["custom_fields"] = DOCUMENTED_CONTACT["custom_fields"]
    _assert_matches(contact, DOCUMENTED_CONTACT)
    _assert_generated_formats(contact)


def test_create_fires_documented_webhook(sandbox: Any) -> None:
    contact = _post(sandbox, FULL_BODY).json()["contact"]

    [event] = sandbox.events()
    assert event["event"] == "contact.created"
    assert set(event) == {"event", "timestamp", "businessId", "data"}
    assert set(event["data"]) == DOCUMENTED_WEBHOOK_DATA_KEYS
    assert event["data"]["contact_id"] == contact["id"]
    for key in DOCUMENTED_WEBHOOK_DATA_KEYS - {"contact_id"}:
        assert event["data"][key] == contact[key], key


def test_duplicate_phone_gives_documented_409(sandbox: Any) -> None:
    first = _post(sandbox, BASIC_BODY).json()["contact"]

    response = _post(sandbox, FULL_BODY)

    assert response.status_code == 409
    assert response.json() == {**DOCUMENTED_DUPLICATE, "existing_contact_id": first["id"]}


def test_invalid_phone_and_email_give_documented_400(sandbox: Any) -> None:
    body = {**FULL_BODY, "phone_number": "55 1234 5678", "email": "juan.email.com"}

    response = _post(sandbox, body)

    assert response.status_code == 400
    assert response.json() == DOCUMENTED_VALIDATION


def _read_line(stream: Any, timeout: float) -> str:
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise AssertionError("the CLI printed nothing in time")
    line: str = stream.readline()
    return line


def _cli_env() -> dict[str, str]:
    app_dir = str(Path(whaapy_contacts.__file__).resolve().parent.parent)
    path = os.pathsep.join(p for p in (app_dir, os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path, "PYTHONUNBUFFERED": "1"}


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_cli_serves_the_basic_example_and_stops_on_signal(stop_signal: signal.Signals) -> None:
    command = [sys.executable, "-m", "whaapy_contacts.sandbox.cli", "--port", "0"]
    command += ["--rate-limit", "0"]
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_cli_env(),
    ) as proc:
        try:
            line = _read_line(proc.stdout, timeout=15)
            assert re.fullmatch(r"listening on http://127\.0\.0\.1:\d+\n", line), line
            url = line.split()[-1]
            response = httpx.post(
                url + "/contacts/v1",
                headers={"Authorization": "Bearer wha_sandbox"},
                json=BASIC_BODY,
            )
            assert response.status_code == 200
            assert response.json()["contact"]["phone_number"] == BASIC_BODY["phone_number"]
        finally:
            proc.send_signal(stop_signal)
            stdout, stderr = proc.communicate(timeout=15)

    assert proc.returncode == 0, stderr
    assert stdout == ""  # the "listening on" line is the only output
    assert "POST /contacts/v1 200" in stderr
    assert "wha_sandbox" not in stderr
