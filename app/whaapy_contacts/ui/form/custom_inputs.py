"""The account's own custom fields in the form, by their names, each with an input of its
type: text, a number typed the Mexican way, a date as day/month/year, Sí/No, a choice.

Above the free key/value rows of "Campos personalizados" (kv_editor.py holds both). A value
typed that can't be read (letters in a number, 31/02) is kept as typed and said when the person
leaves the box and on save; it is never dropped or changed silently. Leaving a box that reads
shows how it was read ("1500,5" becomes "1,500.5", "1/3/1990" becomes "01/03/1990").

A saved contact's value its field's type can't hold ("abc" in a number, "Oeste" where the
choices are Norte/Centro/Sur) is shown in that field, as it is, and said under it (a choice
lists it as "Oeste (not one of the options)"); it stays as it was unless the person changes
it. It went to a free row with the same name, out of sight, and typing in the field then made
"«presupuesto» is there twice" (hallway test t17a, finding 8). Each field's message is under
it, not under the whole section.
"""

from __future__ import annotations

from PySide6 import QtCore  # Qt's namespace read when used: not on the first frame (early_qt)
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from whaapy_contacts.domain.custom_fields import (
    FieldDefinition,
    Refused,
    Scalar,
    fits,
    format_date,
    format_number,
    parse_date,
    parse_number,
    parse_whole,
    same_value,
)
from whaapy_contacts.domain.texts import fill
from whaapy_contacts.ui.common.a11y import name_combo
from whaapy_contacts.ui.common.messages import FieldMessage, Kind
from whaapy_contacts.ui.form.clean_input import clean_typing

CAPTION_CHARS = 22  # the caption column's width, in average characters
_NOTHING = object()  # no saved value kept as it is


def _raw_note(definition: FieldDefinition) -> str:
    """What is said under a field holding a saved value its type can't hold: ``%1`` it."""
    if definition.type == "date":
        return QCoreApplication.translate(
            "CustomFields", "“%1” is not a date (day/month/year): correct it or delete it."
        )
    if definition.type != "number":
        return ""  # a number in a text field: shown as it is, nothing to correct
    if definition.whole:
        return QCoreApplication.translate(
            "CustomFields", "“%1” is not a whole number: correct it or delete it."
        )
    return QCoreApplication.translate(
        "CustomFields", "“%1” is not a number: correct it or delete it."
    )


def _raw_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _reason_text(kind: str, reason: str) -> str:
    """The message for a refused value: ``%1`` the field's name, ``%2`` what was typed."""
    if kind == "number":
        return {
            "letters": QCoreApplication.translate(
                "CustomFields", "%1: only digits, please: “%2” has letters (example: 1,500.50)."
            ),
            "too_long": QCoreApplication.translate(
                "CustomFields", "%1: “%2” has more than 15 digits; it could not be kept exactly."
            ),
            "ambiguous": QCoreApplication.translate(
                "CustomFields", "%1: is “%2” %3 or %4? Write it as %3 or as %4."
            ),
            "not_whole": QCoreApplication.translate(
                "CustomFields", "%1: write a whole number (30, not 30.5)."
            ),
        }.get(
            reason,
            QCoreApplication.translate(
                "CustomFields", "%1: “%2” can't be read as a number (example: 1,500.50 or 1500,5)."
            ),
        )
    return {
        "short_year": QCoreApplication.translate(
            "CustomFields", "%1: write the whole year (31/12/1990, not 31/12/90)."
        ),
        "no_such_date": QCoreApplication.translate(
            "CustomFields", "%1: the date “%2” does not exist."
        ),
    }.get(
        reason,
        QCoreApplication.translate(
            "CustomFields", "%1: write the date as day/month/year (example: 31/12/1990)."
        ),
    )


