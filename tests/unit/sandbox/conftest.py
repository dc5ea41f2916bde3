"""Fixtures shared by the sandbox's unit tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from whaapy_contacts.sandbox.store import SandboxStore


@pytest.fixture
def store() -> Iterator[SandboxStore]:
    """An in-memory sandbox store, closed after the test."""
    memory = SandboxStore()
    yield memory
    memory.close()
