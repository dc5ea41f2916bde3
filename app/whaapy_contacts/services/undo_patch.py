"""The PATCH that undoes an edit: the contact as it was, patched over the server's new copy.

It is the edit's own rule (domain/patch.py ``patch_for``) run backwards, so it has the API's
limits too: tags go back through ``add_tags``/``remove_tags``; a custom field's old value goes
back, but a key the edit *added* can't be removed (custom fields merge and ``null`` is never
sent); a field that was empty can't be emptied again; a note was appended and stays.
"""

from __future__ import annotations

from dataclasses import dataclass

from whaapy_contacts.domain.contact import Contact, draft_for_edit
from whaapy_contacts.domain.patch import kept_fields, patch_for
from whaapy_contacts.domain.validation import check_edit


@dataclass(frozen=True)
class EditUndo:
    patch: dict[str, object]  # empty: nothing can be put back
    kept: tuple[str, ...]  # fields that keep their new value (can't be emptied or removed)
    note_stays: bool  # the edit appended a note


def undo_of_edit(before: Contact, after: Contact) -> EditUndo:
    """What puts ``before`` back over ``after`` (the server's answer to the edit)."""
    checked = check_edit(draft_for_edit(before))
    if not checked.ok:  # a contact our checks would refuse: nothing is guessed
        return EditUndo({}, (), False)
    payload = checked.payload
    note_stays = after.notes.strip() != before.notes.strip()
    return EditUndo(patch_for(after, payload), kept_fields(after, payload), note_stays)
