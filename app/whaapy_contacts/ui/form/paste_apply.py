"""A paste's values put in the form, and taken back as one thing.

Only empty fields are filled: one that holds something of the person's is left as it is and
named in the banner, with what the paste had; the notes get what the paste adds below what
they held. Every field touched is remembered as it was, so one Ctrl+Z (ui/common/undo_key.py)
puts all of them back. Filled fields get a soft background until the person edits that field
or the form is cleared (saved); editing one ends the fill as one thing (its undo is withdrawn).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from whaapy_contacts.domain.countries import country_name
from whaapy_contacts.domain.fields import Field, default, field_named, is_default
from whaapy_contacts.ui.common.field_words import caption, form_label
from whaapy_contacts.ui.common.texts import ui_language
from whaapy_contacts.ui.form import field_widgets
from whaapy_contacts.ui.form.field_rows import focus_target
from whaapy_contacts.ui.form.paste_custom import Beyond
from whaapy_contacts.ui.form.paste_notes import notes_for

if TYPE_CHECKING:
    from whaapy_contacts.domain.paste import Pasted
    from whaapy_contacts.ui.form.contact_form import ContactForm

HIGHLIGHT = "#fff3c4"  # soft yellow, as a marker pen; the text keeps its own colour
_MORE = (
    "company", "address", "city", "state", "postal_code", "country", "notes", "custom_fields",
)  # fmt: skip


def values_of(card: Pasted, more_notes: Sequence[str] = ()) -> dict[str, object]:
    """The form's fields a card fills, the name first (empty ones left out); ``more_notes``:
    what the card holds beyond the form, for the notes (paste_custom.py)."""
    values: dict[str, object] = {
        "name": card.name, "phone_number": card.phone, "email": card.email,
        "company": card.company, "address": card.address, "city": card.city,
        "state": card.state, "postal_code": card.postal_code, "country": card.country,
        "notes": "\n".join(n for n in (notes_for(card), *more_notes) if n),
    }  # fmt: skip
    return {name: value for name, value in values.items() if value}


def _same(name: str, held: object, pasted: str) -> bool:
    if name == "phone_number":
        from whaapy_contacts.domain.phone import canonical_digits  # noqa: PLC0415 - domain

        return canonical_digits(str(held)) == canonical_digits(pasted)
    return " ".join(str(held).split()).casefold() == " ".join(pasted.split()).casefold()


@dataclass
class Filled:
    """What one paste did: the fields it set (as they were before) and the ones it left."""

    before: dict[str, object] = field(default_factory=dict)
    region: str = ""
    more_was_visible: bool = False
    left: list[tuple[str, str, str]] = field(default_factory=list)  # (caption, held, pasted)
    highlighted: dict[str, QWidget] = field(default_factory=dict)
    beyond: list[str] = field(default_factory=list)  # where a card's other things went

    def names(self) -> list[str]:
        return list(self.before)


class FormWriter:
    """Reads and writes the form's fields for a paste; the form's own widgets and rules."""

    def __init__(self, form: ContactForm) -> None:
        self._form = form

    def held(self, f: Field) -> object:
        rows = self._form.rows
        return field_widgets.read(f, rows.widgets[f.name]) if f.name in rows.widgets else default(f)

    def held_named(self, name: str) -> object:
        return self.held(field_named(name))

    def apply(self, card: Pasted) -> Filled:
        form = self._form
        done = Filled(region=form.phone.region(), more_was_visible=form.more.isVisible())
        beyond = self._beyond(card)
        plan = values_of(card, beyond.notes)
        if beyond.custom:
            plan["custom_fields"] = beyond.custom
        if any(name in _MORE for name in plan):
            form.ensure_more()
        for name, value in plan.items():
            self._fill_one(field_named(name), value, done)
        if any(name in _MORE for name in done.before):
            form.set_more_visible(True)
        done.beyond = beyond.said(
            fields="custom_fields" in done.before, notes="notes" in done.before
        )
        return done

    def _beyond(self, card: Pasted) -> Beyond:
        """The card's dates and other properties, placed by the account's custom fields."""
        if not (card.dates or card.extras):
            return Beyond(card, ())
        self._form.ensure_more()
        editor = self._form.rows.widgets.get("custom_fields")
        defined = getattr(editor, "defined", None)
        return Beyond(card, getattr(defined, "definitions", ()))

    def _fill_custom(self, f: Field, value: Mapping[str, object], done: Filled) -> None:
        """Only the custom fields still empty; one that holds something is named, as a field."""
        held = dict(self.held(f))  # type: ignore[call-overload]  # a key/value field's dict
        new = {k: v for k, v in value.items() if k not in held}
        for key in (k for k in value if k in held and held[k] != value[k]):
            done.left.append((key, str(held[key]), str(value[key])))
        if new:
            done.before[f.name] = dict(held)
            self._write(f, {**held, **new})

    def _fill_one(self, f: Field, value: object, done: Filled) -> None:
        if isinstance(value, Mapping):
            self._fill_custom(f, value, done)
            return
        value = str(value)
        held = self.held(f)
        if _same(f.name, held, value) or (f.kind == "multiline" and value in str(held)):
            return  # nothing new (the same card pasted twice adds nothing to the notes)
        if f.kind == "multiline" and str(held).strip():
            value = f"{str(held).rstrip()}\n\n{value}"  # appended: what was typed stays
        elif not is_default(f, held) or (f.kind == "phone" and self._form.phone.is_fixed()):
            done.left.append((caption(f), self._shown(f, held), value))
            return
        done.before[f.name] = held
        self._write(f, value)

    def _shown(self, f: Field, held: object) -> str:
        if f.kind == "country":
            return country_name(str(held), ui_language())
        return str(held)

    def _write(self, f: Field, value: object) -> None:
        field_widgets.write(f, self._form.rows.widgets[f.name], value)

    def undo(self, done: Filled) -> None:
        """Every field the paste set back to exactly what it held."""
        form = self._form
        for name, held in done.before.items():
            if name == "phone_number":
                form.phone.set_region(done.region)
            self._write(field_named(name), held)
        if not done.more_was_visible:
            form.set_more_visible(False)

    def box(self, name: str) -> QWidget:
        return focus_target(self._form.rows.widgets[name])


def highlight(widget: QWidget) -> None:
    palette = widget.palette()
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, QColor(HIGHLIGHT))
    widget.setPalette(palette)
    widget.setProperty("pasteFilled", True)


def unhighlight(widget: QWidget) -> None:
    if widget.property("pasteFilled"):
        widget.setPalette(QPalette())  # back to the inherited palette (no explicit one)
        widget.setProperty("pasteFilled", False)


def is_highlighted(widget: QWidget) -> bool:
    return bool(widget.property("pasteFilled"))


def watch_edits(form: ContactForm, name: str, on_edit: Callable[[str], None]) -> None:
    """The person's changes to a field call ``on_edit(name)`` (connected once per field)."""
    f = field_named(name)
    widget = form.rows.widgets[name]
    for signal in field_widgets.edited(f, widget):
        signal.connect(lambda *_a: on_edit(name))
    if isinstance(widget, QPlainTextEdit):  # the notes say nothing of a change: by the focus
        widget.textChanged.connect(lambda: on_edit(name) if widget.hasFocus() else None)


def fields_said(names: list[str]) -> str:
    """ "Nombre, Teléfono, Correo" in the form's order."""
    return ", ".join(_caption(field_named(n)) for n in names)


def _caption(f: Field) -> str:
    """Its plain name; the custom fields, which have none of their own, by the form's."""
    return caption(f) or form_label(f).replace("&", "")
