"""The account's own custom fields in the form, by their names, each with an input of its
type: text, a number typed the Mexican way, a date as day/month/year, Sí/No, a choice.

Above the free key/value rows of "Campos personalizados" (kv_editor.py holds both). A value
typed that can't be read (letters in a number, 31/02) is kept as typed and said when the person
leaves the box and on save; it is never dropped or changed silently. Leaving a box that reads
shows how it was read ("1500,5" becomes "1,500.5", "1/3/1990" becomes "01/03/1990").
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
    same_value,
)
from whaapy_contacts.domain.texts import fill
from whaapy_contacts.ui.common.a11y import name_combo
from whaapy_contacts.ui.form.clean_input import clean_typing

CAPTION_CHARS = 22  # the caption column's width, in average characters


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
        self.widget: QLineEdit | QComboBox = self._make(parent)
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
        return [self.caption, self.widget, *self.names]

    def text(self) -> str:
        return self.widget.text() if isinstance(self.widget, QLineEdit) else ""

    def value(self) -> Scalar | None:
        """What goes to ``custom_fields``: None for nothing; what can't be read, as typed."""
        if isinstance(self.widget, QComboBox):
            at = self.widget.currentIndex()
            return self.widget.itemData(at) if at > 0 else None
        text = self.widget.text()
        if not text.strip():
            return None
        read = self._read(text)
        return text if isinstance(read, Refused) or read is None else read

    def _read(self, text: str) -> Scalar | Refused | None:
        kind = self.definition.type
        if kind == "number":
            return parse_number(text)
        return parse_date(text) if kind == "date" else text

    def problem(self) -> str:
        """Why what is typed can't be read ("" when it can, or nothing is typed)."""
        kind, text = self.definition.type, self.text()
        if kind not in ("number", "date"):
            return ""
        read = self._read(text)
        if not isinstance(read, Refused):
            return ""
        return fill(_reason_text(kind, read.reason), self.definition.label, text.strip())

    def show_as_read(self) -> None:
        """Left with a value that reads: shown the way it was read."""
        value = self.value()
        if isinstance(value, str) and self.definition.type == "date" and not self.problem():
            self._set_text(format_date(value))
        elif self.definition.type == "number" and isinstance(value, int | float):
            self._set_text(format_number(value))

    def _set_text(self, text: str) -> None:
        if isinstance(self.widget, QLineEdit) and self.widget.text() != text:
            self.widget.setText(text)

    def take(self, value: object) -> bool:
        """Show ``value`` if this input can (and holds nothing yet); False otherwise."""
        if self.value() is not None or not fits(self.definition, value):
            return False
        if isinstance(self.widget, QComboBox):
            at = next(i for i in range(1, self.widget.count())
                      if same_value(self.widget.itemData(i), value))  # fmt: skip
            self.widget.setCurrentIndex(at)
            return True
        self.widget.setText(self._shown(value))
        self.widget.setCursorPosition(0)
        return True

    def _shown(self, value: object) -> str:
        if self.definition.type == "number" and isinstance(value, int | float):
            return format_number(value)
        return format_date(str(value)) if self.definition.type == "date" else str(value)

    def clear(self) -> None:
        if isinstance(self.widget, QComboBox):
            self.widget.setCurrentIndex(0)
        else:
            self.widget.clear()


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
            for label in old.names:
                label.deleteLater()
        self.definitions = definitions
        self.inputs = [DefinedInput(d, self) for d in definitions]
        for item in self.inputs:
            self._layout.addRow(item.caption, item.widget)
            self._wire(item)
        self.setVisible(bool(self.inputs))

    def _wire(self, item: DefinedInput) -> None:
        widget = item.widget
        if isinstance(widget, QComboBox):
            widget.activated.connect(self.changed)
            return
        widget.textEdited.connect(self.changed)

        def left() -> None:
            item.show_as_read()
            self.left.emit()

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

    def clear(self) -> None:
        for item in self.inputs:
            item.clear()
