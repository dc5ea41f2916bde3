"""Which column holds what: guessed from Spanish and English headers (and the exports of
Google Contacts and Outlook), changed by the person."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from enum import Enum

from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP


class Target(Enum):
    """What a column becomes. Several columns may be PHONE: the first with a value is used."""

    IGNORE = "ignore"
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    PHONE = "phone_number"
    EMAIL = "email"
    COMPANY = "company"
    ADDRESS = "address"
    CITY = "city"
    STATE = "state"
    POSTAL_CODE = "postal_code"
    COUNTRY = "country"
    TAGS = "tags"
    NOTES = "notes"
    DEAL_VALUE = "deal_value"
    CUSTOM = "custom"


# What the person reads for each target (the UI translates them, domain/texts.py).
LABELS: dict[Target, str] = {
    Target.IGNORE: QT_TRANSLATE_NOOP("Messages", "No importar"),
    Target.NAME: QT_TRANSLATE_NOOP("Messages", "Nombre completo"),
    Target.FIRST_NAME: QT_TRANSLATE_NOOP("Messages", "Nombre(s)"),
    Target.LAST_NAME: QT_TRANSLATE_NOOP("Messages", "Apellido(s)"),
    Target.PHONE: QT_TRANSLATE_NOOP("Messages", "Teléfono"),
    Target.EMAIL: QT_TRANSLATE_NOOP("Messages", "Correo"),
    Target.COMPANY: QT_TRANSLATE_NOOP("Messages", "Empresa"),
    Target.ADDRESS: QT_TRANSLATE_NOOP("Messages", "Dirección"),
    Target.CITY: QT_TRANSLATE_NOOP("Messages", "Ciudad"),
    Target.STATE: QT_TRANSLATE_NOOP("Messages", "Estado"),
    Target.POSTAL_CODE: QT_TRANSLATE_NOOP("Messages", "Código postal"),
    Target.COUNTRY: QT_TRANSLATE_NOOP("Messages", "País"),
    Target.TAGS: QT_TRANSLATE_NOOP("Messages", "Etiquetas"),
    Target.NOTES: QT_TRANSLATE_NOOP("Messages", "Notas"),
    Target.DEAL_VALUE: QT_TRANSLATE_NOOP("Messages", "Valor del trato"),
    Target.CUSTOM: QT_TRANSLATE_NOOP("Messages", "Campo personalizado"),
}

# Normalised header (no accents, lower case, words split by anything else) -> target. Phones
# are listed most-wanted first: a WhatsApp or mobile column wins over an office one.
_EXACT: dict[str, Target] = {}
_PHONES = (
    "whatsapp", "whats app", "numero de whatsapp", "wa", "celular", "cel", "movil",
    "telefono movil", "telefono celular", "mobile phone", "mobile", "cell", "cell phone",
    "phone 1 value",
    "primary phone", "telefono", "tel", "telefonos", "phone", "phone number", "numero",
    "numero de telefono", "telefono 1", "phone 2 value", "phone 3 value", "business phone",
    "home phone", "telefono oficina", "telefono casa", "other phone", "company main phone",
    "business phone 2", "home phone 2", "car phone",
)  # fmt: skip
_WORDS: dict[Target, tuple[str, ...]] = {
    Target.NAME: (
        "nombre completo",
        "name",
        "full name",
        "contacto",
        "display name",
        "nombre y apellido",
    ),
    Target.FIRST_NAME: ("nombre", "nombres", "first name", "given name", "primer nombre"),
    Target.LAST_NAME: (
        "apellido",
        "apellidos",
        "last name",
        "family name",
        "surname",
        "apellido paterno",
        "apellido s",
        "middle name",
        "apellido materno",
        "segundo apellido",
    ),
    Target.EMAIL: (
        "correo",
        "correo electronico",
        "email",
        "e mail",
        "mail",
        "e mail address",
        "e mail 1 value",
        "email address",
        "correo e",
    ),
    Target.COMPANY: (
        "empresa",
        "compania",
        "company",
        "organization name",
        "organization 1 name",
        "negocio",
        "razon social",
    ),
    Target.ADDRESS: (
        "direccion",
        "domicilio",
        "calle",
        "address",
        "business street",
        "home street",
        "address 1 street",
        "address 1 formatted",
    ),
    Target.CITY: (
        "ciudad",
        "municipio",
        "city",
        "business city",
        "home city",
        "address 1 city",
        "localidad",
    ),
    Target.STATE: (
        "estado",
        "entidad",
        "state",
        "business state",
        "home state",
        "address 1 region",
        "region",
        "provincia",
    ),
    Target.POSTAL_CODE: (
        "cp",
        "c p",
        "codigo postal",
        "postal code",
        "zip",
        "zip code",
        "business postal code",
        "home postal code",
        "address 1 postal code",
    ),
    Target.COUNTRY: (
        "pais",
        "country",
        "address 1 country",
        "business country region",
        "home country region",
    ),
    Target.TAGS: (
        "etiquetas",
        "etiqueta",
        "tags",
        "tag",
        "labels",
        "categories",
        "categorias",
        "group membership",
        "grupo",
    ),
    Target.NOTES: ("notas", "nota", "notes", "comentarios", "observaciones"),
    Target.DEAL_VALUE: ("valor", "valor del trato", "monto", "importe", "deal value"),
}
for _target, _names in _WORDS.items():
    _EXACT.update(dict.fromkeys(_names, _target))
_EXACT.update(dict.fromkeys(_PHONES, Target.PHONE))

# Several columns may have one target: these are joined (Outlook's First, Middle and Last Name);
# for the others the first column with a value is used (Business City, else Home City).
JOINED = frozenset({Target.FIRST_NAME, Target.LAST_NAME, Target.NOTES, Target.TAGS})


def normalized(header: str) -> str:
    """ "Teléfono (celular)" -> "telefono celular"; "E-mail 1 - Value" -> "e mail 1 value"."""
    decomposed = unicodedata.normalize("NFKD", header.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.split(r"[^a-z0-9]+", plain)).strip()


def guess_target(header: str) -> Target:
    name = normalized(header)
    if name in _EXACT:
        return _EXACT[name]
    name = re.sub(r" \d+$", "", name)  # "Teléfono (2)", a merged header's second column
    return _EXACT.get(name, Target.IGNORE)


def guess_mapping(headers: Sequence[str]) -> tuple[Target, ...]:
    """A target for each column (the person can change any of them)."""
    out = [guess_target(header) for header in headers]
    if Target.NAME in out and Target.FIRST_NAME in out:
        # "Nombre" beside "Nombre completo": the full name wins, nothing is joined twice.
        out = [Target.IGNORE if t in (Target.FIRST_NAME, Target.LAST_NAME) else t for t in out]
    return tuple(out)


def phone_order(headers: Sequence[str], mapping: Sequence[Target]) -> tuple[int, ...]:
    """The phone columns, most wanted first (WhatsApp, mobile, then the rest as listed)."""
    columns = [i for i, t in enumerate(mapping) if t is Target.PHONE]

    def rank(index: int) -> tuple[int, int]:
        name = re.sub(r" \d+$", "", normalized(headers[index]))
        known = _PHONES.index(name) if name in _PHONES else len(_PHONES)
        return known, index

    return tuple(sorted(columns, key=rank))
