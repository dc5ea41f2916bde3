"""Phone entry: a searchable country picker and a number field that formats as you type."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from whaapy_contacts.domain.countries import (
    DEFAULT_COUNTRY,
    is_country_code,
)
from whaapy_contacts.domain.phone_data import EXAMPLES
from whaapy_contacts.ui.form.clean_input import unused_alt
from whaapy_contacts.ui.form.country_picker import CountryPicker
from whaapy_contacts.ui.form.phone_suggestion import SuggestionBar

if TYPE_CHECKING:
    import phonenumbers

    from whaapy_contacts.domain.phone import PhoneResult

_Index = QModelIndex | QPersistentModelIndex
# Text we dare to reformat: an optional leading + then digits and the usual separators.
_FORMATTABLE = re.compile(r"\s*\+?[0-9\s\-\u2010-\u2015.()/]*")
_SIGNIFICANT = frozenset("0123456789+")
# Digits from which a foreign reading is offered while typing: a whole Mexican number. Each
# check costs a few phonenumbers parses (~0.1 ms), too much for every early keystroke.
_OFFER_WHILE_TYPING_FROM = 10


def _significant(text: str) -> str:
    return "".join(ch for ch in text if ch in _SIGNIFICANT)


def _cleaned(text: str) -> str:
    from whaapy_contacts.domain.cleaning import clean_line

    return clean_line(text)


def _position_after(text: str, count: int) -> int:
    """Index just after the ``count``-th digit (or +) of ``text``."""
    seen = 0
    for i, ch in enumerate(text):
        if count == seen:
            return i
        seen += ch in _SIGNIFICANT
    return len(text)


def _international_digits(significant: str) -> str | None:
    """The digits after ``+`` or ``00``, or None for a national number."""
    if significant.startswith("+"):
        return significant[1:]
    return significant[2:] if significant.startswith("00") else None


def dialled_region(text: str, current: str) -> str | None:
    """The country an international ``text`` dials (+57… → CO), or None.

    A code shared by several countries keeps ``current`` when it is one of them, until the
    number is complete enough for phonenumbers to tell (+1 416… → CA).
    """
    import phonenumbers  # here, not at start-up (domain/phone.py)

    digits = _international_digits(_significant(text))
    if digits is None:
        return None
    cc = next((int(digits[:n]) for n in (1, 2, 3) if _known_code(digits[:n])), None)
    if cc is None:
        return None
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[cc]
    if len(regions) > 1 and (exact := _region_of_number(digits)):
        return exact
    if current in regions:
        return current
    main = phonenumbers.region_code_for_country_code(cc)
    return main if is_country_code(main) else None  # not "001" (non-geographic codes)


def _known_code(prefix: str) -> bool:
    import phonenumbers

    codes = phonenumbers.COUNTRY_CODE_TO_REGION_CODE
    return prefix.isdigit() and not prefix.startswith("0") and int(prefix) in codes


def _region_of_number(digits: str) -> str | None:
    import phonenumbers

    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return None
    valid = phonenumbers.is_valid_number(number)
    return phonenumbers.region_code_for_number(number) if valid else None


class _AsYouType:
    """phonenumbers' AsYouTypeFormatter, fed only the new digits when typing at the end."""

    def __init__(self) -> None:
        self._region = ""
        self._formatter: phonenumbers.AsYouTypeFormatter | None = None  # at the first digit
        self._fed = ""
        self._output = ""

    def format(self, significant: str, region: str) -> str:
        import phonenumbers

        if (
            self._formatter is None
            or region != self._region
            or not self._fed
            or not significant.startswith(self._fed)
        ):
            # A new formatter rather than clear(): clear() compares metadata objects through
            # their string form, about 0.25 ms per call; constructing one costs microseconds.
            self._formatter = phonenumbers.AsYouTypeFormatter(region)
            self._region, self._fed, self._output = region, "", ""
        for ch in significant[len(self._fed) :]:
            self._output = self._formatter.input_digit(ch)
        self._fed = significant
        return self._output


