"""What was typed, carried into a saved contact the person chose to edit instead ("Editar ese").

The person typed a contact, saw "Ya existe: …" under the phone and chose to edit that one: what
they typed is about that person. It goes into the saved contact's empty fields only; a field both
have, with different values, keeps the saved value and is named, so the person can decide. The
phone and the source never move (the API refuses to change them). Nothing is saved here: the
form shows the result as an edit, sent only when the person saves it.
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import NamedTuple

from whaapy_contacts.domain.contact import ContactDraft
from whaapy_contacts.domain.fields import Field, every, is_default


class Carried(NamedTuple):
    draft: ContactDraft  # the saved contact's, with the typed values in its empty fields
    filled: tuple[str, ...]  # the fields (names) that took a typed value
    differ: tuple[str, ...]  # typed and saved both hold something else: the saved one stays


def carry_over(typed: ContactDraft, saved: ContactDraft) -> Carried:
    changes: dict[str, object] = {}
    filled: list[str] = []
    differ: list[str] = []
    for f in every():
        if f.patch == "never":
            continue
        mine, theirs = getattr(typed, f.name), getattr(saved, f.name)
        if is_default(f, mine):
            continue
        merged = _merged(f, mine, theirs)
        if merged is None:
            differ.append(f.name)
        elif merged != theirs:
            changes[f.name] = merged
            filled.append(f.name)
    return Carried(replace(saved, **changes), tuple(filled), tuple(differ))  # type: ignore[arg-type]


def _merged(f: Field, mine: object, theirs: object) -> object | None:
    """The saved value with the typed one added, or None when they conflict."""
    if f.kind == "tags":
        assert isinstance(mine, tuple)
        assert isinstance(theirs, tuple)
        return theirs + tuple(tag for tag in mine if tag not in theirs)
    if f.kind == "key-values":
        assert isinstance(mine, MappingProxyType | dict)
        assert isinstance(theirs, MappingProxyType | dict)
        clashes = [key for key in mine if key in theirs and theirs[key] != mine[key]]
        if clashes:
            return None
        return MappingProxyType({**theirs, **mine})
    if is_default(f, theirs) or theirs == mine:
        return mine
    return None
