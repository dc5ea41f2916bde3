"""Under the e-mail: "¿Quisiste decir maria@gmail.com? [Usar maria@gmail.com]", only offered.

Issue 17, item 4: a slip in a provider's domain (domain/email_typos.py). One click, or
Ctrl+Space in the e-mail, puts the address meant in the field (Ctrl+Z takes it back); nothing
changes unasked, and saving never waits for it. While typing it is offered only once the domain
can't still grow into the right one ("gmail.co" may become "gmail.com"); leaving the field
offers it for any slip. As under the phone, the button is never a Tab stop.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from whaapy_contacts.domain.email_typos import still_typing, suggest_email  # no imports: cheap


class EmailSuggestion(QWidget):
    """Watches ``edit``; hidden until it holds a slip. Its parts are made then (start-up)."""

    def __init__(self, edit: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmailSuggestion")
        self._edit = edit
        self._offer = ""
        self._label: QLabel | None = None
        self._button: QPushButton | None = None
        edit.textEdited.connect(lambda text: self._update(text, typing=True))
        edit.textChanged.connect(self._still_true)  # also a text the program set (cleared)
        edit.editingFinished.connect(lambda: self._update(edit.text(), typing=False))
        self.hide()

    @property
    def button(self) -> QPushButton:
        if self._button is None:
            self._build()
        assert self._button is not None
        return self._button

    def offered(self) -> str:
        """The address offered ("" when hidden), for tests and the screen reader."""
        return self._offer if not self.isHidden() else ""

    def question(self) -> str:
        return self._label.text() if self._label is not None and not self.isHidden() else ""

    def use(self) -> None:
        """Put the offered address in the field as an edit (undoable, and the form hears it)."""
        if not self.offered():
            return
        offer = self._offer
        self.clear()
        self._edit.selectAll()
        self._edit.insert(offer)  # unlike setText, an edit: textEdited, Ctrl+Z
        self._edit.setFocus()

    def clear(self) -> None:
        self._offer = ""
        self.hide()

    def _build(self) -> None:
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._button = QPushButton(self)
        self._button.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)  # see the module docstring
        self._button.clicked.connect(self.use)
        # Only needed once something is offered. In the e-mail only: Ctrl+Space in the phone
        # is the phone's own offer. (Qt's enums are not used before: see early_qt.py.)
        shortcut = QShortcut(QKeySequence("Ctrl+Space"), self._edit, self.use)
        shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetShortcut)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._button)

    def _update(self, text: str, *, typing: bool) -> None:
        offer = suggest_email(text)
        if offer is None or (typing and not self.offered() and still_typing(text)):
            self.clear()
            return
        self._show(offer)

    def _still_true(self, text: str) -> None:
        if self.offered() and suggest_email(text) != self._offer:
            self.clear()

    def _show(self, offer: str) -> None:
        if offer == self.offered():
            return
        self._offer = offer
        button = self.button
        assert self._label is not None
        self._label.setText(self.tr("Did you mean %1?").replace("%1", offer))
        button.setText(self.tr("Use %1").replace("%1", offer))
        button.setToolTip(self.tr("Put this address in the e-mail (Ctrl+Space)"))
        self.show()
