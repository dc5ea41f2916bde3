"""The application layer without sockets: auth, routing, scopes and error envelopes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from whaapy_contacts.sandbox.app import SandboxApp, normalise_keys
from whaapy_contacts.sandbox.http_types import Request
from whaapy_contacts.sandbox.store import SandboxStore


@pytest.fixture
def app() -> Iterator[SandboxApp]:
    store = SandboxStore()
    keys = normalise_keys({"full": ["contacts:read", "contacts:write"], "none": []}, "unused")
    yield SandboxApp(store, keys)
    store.close()


def _call(app: SandboxApp, method: str, path: str, key: str | None = "full", body: Any = None,
          **query: str) -> tuple[int, Any]:  # fmt: skip
    raw = b"" if body is None else json.dumps(body).encode()
    auth = None if key is None else f"Bearer {key}"
    response = app.handle(Request(method, path, query, auth, raw))
    return response.status, json.loads(response.body)


def test_default_keys_get_every_scope() -> None:
    keys = normalise_keys(None, "wha_sandbox")

    assert set(keys) == {"wha_sandbox"}
    assert "team:read" in keys["wha_sandbox"]


def test_unknown_scope_is_refused() -> None:
    with pytest.raises(ValueError, match="contacts:admin"):
        normalise_keys({"k": ["contacts:admin"]}, "unused")


def test_auth_comes_before_routing(app: SandboxApp) -> None:
    assert _call(app, "GET", "/nowhere", key=None)[0] == 401
    assert _call(app, "GET", "/nowhere")[0] == 404


def test_bearer_scheme_is_case_insensitive(app: SandboxApp) -> None:
    response = app.handle(Request("GET", "/contacts/v1", {}, "bearer  full"))

    assert response.status == 200


def test_missing_scopes_are_listed(app: SandboxApp) -> None:
    status, body = _call(app, "GET", "/contacts/v1", key="none")

    assert status == 403
    assert body["message"] == "Missing required scopes: contacts:read"


def test_webhook_events_need_only_a_valid_key(app: SandboxApp) -> None:
    assert _call(app, "GET", "/user-webhooks/events", key="none")[0] == 200


def test_control_routes_need_no_key(app: SandboxApp) -> None:
    assert _call(app, "GET", "/_sandbox/events", key=None) == (200, {"events": []})


@pytest.mark.parametrize("body", [b"", b"[", b"\xff", b"NaN", b'{"a": Infinity}'])
def test_non_json_bodies_are_invalid_json(app: SandboxApp, body: bytes) -> None:
    response = app.handle(Request("POST", "/contacts/v1", {}, "Bearer full", body))

    assert response.status == 400
    assert json.loads(response.body)["error"] == "invalid_json"


def test_non_object_body_is_a_validation_error(app: SandboxApp) -> None:
    status, body = _call(app, "POST", "/contacts/v1", body=["+525512345678"])

    assert status == 400
    assert body["details"] == {"body": ["Expected object, received array"]}


def test_check_phone_needs_a_number(app: SandboxApp) -> None:
    status, body = _call(app, "GET", "/contacts/check-phone", phone="")

    assert status == 400
    assert body["details"] == {"phone": ["Requerido"]}


@pytest.mark.allow_log_warnings(r"unhandled error")
def test_unexpected_errors_become_a_500_and_are_logged(
    app: SandboxApp, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def explode() -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(app.store, "tag_counts", explode)

    status, body = _call(app, "GET", "/contacts/v1/tags")

    assert status == 500
    assert body == {"error": "server_error", "message": "Error interno del servidor"}
    assert "GET /contacts/v1/tags" in caplog.text


def test_closed_store_gives_503(app: SandboxApp) -> None:
    app.store.close()

    assert _call(app, "GET", "/contacts/v1")[0] == 503