class _NumberEdit(QLineEdit):
    """Backspace/Delete next to a separator we inserted removes the digit beyond it instead.
    Ctrl+Space asks for the foreign reading offered under it (``suggestion_asked``)."""

    suggestion_asked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.auto_formatted = ""  # the text as we last formatted it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == QtCore.Qt.Key.Key_Space
            and event.modifiers() == QtCore.Qt.KeyboardModifier.ControlModifier
        ):
            self.suggestion_asked.emit()
            return
        if unused_alt(self, event):
            return
        modified = event.modifiers() & ~QtCore.Qt.KeyboardModifier.KeypadModifier
        if not modified and not self.hasSelectedText() and self.text() == self.auto_formatted:
            self._skip_separators(event.key())
        super().keyPressEvent(event)

    def _skip_separators(self, key: int) -> None:
        text, pos = self.text(), self.cursorPosition()
        if key == QtCore.Qt.Key.Key_Backspace:
            while pos > 0 and text[pos - 1] not in _SIGNIFICANT:
                pos -= 1
        elif key == QtCore.Qt.Key.Key_Delete:
            while pos < len(text) and text[pos] not in _SIGNIFICANT:
                pos += 1
        self.setCursorPosition(pos)


class PhoneField(QWidget):
    """Country picker and number side by side. Read values with text()/region()/result().

    ``line_edit()`` is only for label buddies, focus and tab order: forms must not read or
    write the number through it (that would bypass formatting and the country switch).
    """

    edited = Signal()  # the user changed the number or the country
    editing_finished = Signal()  # Enter, or focus left the number after a change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picker = CountryPicker(self)
        self._edit = _NumberEdit(self)
        self._typer = _AsYouType()
        self._rest_typer = _AsYouType()  # the number after a retired Mexican prefix
        # The country picked before a typed +code switched it: back when that code is erased,
        # so a slip like "00…" never leaves the next national number read abroad.
        self._chosen_region: str | None = None
        self.suggestion = SuggestionBar(self)
        self._edit.setAccessibleName(self.tr("Phone number"))
        self._edit.setMaxLength(40)
        self._lay_out()
        self._connect_signals()
        self._update_placeholder()

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self._picker)
        row.addWidget(self._edit, 1)
        column.addLayout(row)
        column.addWidget(self.suggestion)
        # No setFocusProxy(self._edit): with a proxy, Tab into this field jumps straight to the
        # number and never stops at the country (Shift+Tab did). setFocus() forwards instead.
        QWidget.setTabOrder(self._picker, self._edit)

    def place_suggestion(self, layout: QBoxLayout) -> None:
        """Show the foreign-reading suggestion in ``layout`` (under the field's error, in a
        form) instead of right under the number. It is never a Tab stop (see SuggestionBar)."""
        owner = self.layout()
        assert owner is not None
        owner.removeWidget(self.suggestion)
        layout.addWidget(self.suggestion)

    def _connect_signals(self) -> None:
        self._edit.textEdited.connect(self._on_text_edited)
        self._edit.editingFinished.connect(self._on_editing_finished)
        self.suggestion.accepted.connect(self._use_suggestion)
        self._edit.suggestion_asked.connect(self.suggestion.use)
        self._picker.country_picked.connect(self._on_country_picked)
        self._picker.currentIndexChanged.connect(self._update_placeholder)

    # Public API

    def text(self) -> str:
        return self._edit.text()

    def set_text(self, text: str) -> None:
        """Show ``text`` formatted as if typed (switching country for +code); no ``edited``."""
        text = _cleaned(text)
        self._edit.setText(text)
        self._apply(text, len(text))
        self.suggestion.clear()

    def region(self) -> str:
        return self._picker.region()

    def set_region(self, code: str) -> None:
        self._chosen_region = None
        self._picker.set_region(code)
        self._reformat()

    def clear(self) -> None:
        """Empty the number; the country the person chose stays (one a +code picked goes)."""
        self._edit.clear()
        self._edit.auto_formatted = ""
        self._restore_chosen_region()
        self.suggestion.clear()

    def result(self) -> PhoneResult:
        from whaapy_contacts.domain.phone import normalize_phone

        return normalize_phone(self.text(), self.region())

    def line_edit(self) -> QLineEdit:
        """The number's QLineEdit, for setBuddy/setTabOrder/focus only (see class docstring)."""
        return self._edit

    def set_fixed(self, fixed: bool) -> None:
        """A saved contact's number can't change: shown read-only, not disabled, so Alt+T and
        Tab still land on it and digits typed then go nowhere (a disabled field left the focus
        where it was, and the digits went into the name: hallway test)."""
        self._edit.setReadOnly(fixed)
        self._picker.setEnabled(not fixed)

    def is_fixed(self) -> bool:
        return self._edit.isReadOnly()

    def setFocus(self, reason: QtCore.Qt.FocusReason | None = None) -> None:
        """The number, where typing goes (without taking the focus away from it first, which
        would end its editing and check an empty number)."""
        if reason is None:  # Qt's OtherFocusReason (not named: see early_qt.py)
            self._edit.setFocus()
        else:
            self._edit.setFocus(reason)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Focus given to the field itself from C++ (not through setFocus above): pass it on.
        self._edit.setFocus(event.reason())

    # Behaviour

    def _on_text_edited(self, text: str) -> None:
        cursor = self._edit.cursorPosition()
        cleaned = _cleaned(text)
        if cleaned != text:  # pasted from WhatsApp: invisible marks around the number
            cursor = len(_cleaned(text[:cursor]))
            self._edit.setText(cleaned)
            self._edit.setCursorPosition(cursor)
        self._apply(cleaned, cursor)
        self._update_suggestion(typing=True)
        self.edited.emit()

    def _on_editing_finished(self) -> None:
        self._update_suggestion(typing=False)
        self.editing_finished.emit()

    def _on_country_picked(self, _code: str) -> None:
        self._chosen_region = None  # the person's choice now
        self._reformat()
        self._update_suggestion(typing=True)
        self.edited.emit()

    def _update_suggestion(self, *, typing: bool) -> None:
        """Offer another country's reading of digits typed without + (never use it unasked).

        While typing it appears once the number can't become one of the country's by more
        digits (too long, or complete and wrong), and goes as soon as it stops being true;
        leaving the field offers it for any wrong number that is valid abroad.
        """
        shown = not self.suggestion.isHidden()
        if typing and not shown and len(_significant(self.text())) < _OFFER_WHILE_TYPING_FROM:
            return  # nothing to take back; fewer digits are checked when the field is left
        result = self.result()
        offer = result.suggestion
        if offer is not None and typing and result.reason is not None:
            from whaapy_contacts.domain.phone import PhoneReason

            # Not while the number may still be growing into a good one.
            offer = None if result.reason is PhoneReason.TOO_SHORT else offer
        self.suggestion.offer(offer)

    def _use_suggestion(self, e164: str) -> None:
        from whaapy_contacts.domain.phone import format_international

        self.set_text(format_international(e164))
        self._edit.setFocus()
        self.edited.emit()

    def _reformat(self) -> None:
        self._apply(self._edit.text(), self._edit.cursorPosition())

    def _restore_chosen_region(self) -> None:
        if self._chosen_region is not None:
            chosen, self._chosen_region = self._chosen_region, None
            self._picker.set_region(chosen)

    def _apply(self, text: str, cursor: int) -> None:
        """Follow a dialled +code, then reformat, keeping the cursor after the same digit."""
        region = self.region()  # ~25 µs a read (the combo's data): once per keystroke
        dialled = dialled_region(text, region)
        if dialled and dialled != region:
            if self._chosen_region is None:
                self._chosen_region = region
            self._picker.set_region(dialled)
            region = dialled
        elif dialled is None and _international_digits(_significant(text)) is None:
            self._restore_chosen_region()  # the +code that switched it was erased
        # Deleting from text we formatted may leave a dangling separator ("55 1" -> "55 "): tidy.
        ours = len(text) < len(self._edit.auto_formatted)
        formatted = self._formatted(text, region, tidy=ours)
        self._edit.auto_formatted = formatted or ""
        if formatted is not None and formatted != text:
            count = len(_significant(text[:cursor]))
            self._edit.setText(formatted)
            at_end = cursor == len(text)
            self._edit.setCursorPosition(
                len(formatted) if at_end else _position_after(formatted, count)
            )

    def _formatted(self, text: str, region: str, *, tidy: bool = False) -> str | None:
        """The formatter's version of ``text``; None where it gives up (leave it as typed)."""
        if not _FORMATTABLE.fullmatch(text):
            return None  # letters, "ext. 12"...: not ours to touch
        significant = _significant(text)
        from whaapy_contacts.domain.phone_format import typing_split

        if split := typing_split(significant, region):
            prefix, rest = split  # "+52 1 55 1234 5678", "044 55 1234 5678" as Mexicans write
            return f"{prefix} {self._rest_typer.format(rest, DEFAULT_COUNTRY)}"
        international = _international_digits(significant) is not None
        # 00 is Mexico's international prefix, so read it with Mexico's rules whatever is picked.
        output = self._typer.format(significant, DEFAULT_COUNTRY if international else region)
        return None if output == significant and not tidy else output

    def _update_placeholder(self) -> None:
        example = EXAMPLES.get(self.region(), "")
        self._edit.setPlaceholderText(
            self.tr("e.g. {example}").format(example=example) if example else ""
        )
