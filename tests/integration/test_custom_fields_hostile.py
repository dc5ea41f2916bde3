"""The fields request against every hostile answer of tests/helpers/hostile.py: the client
gives definitions or an ApiError (then the app keeps what it had), never anything else, and
within its deadline."""

from __future__ import annotations

import time

import pytest
from tests.helpers import hostile as h
from tests.integration.test_hostile_server import CASES

from whaapy_contacts.api import errors as e
from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.domain.custom_fields import FieldDefinition

TOTAL_S = 2.0
# The kinds that edit the sandbox's answer to a create don't apply to a read.
READS = [name for name, case in CASES.items() if not case.kind.commit]


@pytest.fixture
def hostile(sandbox):
    with h.HostileServer(sandbox.url) as server:
        yield server


@pytest.mark.parametrize("name", READS)
def test_a_hostile_fields_answer_is_definitions_or_an_api_error(sandbox, hostile, name):
    hostile.plan(CASES[name].kind, method="GET", path="/contacts/v1/fields")
    started = time.monotonic()
    with ContactsClient(hostile.url, sandbox.key, timeout=2.0, total=TOTAL_S) as client:
        try:
            found = client.custom_field_definitions()
        except e.ApiError:
            found = None
    assert time.monotonic() - started < TOTAL_S + 3
    if found is not None:
        assert all(isinstance(d, FieldDefinition) for d in found)
