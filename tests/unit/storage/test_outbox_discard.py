"""Discarding an entry that needs attention: it leaves the outbox; nothing else can be dropped."""

import pytest
from tests.helpers.outbox import attempts_log

from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.outbox import AttentionReason, OutboxState
from whaapy_contacts.storage.outbox import OutboxStore


@pytest.fixture
def store(tmp_path):
    opened = OutboxStore(tmp_path / "local.sqlite3", (contact_to_json, contact_from_json))
    yield opened
    opened.close()


def test_only_an_entry_that_needs_attention_is_discarded(store):
    payload = {"phone_number": "+525512345678", "name": "Ana"}
    waiting = store.add(payload, {"phone_number": "55 1234 5678"})
    refused = store.add(payload, {"phone_number": "55 1234 5678"})
    sent = store.add(payload, {"phone_number": "55 1234 5678"})
    store.mark_attention(refused.id, AttentionReason.VALIDATION, "rechazado")
    store.mark_sent(sent.id, Contact(id="c1", phone_number="+525512345678"))
    assert not store.discard(waiting.id)
    assert not store.discard(sent.id)
    assert store.discard(refused.id)
    assert not store.discard(refused.id)  # already gone
    assert store.counts()[OutboxState.ATTENTION] == 0
    assert [e.id for e in store.entries()] == [waiting.id, sent.id]
    outcome, detail = attempts_log(store, refused.id)[-1][1:]
    assert outcome == "discarded"
    assert '"name": "Ana"' in detail  # what was typed is kept in the log, not destroyed
