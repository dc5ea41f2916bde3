"""The sandbox's GET /contacts/v1/fields (sandbox/fields.py): the sample shape, any answer a
test sets (until a reset), the same key, limit, scope and fault rules as every route."""

from __future__ import annotations

import httpx
import pytest

from whaapy_contacts.sandbox.fields import SAMPLE_FIELDS
from whaapy_contacts.sandbox.server import DEFAULT_KEY, SandboxServer

AUTH = {"Authorization": f"Bearer {DEFAULT_KEY}"}


@pytest.fixture
def server():
    keys = {DEFAULT_KEY: ["contacts:read"], "wha_team": ["team:read"]}
    with SandboxServer(keys=keys, rate_limit=0) as running:
        yield running


def get(server, key=DEFAULT_KEY):
    return httpx.get(server.url + "/contacts/v1/fields", headers={"Authorization": f"Bearer {key}"})


def test_the_sample_fields_one_of_each_type(server):
    answer = get(server)
    assert answer.status_code == 200
    assert answer.json() == SAMPLE_FIELDS
    kinds = [f["type"] for f in answer.json()["fields"]]
    assert kinds == ["text", "date", "boolean", "select", "number"]


def test_a_test_sets_any_answer_until_the_reset(server):
    for answer in ([{"slug": "x"}], {"data": {"x": {"label": "X"}}}, "not even a list"):
        assert httpx.post(server.url + "/_sandbox/fields", json=answer).json() == answer
        assert get(server).json() == answer
    httpx.post(server.url + "/_sandbox/reset")
    assert get(server).json() == SAMPLE_FIELDS


def test_started_with_other_fields_resets_to_those():
    with SandboxServer(fields={"fields": []}) as server:
        httpx.post(server.url + "/_sandbox/fields", json=SAMPLE_FIELDS)
        httpx.post(server.url + "/_sandbox/reset")
        assert get(server).json() == {"fields": []}


def test_keys_scopes_and_faults_as_on_any_route(server):
    assert get(server, "wha_nobody").status_code == 401
    assert get(server, "wha_team").status_code == 403
    assert httpx.post(server.url + "/contacts/v1/fields", headers=AUTH).status_code == 405
    fault = {"kind": "status", "status": 500, "method": "GET", "path": "/contacts/v1/fields"}
    httpx.post(server.url + "/_sandbox/faults", json={"faults": [fault]})
    assert get(server).status_code == 500
    assert get(server).status_code == 200  # once


def test_a_bad_control_body_is_refused(server):
    refused = httpx.post(server.url + "/_sandbox/fields", content=b"{nope")
    assert refused.status_code == 400
    assert get(server).json() == SAMPLE_FIELDS


def test_the_command_line_reads_its_fields_file(tmp_path):
    from whaapy_contacts.sandbox.cli import main, read_fields

    path = tmp_path / "fields.json"
    path.write_text('[{"slug": "rfc"}]', encoding="utf-8")
    assert read_fields(str(path)) == [{"slug": "rfc"}]
    assert read_fields(None) is None
    path.write_text("{nope", encoding="utf-8")
    with pytest.raises(SystemExit) as refused:
        main(["--fields", str(path)])
    assert refused.value.code == 2
