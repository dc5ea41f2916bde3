"""The duplicate flow's preview: only fields that differ, the chosen PATCH, and its undo."""

from whaapy_contacts.domain.contact import Contact, FunnelStage
from whaapy_contacts.domain.patch import changes_for_existing, patch_of

OLD = Contact(
    id="c1",
    phone_number="+525512345678",
    name="María García",
    email="",
    tags=("cliente",),
    custom_fields={"plan": "oro"},
    external_ids={"crm": "x9"},
    notes="Primera nota",
    funnel_stage=FunnelStage("s1", "Nuevo"),
    company="Acme",
    country="MX",
)


def test_only_what_differs_is_listed():
    payload = {
        "phone_number": "+525512345678", "source": "manual", "name": "María García",
        "email": "maria@nuevo.mx", "company": "Acme", "country": "MX", "tags": ["Cliente", "vip"],
        "custom_fields": {"plan": "plata", "zona": "norte"}, "notes": "Llamar el lunes",
        "funnel_stage_id": "s1",
    }  # fmt: skip
    changes = changes_for_existing(OLD, payload)
    assert [(c.field, c.key, c.old, c.new) for c in changes] == [
        ("email", "", "", "maria@nuevo.mx"),
        ("tags", "", ("cliente",), ("cliente", "vip")),  # "Cliente" is the tag it has
        ("custom_fields", "plan", "oro", "plata"),
        ("custom_fields", "zona", None, "norte"),
        ("notes", "", "", "Llamar el lunes"),
    ]
    assert patch_of(changes) == {
        "email": "maria@nuevo.mx", "add_tags": ["vip"],
        "custom_fields": {"plan": "plata", "zona": "norte"}, "notes": "Llamar el lunes",
    }  # fmt: skip


def test_undo_puts_back_what_the_api_can():
    payload = {"name": "Mary", "email": "m@x.mx", "tags": ["vip"], "external_ids": {"crm": "y1"},
               "custom_fields": {"plan": "plata"}, "notes": "otra"}  # fmt: skip
    changes = changes_for_existing(OLD, payload)
    assert patch_of(changes, external_ids={"crm": "x9", "hub": "h"}) == {
        "name": "Mary", "email": "m@x.mx", "add_tags": ["vip"],
        "custom_fields": {"plan": "plata"}, "external_ids": {"crm": "y1", "hub": "h"},
        "notes": "otra",
    }  # fmt: skip
    undo = patch_of(changes, undo=True, external_ids={"crm": "y1", "hub": "h"})
    # The e-mail was empty (a PATCH can't empty it) and a note can't be taken back.
    assert undo == {
        "name": "María García", "remove_tags": ["vip"], "custom_fields": {"plan": "oro"},
        "external_ids": {"crm": "x9", "hub": "h"},
    }  # fmt: skip
    assert [c.field for c in changes if c.undo is None] == ["email", "notes"]


def test_only_the_chosen_changes_are_sent():
    changes = changes_for_existing(OLD, {"name": "Mary", "company": "Otra"})
    assert patch_of([c for c in changes if c.field == "company"]) == {"company": "Otra"}
    assert changes_for_existing(OLD, {"name": "María García", "company": "Acme"}) == ()