class DefinedInput:
    """One definition's caption and input."""

    def __init__(self, definition: FieldDefinition, parent: QWidget) -> None:
        self.definition = definition
        self.caption = QLabel(parent)
        self.caption.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # a server's name, never markup
        # A long name is cut with "…" (whole in its tooltip and for screen readers) instead of
        # widening the whole form: a verbose account's name pushed the list off the screen.
        metrics = self.caption.fontMetrics()
        room = metrics.averageCharWidth() * CAPTION_CHARS
        shown = metrics.elidedText(definition.label, QtCore.Qt.TextElideMode.ElideRight, room)
        self.caption.setText(shown.replace("&", "&&"))
        self.caption.setToolTip(definition.label)
        self.names: list[QLabel] = []
        self._raw: object = _NOTHING  # a saved value its type can't hold, kept as it is
        self._raw_shown = ""
        self.widget: QLineEdit | QComboBox = self._make(parent)
        self.note = FieldMessage(Kind.ERROR, self.widget, parent)  # what is wrong, under it
        self.caption.setBuddy(self.widget)
        self.widget.setAccessibleName(definition.label)

    def _make(self, parent: QWidget) -> QLineEdit | QComboBox:
        kind = self.definition.type
        if kind in ("boolean", "select"):
            combo = QComboBox(parent)
            # Sized by a typical option, not the longest (which widened the form).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.addItem(
                QCoreApplication.translate("CustomFields", "(not set)")
            )  # the first item: nothing is sent
            choices = (
                [
                    (True, QCoreApplication.translate("CustomFields", "Yes")),
                    (False, QCoreApplication.translate("CustomFields", "No")),
                ]
                if kind == "boolean"
                else list(self.definition.options)
            )
            for value, name in choices:
                combo.addItem(name, value)
            self.names.append(name_combo(combo, self.definition.label))
            return combo
        edit = QLineEdit(parent)
        clean_typing(edit)
        if kind == "number":
            edit.setPlaceholderText(QCoreApplication.translate("CustomFields", "Example: 1,500.50"))
        elif kind == "date":
            edit.setPlaceholderText(QCoreApplication.translate("CustomFields", "dd/mm/yyyy"))
        return edit

    def widgets(self) -> list[QWidget]:
        return [self.caption, self.widget, self.note, *self.names]

    def text(self) -> str:
        return self.widget.text() if isinstance(self.widget, QLineEdit) else ""

    def value(self) -> Scalar | None:
        """What goes to ``custom_fields``: None for nothing; what can't be read, as typed."""
        if isinstance(self.widget, QComboBox):
            at = self.widget.currentIndex()
            return self.widget.itemData(at) if at > 0 else None
        if self._kept():
            return self._raw  # type: ignore[return-value]  # a Scalar: see take
        text = self.widget.text()
        if not text.strip():
            return None
        read = self._read(text)
        return text if isinstance(read, Refused) or read is None else read

    def _kept(self) -> bool:
        """Whether the box still shows the saved value its type can't hold, untouched."""
        return self._raw is not _NOTHING and self.text() == self._raw_shown

    def _read(self, text: str) -> Scalar | Refused | None:
        kind = self.definition.type
        if kind == "number":
            return parse_whole(text) if self.definition.whole else parse_number(text)
        return parse_date(text) if kind == "date" else text

    def problem(self) -> str:
        """Why what is typed can't be read ("" when it can, or nothing is typed, or it is the
        saved value as it was: that is said, see ``note_text``, and saving keeps it)."""
        kind, text = self.definition.type, self.text()
        if kind not in ("number", "date") or self._kept():
            return ""
        read = self._read(text)
        if not isinstance(read, Refused):
            return ""
        message = _reason_text(kind, read.reason)
        return fill(message, self.definition.label, text.strip(), *read.readings)

    def note_text(self) -> str:
        """What is said under the field: why what is typed can't be read, or that the saved
        value is not of its type."""
        if self._kept() and self._raw_shown.strip():
            return fill(_raw_note(self.definition), self._raw_shown)
        return self.problem()

    def refresh_note(self) -> None:
        text = self.note_text()
        self.note.set_texts([text] if text else [])

    def show_as_read(self) -> None:
        """Left with a value that reads: shown the way it was read (a saved one that doesn't
        fit, as it is)."""
        if self._kept():
            return
        value = self.value()
        if isinstance(value, str) and self.definition.type == "date" and not self.problem():
            self._set_text(format_date(value))
        elif self.definition.type == "number" and isinstance(value, int | float):
            self._set_text(format_number(value))

    def _set_text(self, text: str) -> None:
        if isinstance(self.widget, QLineEdit) and self.widget.text() != text:
            self.widget.setText(text)

    def take(self, value: object) -> bool:
        """Show ``value`` if this input can (and holds nothing yet); False otherwise. A value
        its type can't hold is shown as it is, and said (``take_as_it_is``)."""
        if self.value() is not None:
            return False
        if not fits(self.definition, value):
            return self.take_as_it_is(value)
        if isinstance(self.widget, QComboBox):
            at = next(i for i in range(1, self.widget.count())
                      if same_value(self.widget.itemData(i), value))  # fmt: skip
            self.widget.setCurrentIndex(at)
            return True
        self.widget.setText(self._shown(value))
        self.widget.setCursorPosition(0)
        return True

    def take_as_it_is(self, value: object) -> bool:
        """A saved value that doesn't fit the type: in the box as it is (a choice: an extra
        item, "Oeste (not one of the options)"), sent back unchanged until the person changes
        it. Not a scalar (a list, an object, null): False, a free row shows it."""
        if not isinstance(value, str | int | float):
            return False
        self._raw, self._raw_shown = value, _raw_text(value)
        if isinstance(self.widget, QComboBox):
            extra = QCoreApplication.translate("CustomFields", "%1 (not one of the options)")
            self.widget.addItem(fill(extra, self._raw_shown), value)
            self.widget.setCurrentIndex(self.widget.count() - 1)
            return True
        self.widget.setText(self._raw_shown)
        self.widget.setCursorPosition(0)
        self.refresh_note()
        return True

    def _shown(self, value: object) -> str:
        if self.definition.type == "number" and isinstance(value, int | float):
            return format_number(value)
        return format_date(str(value)) if self.definition.type == "date" else str(value)

    def clear(self) -> None:
        if isinstance(self.widget, QComboBox):
            if self._raw is not _NOTHING:
                self.widget.removeItem(self.widget.count() - 1)  # that contact's own value
            self.widget.setCurrentIndex(0)
        else:
            self.widget.clear()
        self._raw = _NOTHING
        self.refresh_note()


