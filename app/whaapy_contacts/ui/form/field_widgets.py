"""A field's widget, by its kind (domain/fields.py): how it is made, read, given a value,
emptied, and which of its signals mean "the person changed it".

The form builds every row from the table through these, so a field added there gets a widget,
a draft value and its signals without the form naming it. The phone is the form's own
(PhoneField with its pin and messages): ``make`` leaves it to the form.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from whaapy_contacts.domain.countries import DEFAULT_COUNTRY, country_name
from whaapy_contacts.domain.fields import FORM, Field, default
from whaapy_contacts.ui.common.flags import FLAG_SIZE
from whaapy_contacts.ui.common.source_words import SOURCES, source_code, source_text
from whaapy_contacts.ui.common.texts import ui_language
from whaapy_contacts.ui.form.clean_input import clean_notes, clean_typing
from whaapy_contacts.ui.form.country_picker import CountryListModel
from whaapy_contacts.ui.form.kv_editor import KeyValueEditor
from whaapy_contacts.ui.form.phone_field import PhoneField
from whaapy_contacts.ui.form.tag_input import TagInput


def _tr(text: str) -> str:
    return QCoreApplication.translate(FORM, text)


def make(field: Field, parent: QWidget) -> QWidget:
    """A new widget for ``field`` holding its default (not for the phone: the form's own)."""
    kind = field.kind
    if kind in ("line", "email"):
        edit = QLineEdit(parent)
        if field.placeholder:
            edit.setPlaceholderText(_tr(field.placeholder))
        clean_typing(edit)
        return edit
    if kind == "tags":
        tags = TagInput(parent)
        clean_typing(tags.entry())
        return tags
    if kind == "stage":
        stage = QComboBox(parent)
        stage.addItem(QCoreApplication.translate("ContactForm", "(no stage)"), "")
        return stage
    if kind == "multiline":
        return _notes(parent)
    if kind == "key-values":
        return KeyValueEditor(_tr(field.add_label), typed=field.typed, parent=parent)
    if kind == "country":
        return _country(parent)
    if kind == "source":
        return _source(parent)
    raise ValueError(f"the form has no widget for {field.name} ({kind})")


def _notes(parent: QWidget) -> QPlainTextEdit:
    notes = QPlainTextEdit(parent)
    notes.setTabChangesFocus(True)
    notes.setFixedHeight(parent.fontMetrics().lineSpacing() * 4 + 12)
    clean_notes(notes)
    return notes


def _country(parent: QWidget) -> QComboBox:
    country = QComboBox(parent)
    country.setModel(CountryListModel(parent=country, with_dial=False))
    country.setIconSize(FLAG_SIZE)
    # Sized by a typical name, not the longest of 249 (which widened the whole form).
    country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    country.setMinimumContentsLength(12)
    return country


def _source(parent: QWidget) -> QComboBox:
    source = QComboBox(parent)
    source.setEditable(True)
    source.addItems([source_text(code) for code in SOURCES])  # plain words, not codes
    source.setToolTip(QCoreApplication.translate("ContactForm", "Where the contact came from."))
    clean_typing(source)
    return source


def read(field: Field, widget: QWidget) -> object:
    """The widget's value as the draft holds it."""
    kind = field.kind
    if kind == "phone":
        return cast(PhoneField, widget).text()
    if kind in ("line", "email"):
        return cast(QLineEdit, widget).text()
    if kind == "multiline":
        return cast(QPlainTextEdit, widget).toPlainText()
    if kind == "tags":
        return cast(TagInput, widget).tags()
    if kind == "stage":
        return str(cast(QComboBox, widget).currentData() or "")
    if kind == "key-values":
        values = cast(KeyValueEditor, widget).values()
        return values if field.typed else {k: str(v) for k, v in values.items()}
    if kind == "country":
        return str(cast(QComboBox, widget).currentData() or DEFAULT_COUNTRY)
    if kind == "source":
        return source_code(cast(QComboBox, widget).currentText())
    raise ValueError(f"the form has no widget for {field.name} ({kind})")


def write(field: Field, widget: QWidget, value: object) -> None:
    """Show ``value`` (as the draft holds it) in the widget."""
    kind = field.kind
    if kind == "phone":
        cast(PhoneField, widget).set_text(str(value))
    elif kind in ("line", "email"):
        cast(QLineEdit, widget).setText(str(value))
    elif kind == "multiline":
        cast(QPlainTextEdit, widget).setPlainText(str(value))
    elif kind == "tags":
        cast(TagInput, widget).set_tags(tuple(cast(tuple[str, ...], value)))
    elif kind in ("stage", "country"):
        combo = cast(QComboBox, widget)
        if kind == "stage" and value and combo.findData(value) < 0:
            # A recovered draft before the stages are loaded: keep its id, named once they
            # arrive (ContactForm.set_stages keeps the current id), never "(no stage)".
            combo.addItem(QCoreApplication.translate("ContactForm", "(loading the stage…)"), value)
        combo.setCurrentIndex(max(0, combo.findData(value)))
    elif kind == "key-values":
        cast(KeyValueEditor, widget).set_values(dict(cast(dict[str, object], value)))
    elif kind == "source":
        cast(QComboBox, widget).setCurrentText(source_text(str(value)))


def clear(field: Field, widget: QWidget) -> None:
    """Empty it for the next contact (a field that is not kept)."""
    if isinstance(widget, QComboBox):
        write(field, widget, default(field))
    else:
        cast(QLineEdit, widget).clear()  # every other kind has clear()


def edited(field: Field, widget: QWidget) -> list[SignalInstance]:
    """Signals of a change the person made (not one the program made)."""
    kind = field.kind
    if kind == "phone":
        return [cast(PhoneField, widget).edited]
    if kind in ("line", "email"):
        return [cast(QLineEdit, widget).textEdited]
    if kind in ("tags", "key-values"):
        return [cast(TagInput, widget).changed]
    if kind in ("stage", "country"):
        return [cast(QComboBox, widget).activated]
    if kind == "source":
        return [cast(QComboBox, widget).editTextChanged]
    return []  # the notes: the form tells typing from setPlainText by the focus


def changed(field: Field, widget: QWidget) -> list[SignalInstance]:
    """Signals of any change to a kept field's value (what "Kept for the next one" says)."""
    if field.kind == "tags":
        return [cast(TagInput, widget).changed]
    if field.kind in ("stage", "country"):
        return [cast(QComboBox, widget).currentIndexChanged]
    if field.kind == "source":
        return [cast(QComboBox, widget).editTextChanged]
    return []


def kept_text(field: Field, widget: QWidget) -> str:
    """A kept field's value in words, "" when it holds its default (then nothing is kept)."""
    if field.kind == "tags":
        return ", ".join(cast(TagInput, widget).chips())
    combo = cast(QComboBox, widget)
    if field.kind == "stage":
        return combo.currentText() if combo.currentIndex() > 0 else ""
    if field.kind == "country":
        code = str(combo.currentData() or "")
        return country_name(code, ui_language()) if code != DEFAULT_COUNTRY else ""
    if field.kind == "source":
        return combo.currentText() if source_code(combo.currentText()) not in ("", "manual") else ""
    return ""
