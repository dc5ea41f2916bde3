"""Under the phone: "Ya existe: Juan Pérez · creado el 12/03 [Ver] [Editar ese]"; under the
e-mail: "Ya existe con este correo: Ana López · +52 55 1234 5678 [Ver] [Editar ese]".

Issue 17, item 2: as soon as the number typed is complete (the e-mail: a valid address, once it
stops changing or the field is left), the local history and then the server are asked
(services/duplicate_hint.py, connected in bootstrap/compose.py::wire); if either holds it, the
person knows before typing the rest. An answer for another number or address than the one in
the field now (it changed while the server was asked) is dropped. A contact already told under
the phone is not told again under the e-mail. [Ver] shows that contact in the details pane,
[Editar ese] puts it in the form (the window asks first if the form holds anything else).
Only a hint: saving goes on as before. Its buttons are not Tab stops (Tab from the number goes
to the name, as under the phone's other offer).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

if TYPE_CHECKING:
    from whaapy_contacts.domain.contact import Contact


class ExistingHint(QWidget):
    """Hidden until ``show_found``; its parts are made then (start-up is timed)."""

    asked = Signal(str)  # a complete number (E.164) to look for
    view_requested = Signal(object)  # Contact
    edit_requested = Signal(object)  # Contact
    shown = Signal(object)  # Contact: now told here
    hidden = Signal()  # nothing told here now (another number, or none)

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
        self.shown.emit(contact)

    def contact(self) -> Contact | None:
        """The contact told here (None when hidden)."""
        return self._contact if not self.isHidden() else None

    def clear(self) -> None:
        """The form is emptied, or the number changed."""
        self._asked = ""
        self._contact = None
        self.hide()
        self.hidden.emit()

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


STILL_TYPING_MS = 800  # the e-mail is asked about once it stops changing this long


class EmailExistingHint(ExistingHint):
    """Under the e-mail. Watches ``edit`` itself, as the e-mail's slip offer does; asks about a
    valid address only, and never in edit mode (``editing``). The contact told under the phone
    (``beside``) is held back, and told here once the phone no longer tells it."""

    def __init__(
        self,
        edit: QLineEdit,
        editing: Callable[[], bool],
        beside: ExistingHint,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EmailExistingHint")
        self._field, self._editing, self._beside = edit, editing, beside
        self._held: Contact | None = None  # found, but told under the phone
        beside.shown.connect(self._told_beside)
        beside.hidden.connect(self._retell)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(STILL_TYPING_MS)
        self._quiet.timeout.connect(lambda: self._check(typing=True))
        edit.textEdited.connect(lambda _text: self._quiet.start())
        edit.textChanged.connect(self._still_true)  # also a text the program set (cleared)
        edit.editingFinished.connect(lambda: self._check(typing=False))

    def show_found(self, address: str, contact: Contact | None) -> None:
        if self._editing():
            return  # a late answer: the form shows that contact itself now
        told = self._beside.contact()
        if contact is not None and told is not None and told.id == contact.id:
            if address == self._asked:
                self._held = contact  # said under the phone already
            return
        super().show_found(address, contact)

    def clear(self) -> None:
        self._held = None
        super().clear()

    def _told_beside(self, contact: Contact) -> None:
        """The phone's hint now tells ``contact``: not twice."""
        mine = self.contact()
        if mine is not None and mine.id == contact.id:
            self._held = mine
            self.hide()

    def _retell(self) -> None:
        held, self._held = self._held, None
        if held is not None and self._asked:
            self.show_found(self._asked, held)

    def _check(self, *, typing: bool) -> None:
        self._quiet.stop()
        self.phone_changed(None if self._editing() else _valid_address(self._field.text(), typing))

    def _still_true(self, text: str) -> None:
        if self._editing() or _valid_address(text, typing=False) != self._asked:
            self.clear()

    def _words(self, contact: Contact) -> str:
        from whaapy_contacts.domain.phone_format import format_international  # noqa: PLC0415

        # Never broken over two lines (the label wraps: "+52" alone at a line's end).
        phone = format_international(contact.phone_number).replace(" ", "\u00a0")
        name = contact.display_name
        if not name:
            return self.tr("Already exists with this e-mail: %1").replace("%1", phone)
        words = self.tr("Already exists with this e-mail: %1 · %2")
        return words.replace("%1", name).replace("%2", phone)


def _valid_address(text: str, typing: bool) -> str | None:
    """The address to ask about: a valid one that is not still growing into another."""
    # Loaded after the first paint (email-validator costs ~20 ms).
    from whaapy_contacts.domain.email import check_email  # noqa: PLC0415
    from whaapy_contacts.domain.email_typos import still_typing  # noqa: PLC0415

    address = check_email(text).normalized
    if not address or (typing and still_typing(address)):
        return None
    return address
