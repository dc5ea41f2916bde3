"""Tags as chips: Enter or a comma adds one, Backspace on an empty entry removes the last.

Suggestions (tags the account already has) show while typing, the first one highlighted: Enter
or Tab takes the highlighted one, in one press; ↑/↓ choose another; Esc closes them, and Enter
then adds exactly what was typed. A tag that is an existing one but for case and accents
("cliente", "clinica") takes the existing spelling ("Cliente", "Clínica"): no near-duplicates.

From the keyboard, ← at the start of the entry moves onto the chips (←/→ between them); Delete,
Backspace, Space or Enter removes the chip that has focus. Chips are not Tab stops: tags stay
filled in between contacts, and Tab should go from the entry straight to the next field.
"""

from __future__ import annotations

import unicodedata

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QStringListModel, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from whaapy_contacts.ui.common.flow_layout import FlowLayout, expanding_width


def fold(tag: str) -> str:
    """The key under which two spellings of one tag are the same: no case, no accents."""
    decomposed = unicodedata.normalize("NFD", " ".join(tag.split()).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _clean(tags: list[str]) -> tuple[str, ...]:
    """The domain's clean_tags (the domain loads after the first paint)."""
    from whaapy_contacts.domain.contact import clean_tags  # noqa: PLC0415

    return clean_tags(tags)


class TagInput(QFrame):
    """A line of removable chips followed by an entry with autocomplete.

    In the window's first frame it is only the entry: the chips' flowing layout comes with the
    first chip, and the autocomplete with the first suggestions (both need PySide6's ``Qt``
    namespace, which the first frame does without: see early_qt.py).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TagInput")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._tags: list[str] = []
        self._chips: list[QToolButton] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(4, 3, 4, 3)
        self._flow: FlowLayout | None = None  # with the first chip
        self._entry = QLineEdit(self)
        self._entry.setFrame(False)
        self._entry.setMinimumWidth(140)
        expanding_width(self._entry)  # takes the rest of its line: the placeholder shows whole
        self._entry.setPlaceholderText(self.tr("Add a tag…"))
        self._entry.setToolTip(self.tr("Enter or a comma adds the tag; Backspace removes the last"))
        self._entry.setAccessibleName(self.tr("New tag"))
        self._entry.installEventFilter(self)
        self._entry.textEdited.connect(self._on_text_edited)
        self._suggestions = QStringListModel(self)
        self._completer: QCompleter | None = None  # with the first suggestions
        self._known: dict[str, str] = {}  # fold(tag) -> the account's spelling
        self._row.addWidget(self._entry)
        self.setFocusProxy(self._entry)

    # --- values ---------------------------------------------------------------------------

    def tags(self) -> tuple[str, ...]:
        """The chips, plus whatever is still typed in the entry (so nothing typed is lost)."""
        return _clean([*self._tags, *self._entry.text().split(",")])

    def chips(self) -> tuple[str, ...]:
        """The tags added as chips (not what is still typed)."""
        return tuple(self._tags)

    def set_tags(self, tags: tuple[str, ...] | list[str]) -> None:
        for chip in self._chips:
            chip.deleteLater()
        self._chips.clear()
        self._tags.clear()
        self._entry.clear()
        for tag in _clean(list(tags)):
            self._append_chip(tag)
        self.changed.emit()

    def clear(self) -> None:
        self.set_tags(())

    def set_suggestions(self, tags: list[str] | tuple[str, ...]) -> None:
        if self._completer is None:
            # Not setCompleter(): the line edit would then rewrite its text on every highlight
            # and put the chosen text back after we made it a chip. We drive the popup.
            # Unfiltered: _suggest gives it the matches, folded as tags are (QCompleter's own
            # filter ignores case but not accents: "cli" missed "Clínica").
            completer = QCompleter(self._suggestions, self)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setWidget(self._entry)
            completer.activated.connect(self._add_from_completer)
            self._completer = completer
            popup = completer.popup()
            if popup is not None:  # Tab in it: QCompleter only hides it (Enter takes the choice)
                popup.installEventFilter(self)
        self._known = {fold(t): t for t in sorted(set(tags), key=str.casefold)}

    def completer(self) -> QCompleter | None:
        """The suggestions (None until there are some)."""
        return self._completer

    def settle(self) -> str:
        """Before saving: what is typed in the entry becomes a chip when it can only mean one
        tag (an existing one, or a new one nothing resembles). When it is the start of
        existing tags, it is not guessed: the message (Spanish) says so, and nothing changes."""
        if message := self.half_typed():
            return message
        if self._entry.text().strip():
            self.add_tag(self._entry.text())
        return ""

    def half_typed(self) -> str:
        """Why what is typed can't be settled (the start of existing tags), or ""."""
        typed = " ".join(self._entry.text().replace(",", " ").split())
        if not typed or fold(typed) in self._known or not self._matches(typed):
            return ""
        message = self.tr("“%1” is not a tag yet: pick a suggestion, or press Enter to add it.")
        return message.replace("%1", typed)

    def _matches(self, text: str) -> list[str]:
        key = fold(text)
        return [t for k, t in self._known.items() if key in k]

    def entry(self) -> QLineEdit:
        """For buddy labels and tab order only; read values with ``tags()``."""
        return self._entry

    # --- editing --------------------------------------------------------------------------

    def add_tag(self, text: str) -> None:
        """One tag or several (comma-separated); an existing tag keeps its own spelling."""
        present = {fold(t) for t in self._tags}
        for typed in _clean(text.split(",")):
            tag = self._known.get(fold(typed), typed)
            if fold(tag) not in present:
                self._append_chip(tag)
                present.add(fold(tag))
        self._entry.clear()
        self._hide_popup()
        self.changed.emit()

    def remove_last(self) -> None:
        if self._chips:
            self._remove_chip(self._chips[-1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self._entry:
                return self._handle_key(event)
            if self._completer is not None and watched is self._completer.popup():
                return self._popup_key(event)
            if watched in self._chips:
                return self._chip_key(self._chips.index(watched), event)
        return super().eventFilter(watched, event)

    def _chip_key(self, index: int, event: QKeyEvent) -> bool:
        """← → move between chips (→ past the last one returns to the entry); Supr, Retroceso
        and Space remove the chip. Enter goes back to the entry, and letters typed on a chip
        go into the entry: the person is typing a tag, never deleting one by accident (the
        hallway tester lost a tag to Enter and the word "cuatro" to a focused chip)."""
        Key = QtCore.Qt.Key
        key = event.key()
        if key == Key.Key_Left:
            self._chips[max(0, index - 1)].setFocus()
            return True
        if key == Key.Key_Right:
            self._focus_chip_or_entry(index + 1)
            return True
        if key in (Key.Key_Delete, Key.Key_Backspace, Key.Key_Space):
            self._remove_chip(self._chips[index])
            backwards = key == Key.Key_Backspace and index > 0
            self._focus_chip_or_entry(index - 1 if backwards else index)
            return True
        held = QtCore.Qt.KeyboardModifier.ControlModifier | QtCore.Qt.KeyboardModifier.AltModifier
        if key in (Key.Key_Return, Key.Key_Enter) and not event.modifiers() & held:
            self._focus_chip_or_entry(len(self._chips))
            return True
        typed = event.text()
        if typed and typed.isprintable() and not event.modifiers() & held:
            self._entry.setFocus()
            self._entry.end(False)
            self._entry.insert(typed)
            self._on_text_edited(self._entry.text())  # as typed there: suggestions follow
            return True
        return False

    def _popup_key(self, event: QKeyEvent) -> bool:
        """Tab takes the highlighted suggestion as Enter does, then moves on as Tab does."""
        Key = QtCore.Qt.Key
        popup = self._completer.popup() if self._completer is not None else None
        if popup is None or event.key() not in (Key.Key_Tab, Key.Key_Backtab):
            return False
        current = popup.currentIndex()
        if current.isValid():
            self.add_tag(str(current.data()))
        self._hide_popup()
        QApplication.sendEvent(self._entry, QKeyEvent(event.type(), event.key(), event.modifiers()))
        return True

    def _focus_chip_or_entry(self, index: int) -> None:
        (self._chips[index] if 0 <= index < len(self._chips) else self._entry).setFocus()

    def _handle_key(self, event: QKeyEvent) -> bool:
        Key = QtCore.Qt.Key
        key, mods = event.key(), event.modifiers()
        plain = not (mods & QtCore.Qt.KeyboardModifier.ControlModifier)
        if key in (Key.Key_Return, Key.Key_Enter) and plain and self._entry.text().strip():
            self.add_tag(self._entry.text())  # the popup is closed, or nothing is highlighted
            return True
        if key == Key.Key_Backspace and not self._entry.text() and self._chips:
            self.remove_last()
            return True
        at_start = self._entry.cursorPosition() == 0 and not self._entry.hasSelectedText()
        if key == Key.Key_Left and at_start and self._chips:
            self._chips[-1].setFocus()
            return True
        return False

    def _on_text_edited(self, text: str) -> None:
        if "," in text:
            head, _, tail = text.rpartition(",")
            self.add_tag(head)
            self._entry.setText(tail.lstrip())
        self._suggest(self._entry.text())
        self.changed.emit()

    def _suggest(self, text: str) -> None:
        """The suggestions for what is typed, the first one highlighted (Enter takes it)."""
        completer = self._completer
        if completer is None:
            return
        matches = self._matches(text) if text.strip() else []
        if not matches:
            self._hide_popup()
            return
        if matches != self._suggestions.stringList():
            self._suggestions.setStringList(matches)
        completer.complete()
        popup = completer.popup()
        if popup is not None:
            popup.setCurrentIndex(completer.completionModel().index(0, 0))

    def _hide_popup(self) -> None:
        popup = self._completer.popup() if self._completer is not None else None
        if popup is not None and popup.isVisible():
            popup.hide()

    def _add_from_completer(self, text: str) -> None:
        self.add_tag(text)

    def _append_chip(self, tag: str) -> None:
        chip = QToolButton(self)
        chip.setObjectName("TagChip")
        chip.setText(f"{tag}  ✕")
        chip.setToolTip(self.tr("Remove tag “%1”").replace("%1", tag))
        chip.setAccessibleName(self.tr("Tag %1, press to remove").replace("%1", tag))
        chip.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)  # reached with ←, not with Tab
        chip.installEventFilter(self)
        chip.setAutoRaise(False)
        chip.clicked.connect(lambda: self._remove_chip(chip))
        self._tags.append(tag)
        self._chips.append(chip)
        flow = self._flowing()
        # Keep the entry last in the flow.
        flow.takeAt(flow.count() - 1)
        flow.addWidget(chip)
        flow.addWidget(self._entry)
        chip.show()

    def _flowing(self) -> FlowLayout:
        """The chips' layout, made with the first chip: the entry moves into it."""
        if self._flow is None:
            typing = self._entry.hasFocus()
            box = QWidget(self)
            self._flow = FlowLayout(box)
            self._row.removeWidget(self._entry)
            self._flow.addWidget(self._entry)
            self._row.addWidget(box)
            if typing:  # moving a widget to a new parent takes its focus away
                self._entry.setFocus()
        return self._flow

    def _remove_chip(self, chip: QToolButton) -> None:
        index = self._chips.index(chip)
        self._chips.pop(index)
        self._tags.pop(index)
        self._flowing().removeWidget(chip)
        chip.deleteLater()
        self._entry.setFocus()
        self.changed.emit()
