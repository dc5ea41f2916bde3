"""The PATCH of an edit: only what changed, tags as add/remove, custom fields by key, no nulls."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from whaapy_contacts.domain.contact import Contact, ContactDraft, FunnelStage
from whaapy_contacts.domain.patch import kept_fields, patch_for
from whaapy_contacts.domain.validation import check_edit

OLD = Contact(
    id="c1",
    phone_number="+525512345678",
    name="María García",
    email="maria@correo.mx",
    tags=("cliente", "vip"),
    custom_fields={"contrato": 50000, "activo": True, "plan": "oro"},
    external_ids={"hubspot": "h1", "crm": "x9"},
    notes="Primera nota",
    funnel_stage=FunnelStage("s1", "Nuevo"),
    company="Acme",
    country="MX",
    created_at=datetime(2026, 3, 1, tzinfo=UTC),
)


def draft_of(contact: Contact, **changes) -> ContactDraft:
    """What the form holds right after loading ``contact`` for editing, then ``changes``."""
    values = {
        "phone_number": contact.phone_number,
        "name": contact.name,
        "email": contact.email,
        "tags": contact.tags,
        "custom_fields": dict(contact.custom_fields),
        "external_ids": dict(contact.external_ids),
        "funnel_stage_id": contact.funnel_stage.id if contact.funnel_stage else "",
        "company": contact.company,
        "country": contact.country or "MX",
        "notes": "",  # the notes box starts empty: what is typed there is a new note
    }
    values.update(changes)
    return ContactDraft(**values)


def patch(contact: Contact = OLD, **changes) -> dict:
    checked = check_edit(draft_of(contact, **changes))
    assert checked.ok, checked.errors
    return patch_for(contact, checked.payload)


def test_unchanged_form_sends_nothing():
    assert patch() == {}


def test_only_the_changed_name_is_sent():
    assert patch(name="María G. López") == {"name": "María G. López"}


def test_phone_and_source_are_never_patched():
    assert patch(phone_number="+528187654321", source="import") == {}


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (("cliente", "vip", "premium"), {"add_tags": ["premium"]}),
        (("cliente",), {"remove_tags": ["vip"]}),
        (("premium", "vip"), {"add_tags": ["premium"], "remove_tags": ["cliente"]}),
        (("CLIENTE", "Vip"), {}),  # tags compare without case
        ((), {"remove_tags": ["cliente", "vip"]}),
    ],
)
def test_tags_go_as_add_and_remove(tags, expected):
    assert patch(tags=tags) == expected


def test_custom_fields_send_only_changed_keys():
    fields = {"contrato": 75000, "activo": True, "plan": "oro", "nuevo": "sí"}
    assert patch(custom_fields=fields) == {"custom_fields": {"contrato": 75000, "nuevo": "sí"}}


def test_custom_field_number_equal_to_float_is_unchanged_but_bool_is_not_one():
    fields = {"contrato": 50000.0, "activo": True, "plan": "oro"}
    assert patch(custom_fields=fields) == {}
    one = replace(OLD, custom_fields={"activo": 1})
    assert patch(one, custom_fields={"activo": True}) == {"custom_fields": {"activo": True}}


def test_external_ids_are_sent_whole_and_merged_when_one_changes():
    assert patch(external_ids={"hubspot": "h2", "crm": "x9"}) == {
        "external_ids": {"hubspot": "h2", "crm": "x9"}
    }
    assert patch(external_ids={"hubspot": "h1"}) == {}  # a removed key can't be removed


def test_a_typed_note_is_appended_and_an_extended_note_sends_only_the_tail():
    assert patch(notes="Llamar el lunes") == {"notes": "Llamar el lunes"}
    assert patch(notes="Primera nota") == {}
    assert patch(notes="Primera nota\n\nSegunda") == {"notes": "Segunda"}


def test_emptying_what_a_patch_cannot_empty_sends_nothing_and_says_so():
    edited = draft_of(OLD, email="", funnel_stage_id="", custom_fields={}, company="")
    checked = check_edit(edited)
    assert patch_for(OLD, checked.payload) == {"company": ""}
    assert kept_fields(OLD, checked.payload) == ("email", "funnel_stage_id", "custom_fields")


def test_email_compares_without_case_and_a_new_stage_is_sent():
    assert patch(email="MARIA@correo.mx") == {}
    assert patch(funnel_stage_id="s2") == {"funnel_stage_id": "s2"}


def test_a_contact_without_country_shown_with_the_default_is_unchanged():
    bare = Contact(id="c2", phone_number="+525511112222", name="Ana")
    assert patch(bare) == {}
    assert patch(bare, country="CO") == {"country": "CO"}


def test_name_from_first_and_last_name_is_not_a_change():
    split = Contact(id="c3", phone_number="+525511112222", first_name="Ana", last_name="Ruiz")
    assert patch(split, name="Ana Ruiz") == {}


def test_patch_never_contains_null():
    body = patch(name="", company="", tags=(), custom_fields={"x": "1"})
    assert None not in body.values()
    assert body["name"] == ""


def test_check_edit_ignores_an_odd_phone_but_checks_the_rest():
    checked = check_edit(draft_of(OLD, phone_number="+5215512345678", email="juan@"))
    assert set(checked.errors) == {"email"}
