"""Inline messages under a field: an icon plus text (never colour alone), announced to a11y.

Messages from the domain are translated here (``ui/common/texts.py``): every form error and
notice passes through ``set_messages``. A Problem is rendered first (``texts.render``) and shown
with ``set_texts``, as it is.
"""

from __future__ import annotations

from enum import Enum

from PySide6 import QtCore
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from whaapy_contacts.ui.common.status_icons import message_icon, small_pixmap
from whaapy_contacts.ui.common.texts import translated_all


class Kind(Enum):
    ERROR = "error"
    NOTICE = "note"
    HINT = "warning"


class FieldMessage(QWidget):
    """Hidden when empty. ``field`` gets the text as its accessible description, and a screen
    reader is told the text when it appears (an error interrupts, a notice waits its turn).

    Its icon and text labels are made with the first message: a form has a score of these,
    most never shown, and start-up is timed."""

    def __init__(self, kind: Kind, field: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"FieldMessage_{kind.name.lower()}")
        self._field = field
        self._kind = kind
        self._text: QLabel | None = None
        self.hide()

    def _build(self) -> QLabel:
        before = self._focusable_before()
        icon = QLabel(self)
        icon.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self._kind_name(self._kind))
        icon.setPixmap(small_pixmap(message_icon(self._kind.value), self))
        text = QLabel(self)
        text.setWordWrap(True)
        text.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.addWidget(icon)
        layout.addWidget(text, 1)
        if before is not None:
            QWidget.setTabOrder(before, text)
        self._text = text
        return text

    def _focusable_before(self) -> QWidget | None:
        """Where the text goes in the focus chain. A widget made now joins the end of it; but
        the text takes focus on a click, and Tab from there goes on from this message's place,
        as when the text was made with it: after the last focusable widget before the message.
        Past the widgets of its parent, look before the parent instead: the message itself may
        sit at the end of the chain, made with a section built on demand."""
        no_focus = QtCore.Qt.FocusPolicy.NoFocus
        scope = self.parentWidget()
        start: QWidget = self
        widget = self.previousInFocusChain()
        while widget is not None and widget is not start:
            if scope is not None and widget is not scope and not scope.isAncestorOf(widget):
                widget = start = scope
                scope = None
            elif widget.focusPolicy() != no_focus and widget.focusProxy() is None:
                return widget
            widget = widget.previousInFocusChain()
        return None

    def _kind_name(self, kind: Kind) -> str:
        if kind is Kind.ERROR:
            return self.tr("Error")
        return self.tr("Note") if kind is Kind.NOTICE else self.tr("Hint")

    def text(self) -> str:
        return self._text.text() if self._text is not None else ""

    def set_messages(self, messages: tuple[str, ...] | list[str]) -> None:
        """Our marked messages (or a server's own words), translated."""
        self.set_texts(translated_all(messages))

    def set_texts(self, texts: tuple[str, ...] | list[str]) -> None:
        """Text already in the UI's language (a rendered Problem, the UI's own ``tr``)."""
        text = "\n".join(texts)
        if text == self.text() and self.isHidden() != bool(text):
            return
        label = self._build() if self._text is None else self._text
        label.setText(text)
        self.setVisible(bool(text))
        if self._field is not None:
            self._field.setAccessibleDescription(text)
        if text:
            self._announce(label)

    def clear(self) -> None:
        self.set_messages(())

    def _announce(self, label: QLabel) -> None:
        # Imported on the first message: PySide6 sets up QAccessible's bindings (~1.5 ms) then.
        from PySide6.QtGui import (  # noqa: PLC0415
            QAccessible,
            QAccessibleAnnouncementEvent,
            QAccessibleEvent,
        )

        target = self._field or label
        QAccessible.updateAccessibility(
            QAccessibleEvent(target, QAccessible.Event.DescriptionChanged)
        )
        announcement = QAccessibleAnnouncementEvent(target, label.text())
        urgent = self._kind is Kind.ERROR
        announcement.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if urgent
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(announcement)
