"""What the form holds, and what changes it: the draft read from its rows, a saved draft or a
contact put back in it, what stays for the next contact. The decisions are here; the form
(contact_form.py) builds, lays out and shows. Every field comes from domain/fields.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from whaapy_contacts.domain.countries import DEFAULT_COUNTRY, country_name
from whaapy_contacts.domain.fields import (
    default,
    is_default,
    main_fields,
    more_fields,
    shown_fields,
)
from whaapy_contacts.ui.common.field_words import kept_caption
from whaapy_contacts.ui.common.texts import ui_language
from whaapy_contacts.ui.form import field_widgets

if TYPE_CHECKING:
    from whaapy_contacts.domain.contact import Contact, ContactDraft
    from whaapy_contacts.domain.fields import Field
    from whaapy_contacts.ui.form.contact_form import ContactForm


def reveals_more(draft: ContactDraft) -> bool:
    """A loaded draft opens "More details" when one of its fields there holds something of the
    person's (a source alone doesn't: it is kept for the next contact anyway)."""
    return any(f.reveals and not is_default(f, getattr(draft, f.name)) for f in more_fields())


class FormValues:
    """The form's values as a draft, and the ways they are set: the presenter of its fields."""

    def __init__(self, form: ContactForm) -> None:
        self._form = form
        self._rows = form.rows

    def draft(self) -> ContactDraft:
        """What is typed; an unbuilt "More details" holds its defaults (the draft is read on
        every edit, and mustn't build it)."""
        # The domain (dataclasses, validation: ~10 ms) loads after the window's first paint.
        from whaapy_contacts.domain.contact import ContactDraft  # noqa: PLC0415

        values = {f.name: self._shown(f) for f in shown_fields()}  # plain dicts, either way
        return ContactDraft(phone_region=self._form.phone.region(), **values)  # type: ignore[arg-type]

    def _shown(self, field: Field) -> object:
        if field.name in self._rows.widgets:
            return field_widgets.read(field, self._rows.widgets[field.name])
        return default(field)

    def _write(self, fields: tuple[Field, ...], values: ContactDraft) -> None:
        for field in fields:
            field_widgets.write(field, self._rows.widgets[field.name], getattr(values, field.name))

    def fill_more(self, values: ContactDraft) -> None:
        """Show the section's fields of ``values`` in it. When they are what it shows there is
        nothing to change, and an unbuilt section stays so."""
        if all(getattr(values, f.name) == self._shown(f) for f in more_fields()):
            return
        self._form.ensure_more()
        self._write(more_fields(), values)

    def load_draft(self, draft: ContactDraft) -> None:
        """A saved draft back in the form (a recovered draft, or an entry to fix)."""
        form = self._form
        form.clear_all()
        form.phone.set_region(draft.phone_region)
        self._write(main_fields(), draft)
        self.fill_more(draft)
        form.set_more_visible(reveals_more(draft))
        form.phone.setFocus()

    def load_for_edit(self, contact: Contact) -> None:
        """An existing contact, to change it; the phone's and the stage's are shown as loaded
        (a stage not loaded yet is shown anyway)."""
        from whaapy_contacts.domain.contact import draft_for_edit  # noqa: PLC0415 - see draft

        form = self._form
        draft = draft_for_edit(contact)
        self._write(tuple(f for f in main_fields() if f.kind != "stage"), draft)
        form.select_stage(contact.funnel_stage)
        self.fill_more(draft)
        form.set_more_visible(reveals_more(draft))

    def load_edit_draft(self, draft: ContactDraft) -> None:
        """An edit as it was typed, over the contact just loaded (its phone stays)."""
        self._write(tuple(f for f in main_fields() if f.kind != "phone"), draft)
        if any(getattr(draft, f.name) != self._shown(f) for f in more_fields()):
            self.fill_more(draft)
            self._form.set_more_visible(True)

    def clear_for_next(self) -> None:
        """Every field that isn't kept for the next contact, emptied; a foreign number doesn't
        make the next one foreign unless its country is pinned."""
        for field, widget in self._rows.built():
            if not field.kept:
                field_widgets.clear(field, widget)
        if not self._form.pin.isChecked():
            self._form.phone.set_region(DEFAULT_COUNTRY)

    def reset_kept(self) -> None:
        """What stays for the next contact back to the defaults; what is typed stays."""
        form = self._form
        form.pin.setChecked(False)
        if not form.phone.text().strip():  # a typed +code chose it: not ours to undo
            form.phone.set_region(DEFAULT_COUNTRY)
        for field, widget in self._rows.built():
            if field.kept:
                field_widgets.write(field, widget, default(field))

    def kept_parts(self) -> list[tuple[str, str]]:
        """What stays for the next contact, as (what, value) in the person's words: the kept
        fields above, the pinned phone country, then those of "More details"."""
        parts = self._kept_in(main_fields())
        form = self._form
        if form.pin.isChecked():
            name = country_name(form.phone.region(), ui_language())
            pinned = QCoreApplication.translate("ContactForm", "%1 (pinned)").replace("%1", name)
            parts.append((QCoreApplication.translate("ContactForm", "Phone country"), pinned))
        return parts + (self._kept_in(more_fields()) if self._rows.more_built else [])

    def _kept_in(self, fields: tuple[Field, ...]) -> list[tuple[str, str]]:
        widgets = self._rows.widgets
        kept = ((f, field_widgets.kept_text(f, widgets[f.name])) for f in fields if f.kept)
        return [(kept_caption(f), text) for f, text in kept if text]
