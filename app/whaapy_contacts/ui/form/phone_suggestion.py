"""Under the phone: "¿Es un número de Japón (+81)? [Usar +81 …]", offered, never applied unasked.

Issue 13, case 5: digits typed without + are a number of the selected country. When they are
not one but are valid abroad, the person may mean that: one click, or Ctrl+Space in the number,
uses it. The button is never a Tab stop: Tab from the number goes to the name, and a name typed
after it ("Typo Uno") pressed the button with its space and stored +81 (hallway test, finding 3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from whaapy_contacts.domain.countries import country_name
from whaapy_contacts.ui.common.texts import ui_language

if TYPE_CHECKING:
    from whaapy_contacts.domain.phone import PhoneSuggestion


class SuggestionBar(QWidget):
    """Hidden until ``offer``; its label and button are made then (start-up is timed)."""

    accepted = Signal(str)  # the suggested E.164 number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhoneSuggestion")
        self._offer: PhoneSuggestion | None = None
        self._label: QLabel | None = None
        self._button: QPushButton | None = None
        self.hide()

    @property
    def button(self) -> QPushButton:
        if self._button is None:
            self._build()
        assert self._button is not None
        return self._button

    def _build(self) -> None:
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._button = QPushButton(self)
        self._button.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)  # see the module docstring
        self._button.clicked.connect(self.use)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._button)

    def offer(self, suggestion: PhoneSuggestion | None) -> None:
        """Show ``suggestion``, or hide when None (it stopped being true)."""
        if suggestion is None:
            self.clear()
            return
        if suggestion == self._offer and not self.isHidden():
            return
        from whaapy_contacts.domain.phone import format_international  # the domain loads late

        self._offer = suggestion
        button = self.button
        assert self._label is not None
        name = country_name(suggestion.region, ui_language())
        question = self.tr("Is it a number from %1 (+%2)?")
        self._label.setText(question.replace("%1", name).replace("%2", str(suggestion.dial_code)))
        shown = format_international(suggestion.e164)
        button.setText(self.tr("Use %1").replace("%1", shown))
        button.setToolTip(self.tr("Save it as a number from %1 (Ctrl+Space)").replace("%1", name))
        self.show()

    def clear(self) -> None:
        self._offer = None
        self.hide()

    def question(self) -> str:
        """The visible question ("" when hidden), for tests and the screen reader."""
        return self._label.text() if self._label is not None and not self.isHidden() else ""

    def use(self) -> None:
        """Use the offered number (the button, or Ctrl+Space in the number); none: nothing."""
        if self._offer is not None:
            e164 = self._offer.e164
            self.clear()
            self.accepted.emit(e164)
