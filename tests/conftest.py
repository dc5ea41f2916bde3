"""Shared fixtures: one running sandbox server per session, reset before each test using it."""

from __future__ import annotations

import gc
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from whaapy_contacts.sandbox.server import ALL_SCOPES, DEFAULT_KEY, SandboxServer

pytest_plugins = ["tests.logfail"]


@pytest.fixture(scope="session", autouse=True)
def _no_collection_off_the_main_thread():
    """As the app does (bootstrap/collector.py): no automatic collection, which would run in
    whichever thread allocates; the fixture below collects after each test instead."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_main_thread():
    """A test's cyclic garbage (runners, lanes, services and their Qt objects) is collected
    here, on the main thread, once the test's fixtures are torn down. Left to Python's cyclic
    collector it is freed whenever a collection happens to run, in whichever thread allocates
    then (a sender, a sandbox handler): a QObject destroyed off its thread while Qt may still
    deliver to it can crash. Full runs segfaulted in processEvents, always just after a closed
    outbox's late answers (tests/integration/test_outbox.py), about 1 run in 3."""
    yield
    # Everything the test allocated is in generation 0 (nothing was collected since): collecting
    # it is cheap; a full collection after every test made the suite 3 x slower.
    gc.collect(0)
    _collected[0] += 1
    if _collected[0] % 200 == 0:
        gc.collect()


_collected = [0]


READONLY_KEY = "wha_readonly"


class SandboxHandle:
    """What a test needs of the sandbox: its URL, its keys, faults and recorded events."""

    def __init__(self, url: str, control: httpx.Client, ssl_context: ssl.SSLContext) -> None:
        self.url = url
        self.key = DEFAULT_KEY
        self.readonly_key = READONLY_KEY
        self._control_client = control
        self._ssl_context = ssl_context

    def headers(self, key: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {key or self.key}"}

    def client(self, key: str | None = None) -> httpx.Client:
        """An authorised client; use it in a ``with`` block so its sockets are closed."""
        return httpx.Client(
            base_url=self.url, headers=self.headers(key), timeout=10, verify=self._ssl_context
        )

    def reset(self) -> None:
        self._control("POST", "/_sandbox/reset")

    def add_faults(self, *faults: dict[str, Any]) -> list[dict[str, Any]]:
        """Queue faults (in order); returns the pending list the sandbox reports."""
        pending: list[dict[str, Any]] = self._control(
            "POST", "/_sandbox/faults", {"faults": list(faults)}
        )["faults"]
        return pending

    def faults(self) -> list[dict[str, Any]]:
        pending: list[dict[str, Any]] = self._control("GET", "/_sandbox/faults")["faults"]
        return pending

    def events(self) -> list[dict[str, Any]]:
        """Webhook events recorded since the last reset, oldest first."""
        events: list[dict[str, Any]] = self._control("GET", "/_sandbox/events")["events"]
        return events

    def _control(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        response = self._control_client.request(method, path, json=body)
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        return data


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[SandboxServer]:
    """A sandbox on an in-memory db, shared by the session (tests reset it through ``sandbox``)."""
    keys = {DEFAULT_KEY: ALL_SCOPES, READONLY_KEY: frozenset({"contacts:read"})}
    # No custom field definitions: the form as before; tests of them set their own (issue 17).
    with SandboxServer(keys=keys, rate_limit=0, fields={"fields": []}) as server:
        yield server


@pytest.fixture(scope="session")
def _sandbox_session(sandbox_server: SandboxServer) -> Iterator[SandboxHandle]:
    # One SSL context and one control client for the session: building either costs ~20 ms.
    ssl_context = httpx.create_ssl_context()
    with httpx.Client(base_url=sandbox_server.url, timeout=10, verify=ssl_context) as control:
        yield SandboxHandle(sandbox_server.url, control, ssl_context)


@pytest.fixture
def sandbox(_sandbox_session: SandboxHandle) -> SandboxHandle:
    """The session's sandbox, emptied (contacts, events, faults) for this test."""
    _sandbox_session.reset()
    return _sandbox_session


@pytest.fixture
def sandbox_url(sandbox: SandboxHandle) -> str:
    """Base URL of a freshly reset sandbox (key ``wha_sandbox`` has every scope)."""
    return sandbox.url
