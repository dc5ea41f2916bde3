"""Fixtures shared by the integration tests that talk HTTP to the session's sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest


@pytest.fixture
def client(sandbox: Any) -> Iterator[httpx.Client]:
    """An authorised HTTP client for the sandbox (its sockets closed after the test)."""
    with sandbox.client() as http:
        yield http


def create(client: httpx.Client, phone: str, **fields: Any) -> dict[str, Any]:
    """Create a contact over HTTP (as Whaapy answers: 200) and return it."""
    response = client.post("/contacts/v1", json={"phone_number": phone, **fields})
    assert response.status_code == 200, response.text
    contact: dict[str, Any] = response.json()["contact"]
    return contact
