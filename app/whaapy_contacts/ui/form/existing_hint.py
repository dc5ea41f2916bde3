"""Under the phone: "Ya existe: Juan Pérez · creado el 12/03 [Ver] [Editar ese]".

Issue 17, item 2: as soon as the number typed is complete, the local history is asked
(services/duplicate_hint.py, connected in bootstrap/compose.py::wire); if it holds that number,
the person knows before typing the rest. [Ver] shows that contact in the details pane,
[Editar ese] puts it in the form (the window asks first if the form holds anything else).
Only a hint: saving goes on as before. Its buttons are not Tab stops (Tab from the number goes
to the name, as under the phone's other offer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from whaapy_contacts.domain.contact import Contact


class ExistingHint(QWidget):
    """Hidden until ``show_found``; its parts are made then (start-up is timed)."""

    asked = Signal(str)  # a complete number (E.164) to look for
    view_requested = Signal(object)  # Contact
    edit_requested = Signal(object)  # Contact

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExistingHint")
        self._asked = ""  # the number last asked about ("" when none is complete)
        self._contact: Contact | None = None
        self._label: QLabel | None = None
        self.view_button: QPushButton | None = None
        self.edit_button: QPushButton | None = None
        self.hide()

    def phone_changed(self, e164: str | None) -> None:
        """The number typed now, when complete (None: incomplete, invalid, or not a new one)."""
        number = e164 or ""
        if number == self._asked:
            return
        self.clear()
        self._asked = number
        if number:
            self.asked.emit(number)

    def show_found(self, e164: str, contact: Contact | None) -> None:
        if e164 != self._asked or contact is None:
            return  # the number changed meanwhile, or it is new
        self._contact = contact
        if self._label is None:
            self._build()
        assert self._label is not None
        self._label.setText(self._words(contact))
        self.show()

    def clear(self) -> None:
        """The form is emptied, or the number changed."""
        self._asked = ""
        self._contact = None
        self.hide()

    def text(self) -> str:
        """The visible line ("" when hidden), for tests and the screen reader."""
        return self._label.text() if self._label is not None and not self.isHidden() else ""

    def _words(self, contact: Contact) -> str:
        # Loaded after the first paint (tests/integration/test_startup_imports.py).
        from datetime import datetime  # noqa: PLC0415

        from whaapy_contacts.domain.phone_format import format_international  # noqa: PLC0415

        name = contact.display_name or format_international(contact.phone_number)
        created = contact.created_at
        if created is None:
            return self.tr("Already exists: %1").replace("%1", name)
        local = created.astimezone()
        day = local.strftime("%d/%m" if local.year == datetime.now().year else "%d/%m/%Y")
        return self.tr("Already exists: %1 · created on %2").replace("%1", name).replace("%2", day)

    def _build(self) -> None:
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self.view_button = QPushButton(self.tr("View"), self)
        self.view_button.setToolTip(self.tr("Show that contact beside the form"))
        self.edit_button = QPushButton(self.tr("Edit that one"), self)
        self.edit_button.setToolTip(self.tr("Change that contact instead of making a new one"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.addWidget(self._label, 1)
        self.view_button.clicked.connect(self._view)
        self.edit_button.clicked.connect(self._edit)
        for button in (self.view_button, self.edit_button):
            button.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)  # see the module docstring
            layout.addWidget(button)

    def _view(self) -> None:
        if self._contact is not None:
            self.view_requested.emit(self._contact)

    def _edit(self) -> None:
        if self._contact is not None:
            self.edit_requested.emit(self._contact)
