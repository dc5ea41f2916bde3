"""No invisible or control character reaches the server from any field of a draft (issue 13, 6)."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from whaapy_contacts.domain.contact import ContactDraft, draft_from_dict, draft_to_dict
from whaapy_contacts.domain.patch import patch_for
from whaapy_contacts.domain.validation import check_draft, check_edit

MARKS = "\u202a\u202c\u200e\u200f\u200b\ufeff\x00\x07\x1b\x7f"


def dirty(text: str) -> str:
    """``text`` with every mark and control character between its letters."""
    return MARKS.join(text) + MARKS


def dirty_draft() -> ContactDraft:
    return ContactDraft(
        phone_number=dirty("+52 1 55 9876 5432"),
        name=dirty("Ana López"),
        email=dirty("ana@example.com"),
        tags=(dirty("vip"),),
        custom_fields={dirty("Empresa"): dirty("ACME"), "Edad": 30},
        external_ids={dirty("crm"): dirty("A-1")},
        notes=dirty("Llamar\nmañana"),
        company=dirty("ACME"),
        address=dirty("Calle 1"),
        city=dirty("Puebla"),
        state=dirty("Puebla"),
        postal_code=dirty("72000"),
    )


def leaked(payload: object) -> list[str]:
    text = json.dumps(payload, ensure_ascii=False)
    return [hex(ord(ch)) for ch in MARKS if ch in text]


def test_the_create_payload_holds_no_invisible_or_control_character():
    check = check_draft(dirty_draft())
    assert check.ok, check.errors
    assert leaked(dict(check.payload)) == []
    assert check.payload["phone_number"] == "+525598765432"
    assert check.payload["name"] == "Ana López"
    assert check.payload["notes"] == "Llamar\nmañana"
    assert check.payload["custom_fields"] == {"Empresa": "ACME", "Edad": 30}
    assert check.payload["tags"] == ["vip"]


def test_the_edit_payload_and_the_saved_draft_are_clean_too():
    assert leaked(dict(check_edit(dirty_draft()).payload)) == []
    assert leaked(draft_to_dict(dirty_draft())) == []
    # A draft saved before this fix (JSON on disk) comes back clean.
    raw = {f.name: getattr(dirty_draft(), f.name) for f in fields(ContactDraft)}
    raw["name"] = dirty("Ana")
    assert draft_from_dict(raw).name == "Ana"


def test_a_patch_built_from_a_dirty_draft_is_clean():
    from whaapy_contacts.domain.contact import Contact

    before = Contact(id="c1", phone_number="+525598765432", name="Ana")
    patch = patch_for(before, check_edit(dirty_draft()).payload)
    assert patch
    assert leaked(patch) == []


@pytest.mark.parametrize("name", [f.name for f in fields(ContactDraft) if f.type == "str"])
def test_every_text_field_is_cleaned(name):
    draft = ContactDraft(**{"phone_number": "", name: dirty("ab")})  # type: ignore[arg-type]
    assert getattr(draft, name) == "ab"
