"""The key probe over real HTTP, against ``whaapy-sandbox --key KEY:scope,scope`` in its own
process: it finds what a key may do, as Whaapy answers, and creates nothing."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from whaapy_contacts.api import errors as e
from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.api.key_probe import KeyAccess

KEYS = {
    "wha_all": "contacts:read,contacts:write",
    "wha_ro": "contacts:read",
    "wha_wo": "contacts:write",
    "wha_funnel": "funnels:read",
}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    args = [sys.executable, "-m", "whaapy_contacts.sandbox.cli"]
    for key, scopes in KEYS.items():
        args += ["--key", f"{key}:{scopes}"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()  # blocks until the server says it listens
    assert line.startswith("listening on "), line
    yield line.split()[-1]
    proc.terminate()
    proc.wait(10)
    proc.stdout.close()


@pytest.mark.parametrize(
    ("key", "access"),
    [
        ("wha_all", KeyAccess()),
        ("wha_ro", KeyAccess(write_missing=("contacts:write",))),
        ("wha_wo", KeyAccess(read_missing=("contacts:read",))),
        ("wha_funnel", KeyAccess(("contacts:read",), ("contacts:write",))),
    ],
)
def test_the_probe_finds_what_each_key_may_do(server, key, access):
    with ContactsClient(server, key) as client:
        assert client.probe_key() == access


def test_a_wrong_key_is_unauthorized(server):
    with ContactsClient(server, "wha_nobody") as client, pytest.raises(e.Unauthorized):
        client.probe_key()


def test_the_empty_create_answers_as_whaapy_and_creates_nothing(server):
    headers = {"Authorization": "Bearer wha_all"}
    with httpx.Client(base_url=server, headers=headers) as http:
        refused = http.post("/contacts/v1", json={})
        assert refused.status_code == 400
        assert refused.json()["error"] == "validation_error"
        assert "phone_number" in refused.json()["details"]
        denied = http.post(
            "/contacts/v1", json={}, headers={"Authorization": "Bearer wha_ro"}
        ).json()
        assert denied["message"] == "Missing required scopes: contacts:write"
        assert http.get("/contacts/v1").json()["contacts"] == []
        assert http.get("/_sandbox/events").json()["events"] == []
