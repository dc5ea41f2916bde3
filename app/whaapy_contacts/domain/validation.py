"""Client-side checks of a ContactDraft, producing the same FieldErrors the server's 400 becomes."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from whaapy_contacts.domain.contact import SOURCE_MAX_LEN, ContactDraft, clean_tags
from whaapy_contacts.domain.countries import is_country_code
from whaapy_contacts.domain.email import check_email
from whaapy_contacts.domain.fields import Field, every, named
from whaapy_contacts.domain.phone import PhoneResult, normalize_phone
from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP, fill, template


class FieldErrors(Mapping[str, tuple[str, ...]]):
    """Field name → its messages. Empty means no problems. Immutable."""

    def __init__(self, errors: Mapping[str, list[str] | tuple[str, ...]] | None = None) -> None:
        self._errors = {k: tuple(v) for k, v in (errors or {}).items() if v}

    def __getitem__(self, key: str) -> tuple[str, ...]:
        return self._errors[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._errors)

    def __len__(self) -> int:
        return len(self._errors)

    def __repr__(self) -> str:
        return f"FieldErrors({self._errors!r})"

    def merged(self, other: Mapping[str, tuple[str, ...]]) -> FieldErrors:
        combined: dict[str, list[str]] = {k: list(v) for k, v in self._errors.items()}
        for key, msgs in other.items():
            combined.setdefault(key, []).extend(m for m in msgs if m not in combined[key])
        return FieldErrors(combined)


@dataclass(frozen=True)
class DraftCheck:
    """The outcome of checking a draft: errors, notices to show, and the wire payload."""

    errors: FieldErrors
    notices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    payload: Mapping[str, object] = field(default_factory=dict)
    phone: PhoneResult | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


_POSTAL_MX = re.compile(r"^\d{5}$")

# What the user reads, in Spanish; the UI translates them (domain/texts.py).
AVATAR_URL_SCHEME = QT_TRANSLATE_NOOP(
    "Messages",
    "La URL de la imagen debe empezar con https:// (ejemplo: https://sitio.com/foto.jpg).",
)
COUNTRY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Messages", "Elige un país de la lista (código de 2 letras, como MX)."
)
POSTAL_CODE_MX = QT_TRANSLATE_NOOP("Messages", "En México el código postal tiene 5 dígitos.")
SOURCE_TOO_LONG = template(
    QT_TRANSLATE_NOOP("Messages", "El origen puede tener como máximo %1 caracteres.")
)
CUSTOM_FIELD_NEEDS_NAME = QT_TRANSLATE_NOOP(
    "Messages", "Cada campo personalizado necesita un nombre."
)
EXTERNAL_ID_NEEDS_NAME = QT_TRANSLATE_NOOP("Messages", "Cada ID externo necesita un nombre.")
VALUE_NOT_A_NUMBER = template(
    QT_TRANSLATE_NOOP("Messages", "El valor de «%1» no es un número válido.")
)
VALUE_MISSING = template(
    QT_TRANSLATE_NOOP("Messages", "Escribe un valor para «%1» o quita la fila.")
)
DEAL_VALUE_NEGATIVE = QT_TRANSLATE_NOOP(
    "Messages", "El valor del trato debe ser un número positivo."
)
UNREADABLE_LETTERS = QT_TRANSLATE_NOOP(
    "Messages", "Tiene letras que no se pudieron leer (�): escríbelas de nuevo."
)
_LOST = "\ufffd"  # U+FFFD: a letter a clipboard or a file's decoding already lost ("Ra�l")


def check_phone(draft: ContactDraft) -> tuple[list[str], list[str], PhoneResult]:
    result = normalize_phone(draft.phone_number, draft.phone_region)
    errors = [result.message] if result.reason else []
    return errors, [n.message for n in result.notices], result


def check_avatar_url(value: str) -> list[str]:
    if not value:
        return []
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return [AVATAR_URL_SCHEME]
    return []


def check_country(value: str) -> list[str]:
    if value and not is_country_code(value.upper()):
        return [COUNTRY_UNKNOWN]
    return []


def check_postal_code(value: str, country: str) -> list[str]:
    if value and country.upper() == "MX" and not _POSTAL_MX.match(value):
        return [POSTAL_CODE_MX]
    return []


def check_source(value: str) -> list[str]:
    if len(value) > SOURCE_MAX_LEN:
        return [fill(SOURCE_TOO_LONG, SOURCE_MAX_LEN)]
    return []


def check_key_values(pairs: Mapping[str, object], needs_name: str) -> list[str]:
    """``needs_name`` is the message for a row with a value and no name."""
    for key, value in pairs.items():
        if not key.strip():
            return [needs_name]
        if isinstance(value, float) and not math.isfinite(value):
            return [fill(VALUE_NOT_A_NUMBER, key)]
        if isinstance(value, str) and not value.strip():
            return [fill(VALUE_MISSING, key)]
    return []


def check_deal_value(value: float | None) -> list[str]:
    if value is not None and (not math.isfinite(value) or value < 0):
        return [DEAL_VALUE_NEGATIVE]
    return []


# Field checks for "the user left this field": name -> function of the draft.
FIELD_CHECKS: dict[str, Callable[[ContactDraft], list[str]]] = {
    "phone_number": lambda d: check_phone(d)[0],
    "email": lambda d: [r] if (r := check_email(d.email).reason) else [],
    "avatar_url": lambda d: check_avatar_url(d.avatar_url.strip()),
    "country": lambda d: check_country(d.country.strip()),
    "postal_code": lambda d: check_postal_code(d.postal_code.strip(), d.country),
    "source": lambda d: check_source(d.source.strip()),
    "custom_fields": lambda d: check_key_values(d.custom_fields, CUSTOM_FIELD_NEEDS_NAME),
    "external_ids": lambda d: check_key_values(d.external_ids, EXTERNAL_ID_NEEDS_NAME),
    "deal_value": lambda d: check_deal_value(d.deal_value),
}


def check_field(draft: ContactDraft, name: str) -> tuple[str, ...]:
    """Messages for one field, for the check when the user leaves it."""
    check = FIELD_CHECKS.get(name)
    return tuple(check(draft)) if check else ()


def _has_lost_letters(value: object) -> bool:
    if isinstance(value, str):
        return _LOST in value
    if isinstance(value, tuple | list):
        return any(_has_lost_letters(v) for v in value)
    if isinstance(value, Mapping):
        return any(_has_lost_letters(k) or _has_lost_letters(v) for k, v in value.items())
    return False


def check_unreadable(draft: ContactDraft) -> FieldErrors:
    """Every field holding U+FFFD, from any source (a Windows-1252 text pasted as UTF-8): never
    saved, the letters are gone and only the person knows them (t17a finding 2)."""
    return FieldErrors(
        {f.name: [UNREADABLE_LETTERS] for f in every() if _has_lost_letters(getattr(draft, f.name))}
    )


def check_draft(draft: ContactDraft) -> DraftCheck:
    """Check every field, and build the create payload (empty optionals omitted, never null)."""
    phone_errors, notices, phone = check_phone(draft)  # once: the phone's check is the dearest
    errors = {
        name: phone_errors if name == "phone_number" else check(draft)
        for name, check in FIELD_CHECKS.items()
    }
    field_errors = FieldErrors(errors).merged(check_unreadable(draft))
    if field_errors:
        return DraftCheck(field_errors, {"phone_number": tuple(notices)}, {}, phone)
    return DraftCheck(
        field_errors, {"phone_number": tuple(notices)}, _create_payload(draft, phone), phone
    )


def _create_payload(draft: ContactDraft, phone: PhoneResult) -> dict[str, object]:
    """Every field of the table as the API takes it; empty ones omitted (never null)."""
    payload: dict[str, object] = {"phone_number": phone.e164}
    for f in every():
        if f.kind != "phone":
            value = _wire_value(f, getattr(draft, f.name))
            if value not in (None, "", [], {}):
                payload[f.name] = value
    return payload


def _wire_value(f: Field, value: object) -> object:
    """A draft's value as sent: trimmed, the e-mail normalized, tags cleaned, the country's
    code in capitals, key/value names trimmed (and text values, which keep no type)."""
    if f.kind == "email":
        return check_email(str(value)).normalized
    if f.kind == "tags":
        return list(clean_tags(list(value))) if isinstance(value, tuple) else []
    if f.kind == "key-values" and isinstance(value, Mapping):
        return {k.strip(): v if f.typed else str(v).strip() for k, v in value.items()}
    if f.kind == "country":
        return str(value).strip().upper()
    if f.kind == "stage" or not isinstance(value, str):
        return value
    return value.strip()


def update_payload(create_payload: Mapping[str, object]) -> dict[str, object]:
    """A PATCH that applies what was typed to an existing contact (the duplicate flow).

    Phone and source are never patched; tags are *added* (``add_tags``) so existing ones stay;
    custom fields merge and notes append on the server side by definition.
    """
    patch = {k: v for k, v in create_payload.items() if k not in named("never")}
    tags = patch.pop("tags", None)
    if tags:
        patch["add_tags"] = tags
    return patch


def check_edit(draft: ContactDraft) -> DraftCheck:
    """Check an edit of an existing contact. An update never changes phone or source (the API
    refuses both), so neither is checked nor in the payload; the rest is as ``check_draft``."""
    errors = FieldErrors(
        {name: check(draft) for name, check in FIELD_CHECKS.items() if name != "phone_number"}
    ).merged({k: v for k, v in check_unreadable(draft).items() if k != "phone_number"})
    if errors:
        return DraftCheck(errors)
    payload = _create_payload(draft, PhoneResult(draft.phone_number))
    for name in named("never"):
        payload.pop(name, None)
    return DraftCheck(errors, {}, payload)
