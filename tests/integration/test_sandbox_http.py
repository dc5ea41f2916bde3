"""The sandbox over real HTTP with httpx: every route, auth, paging, and each fault kind."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.integration.conftest import create as _create

from whaapy_contacts.sandbox.server import SandboxServer

AGENT_ID = "6f1d2a4e-8c3b-4d5e-9f60-1a2b3c4d5e02"


def _phone(n: int) -> str:
    return f"+5255{n:08d}"


def _stage_ids(client: httpx.Client) -> dict[str, str]:
    return {s["name"]: s["id"] for s in client.get("/funnel/v1/stages").json()["stages"]}


# Auth --------------------------------------------------------------------------------------


@pytest.mark.parametrize("authorization", [None, "Bearer wha_nope", "Basic wha_sandbox", "Bearer"])
def test_missing_or_unknown_key_is_401(sandbox: Any, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = httpx.get(sandbox.url + "/contacts/v1", headers=headers)

    assert response.status_code == 401
    assert response.json() == {"error": "unauthorized", "message": "API key inválida o revocada"}


@pytest.mark.parametrize(
    ("method", "path", "missing"),
    [
        ("POST", "/contacts/v1", "contacts:write"),
        ("DELETE", "/contacts/v1/x", "contacts:write"),
        ("GET", "/funnel/v1/stages", "funnels:read"),
        ("POST", "/funnel/v1/contacts/x/move", "funnels:write"),
        ("GET", "/team/v1", "team:read"),
    ],
)
def test_missing_scope_is_403(sandbox: Any, method: str, path: str, missing: str) -> None:
    with sandbox.client(sandbox.readonly_key) as readonly:
        response = readonly.request(method, path, json={})

    assert response.status_code == 403
    assert response.json() == {
        "error": "forbidden",
        "message": f"Missing required scopes: {missing}",
    }


def test_readonly_key_can_read_and_validate_key(sandbox: Any) -> None:
    with sandbox.client(sandbox.readonly_key) as readonly:
        assert readonly.get("/contacts/v1").status_code == 200
        events = readonly.get("/user-webhooks/events").json()["events"]
    assert events == [
        "contact.created",
        "contact.updated",
        "contact.deleted",
        "contact.merged",
        "contact.stage_changed",
    ]


# Create ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", None, "Expected string, received null"),
        ("email", None, "Expected string, received null"),
        ("company", 5, "Expected string, received number"),
        ("tags", "vip", "Expected array, received string"),
        ("custom_fields", [], "Expected object, received array"),
        ("deal_value", "100", "Expected number, received string"),
        ("country", "Mexico", "Código de país inválido. Usar ISO 3166-1 alpha-2 (ej: MX)"),
        ("source", "x" * 51, "Máximo 50 caracteres"),
        ("assigned_agent_id", "nobody", "Agente no encontrado"),
        ("funnel_stage_id", "nowhere", "Etapa del funnel no encontrada"),
    ],
)
def test_create_rejects_bad_field(
    client: httpx.Client, field: str, value: Any, message: str
) -> None:
    response = client.post("/contacts/v1", json={"phone_number": _phone(1), field: value})

    assert response.status_code == 400
    assert response.json() == {
        "error": "validation_error",
        "message": "Datos inválidos",
        "details": {field: [message]},
    }


def test_create_without_phone_and_with_bad_json(client: httpx.Client) -> None:
    missing = client.post("/contacts/v1", json={"name": "Ana"})
    broken = client.post(
        "/contacts/v1", content=b"{nope", headers={"Content-Type": "application/json"}
    )

    assert missing.json()["details"] == {"phone_number": ["Requerido"]}
    assert broken.status_code == 400
    assert broken.json()["error"] == "invalid_json"


def test_create_accepts_extras_and_ignores_unknown_keys(client: httpx.Client) -> None:
    stage = _stage_ids(client)["Contactado"]
    contact = _create(
        client, _phone(1), deal_value=1500.5, assigned_agent_id=AGENT_ID,
        funnel_stage_id=stage, favourite_colour="azul",
    )  # fmt: skip

    assert contact["deal_value"] == 1500.5
    assert contact["assigned_agent_id"] == AGENT_ID
    assert contact["funnel_stage"] == {"id": stage, "name": "Contactado"}
    assert "favourite_colour" not in contact


def test_concurrent_creates_of_one_number_store_it_once(sandbox: Any) -> None:
    phones = ["+5215512345678", "+525512345678"] * 4

    def create(phone: str) -> int:
        with sandbox.client() as http:
            return http.post("/contacts/v1", json={"phone_number": phone}).status_code

    with ThreadPoolExecutor(max_workers=len(phones)) as pool:
        statuses = sorted(pool.map(create, phones))

    assert statuses == [200] + [409] * 7
    assert [e["event"] for e in sandbox.events()] == ["contact.created"]


# List, sort, search ------------------------------------------------------------------------


def test_paging_while_inserting_has_no_duplicates_or_skips(client: httpx.Client) -> None:
    existing = {_create(client, _phone(n), name=f"C{n}")["id"] for n in range(10)}
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 3}
    pages = 0
    while True:
        body = client.get("/contacts/v1", params=params).json()
        seen += [c["id"] for c in body["contacts"]]
        pages += 1
        _create(client, _phone(100 + pages), name="Nuevo")  # lands before the cursor
        if not body["pagination"]["has_more"]:
            break
        params["cursor"] = body["pagination"]["next_cursor"]

    assert pages == 4
    assert len(seen) == len(set(seen))
    assert set(seen) == existing


def test_paging_ascending_while_inserting_keeps_every_existing_contact(
    client: httpx.Client,
) -> None:
    existing = [_create(client, _phone(n))["id"] for n in range(7)]
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 2, "sort_order": "asc"}
    for extra in range(50):
        body = client.get("/contacts/v1", params=params).json()
        seen += [c["id"] for c in body["contacts"]]
        if not body["pagination"]["has_more"]:
            break
        if extra < 3:
            _create(client, _phone(200 + extra))  # lands after the cursor: will be seen
        params["cursor"] = body["pagination"]["next_cursor"]

    assert len(seen) == len(set(seen)) == 10
    assert seen[:7] == existing


def test_sort_by_name_and_updated_at(client: httpx.Client) -> None:
    ids = {name: _create(client, _phone(n), name=name)["id"] for n, name in enumerate("bÁcd")}
    client.patch(f"/contacts/v1/{ids['c']}", json={"city": "Puebla"})

    by_name = client.get("/contacts/v1", params={"sort_by": "name", "sort_order": "asc"}).json()
    by_update = client.get("/contacts/v1", params={"sort_by": "updated_at"}).json()

    assert [c["name"] for c in by_name["contacts"]] == ["Á", "b", "c", "d"]
    assert by_update["contacts"][0]["id"] == ids["c"]


@pytest.mark.parametrize(
    ("params", "field"),
    [({"limit": 0}, "limit"), ({"limit": 101}, "limit"), ({"sort_by": "phone"}, "sort_by")],
)
def test_bad_list_parameters_are_400(
    client: httpx.Client, params: dict[str, Any], field: str
) -> None:
    response = client.get("/contacts/v1", params=params)

    assert response.status_code == 400
    assert set(response.json()["details"]) == {field}


def test_invalid_cursor_is_400(client: httpx.Client) -> None:
    response = client.get("/contacts/v1", params={"cursor": "not-a-cursor"})

    assert response.status_code == 400
    assert response.json()["details"] == {"cursor": ["Cursor inválido"]}


def test_search_ignores_case_and_accents_and_matches_phone_digits(client: httpx.Client) -> None:
    juan = _create(client, "+525512345678", name="Juan Pérez", company="Acme")
    _create(client, "+525598765432", name="Ana", email="ana@correo.mx")

    def found(text: str) -> list[str]:
        contacts = client.get("/contacts/v1", params={"search": text}).json()["contacts"]
        return [c["name"] for c in contacts]

    assert found("PEREZ") == ["Juan Pérez"]
    assert found("acme") == ["Juan Pérez"]
    assert found("5512") == ["Juan Pérez"]
    assert found("+52 1 55 1234 5678") == ["Juan Pérez"]
    assert found("correo.mx") == ["Ana"]
    assert found("zzz") == []
    assert juan["phone_number"] == "+525512345678"


def test_filters_by_any_tag_source_and_stage(client: httpx.Client) -> None:
    stage = _stage_ids(client)["Nuevo"]
    _create(client, _phone(1), name="a", tags=["VIP"], source="manual")
    _create(client, _phone(2), name="b", tags=["frio"], funnel_stage_id=stage)
    _create(client, _phone(3), name="c")

    def names(**params: str) -> set[str]:
        return {c["name"] for c in client.get("/contacts/v1", params=params).json()["contacts"]}

    assert names(tags="vip,frio") == {"a", "b"}
    assert names(tags="vip") == {"a"}
    assert names(source="manual") == {"a"}
    assert names(funnel_stage_id=stage) == {"b"}


def test_search_endpoint_by_phone_eq_uses_canonical_digits(client: httpx.Client) -> None:
    contact = _create(client, "+5215512345678")
    _create(client, _phone(7))

    body = {"filters": {"phone_number": {"eq": "+525512345678"}}, "limit": 5}
    result = client.post("/contacts/v1/search", json=body).json()

    assert [c["id"] for c in result["contacts"]] == [contact["id"]]
    assert result["pagination"] == {"next_cursor": None, "has_more": False, "total": 1, "limit": 5}
    assert result["filters_applied"] == body["filters"]


# Read, update, delete ----------------------------------------------------------------------


def test_get_returns_contact_and_conversations(client: httpx.Client) -> None:
    contact = _create(client, _phone(1))

    found = client.get(f"/contacts/v1/{contact['id']}")
    missing = client.get("/contacts/v1/00000000-0000-4000-8000-000000000000")

    assert found.json() == {"contact": contact, "conversations": []}
    assert missing.status_code == 404
    assert missing.json()["error"] == "not_found"


def test_patch_semantics(client: httpx.Client, sandbox: Any) -> None:
    contact = _create(
        client, _phone(1), name="Ana", tags=["a", "b"], custom_fields={"x": 1, "y": 2},
        notes="Primera nota",
    )  # fmt: skip
    url = f"/contacts/v1/{contact['id']}"

    replaced = client.patch(url, json={"tags": ["c", "d"], "custom_fields": {"y": 3, "z": 4}})
    edited = client.patch(url, json={"add_tags": ["E", "c"], "remove_tags": ["D"]})
    noted = client.patch(url, json={"notes": "Segunda nota", "city": "León"})

    assert replaced.json()["contact"]["custom_fields"] == {"x": 1, "y": 3, "z": 4}
    assert replaced.json()["contact"]["tags"] == ["c", "d"]
    assert edited.json()["contact"]["tags"] == ["c", "E"]
    final = noted.json()["contact"]
    assert final["notes"] == "Primera nota\n\nSegunda nota"
    assert final["name"] == "Ana"
    assert final["city"] == "León"
    assert final["updated_at"] >= contact["updated_at"]
    updates = [e for e in sandbox.events() if e["event"] == "contact.updated"]
    assert [sorted(e["data"]["changes"]) for e in updates] == [
        ["custom_fields", "tags"],
        ["tags"],
        ["city", "notes"],
    ]


@pytest.mark.parametrize(
    ("body", "field"),
    [({"phone_number": "+525500000000"}, "phone_number"), ({"source": "x"}, "source"),
     ({"name": None}, "name"), ({"add_tags": "x"}, "add_tags")],
)  # fmt: skip
def test_patch_rejects_read_only_and_null(
    client: httpx.Client, body: dict[str, Any], field: str
) -> None:
    contact = _create(client, _phone(1))

    response = client.patch(f"/contacts/v1/{contact['id']}", json=body)

    assert response.status_code == 400
    assert set(response.json()["details"]) == {field}


def test_patch_stage_fires_update_and_stage_change(client: httpx.Client, sandbox: Any) -> None:
    stage = _stage_ids(client)["Calificado"]
    contact = _create(client, _phone(1))

    patched = client.patch(f"/contacts/v1/{contact['id']}", json={"funnel_stage_id": stage})

    assert patched.json()["contact"]["funnel_stage"] == {"id": stage, "name": "Calificado"}
    names = [e["event"] for e in sandbox.events()]
    assert names == ["contact.created", "contact.updated", "contact.stage_changed"]


def test_delete(client: httpx.Client, sandbox: Any) -> None:
    contact = _create(client, _phone(1))

    deleted = client.delete(f"/contacts/v1/{contact['id']}")
    again = client.delete(f"/contacts/v1/{contact['id']}")

    assert deleted.json() == {"success": True, "id": contact["id"]}
    assert again.status_code == 404
    assert sandbox.events()[-1]["event"] == "contact.deleted"
    assert sandbox.events()[-1]["data"]["contact_id"] == contact["id"]


# Other routes ------------------------------------------------------------------------------


def test_check_phone(client: httpx.Client) -> None:
    contact = _create(client, "+525512345678")

    hit = client.get("/contacts/check-phone", params={"phone": "+5215512345678"}).json()
    miss = client.get("/contacts/check-phone", params={"phone": "+525500000000"}).json()

    assert hit == {"exists": True, "contact": contact}
    assert miss == {"exists": False, "contact": None}


def test_tags_are_counted_and_sorted(client: httpx.Client) -> None:
    _create(client, _phone(1), tags=["premium", "cliente"])
    _create(client, _phone(2), tags=["cliente"])

    tags = client.get("/contacts/v1/tags").json()

    assert tags == {"tags": [{"name": "cliente", "count": 2}, {"name": "premium", "count": 1}]}


def test_stages_and_move(client: httpx.Client, sandbox: Any) -> None:
    stages = client.get("/funnel/v1/stages").json()["stages"]
    assert [(s["name"], s["position"]) for s in stages] == [
        ("Nuevo", 0), ("Contactado", 1), ("Calificado", 2), ("Cliente", 3),
    ]  # fmt: skip
    assert all(set(s) == {"id", "name", "position", "contact_count", "color"} for s in stages)
    contact = _create(client, _phone(1))
    url = f"/funnel/v1/contacts/{contact['id']}/move"

    moved = client.post(url, json={"stage_id": stages[3]["id"]}).json()
    counts = {
        s["name"]: s["contact_count"] for s in client.get("/funnel/v1/stages").json()["stages"]
    }
    cleared = client.post(url, json={"stage_id": None}).json()
    unknown = client.post(url, json={"stage_id": "nope"})

    cliente = {"id": stages[3]["id"], "name": "Cliente"}
    assert set(moved) == {"contact_id", "previous_stage", "new_stage", "moved_at"}
    assert (moved["contact_id"], moved["previous_stage"], moved["new_stage"]) == (
        contact["id"], None, cliente,
    )  # fmt: skip
    assert moved["moved_at"].endswith("Z")
    assert counts["Cliente"] == 1
    assert (cleared["previous_stage"], cleared["new_stage"]) == (cliente, None)
    assert client.get(f"/contacts/v1/{contact['id']}").json()["contact"]["funnel_stage"] is None
    changes = [e["data"] for e in sandbox.events() if e["event"] == "contact.stage_changed"]
    assert [(c["previous_stage_name"], c["new_stage_id"]) for c in changes] == [
        (None, stages[3]["id"]), ("Cliente", None),
    ]  # fmt: skip
    assert unknown.status_code == 404
    assert unknown.json() == {"error": "not_found", "message": "Etapa no encontrada"}


def test_team(client: httpx.Client) -> None:
    agents = client.get("/team/v1").json()["agents"]

    assert 2 <= len(agents) <= 3
    assert all(set(a) == {"id", "name", "email", "role", "is_available"} for a in agents)
    assert AGENT_ID in {a["id"] for a in agents}


def test_events_envelope(client: httpx.Client, sandbox: Any) -> None:
    contact = _create(client, _phone(1))

    [event] = sandbox.events()

    assert event["event"] == "contact.created"
    assert event["data"]["contact_id"] == contact["id"]
    assert isinstance(event["businessId"], str)
    assert event["timestamp"].endswith("Z")


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/contacts/v2", 404), ("GET", "/", 404), ("PUT", "/contacts/v1", 405),
     ("GET", "/contacts/v1/search", 405), ("DELETE", "/team/v1", 405),
     ("GET", "/_sandbox/nothing", 404), ("DELETE", "/_sandbox/reset", 405)],
)  # fmt: skip
def test_unknown_routes_and_methods(
    client: httpx.Client, method: str, path: str, status: int
) -> None:
    response = client.request(method, path)

    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"] in {"not_found", "method_not_allowed"}


def test_keep_alive_reuses_one_connection(client: httpx.Client) -> None:
    first = client.get("/team/v1")
    second = client.get("/team/v1")

    assert first.headers["content-length"] == str(len(first.content))
    assert first.extensions["network_stream"] is second.extensions["network_stream"]


# Persistence -------------------------------------------------------------------------------


def test_data_survives_restart_with_file_db(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.sqlite"
    headers = {"Authorization": "Bearer wha_sandbox"}
    with (
        SandboxServer(db_path=db, rate_limit=0) as first,
        httpx.Client(base_url=first.url, headers=headers) as c,
    ):
        created = _create(c, _phone(1), name="Persistente", tags=["x"])
        stages = c.get("/funnel/v1/stages").json()["stages"]

    with (
        SandboxServer(db_path=db, rate_limit=0) as second,
        httpx.Client(base_url=second.url, headers=headers) as c,
    ):
        assert c.get(f"/contacts/v1/{created['id']}").json()["contact"] == created
        assert c.get("/funnel/v1/stages").json()["stages"] == stages


def test_stop_is_idempotent_and_closes_idle_connections() -> None:
    server = SandboxServer(rate_limit=0).start()
    with httpx.Client(base_url=server.url, headers={"Authorization": "Bearer wha_sandbox"}) as c:
        assert c.get("/team/v1").status_code == 200  # leaves an idle keep-alive connection
        server.stop()
        server.stop()
        with pytest.raises(httpx.TransportError):
            c.get("/team/v1")


# Faults ------------------------------------------------------------------------------------


def test_delay_fault_delays_then_answers(client: httpx.Client, sandbox: Any) -> None:
    sandbox.add_faults({"kind": "delay", "ms": 300, "path": "/team/v1"})

    started = time.monotonic()
    response = client.get("/team/v1")
    elapsed = time.monotonic() - started

    assert response.status_code == 200
    assert elapsed >= 0.3


def test_client_giving_up_during_a_delay_leaves_the_server_healthy(
    sandbox: Any, client: httpx.Client
) -> None:
    sandbox.add_faults({"kind": "delay", "ms": 300})

    with sandbox.client() as impatient, pytest.raises(httpx.ReadTimeout):
        impatient.get("/team/v1", timeout=0.05)

    assert client.get("/team/v1").status_code == 200


def test_status_fault_json_with_retry_after(client: httpx.Client, sandbox: Any) -> None:
    sandbox.add_faults({"kind": "status", "status": 429, "retry_after": 7, "times": 2})

    responses = [client.post("/contacts/v1", json={"phone_number": _phone(1)}) for _ in range(3)]

    assert [r.status_code for r in responses] == [429, 429, 200]
    assert responses[0].headers["Retry-After"] == "7"
    assert responses[0].json()["error"] == "rate_limited"
    assert len(sandbox.events()) == 1  # faulted requests were never processed


def test_status_fault_html(client: httpx.Client, sandbox: Any) -> None:
    sandbox.add_faults({"kind": "status", "status": 502, "body": "html"})

    response = client.get("/contacts/v1")

    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<html>" in response.text


def test_truncate_fault_processes_then_cuts_the_body(client: httpx.Client, sandbox: Any) -> None:
    sandbox.add_faults({"kind": "truncate", "method": "POST"})

    response = client.post("/contacts/v1", json={"phone_number": _phone(1)})

    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content)
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert [e["event"] for e in sandbox.events()] == ["contact.created"]


def test_drop_before_disconnects_without_processing(client: httpx.Client, sandbox: Any) -> None:
    sandbox.add_faults({"kind": "drop_before", "path": "/contacts/v1"})

    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        client.post("/contacts/v1", json={"phone_number": _phone(1)})

    assert sandbox.events() == []
    assert client.get("/contacts/v1").json()["contacts"] == []


def test_drop_after_commit_stores_then_disconnects(client: httpx.Client, sandbox: Any) -> None:
    sandbox.add_faults({"kind": "drop_after_commit", "method": "post", "path": "/contacts/v1"})

    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        client.post("/contacts/v1", json={"phone_number": _phone(1)})
    retry = client.post("/contacts/v1", json={"phone_number": _phone(1)})

    [event] = sandbox.events()
    assert event["event"] == "contact.created"
    assert retry.status_code == 409
    assert retry.json()["existing_contact_id"] == event["data"]["contact_id"]


def test_faults_match_in_order_and_are_listed(sandbox: Any, client: httpx.Client) -> None:
    pending = sandbox.add_faults(
        {"kind": "status", "status": 503, "path": "/team/v1"},
        {"kind": "status", "status": 500, "times": 2},
    )
    assert [f["status"] for f in pending] == [503, 500]

    assert client.get("/contacts/v1").status_code == 500
    assert client.get("/team/v1").status_code == 503
    assert sandbox.faults() == [{"kind": "status", "times": 1, "status": 500, "body": "json"}]
    assert httpx.get(sandbox.url + "/_sandbox/events").status_code == 200  # never faulted
    sandbox.reset()
    assert sandbox.faults() == []


def test_bad_fault_spec_is_400_and_adds_nothing(sandbox: Any) -> None:
    body = {"faults": [{"kind": "delay", "ms": 5}, {"kind": "explode"}]}

    response = httpx.post(sandbox.url + "/_sandbox/faults", json=body)

    assert response.status_code == 400
    assert list(response.json()["details"]) == ["faults[1]"]
    assert sandbox.faults() == []


def test_raw_fault_answers_verbatim_over_http(client: httpx.Client, sandbox: Any) -> None:
    sandbox.add_faults({
        "kind": "raw", "status": 429, "headers": {"Retry-After": "300000000000"},
        "body": "any text", "method": "POST", "path": "/contacts/v1", "times": 1,
    })  # fmt: skip

    details = client.get("/contacts/v1/whatever")  # another path: not matched
    refused = client.post("/contacts/v1", json={"phone_number": _phone(1)})
    created = client.post("/contacts/v1", json={"phone_number": _phone(1)})

    assert details.status_code == 404
    assert (refused.status_code, refused.text) == (429, "any text")
    assert refused.headers["retry-after"] == "300000000000"
    assert created.is_success  # the same connection still works
    assert len(sandbox.events()) == 1
