"""The duplicate banner's "Actualizar ese contacto": preview what changes, apply, then undo.

Nothing is overwritten at once: the preview lists each field that differs (old → new), the
person unticks what must stay, and "Cancelar" is the default. After the PATCH, "Deshacer" is
offered for UNDO_MS: a PATCH back to the previous values of the fields that changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.domain.countries import country_name
from whaapy_contacts.domain.fields import fields_by_name
from whaapy_contacts.domain.patch import FieldChange, changes_for_existing, patch_of
from whaapy_contacts.ui.common.decor import Banner
from whaapy_contacts.ui.common.field_words import change_caption
from whaapy_contacts.ui.common.status_icons import message_icon
from whaapy_contacts.ui.common.texts import render, ui_language
from whaapy_contacts.ui.recent.details import value_text

if TYPE_CHECKING:
    from whaapy_contacts.domain.contact import Contact
    from whaapy_contacts.services.contacts import ContactService, Duplicate
    from whaapy_contacts.services.recent import RecentService

UNDO_MS = 10_000
UNDO_KEYS = "Ctrl+Alt+Z"  # Ctrl+Z belongs to the text box with the focus


def _caption(change: FieldChange) -> str:
    """The field's name as the form labels it (a custom field or external ID: its own name)."""
    if change.field == "external_ids":  # "Referencia en hubspot", as the details pane says
        return QCoreApplication.translate("UpdatePreviewDialog", "Reference in %1").replace(
            "%1", change.key
        )
    if change.key:  # a custom field: its own name
        return change.key

    field = fields_by_name().get(change.field)
    return change_caption(field) if field is not None else change.field


