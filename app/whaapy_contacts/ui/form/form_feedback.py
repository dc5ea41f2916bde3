"""The form's feedback: each field checked when the person leaves it or fixes it, and every
message under its field (unknown ones in the summary), the first bad field focused."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from whaapy_contacts.domain.fields import field_named, more_names
from whaapy_contacts.ui.common.texts import translated
from whaapy_contacts.ui.form import field_widgets
from whaapy_contacts.ui.form.field_rows import focus_target
from whaapy_contacts.ui.form.kv_editor import KeyValueEditor
from whaapy_contacts.ui.form.tag_input import TagInput

if TYPE_CHECKING:
    from whaapy_contacts.domain.fields import Field
    from whaapy_contacts.ui.form.contact_form import ContactForm


class FormFeedback:
    """Checks and messages for ``form``'s rows (``form.rows``)."""

    def __init__(self, form: ContactForm) -> None:
        self._form = form
        self._rows = form.rows

    def check(self, name: str) -> tuple[str, ...]:
        """Check one field of the draft now and show what is wrong with it ("" when fine)."""
        if name in more_names():
            self._form.ensure_more()
        # The domain (dataclasses, validation: ~10 ms) loads after the window's first paint.
        from whaapy_contacts.domain.validation import check_field  # noqa: PLC0415

        messages = check_field(self._form.draft(), name)
        widget = self._rows.widgets[name]
        if isinstance(widget, KeyValueEditor):  # the account's fields say theirs under them
            widget.defined.show_notes()
            messages = (*messages, *widget.listed_problems())
        self._rows.errors[name].set_messages(messages)
        if name == "phone_number":
            self.show_phone_feedback()
        return messages

    def wire_fields(self, fields: tuple[Field, ...]) -> None:
        """One ``edited`` signal for every user change, whatever the widget; a field checked
        when the user leaves it, and re-checked while they fix it once flagged."""
        form, recheck = self._form, self.recheck_if_flagged
        for field in fields:
            widget = self._rows.widgets[field.name]
            for signal in field_widgets.edited(field, widget):
                signal.connect(form.edited)
            for signal in field_widgets.changed(field, widget) if field.kept else ():
                signal.connect(form.update_kept)
            if field.check_on_leave and isinstance(widget, QLineEdit):
                self.check_on_leave(field.name, widget)
            if isinstance(widget, KeyValueEditor):
                widget.changed.connect(lambda name=field.name: recheck(name))
                widget.changed.connect(form.fit_width)  # a row may be wider than the fields
            elif isinstance(widget, TagInput):
                widget.changed.connect(self.recheck_tags)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(partial(_typed_into, widget, form.edited))
        if "country" in self._rows.widgets and "postal_code" in {f.name for f in fields}:
            # Mexico's postal codes have their own rule: a flagged one follows the country.
            country = self._rows.widgets["country"]
            assert isinstance(country, QComboBox)
            country.currentIndexChanged.connect(lambda: recheck("postal_code"))

    def check_on_leave(self, name: str, edit: QLineEdit) -> None:
        edit.editingFinished.connect(lambda: self.check_left(name))
        edit.textEdited.connect(lambda _t: self.recheck_if_flagged(name))

    def check_left(self, name: str) -> None:
        """Leaving a field checks what was typed; an empty one is "required" only on save (or
        once flagged): the form cleared for the next contact, then the list clicked, is no
        mistake of the person's."""
        value = field_widgets.read(field_named(name), self._rows.widgets[name])
        if str(value).strip() or self._rows.errors[name].text():
            self.check(name)

    def recheck_if_flagged(self, name: str) -> None:
        if self._rows.errors[name].text():
            self.check(name)

    def recheck_tags(self) -> None:
        """The half-typed-tag message goes as soon as it stops being true (it became a tag,
        or the entry emptied), and follows what is typed while it is."""
        if self._rows.errors["tags"].text():
            message = self._form.tags.half_typed()
            self._rows.errors["tags"].set_messages([message] if message else [])

    def phone_edited(self) -> None:
        form = self._form
        form.duplicate.hide()
        self.recheck_if_flagged("phone_number")
        if form.phone_notice.text() or form.phone_hint.text():
            self.show_phone_feedback()  # each phone message goes when it stops being true

    def show_phone_feedback(self) -> None:
        form = self._form
        result = form.phone.result()
        form.phone_notice.set_messages([n.message for n in result.notices])
        hint = QCoreApplication.translate(
            "ContactForm", "This looks like a landline; WhatsApp needs a mobile number."
        )
        form.phone_hint.set_messages([hint] if result.ok and result.is_landline else [])

    def show_errors(self, errors: Mapping[str, tuple[str, ...]], *, practice: bool = False) -> None:
        """Each message under its field; unknown fields in the summary; focus the first bad one.
        ``practice``: the summary (the server's own refusal) names the practice server."""
        form = self._form
        in_more = any(name in errors for name in more_names())
        if in_more:
            form.ensure_more()
        for name, label in self._rows.errors.items():
            label.set_messages(errors.get(name, ()))
        known = self._rows.errors
        summary = [m for n, msgs in errors.items() if n not in known for m in msgs]
        form.summary.set_texts([translated(m, practice=practice) for m in summary])
        if in_more:
            form.more_toggle.setChecked(True)
        first = next((n for n in known if n in errors), None)
        if first is not None:
            self._focus_field(first)

    def _focus_field(self, name: str) -> None:
        """The bad box itself: in a key/value editor, the row at fault (not its "Add")."""
        target = self._rows.widgets[name]
        if isinstance(target, KeyValueEditor) and target.focus_problem():
            # The message in view too, not only the box: it was off-screen under the free rows
            # and Ctrl+Enter seemed to do nothing (hallway test t17a, finding 8).
            note = target.problem_note() or self._rows.errors[name]
            self._form.show_in_view(note, QApplication.focusWidget())
            return
        (target if name != "phone_number" else focus_target(target)).setFocus()

    def error_text(self, name: str) -> str:
        """The visible message under a field ("" when none)."""
        if name in more_names() and not self._rows.more_built:
            return ""
        form = self._form
        label = form.summary if name == "_summary" else self._rows.errors[name]
        return label.text() if label.isVisibleTo(form) else ""


def _typed_into(notes: QPlainTextEdit, edited: SignalInstance) -> None:
    """The notes box says nothing of a change: one made while it has the focus is typing."""
    if notes.hasFocus():
        edited.emit()
