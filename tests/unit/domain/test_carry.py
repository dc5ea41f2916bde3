"""carry_over: what was typed goes into a saved contact's empty fields only (domain/carry.py)."""

from __future__ import annotations

from types import MappingProxyType

from whaapy_contacts.domain.carry import carry_over
from whaapy_contacts.domain.contact import ContactDraft

SAVED = ContactDraft(
    phone_number="+525511119999", name="Colega Pérez", tags=("vip",),
    custom_fields=MappingProxyType({"rfc": "XAXX010101000"}),
)  # fmt: skip


def test_empty_fields_take_what_was_typed_and_the_rest_is_named():
    typed = ContactDraft(phone_number="55 1111 9999", name="Algo Escrito", email="algo@x.mx",
                         tags=("feria", "vip"), company="Acme")  # fmt: skip
    carried = carry_over(typed, SAVED)
    assert carried.draft.email == "algo@x.mx"
    assert carried.draft.company == "Acme"
    assert carried.draft.tags == ("vip", "feria")  # added, none lost, none twice
    assert carried.draft.name == "Colega Pérez"  # its own stays
    assert carried.draft.phone_number == "+525511119999"  # the phone never moves
    assert carried.filled == ("email", "tags", "company")
    assert carried.differ == ("name",)


def test_custom_fields_merge_unless_a_key_clashes():
    added = carry_over(ContactDraft("", custom_fields=MappingProxyType({"vip": True})), SAVED)
    assert dict(added.draft.custom_fields) == {"rfc": "XAXX010101000", "vip": True}
    clash = carry_over(ContactDraft("", custom_fields=MappingProxyType({"rfc": "OTRO"})), SAVED)
    assert dict(clash.draft.custom_fields) == {"rfc": "XAXX010101000"}
    assert clash.differ == ("custom_fields",)


def test_the_same_value_typed_is_neither_filled_nor_named():
    carried = carry_over(ContactDraft("", name="Colega Pérez"), SAVED)
    assert carried.filled == ()
    assert carried.differ == ()
