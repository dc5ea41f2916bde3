"""domain/fields.py is the one list of the contact's fields: the draft, the PATCH diff, the
create payload and "matches what we sent" read it, so a change to the table is a change to all."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields

import pytest

from whaapy_contacts.domain import fields
from whaapy_contacts.domain.contact import Contact, ContactDraft, draft_for_edit
from whaapy_contacts.domain.patch import changes_for_existing, patch_for
from whaapy_contacts.domain.validation import check_draft
from whaapy_contacts.services.sending import matches_sent


def test_the_table_is_every_field_of_the_draft_once():
    names = [f.name for f in fields.every()]
    assert len(names) == len(set(names))
    drafted = {f.name for f in dataclass_fields(ContactDraft)} - {"phone_region"}
    assert set(names) == drafted  # the phone's region goes with the phone


def test_every_field_is_one_the_server_has_and_the_form_can_name():
    known = {f.name for f in dataclass_fields(Contact)} | {"funnel_stage_id"}
    for field in fields.every():
        assert field.name in known, field
        if field.section != "hidden":
            assert field.label, field  # a caption in the form
            assert field.caption or field.kind == "key-values", field  # a name elsewhere


def agent_shown(monkeypatch):
    """assigned_agent_id (a draft attribute the form doesn't show) made an ordinary text field."""
    agent = fields.Field(
        "assigned_agent_id",
        "line",
        "more",
        patch="text",
        match="text",
        label="Agent",
        caption="Agent",
    )
    table = tuple(agent if f.name == agent.name else f for f in fields.FIELDS)
    monkeypatch.setattr(fields, "FIELDS", table)


OLD = Contact(
    id="c1", phone_number="+525512345678", name="Ana", assigned_agent_id="u1", source="manual"
)


def test_a_field_put_in_the_table_is_diffed_sent_and_compared(monkeypatch):
    draft = ContactDraft(phone_number="55 1234 5678", name="Ana", assigned_agent_id=" u2 ")
    payload = check_draft(draft).payload
    # As the table has it now, a "given" field: patched only when sent, never compared.
    assert patch_for(OLD, {"name": "Ana"}) == {}
    assert matches_sent({**payload, "assigned_agent_id": "u9"}, OLD)
    agent_shown(monkeypatch)
    payload = check_draft(draft).payload
    assert payload["assigned_agent_id"] == "u2"  # trimmed, as every line
    assert patch_for(OLD, payload) == {"assigned_agent_id": "u2"}
    assert patch_for(OLD, {"name": "Ana"}) == {"assigned_agent_id": ""}  # emptied: "text"
    assert not matches_sent(payload, OLD)
    assert matches_sent({**payload, "assigned_agent_id": "u1"}, OLD)
    assert [c.field for c in changes_for_existing(OLD, payload)] == ["assigned_agent_id"]
    assert not ContactDraft(phone_number="", assigned_agent_id="u3").is_blank()
    assert draft_for_edit(OLD).assigned_agent_id == "u1"


@pytest.mark.parametrize("name", ["tags", "funnel_stage_id", "country", "source"])
def test_what_is_kept_for_the_next_contact_does_not_make_a_draft_typed(name):
    kept = fields.field_named(name)
    assert kept.kept
    value = {"tags": ("vip",), "funnel_stage_id": "s1", "country": "US", "source": "api"}[name]
    assert ContactDraft(phone_number="", **{name: value}).is_blank()


def test_defaults_are_the_drafts_own():
    blank = ContactDraft(phone_number="")
    for field in fields.every():
        assert fields.default(field) == getattr(blank, field.name) or (
            field.kind == "key-values" and not getattr(blank, field.name)
        ), field
        assert fields.is_default(field, getattr(blank, field.name)), field


def test_the_update_preview_lists_plain_values_in_the_forms_order():
    old = Contact(id="c1", phone_number="+525512345678", country="MX", funnel_stage=None)
    payload = {"company": "Acme", "funnel_stage_id": "s1", "name": "Ana", "country": "US",
               "notes": "nota", "tags": ["vip"], "email": "a@b.mx"}  # fmt: skip
    order = [c.field for c in changes_for_existing(old, payload)]
    # Values in the table's order, then what is added: tags, then a new note.
    assert order == ["name", "email", "funnel_stage_id", "company", "country", "tags", "notes"]
