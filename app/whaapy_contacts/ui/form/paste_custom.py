"""What a card holds beyond the form's own fields (a birthday, an RFC, a web site): into the
account's custom field of that name when the form offers one, else a line of the notes. Nothing
of a card with a value is dropped silently (t17a finding 7)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from whaapy_contacts.domain.countries import fold
from whaapy_contacts.domain.custom_fields import fits, format_date

if TYPE_CHECKING:
    from whaapy_contacts.domain.custom_fields import FieldDefinition
    from whaapy_contacts.domain.paste import Pasted

# What an account's date field for each of a card's dates is called.
_DATE_WORDS = {
    "birthday": ("nacimiento", "cumpleanos", "cumple", "birthday", "birth", "natalicio"),
    "anniversary": ("aniversario", "anniversary"),
}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _key(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _caption(name: str) -> str:
    """A card's property in words, for the notes ("X-RFC" -> "RFC")."""
    translate = QCoreApplication.translate
    words = {
        "birthday": translate("PasteFill", "Birthday"),
        "anniversary": translate("PasteFill", "Anniversary"),
        "URL": translate("PasteFill", "Website"),
        "NICKNAME": translate("PasteFill", "Nickname"),
        "ROLE": translate("PasteFill", "Role"),
        "CATEGORIES": translate("PasteFill", "Groups"),
        "ADR": translate("PasteFill", "Other address"),
        "LABEL": translate("PasteFill", "Address"),
        "IMPP": translate("PasteFill", "Messaging"),
    }
    if name in words:
        return words[name]
    return name[2:].replace("-", " ") if name.startswith("X-") else name.capitalize()


def _date_field(kind: str, definitions: Sequence[FieldDefinition]) -> FieldDefinition | None:
    words = _DATE_WORDS[kind]
    return next(
        (d for d in definitions
         if d.type == "date" and any(w in _key(d.label) + _key(d.key) for w in words)),
        None,
    )  # fmt: skip


def _named_field(name: str, definitions: Sequence[FieldDefinition]) -> FieldDefinition | None:
    bare = _key(name[2:] if name.startswith("X-") else name)
    return next((d for d in definitions if bare in (_key(d.key), _key(d.label))), None)


class Beyond:
    """A card's dates and other properties, placed: ``custom`` (key -> value) for the custom
    fields, ``notes`` lines ("Cumpleaños: 21/07/1985"), and what the banner says of each."""

    def __init__(self, card: Pasted, definitions: Sequence[FieldDefinition]) -> None:
        self.custom: dict[str, object] = {}
        self.in_fields: list[str] = []  # "Fecha de nacimiento 21/07/1985"
        self.notes: list[str] = []
        self.in_notes: list[str] = []  # "Cumpleaños"
        for kind, value in card.dates:
            self._place(kind, value, _date_field(kind, definitions) if _ISO.match(value) else None)
        for name, value in card.extras:
            self._place(name, value, _named_field(name, definitions))

    def _place(self, name: str, value: str, into: FieldDefinition | None) -> None:
        shown = format_date(value) if _ISO.match(value) else value
        if into is not None and into.key not in self.custom and fits(into, value):
            self.custom[into.key] = value
            self.in_fields.append(f"{into.label} {shown}")
            return
        self.notes.append(f"{_caption(name)}: {shown}")
        self.in_notes.append(_caption(name))

    def said(self, *, fields: bool, notes: bool) -> list[str]:
        """The banner's lines: where each went (``fields``/``notes``: whether those were
        filled)."""
        lines = []
        if self.in_fields and fields:
            lines.append(
                QCoreApplication.translate("PasteFill", "Went to the custom fields: %1.").replace(
                    "%1", ", ".join(self.in_fields)
                )
            )
        if self.in_notes and notes:
            lines.append(
                QCoreApplication.translate("PasteFill", "Went to Notes: %1.").replace(
                    "%1", ", ".join(self.in_notes)
                )
            )
        return lines
