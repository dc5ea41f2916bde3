"""Typed and pasted text is cleaned as it goes in (domain/cleaning.py), the cursor kept in place.

WhatsApp and web pages wrap copied text in invisible direction marks and zero-width characters,
and a paste can carry control characters (issue 13, case 6). One-line fields get a validator
that cleans every edit, typing or paste, before the text is shown: what the person sees is what
is sent. The notes box (no validator there) is cleaned on each change.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from whaapy_contacts.domain.cleaning import clean_line, clean_multiline


class CleanLine(QValidator):
    """Accepts anything, cleaned: the cursor stays after the same character it was after."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        cleaned = clean_line(text)
        if cleaned != text:
            pos = len(clean_line(text[:pos]))
        return QValidator.State.Acceptable, cleaned, pos


def clean_typing(*widgets: QLineEdit | QComboBox) -> None:
    """Each one-line field (or editable combo) cleans what goes into it, and never types the
    letter of an Alt+letter that no label or button took (see ``unused_alt``)."""
    for widget in widgets:
        widget.setValidator(CleanLine(widget))
        widget.installEventFilter(_alt_guard())


def unused_alt(widget: QWidget, event: QKeyEvent) -> bool:
    """An Alt+letter no mnemonic took reached ``widget``: offer it to the first ancestor with
    an ``alt_letter`` method (the form opens "Más datos" for its letters) and say True, so the
    letter is not typed (hallway test, finding 5: "Campos Dupz"). Only Alt exactly: AltGr is
    not Alt on Linux, and is Ctrl+Alt on Windows, and must still type "@", "ñ"..."""
    if event.modifiers() != QtCore.Qt.KeyboardModifier.AltModifier:
        return False
    text = event.text().lower()
    if len(text) != 1 or not text.isalpha():
        key = event.key()
        if not QtCore.Qt.Key.Key_A <= key <= QtCore.Qt.Key.Key_Z:
            return False
        text = chr(key).lower()
    owner: QObject | None = widget
    while owner is not None and not hasattr(owner, "alt_letter"):
        owner = owner.parent()
    if owner is not None:
        owner.alt_letter(text)
    return True


_KEY_PRESS = QEvent.Type.KeyPress


class _AltGuard(QObject):
    """Called for every event of the fields: the first comparison must be all it costs."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != _KEY_PRESS:
            return False
        assert isinstance(event, QKeyEvent)
        assert isinstance(watched, QWidget)
        return unused_alt(watched, event)


_GUARD: list[_AltGuard] = []  # one for the application, made with the first field


def _alt_guard() -> _AltGuard:
    if not _GUARD:
        _GUARD.append(_AltGuard())
    return _GUARD[0]


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
    notes.installEventFilter(_alt_guard())