class UpdatePreviewDialog(QDialog):
    """Old → new for each differing field, each with a tick box; "Cancelar" is the default."""

    def __init__(
        self,
        existing: Contact,
        changes: tuple[FieldChange, ...],
        stage_name: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Update the existing contact"))
        self._changes = changes
        self._stage_name = stage_name
        self.boxes: list[QCheckBox] = []
        self._cells: list[tuple[QCheckBox, QLabel, QLabel]] = []
        who = existing.display_name or existing.phone_number
        intro = QLabel(
            self.tr("%1 already has this number. Tick what should change:").replace("%1", who),
            self,
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("Update the ticked fields"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.apply_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._grid())
        layout.addWidget(self.buttons)
        self.cancel_button.setFocus()

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        heads = (self.tr("Field"), self.tr("Now"), "", self.tr("Will be"))
        for column, text in enumerate(heads):
            head = QLabel(f"<b>{text}</b>" if text else "", self)
            grid.addWidget(head, 0, column)
        for row, change in enumerate(self._changes, start=1):
            box = QCheckBox(_caption(change), self)
            box.setChecked(True)
            box.toggled.connect(self._ticked)
            self.boxes.append(box)
            old, new = self._shown(change, change.old), self._shown(change, change.new)
            if change.undo is None:
                new += " " + self.tr("(can't be undone)")
            grid.addWidget(box, row, 0)
            labels = [QLabel(text, self) for text in (old, "→", new)]
            for column, label in enumerate(labels, start=1):
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(column != 2)
                grid.addWidget(label, row, column)
            self._cells.append((box, labels[0], labels[2]))
            box.setAccessibleDescription(
                self.tr("Now: %1. Will be: %2.").replace("%1", old).replace("%2", new)
            )
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _shown(self, change: FieldChange, value: object) -> str:
        if change.field == "tags":
            text = ", ".join(value) if isinstance(value, tuple) else str(value or "")
        elif change.field == "country":
            text = country_name(str(value), ui_language()) if value else ""
        elif change.field == "funnel_stage_id":
            text = self._stage_name(str(value)) if value else ""
        else:
            text = value_text(value) if value not in (None, "") else ""
        return text or self.tr("(empty)")

    def _ticked(self) -> None:
        self.apply_button.setEnabled(any(box.isChecked() for box in self.boxes))

    def chosen(self) -> tuple[FieldChange, ...]:
        return tuple(c for c, box in zip(self._changes, self.boxes, strict=True) if box.isChecked())

    def rows(self) -> list[tuple[str, str, str]]:
        """(field, now, will be) as shown, for tests and the screen reader check."""
        return [(box.text(), old.text(), new.text()) for box, old, new in self._cells]


class UndoBanner(Banner):
    """ "Se actualizó «Ana López». [Deshacer]" for UNDO_MS, then it goes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("#dff6dd", "#107c10", "#052505", parent, icon=message_icon("note"))
        self.setObjectName("UndoBanner")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setToolTip(
            self.tr("Put the previous values back (%1)").replace("%1", UNDO_KEYS)
        )
        self.row.addWidget(self.label, 1)
        self.row.addWidget(self.undo_button)
        self.timer = QTimer(self, singleShot=True, interval=UNDO_MS)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def offer(self, text: str) -> None:
        self.label.setText(text)
        self.undo_button.setEnabled(True)
        self.show()
        self.timer.start()


class DuplicateUpdateFlow(QObject):
    """Preview → PATCH of the chosen fields → "Deshacer". The window gives it its parts."""

    status = Signal(str)

    def __init__(
        self,
        window: QWidget,
        banner: UndoBanner,
        contacts: ContactService,
        recent: RecentService,
        stage_name: Callable[[str], str],
    ) -> None:
        super().__init__(window)
        self._window, self._banner = window, banner
        self._contacts, self._recent = contacts, recent
        self._stage_name = stage_name
        self._waiting_for: str = ""  # entry whose existing contact is being fetched for a preview
        self._applying: tuple[str, tuple[FieldChange, ...], Contact] | None = None
        self._undo: tuple[str, dict[str, object], str] | None = None  # id, patch, who
        self.dialog: UpdatePreviewDialog | None = None
        contacts.existing_updated.connect(self._updated)
        contacts.duplicate_found.connect(self._found)
        contacts.undo_done.connect(self._undone)
        contacts.undo_failed.connect(self._undo_failed)
        contacts.save_failed.connect(lambda _exc: setattr(self, "_applying", None))
        banner.undo_button.clicked.connect(self.undo)
        QShortcut(QKeySequence(UNDO_KEYS), window, self.undo)

    def preview(self, duplicate: Duplicate) -> None:
        """Show what would change; nothing is sent unless the person applies it."""
        if duplicate.existing is None:  # fetching it failed: fetch again, then preview
            self._waiting_for = duplicate.entry_id
            self._contacts.find_duplicate(
                duplicate.entry_id, duplicate.payload, duplicate.existing_id
            )
            self.status.emit(self.tr("Reading the existing contact…"))
            return
        changes = changes_for_existing(duplicate.existing, duplicate.payload)
        if not changes:
            self._contacts.update_existing(duplicate, {})  # nothing to change: resolves the entry
            self.status.emit(self.tr("That contact already has everything you typed."))
            return
        self.dialog = dialog = UpdatePreviewDialog(
            duplicate.existing, changes, self._stage_name, self._window
        )
        dialog.accepted.connect(lambda: self._apply(duplicate, dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _found(self, duplicate: Duplicate) -> None:
        if duplicate.entry_id == self._waiting_for and duplicate.existing is not None:
            self._waiting_for = ""
            self.preview(duplicate)

    def _apply(self, duplicate: Duplicate, chosen: tuple[FieldChange, ...]) -> None:
        existing = duplicate.existing
        assert existing is not None
        patch = patch_of(chosen, external_ids=existing.external_ids)
        self._applying = (duplicate.entry_id, chosen, existing)
        if not self._contacts.update_existing(duplicate, patch):
            self._applying = None

    def _updated(self, duplicate: Duplicate, contact: Contact) -> None:
        self._recent.put_changed(contact)
        applying, self._applying = self._applying, None
        if applying is None or applying[0] != duplicate.entry_id:
            return
        _entry, chosen, old = applying
        undo = patch_of(chosen, undo=True, external_ids=contact.external_ids)
        who = contact.display_name or contact.phone_number
        if not undo:
            self._banner.hide()
            return
        self._undo = (contact.id, undo, old.display_name or who)
        text = self.tr("Updated %1.").replace("%1", who)
        if any(change.undo is None for change in chosen):
            text += " " + self.tr("Undo puts back what it can; a new note stays.")
        self._banner.offer(text)

    def undo(self) -> None:
        if self._undo is None or not self._banner.isVisible():
            return
        contact_id, patch, _who = self._undo
        if self._contacts.undo_update(contact_id, patch):
            self._banner.undo_button.setEnabled(False)
            self._banner.timer.stop()
            self.status.emit(self.tr("Putting the previous values back…"))

    def _undone(self, contact: Contact) -> None:
        self._recent.put_changed(contact)
        self._undo = None
        self._banner.hide()
        who = contact.display_name or contact.phone_number
        self.status.emit(self.tr("Undone: %1 has its previous values again.").replace("%1", who))

    def _undo_failed(self, exc: object) -> None:
        from whaapy_contacts.services.problems import problem_or_raise  # noqa: PLC0415 - attach

        problem = problem_or_raise(exc)
        self._banner.undo_button.setEnabled(True)
        self._banner.timer.start()
        self.status.emit(render(problem))
