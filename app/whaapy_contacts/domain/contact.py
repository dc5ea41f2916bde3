"""Contact (what the server returns) and ContactDraft (what the user typed)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from types import MappingProxyType

from whaapy_contacts.domain.cleaning import clean_line, clean_multiline
from whaapy_contacts.domain.countries import DEFAULT_COUNTRY
from whaapy_contacts.domain.fields import SOURCE_MANUAL, every, key_value_names

# A custom field value keeps its JSON type: text, number or yes/no.
JsonScalar = str | int | float | bool

SOURCE_MAX_LEN = 50

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class FunnelStage:
    """A funnel stage as the API names it."""

    id: str
    name: str
    position: int = 0
    color: str = ""


@dataclass(frozen=True)
class Agent:
    """A team member contacts can be assigned to."""

    id: str
    name: str
    email: str = ""


@dataclass(frozen=True)
class Contact:
    """A contact as the server knows it. Missing text fields are ``""``, never ``None``."""

    id: str
    phone_number: str
    name: str = ""
    email: str = ""
    avatar_url: str = ""
    tags: tuple[str, ...] = ()
    custom_fields: Mapping[str, object] = field(default_factory=lambda: _EMPTY)
    external_ids: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    notes: str = ""
    funnel_stage: FunnelStage | None = None
    source: str = ""
    company: str = ""
    address: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    country: str = ""
    last_contact_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deal_value: float | None = None
    assigned_agent_id: str = ""
    first_name: str = ""
    last_name: str = ""
    # Fields the server sent that we don't model; kept so nothing is lost on a round trip.
    extra: Mapping[str, object] = field(default_factory=lambda: _EMPTY)

    @property
    def display_name(self) -> str:
        full = self.name or " ".join(p for p in (self.first_name, self.last_name) if p)
        return full.strip()


@dataclass(frozen=True)
class ContactDraft:
    """What the user typed, before validation. The phone is raw text plus the selected region."""

    phone_number: str
    phone_region: str = DEFAULT_COUNTRY
    name: str = ""
    email: str = ""
    avatar_url: str = ""
    tags: tuple[str, ...] = ()
    custom_fields: Mapping[str, JsonScalar] = field(default_factory=lambda: _EMPTY)
    external_ids: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    notes: str = ""
    funnel_stage_id: str = ""
    source: str = SOURCE_MANUAL
    company: str = ""
    address: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    country: str = DEFAULT_COUNTRY
    deal_value: float | None = None
    assigned_agent_id: str = ""

    def __post_init__(self) -> None:
        # Every draft is clean however it was made (a form, a setText, a saved JSON draft): no
        # invisible mark or control character can reach the outbox or the server (issue 13, 6).
        multiline = _multiline()
        for f in fields(self):
            value = getattr(self, f.name)
            cleaned = _cleaned(value, multiline=f.name in multiline)
            if cleaned is not value:
                object.__setattr__(self, f.name, cleaned)

    def is_blank(self) -> bool:
        """True when nothing but what is kept for the next contact was typed (domain/fields.py:
        every field that isn't ``kept``; a number the form doesn't show doesn't count)."""
        for f in every():
            value = getattr(self, f.name)
            if f.kept or not (isinstance(value, str | Mapping)):
                continue
            if value.strip() if isinstance(value, str) else value:
                return False
        return True


def _cleaned(value: object, *, multiline: bool = False) -> object:
    """``value`` without invisible or control characters (``value`` itself when already so)."""
    if isinstance(value, str):
        cleaned = clean_multiline(value) if multiline else clean_line(value)
        return value if cleaned == value else cleaned
    if isinstance(value, tuple):
        items = tuple(_cleaned(v) for v in value)
        return value if items == value else items
    if isinstance(value, Mapping):
        pairs = {clean_line(str(k)): _cleaned(v) for k, v in value.items()}
        return value if pairs == dict(value) else MappingProxyType(pairs)
    return value


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Trim tags, drop empty ones and those that repeat another in a different case."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in tags:
        tag = " ".join(raw.split())
        key = tag.casefold()
        if tag and key not in seen:
            seen.add(key)
            out.append(tag)
    return tuple(out)


def draft_to_dict(draft: ContactDraft) -> dict[str, object]:
    """A JSON-safe copy of what was typed (for the outbox and the autosaved draft)."""
    data = {f.name: getattr(draft, f.name) for f in fields(ContactDraft)}
    data["tags"] = list(draft.tags)
    for name in key_value_names():
        data[name] = dict(getattr(draft, name))
    return data


def draft_from_dict(data: Mapping[str, object]) -> ContactDraft:
    """The inverse of ``draft_to_dict``; unknown keys are ignored, wrong types become defaults."""
    defaults = ContactDraft(phone_number="")
    values: dict[str, object] = {}
    for f in fields(ContactDraft):
        value = data.get(f.name, getattr(defaults, f.name))
        default = getattr(defaults, f.name)
        if f.name == "tags" and isinstance(value, list):
            value = tuple(str(t) for t in value)
        elif f.name in key_value_names() and isinstance(value, Mapping):
            value = MappingProxyType(dict(value))
        elif f.name == "deal_value":
            value = (
                value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
            )
        elif not isinstance(value, type(default)):
            value = default
        values[f.name] = value
    return ContactDraft(**values)  # type: ignore[arg-type]


def draft_for_edit(contact: Contact) -> ContactDraft:
    """What the form shows to change ``contact``: every field it edits, as the contact has it;
    the notes box takes a new note (it starts empty), nested custom values are left alone (not
    shown as text), and a contact without a country or source shows the form's defaults."""
    scalars = (str, int, float, bool)
    values: dict[str, object] = {
        f.name: getattr(contact, f.name) for f in every() if f.section != "hidden"
        and f.name in _CONTACT_FIELDS
    }  # fmt: skip
    values.update(
        name=contact.name or contact.display_name,
        funnel_stage_id=contact.funnel_stage.id if contact.funnel_stage else "",
        custom_fields={k: v for k, v in contact.custom_fields.items() if isinstance(v, scalars)},
        notes="",
        country=contact.country or DEFAULT_COUNTRY,
        source=contact.source or SOURCE_MANUAL,
    )
    return ContactDraft(**values)  # type: ignore[arg-type]


_CONTACT_FIELDS = frozenset(f.name for f in fields(Contact))


def _multiline() -> frozenset[str]:
    return frozenset(f.name for f in every() if f.kind == "multiline")