class DefinedInputs(QWidget):
    """Every definition's row, in the account's order (hidden when there are none)."""

    changed = Signal()  # the person changed a value
    left = Signal()  # the person left one of the boxes (check it now)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: list[DefinedInput] = []
        self.definitions: tuple[FieldDefinition, ...] = ()
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hide()

    def set_definitions(self, definitions: tuple[FieldDefinition, ...]) -> None:
        """New rows for ``definitions`` (the old ones go, with their values: the caller moves
        those into the new ones first, see KeyValueEditor.set_definitions)."""
        for old in self.inputs:
            self._layout.removeRow(old.caption)  # deletes the caption and the input
            self._layout.removeRow(old.note)
            for label in old.names:
                label.deleteLater()
        self.definitions = definitions
        self.inputs = [DefinedInput(d, self) for d in definitions]
        for item in self.inputs:
            self._layout.addRow(item.caption, item.widget)
            self._layout.setWidget(
                self._layout.rowCount(), QFormLayout.ItemRole.FieldRole, item.note
            )  # its message right under it
            self._wire(item)
        self.setVisible(bool(self.inputs))

    def _wire(self, item: DefinedInput) -> None:
        widget = item.widget
        if isinstance(widget, QComboBox):
            widget.activated.connect(self.changed)
            return
        widget.textEdited.connect(self.changed)

        def edited() -> None:
            if item.note.text():  # follows the fix once said; said anew only on leaving
                item.refresh_note()

        def left() -> None:
            item.show_as_read()
            item.refresh_note()
            self.left.emit()

        widget.textEdited.connect(edited)

        widget.editingFinished.connect(left)

    def stops(self) -> list[QWidget]:
        """The inputs, in Tab order."""
        return [item.widget for item in self.inputs]

    def values(self) -> dict[str, Scalar]:
        found = ((item.definition.key, item.value()) for item in self.inputs)
        return {key: value for key, value in found if value is not None}

    def take(self, key: str, value: object) -> bool:
        """Put a loaded value in its field's input, if one can show it as it is."""
        item = next((i for i in self.inputs if i.definition.key == key), None)
        return item is not None and item.take(value)

    def filled_keys(self) -> set[str]:
        return {key.casefold() for key in self.values()}

    def problems(self) -> list[tuple[QWidget, str]]:
        return [(item.widget, item.problem()) for item in self.inputs if item.problem()]

    def show_notes(self) -> None:
        """Each field's message under it, now (on save)."""
        for item in self.inputs:
            item.refresh_note()

    def note_of(self, widget: QWidget | None) -> QWidget | None:
        """The message under ``widget``, one of the inputs, when it says something."""
        item = next((i for i in self.inputs if i.widget is widget), None)
        return item.note if item is not None and item.note.text() else None

    def clear(self) -> None:
        for item in self.inputs:
            item.clear()
