"""The contact's fields: ONE table that the form, the draft, the details pane, the PATCH diff,
the duplicate preview and the "matches what we sent" check all read (as Qt's sql/books example
binds a form through one QDataWidgetMapper table).

A field added here is built by the form (its widget comes from its ``kind``), carried by the
draft (``ContactDraft`` has an attribute of the same ``name``), diffed by ``patch_for`` (by its
``patch``), listed in the preview and the details pane (by its ``caption``) and compared after
an ambiguous send (by its ``match``): ``tests/unit/domain/test_fields.py`` and
``tests/gui/test_form_fields.py`` walk the table.

Light on purpose (no dataclasses, no enum module): the form reads it for its first frame.
Labels are English for the UI to translate (``QT_TRANSLATE_NOOP`` marks them for lupdate): the
form's captions in the form's context, the plain captions in ``ContactFields``.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from whaapy_contacts.domain.countries import DEFAULT_COUNTRY
from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP

# The widget a field gets in the form (and how its value reads).
Kind = Literal[
    "phone", "line", "email", "multiline", "tags", "stage", "key-values", "country", "source",
    "number",
]  # fmt: skip
# Where the form shows it: up front, behind "More details", or not at all (drafts carry it).
Section = Literal["main", "more", "hidden"]
# What a PATCH does with it (whaapy-api.md): "text" may be set to ""; "set" can be changed but
# not emptied (that needs null); "given" only when the payload carries it (the form doesn't show
# it); "tags" as add_tags/remove_tags; "merge" only the changed keys; "whole-map" the whole map,
# merged (whether the API merges it is not documented); "note" appended; "never" (phone, source).
Patch = Literal["text", "set", "given", "tags", "merge", "whole-map", "note", "never"]
# How "the contact on the server is the one we sent" compares it ("" = not compared).
Match = Literal["phone", "text", "email", "exact", "tags", "keys", ""]

SOURCE_MANUAL = "manual"  # a contact typed in by hand
CAPTIONS = "ContactFields"  # the translation context of ``caption``
FORM = "ContactForm"  # the translation context of ``label`` and ``kept``


class Field(NamedTuple):
    """One field of a contact, as every layer needs to know it."""

    name: str  # ContactDraft's (and the API's) name for it
    kind: Kind
    section: Section
    patch: Patch
    label: str = ""  # the form's caption, with its Alt letter ("" when the form doesn't show it)
    caption: str = ""  # its plain name: the details pane, the update preview ("" = by key)
    match: Match = ""
    kept: str = ""  # kept for the next contact: its name in "Kept for the next one" ("" = not)
    placeholder: str = ""  # the form's grey hint
    add_label: str = ""  # a key/value editor's "Add…" button
    typed: bool = False  # a key/value editor whose values keep their JSON type
    check_on_leave: bool = False  # the form checks it when the person leaves it
    reveals: bool = True  # "more" only: a loaded value in it opens "More details"
    in_details: bool = True  # a row of the details pane (the name is its title instead)
    change_caption: str = ""  # the update preview's name for it, when not ``caption``


# In the order the form shows them; the details pane, the preview and the diff keep it.
FIELDS: tuple[Field, ...] = (
    Field("phone_number", "phone", "main", patch="never", match="phone",
          label=QT_TRANSLATE_NOOP("ContactForm", "&Phone *"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "Phone")),
    Field("name", "line", "main", patch="text", match="text", in_details=False,
          label=QT_TRANSLATE_NOOP("ContactForm", "&Name"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "Name")),
    Field("email", "email", "main", patch="set", match="email", check_on_leave=True,
          label=QT_TRANSLATE_NOOP("ContactForm", "&Email"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "Email"),
          placeholder=QT_TRANSLATE_NOOP("ContactForm", "name@company.com")),
    Field("tags", "tags", "main", patch="tags", match="tags",
          label=QT_TRANSLATE_NOOP("ContactForm", "&Tags"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "Tags"),
          kept=QT_TRANSLATE_NOOP("ContactForm", "Tags")),
    Field("funnel_stage_id", "stage", "main", patch="set",
          label=QT_TRANSLATE_NOOP("ContactForm", "Funnel &stage"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "Funnel stage"),
          kept=QT_TRANSLATE_NOOP("ContactForm", "Stage")),
    Field("company", "line", "more", patch="text", match="text",
          label=QT_TRANSLATE_NOOP("ContactForm", "Compan&y"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "Company")),
    Field("address", "line", "more", patch="text", match="text",
          label=QT_TRANSLATE_NOOP("ContactForm", "A&ddress"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "Address")),
    Field("city", "line", "more", patch="text", match="text",
          label=QT_TRANSLATE_NOOP("ContactForm", "C&ity"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "City")),
    Field("state", "line", "more", patch="text", match="text",
          label=QT_TRANSLATE_NOOP("ContactForm", "State"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "State")),
    Field("postal_code", "line", "more", patch="text", match="text", check_on_leave=True,
          label=QT_TRANSLATE_NOOP("ContactForm", "Posta&l code"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "Postal code")),
    Field("country", "country", "more", patch="set",
          label=QT_TRANSLATE_NOOP("ContactForm", "&Country"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "Country"),
          kept=QT_TRANSLATE_NOOP("ContactForm", "Country")),
    Field("notes", "multiline", "more", patch="note", match="text",
          label=QT_TRANSLATE_NOOP("ContactForm", "N&otes"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "Notes"),
          change_caption=QT_TRANSLATE_NOOP("ContactFields", "New note")),
    Field("custom_fields", "key-values", "more", patch="merge", match="keys", typed=True,
          label=QT_TRANSLATE_NOOP("ContactForm", "Custom &fields"),
          add_label=QT_TRANSLATE_NOOP("ContactForm", "Add custom field")),
    Field("external_ids", "key-values", "more", patch="whole-map", match="keys",
          label=QT_TRANSLATE_NOOP("ContactForm", "E&xternal IDs"),
          add_label=QT_TRANSLATE_NOOP("ContactForm", "Add external ID")),
    Field("avatar_url", "line", "more", patch="text", check_on_leave=True, in_details=False,
          label=QT_TRANSLATE_NOOP("ContactForm", "Ima&ge URL"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "Photo (web address)"),
          placeholder="https://…"),
    Field("source", "source", "more", patch="never", match="exact", reveals=False,
          label=QT_TRANSLATE_NOOP("ContactForm", "Sou&rce"),
          caption=QT_TRANSLATE_NOOP("ContactFields", "Source"),
          kept=QT_TRANSLATE_NOOP("ContactForm", "Source")),
    Field("deal_value", "number", "hidden", patch="given", in_details=False,
          caption=QT_TRANSLATE_NOOP("ContactFields", "Deal value")),
    Field("assigned_agent_id", "line", "hidden", patch="given", in_details=False,
          caption=QT_TRANSLATE_NOOP("ContactFields", "Assigned to")),
)  # fmt: skip


# Read at call time, not copied at import: a test may put a field in FIELDS and see every
# layer carry it (tests/gui/test_form_fields.py).
def every() -> tuple[Field, ...]:
    return FIELDS


def main_fields() -> tuple[Field, ...]:
    """Up front in the form, in its order."""
    return tuple(f for f in FIELDS if f.section == "main")


def more_fields() -> tuple[Field, ...]:
    """Behind "More details", in its order."""
    return tuple(f for f in FIELDS if f.section == "more")


def shown_fields() -> tuple[Field, ...]:
    """What the form edits."""
    return main_fields() + more_fields()


def more_names() -> frozenset[str]:
    return frozenset(f.name for f in more_fields())


def key_value_names() -> tuple[str, ...]:
    return tuple(f.name for f in FIELDS if f.kind == "key-values")


def named(*patches: Patch) -> tuple[str, ...]:
    """The fields a PATCH treats in one of these ways, in the table's order."""
    return tuple(f.name for f in FIELDS if f.patch in patches)


def fields_by_name() -> dict[str, Field]:
    return {f.name: f for f in FIELDS}


def field_named(name: str) -> Field:
    return fields_by_name()[name]


def default(field: Field) -> object:
    """What a new contact holds in it (ContactDraft's default; what "Restablecer" puts back)."""
    defaults: dict[str, object] = {
        "tags": (), "key-values": {}, "country": DEFAULT_COUNTRY, "source": SOURCE_MANUAL,
        "number": None,
    }  # fmt: skip
    return defaults.get(field.kind, "")


def is_default(field: Field, value: object) -> bool:
    """Nothing of the person's in it: empty, or the value a new contact starts with."""
    if field.kind == "country":
        return not value or value == DEFAULT_COUNTRY
    if field.kind == "source":
        return value in ("", SOURCE_MANUAL)
    return not value
