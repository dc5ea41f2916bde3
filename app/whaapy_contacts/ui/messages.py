"""Inline messages under a field: an icon plus text (never colour alone), announced to a11y.

Messages from the domain or the API are translated here (``ui/texts.py``): every form error,
notice and dialog problem passes through ``set_messages``.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from whaapy_contacts.ui.status_icons import message_icon, small_pixmap
from whaapy_contacts.ui.texts import translated_all


class Kind(Enum):
    ERROR = "error"
    NOTICE = "note"
    HINT = "warning"


class FieldMessage(QWidget):
    """Hidden when empty. ``field`` gets the text as its accessible description, and a screen
    reader is told the text when it appears (an error interrupts, a notice waits its turn)."""

    def __init__(self, kind: Kind, field: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"FieldMessage_{kind.name.lower()}")
        self._field = field
        self._kind = kind
        self._icon = QLabel(self)  # its picture is set when there is first something to show
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._icon.setAccessibleName(self._kind_name(kind))
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        self.hide()

    def _kind_name(self, kind: Kind) -> str:
        if kind is Kind.ERROR:
            return self.tr("Error")
        return self.tr("Note") if kind is Kind.NOTICE else self.tr("Hint")

    def text(self) -> str:
        return self._text.text()

    def set_messages(self, messages: tuple[str, ...] | list[str]) -> None:
        text = "\n".join(translated_all(messages))
        if text == self._text.text() and self.isHidden() != bool(text):
            return
        if text and self._icon.pixmap().isNull():
            self._icon.setPixmap(small_pixmap(message_icon(self._kind.value), self))
        self._text.setText(text)
        self.setVisible(bool(text))
        if self._field is not None:
            self._field.setAccessibleDescription(text)
        if text:
            self._announce()

    def clear(self) -> None:
        self.set_messages(())

    def _announce(self) -> None:
        # Imported on the first message: PySide6 sets up QAccessible's bindings (~1.5 ms) then.
        from PySide6.QtGui import (  # noqa: PLC0415
            QAccessible,
            QAccessibleAnnouncementEvent,
            QAccessibleEvent,
        )

        target = self._field or self._text
        QAccessible.updateAccessibility(
            QAccessibleEvent(target, QAccessible.Event.DescriptionChanged)
        )
        announcement = QAccessibleAnnouncementEvent(target, self._text.text())
        urgent = self._kind is Kind.ERROR
        announcement.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if urgent
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(announcement)
