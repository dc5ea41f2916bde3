"""Client-side draft checks: each field's visible message, and the wire payload."""

import math

import pytest

from whaapy_contacts.domain.contact import ContactDraft, clean_tags
from whaapy_contacts.domain.countries import country_name, is_country_code, ordered_codes
from whaapy_contacts.domain.email import check_email, same_email
from whaapy_contacts.domain.validation import FieldErrors, check_draft, check_field

ERROR_CASES = [
    ("phone_number", {"phone_number": ""}, "Escribe el número de teléfono."),
    ("phone_number", {"phone_number": "55 12"}, "Faltan 6 dígitos: los números de México"),
    ("phone_number", {"phone_number": "hola"}, "no parece un número"),
    ("email", {"email": "juan.email.com"}, "Falta la @"),
    ("email", {"email": "juan@"}, "El correo no es válido"),
    ("email", {"email": "juan@@x.com"}, "El correo no es válido"),
    ("avatar_url", {"avatar_url": "foto.jpg"}, "https://"),
    ("avatar_url", {"avatar_url": "ftp://x.com/a.jpg"}, "https://"),
    ("country", {"country": "XX"}, "Elige un país"),
    ("country", {"country": "Mexico"}, "Elige un país"),
    ("postal_code", {"postal_code": "0600"}, "5 dígitos"),
    ("postal_code", {"postal_code": "06OOO"}, "5 dígitos"),
    ("source", {"source": "x" * 51}, "máximo 50"),
    ("custom_fields", {"custom_fields": {"": "a"}}, "necesita un nombre"),
    ("custom_fields", {"custom_fields": {"rol": "  "}}, "Escribe un valor"),
    ("custom_fields", {"custom_fields": {"valor": math.inf}}, "no es un número válido"),
    ("external_ids", {"external_ids": {" ": "abc"}}, "necesita un nombre"),
    ("deal_value", {"deal_value": -5.0}, "número positivo"),
]


@pytest.mark.parametrize(("field", "typed", "visible"), ERROR_CASES)
def test_each_bad_field_has_a_visible_spanish_message(field, typed, visible):
    draft = ContactDraft(**{"phone_number": "5512345678", **typed})
    messages = check_field(draft, field)
    assert any(visible in m for m in messages), messages
    checked = check_draft(draft)
    assert not checked.ok
    assert set(checked.errors) == {field}
    assert checked.payload == {}


def test_good_draft_builds_payload_without_nulls_or_empties():
    draft = ContactDraft(
        phone_number="+52 1 81 1234 5678",
        name="  Juan Pérez ",
        email="Juan@EMAIL.com",
        tags=(" cliente ", "Cliente", "vip", ""),
        custom_fields={"rol": "CEO", "contract_value": 50000, "activo": True},
        external_ids={"hubspot": " abc123 "},
        country="mx",
        postal_code="06600",
    )
    checked = check_draft(draft)
    assert checked.ok
    assert checked.notices["phone_number"] == (
        "Se quitó el 1 de celular antiguo (ya no se usa desde 2019).",
    )
    assert checked.payload == {
        "phone_number": "+528112345678",
        "name": "Juan Pérez",
        "email": "Juan@email.com",
        "tags": ["cliente", "vip"],
        "custom_fields": {"rol": "CEO", "contract_value": 50000, "activo": True},
        "external_ids": {"hubspot": "abc123"},
        "source": "manual",
        "country": "MX",
        "postal_code": "06600",
    }
    assert None not in checked.payload.values()


def test_minimal_draft_sends_only_phone_source_country():
    checked = check_draft(ContactDraft(phone_number="55 1234 5678"))
    assert checked.payload == {"phone_number": "+525512345678", "source": "manual", "country": "MX"}


def test_field_errors_merge_and_drop_empty():
    a = FieldErrors({"email": ["uno"], "name": []})
    assert dict(a) == {"email": ("uno",)}
    b = a.merged({"email": ("uno", "dos"), "phone_number": ("tres",)})
    assert dict(b) == {"email": ("uno", "dos"), "phone_number": ("tres",)}


def test_tags_trimmed_and_case_duplicates_dropped():
    assert clean_tags(["  VIP ", "vip", "Cliente  nuevo", "", "cliente nuevo"]) == (
        "VIP",
        "Cliente nuevo",
    )


def test_blank_draft_detection_ignores_sticky_fields():
    assert ContactDraft(phone_number="", tags=("vip",), country="CO").is_blank()
    assert not ContactDraft(phone_number="", name="a").is_blank()


def test_email_is_compared_casefolded():
    assert check_email("").normalized == ""
    assert same_email("Juan@Email.com", "juan@email.COM")


def test_countries_are_iso_with_spanish_names_mexico_first():
    codes = ordered_codes()
    assert codes[0] == "MX"
    assert len(codes) == len(set(codes)) == 249
    assert country_name("MX") == "México"
    assert country_name("US", "en") == "United States"
    assert is_country_code("BR")
    assert not is_country_code("EU")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "Ra\ufffdl Ib\ufffd\ufffdez"),
        ("company", "Jugueter\ufffda"),
        ("notes", "Llamar a Ra\ufffdl"),
        ("tags", ("ni\ufffdos",)),
        ("custom_fields", {"sucursal": "Le\ufffdn"}),
    ],
)
def test_letters_lost_by_a_clipboard_are_never_saved(field, value):
    from whaapy_contacts.domain.validation import check_edit

    draft = ContactDraft(phone_number="55 1234 5678", **{field: value})
    refused = "Tiene letras que no se pudieron leer (�): escríbelas de nuevo."
    assert check_draft(draft).errors[field] == (refused,)
    assert check_edit(draft).errors[field] == (refused,)
    assert not check_draft(draft).payload
