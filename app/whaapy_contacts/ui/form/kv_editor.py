"""Key/value rows: custom fields (text, number or yes/no) and external IDs (text).

Custom fields also show the account's own fields above the free rows, each by its name with
an input of its type (custom_inputs.py); ``set_definitions`` gives them. A value of one of
those fields that its type can't hold ("abc" where a number goes) is shown in that field, as it
is, with a message under it; only a key with no field of its own is a free row.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.ui.common.a11y import name_combo
from whaapy_contacts.ui.form.clean_input import clean_typing
from whaapy_contacts.ui.form.custom_inputs import DefinedInputs

if TYPE_CHECKING:
    from whaapy_contacts.domain.contact import JsonScalar
    from whaapy_contacts.domain.custom_fields import FieldDefinition

_NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
TEXT, NUMBER, YES_NO = "text", "number", "bool"


def parse_number(text: str) -> int | float | None:
    """``50000``, ``50,000``, ``1,500.5`` → numbers; anything else → None."""
    text = text.strip().replace(" ", "")
    if not _NUMBER.match(text):
        return None
    plain = text.replace(",", "")
    return float(plain) if "." in plain else int(plain)


class _Row:
    def __init__(self, editor: KeyValueEditor, typed: bool) -> None:
        self.key = QLineEdit(editor)
        self.key.setPlaceholderText(QCoreApplication.translate("KeyValueEditor", "Name"))
        self.kind = QComboBox(editor) if typed else None
        self.value = QLineEdit(editor)
        self.value.setPlaceholderText(QCoreApplication.translate("KeyValueEditor", "Value"))
        for edit in (self.key, self.value):  # the placeholder whole, not "Nom…"
            room = edit.fontMetrics().horizontalAdvance(edit.placeholderText() + "MM")
            edit.setMinimumWidth(room)
        self.flag = QComboBox(editor)
        self.flag.addItem(QCoreApplication.translate("KeyValueEditor", "Yes"), True)
        self.flag.addItem(QCoreApplication.translate("KeyValueEditor", "No"), False)
        self.flag.hide()
        self.remove = QToolButton(editor)
        self.remove.setText("✕")
        self.remove.setToolTip(QCoreApplication.translate("KeyValueEditor", "Remove this row"))
        if typed:
            self.key.setAccessibleName(
                QCoreApplication.translate("KeyValueEditor", "Custom field name")
            )
            self.value.setAccessibleName(
                QCoreApplication.translate("KeyValueEditor", "Custom field value")
            )
            self.remove.setAccessibleName(
                QCoreApplication.translate("KeyValueEditor", "Remove this custom field")
            )
        else:
            self.key.setAccessibleName(
                QCoreApplication.translate("KeyValueEditor", "External system")
            )
            self.value.setAccessibleName(
                QCoreApplication.translate("KeyValueEditor", "External ID")
            )
            self.remove.setAccessibleName(
                QCoreApplication.translate("KeyValueEditor", "Remove this external ID")
            )
        self.names = [
            name_combo(
                self.flag, QCoreApplication.translate("KeyValueEditor", "Custom field value")
            )
        ]
        if self.kind is not None:
            self.kind.addItem(QCoreApplication.translate("KeyValueEditor", "Text"), TEXT)
            self.kind.addItem(QCoreApplication.translate("KeyValueEditor", "Number"), NUMBER)
            self.kind.addItem(QCoreApplication.translate("KeyValueEditor", "Yes/No"), YES_NO)
            self.names.append(
                name_combo(self.kind, QCoreApplication.translate("KeyValueEditor", "Value type"))
            )
            self.kind.currentIndexChanged.connect(self.sync_kind)

    def sync_kind(self) -> None:
        is_flag = self.kind is not None and self.kind.currentData() == YES_NO
        self.flag.setVisible(is_flag)
        self.value.setVisible(not is_flag)

    def widgets(self) -> list[QWidget]:
        """In visual and Tab order; then the hidden labels that name the combos. The type comes
        after the value: Tab from the name goes to the value, so "Empresa Tab Uno" fills it (it
        went to the type box, and "Uno" was lost there: hallway test, finding 6)."""
        parts: list[QWidget | None] = [self.key, self.value, self.flag, self.kind, self.remove]
        return [w for w in parts if w is not None] + list(self.names)

    def is_empty(self) -> bool:
        return not self.key.text().strip() and not self.value.text().strip()


def _tab_stop(widget: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None
    )


class _AddButton(QPushButton):
    """ "Agregar…": its label's Alt+letter adds the row at once. QLabel presses a buddy button
    with animateClick(), a click 100 ms later: the name typed meanwhile went to the button and
    was lost (hallway test, finding 6). That late click is then skipped."""

    added_by_shortcut = Signal()

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.skip_click = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == QtCore.Qt.FocusReason.ShortcutFocusReason:
            self.skip_click = True
            self.added_by_shortcut.emit()


class KeyValueEditor(QWidget):
    """Rows of name → value with an "Add" button. ``typed`` adds a type column (custom fields)."""

    changed = Signal()
    left_defined = Signal()  # the person left one of the account's fields (check it now)

    def __init__(self, add_label: str, *, typed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = typed
        self._rows: list[_Row] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._add = _AddButton(add_label, self)
        self._add.clicked.connect(self._add_clicked)
        self._add.added_by_shortcut.connect(self.add_row)
        # Made after "Add": before it, the section's Tab order built late went wrong.
        self.defined = DefinedInputs(self)
        self._pending: tuple[FieldDefinition, ...] = ()
        self._waiting = False  # for the focus to leave before new definitions replace boxes
        self.defined.changed.connect(self.changed)
        self.defined.left.connect(self.left_defined)
        buttons = QHBoxLayout()
        buttons.addWidget(self._add)
        buttons.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.defined)
        outer.addLayout(self._grid)
        outer.addLayout(buttons)
        self.setFocusProxy(self._add)

    def mnemonic_target(self) -> QWidget:
        """Where its label's Alt+letter goes: the first empty row's name, or "Add" (which it
        presses: a new row, its name focused), never a filled row, whose text the shortcut
        selects for the next keys to overwrite. The editor itself can't be a label's buddy: it
        takes no focus, and as a Tab stop it sent Tab round in a loop through its focus proxy."""
        if self.defined.inputs:
            return self.defined.stops()[0]
        return next((row.key for row in self._rows if row.is_empty()), self._add)

    def set_definitions(self, definitions: tuple[FieldDefinition, ...]) -> None:
        """The account's fields above the free rows; what is typed moves where it fits (a
        free row's value into its field's input, or back), nothing is lost. While the person
        types in the editor the boxes stay: the new ones come when the focus leaves it."""
        self._pending = definitions
        if self._inside(QApplication.focusWidget()):
            app = QApplication.instance()
            if isinstance(app, QApplication) and not self._waiting:
                self._waiting = True
                app.focusChanged.connect(self._focus_moved)
            return
        self._apply_definitions()

    def _inside(self, widget: QWidget | None) -> bool:
        return widget is not None and self.isAncestorOf(widget)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self._inside(new):
            self._stop_waiting()
            self._apply_definitions()

    def _stop_waiting(self) -> None:
        app = QApplication.instance()
        if self._waiting and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_moved)
        self._waiting = False

    def _apply_definitions(self) -> None:
        definitions = self._pending
        if definitions == self.defined.definitions:
            return
        values = self.values()
        self.defined.set_definitions(definitions)
        self.set_values(values)
        self._order_tabs()

    def _add_clicked(self) -> None:
        if self._add.skip_click:  # the shortcut's late click: its row is there already
            self._add.skip_click = False
            return
        self.add_row()

    def add_row(self, *, focus: bool = True) -> _Row:
        row = _Row(self, self._typed)
        index = len(self._rows)
        # Name, value (or Yes/No, in the same place: one of them shows), then its type: as
        # Tab goes (see _Row.widgets).
        cells = [(row.key, 0), (row.value, 1), (row.flag, 1), (row.kind, 2), (row.remove, 3)]
        for widget, column in cells:
            if widget is not None:
                self._grid.addWidget(widget, index, column)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 2)
        row.remove.clicked.connect(lambda: self._remove(row))
        clean_typing(row.key, row.value)
        self._rows.append(row)
        self._order_tabs()
        for edit in (row.key, row.value):
            edit.textEdited.connect(self.changed)
        # A widget added to a shown layout is shown only later (queued): focus given before
        # that is lost, and what the person types next went to the "Add" button.
        if self.isVisible():
            for widget in (row.key, row.kind, row.value, row.remove):
                if widget is not None:
                    widget.show()
        if focus:
            row.key.setFocus()
        self.changed.emit()
        return row

    def _order_tabs(self) -> None:
        """The account's fields, then the free rows, then "Add": Tab goes as they look."""
        anchor = self._add.previousInFocusChain()
        # The Tab stop before the editor: not this editor (setTabOrder would use its focus
        # proxy, the button), nor one of its own boxes, nor the insides of the previous field.
        while (
            anchor is not None
            and anchor is not self._add
            and (self.isAncestorOf(anchor) or anchor is self or not _tab_stop(anchor))
        ):
            anchor = anchor.previousInFocusChain()
        rows = [w for row in self._rows for w in row.widgets() if not isinstance(w, QLabel)]
        chain = [*self.defined.stops(), *rows, self._add]
        for first, second in pairwise([anchor or self._add, *chain]):
            QWidget.setTabOrder(first, second)

    def _remove(self, row: _Row) -> None:
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._rows.remove(row)
        focused = QApplication.focusWidget()
        if focused is None or focused in row.widgets():  # its ✕: on to "Add", not elsewhere
            self._add.setFocus()
        self.changed.emit()

    def clear(self) -> None:
        for row in list(self._rows):
            self._remove(row)
        self.defined.clear()

    def set_values(self, values: Mapping[str, object]) -> None:
        """Each value in its field's input when one can show it as it is, else a free row."""
        self.clear()
        for key, value in values.items():
            if self.defined.take(key, value):
                continue
            row = self.add_row(focus=False)
            row.key.setText(key)
            if row.kind is not None and isinstance(value, bool):
                row.kind.setCurrentIndex(row.kind.findData(YES_NO))
                row.flag.setCurrentIndex(0 if value else 1)
            elif row.kind is not None and isinstance(value, (int, float)):
                row.kind.setCurrentIndex(row.kind.findData(NUMBER))
                row.value.setText(f"{value:,}")  # 50,000 and 1,500.5: what parse_number reads
            else:
                row.value.setText(str(value))
            for edit in (row.key, row.value):
                edit.setCursorPosition(0)  # show the start of a long name, not its end
        self.changed.emit()  # filled: the label's Alt+letter goes elsewhere now

    def values(self) -> dict[str, JsonScalar]:
        """Rows with anything typed; a number that doesn't parse stays text (see ``problems``)."""
        out: dict[str, JsonScalar] = dict(self.defined.values())
        for row in self._rows:
            key, text = row.key.text().strip(), row.value.text()
            kind = row.kind.currentData() if row.kind is not None else TEXT
            if not key and not text.strip() and kind != YES_NO:
                continue  # an empty row is ignored, not an error
            out[key] = self._typed_value(row, kind, text)
        return out

    def problems(self) -> list[str]:
        """What the domain can't see, and saving waits for: numbers that aren't, and names
        used twice (values() keeps one value per name, so a repeated one would be dropped
        silently); the account's fields first."""
        return [message for _widget, message in self._problems()]

    def listed_problems(self) -> list[str]:
        """Those said under the whole editor: the free rows'. Each of the account's fields
        says its own under it (custom_inputs.py)."""
        return [message for _widget, message in self._row_problems()]

    def focus_problem(self) -> bool:
        """Focus the first bad box: a repeated name, a bad number, a value without a name;
        each of the account's fields says what is wrong under it."""
        self.defined.show_notes()
        bad = [widget for widget, _message in self._problems()]
        bad += [r.key for r in self._rows if not r.key.text().strip() and r.value.text().strip()]
        if not bad:
            return False
        bad[0].setFocus()
        return True

    def problem_note(self) -> QWidget | None:
        """The message under the focused one of the account's fields, if it says something."""
        return self.defined.note_of(QApplication.focusWidget())

    def _problems(self) -> list[tuple[QWidget, str]]:
        return [*self.defined.problems(), *self._row_problems()]

    def _row_problems(self) -> list[tuple[QWidget, str]]:
        found: list[tuple[QWidget, str]] = []
        seen = self.defined.filled_keys()
        for row in self._rows:
            name = row.key.text().strip()
            if name and name.casefold() in seen:
                message = self.tr("“%1” is there twice: each name can be used only once.")
                found.append((row.key, message.replace("%1", name)))
            seen.add(name.casefold())
            is_number = row.kind is not None and row.kind.currentData() == NUMBER
            if is_number and row.value.text().strip() and parse_number(row.value.text()) is None:
                message = self.tr("“%1” is not a number (example: 1500 or 1,500.50).")
                found.append((row.value, message.replace("%1", name or "?")))
        return found

    @staticmethod
    def _typed_value(row: _Row, kind: str, text: str) -> JsonScalar:
        if kind == YES_NO:
            return bool(row.flag.currentData())
        if kind == NUMBER:
            number = parse_number(text)
            return number if number is not None else text
        return text
