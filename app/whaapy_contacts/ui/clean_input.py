"""Typed and pasted text is cleaned as it goes in (domain/cleaning.py), the cursor kept in place.

WhatsApp and web pages wrap copied text in invisible direction marks and zero-width characters,
and a paste can carry control characters (issue 13, case 6). One-line fields get a validator
that cleans every edit, typing or paste, before the text is shown: what the person sees is what
is sent. The notes box (no validator there) is cleaned on each change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from whaapy_contacts.domain.cleaning import clean_line, clean_multiline


class CleanLine(QValidator):
    """Accepts anything, cleaned: the cursor stays after the same character it was after."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        cleaned = clean_line(text)
        if cleaned != text:
            pos = len(clean_line(text[:pos]))
        return QValidator.State.Acceptable, cleaned, pos


def clean_typing(*widgets: QLineEdit | QComboBox) -> None:
    """Each one-line field (or editable combo) cleans what goes into it."""
    for widget in widgets:
        widget.setValidator(CleanLine(widget))


class _NotesCleaner(QObject):
    def __init__(self, notes: QPlainTextEdit) -> None:
        super().__init__(notes)
        self._notes = notes
        notes.textChanged.connect(self._clean)

    def _clean(self) -> None:
        text = self._notes.toPlainText()
        cleaned = clean_multiline(text)
        if cleaned == text:
            return
        cursor = self._notes.textCursor()
        pos = len(clean_multiline(text[: cursor.position()]))
        self._notes.setPlainText(cleaned)  # emits textChanged again, with clean text
        cursor = self._notes.textCursor()
        cursor.setPosition(min(pos, len(cleaned)))
        self._notes.setTextCursor(cursor)


def clean_notes(notes: QPlainTextEdit) -> None:
    _NotesCleaner(notes)
