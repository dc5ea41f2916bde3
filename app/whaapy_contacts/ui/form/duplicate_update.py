"""The duplicate banner's "Actualizar ese contacto": preview what changes, apply, then undo;
and the undo banner every save shares (ui/form/undo_save.py drives it).

Nothing is overwritten at once: the preview lists each field that differs (old → new), the
person unticks what must stay, and "Cancelar" is the default. After the PATCH, "Deshacer" is
offered for UNDO_MS, as after any save: a PATCH back to the previous values of the fields
that changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.domain.countries import country_name
from whaapy_contacts.domain.fields import fields_by_name, named
from whaapy_contacts.domain.patch import FieldChange, changes_for_existing, patch_of
from whaapy_contacts.ui.common.decor import Banner
from whaapy_contacts.ui.common.field_words import change_caption
from whaapy_contacts.ui.common.status_icons import message_icon, small_pixmap
from whaapy_contacts.ui.common.texts import ui_language
from whaapy_contacts.ui.recent.details import value_text

if TYPE_CHECKING:
    from whaapy_contacts.domain.contact import Contact
    from whaapy_contacts.services.contacts import ContactService, Duplicate
    from whaapy_contacts.services.recent import RecentService

UNDO_MS = 10_000  # how long the last save may be undone
UNDO_HINT = "Ctrl+Z"  # through ui/common/undo_key.py: the focused box's typing first


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


OK_COLOURS = ("#dff6dd", "#107c10", "#052505")
FAILED_COLOURS = ("#fde7e9", "#c50f1f", "#3b0509")


class UndoBanner(Banner):
    """ "Se guardó «Ana López». Deshacer la borra de Whaapy… [Deshacer] (Ctrl+Z)" for UNDO_MS;
    then what the undo did, or why it could not ([Reintentar]). Its buttons are never the
    default: Enter in the form never presses them (ui/form/undo_save.py drives it)."""

    expired = Signal()  # the offer's time ran out

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(*OK_COLOURS, parent, icon=message_icon("note"))
        self.setObjectName("UndoBanner")
        first = self.row.itemAt(0)
        icon = first.widget() if first is not None else None  # Banner's picture, first in its row
        assert isinstance(icon, QLabel)
        self._icon = icon
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = self._button(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last save (%1)").replace("%1", UNDO_HINT))
        self.keys = QLabel(f"({UNDO_HINT})", self)
        self.retry_button = self._button(self.tr("Try again"))
        self.put_back_button = self._button(self.tr("Put it back in the form"))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        self.close_button.clicked.connect(self.hide)
        self.row.addWidget(self.label, 1)
        for widget in (self.undo_button, self.keys, self.retry_button, self.put_back_button,
                       self.close_button):  # fmt: skip
            self.row.addWidget(widget)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.expired)
        self.hide()

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # never what Enter presses
        return button

    def text(self) -> str:
        return self.label.text()

    def offer(self, text: str) -> None:
        """The undo on offer for UNDO_MS (read now: tests shorten it)."""
        self._show(text, OK_COLOURS, undo=True)
        self.timer.start(UNDO_MS)

    def reword(self, text: str) -> None:
        """The same offer, said anew (what Deshacer would do changed); its time runs on."""
        if not self.undo_button.isHidden():
            self.label.setText(text)
            self.label.setAccessibleName(text)

    def working(self, text: str) -> None:
        self._show(text, OK_COLOURS)
        self.timer.stop()

    def failed(self, text: str, *, held: bool = False, retry: bool = True) -> None:
        self._show(text, FAILED_COLOURS, retry=retry, held=held, close=not held)
        self.timer.stop()

    def told(self, text: str, *, held: bool = False) -> None:
        """What the undo did; with ``held``, the undone contact waits here for the form."""
        # Holding a contact, it can't be hidden: that contact would be out of reach.
        self._show(text, OK_COLOURS, held=held, close=not held)
        if held:
            self.timer.stop()
        else:
            self.timer.start(UNDO_MS)

    def _show(
        self,
        text: str,
        colours: tuple[str, str, str],
        *,
        undo: bool = False,
        retry: bool = False,
        held: bool = False,
        close: bool = False,
    ) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self._paint(colours)
        self.undo_button.setVisible(undo)
        self.undo_button.setEnabled(undo)
        self.keys.setVisible(undo)
        self.retry_button.setVisible(retry)
        self.put_back_button.setVisible(held)
        self.close_button.setVisible(close)
        self.show()

    def _paint(self, colours: tuple[str, str, str]) -> None:
        background, border, text = colours
        kind = "error" if colours is FAILED_COLOURS else "note"
        self._icon.setPixmap(small_pixmap(message_icon(kind), self))
        inside = self.row.parentWidget()
        assert inside is not None
        for widget, fill in ((self, border), (inside, background)):
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(fill))
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
                palette.setColor(role, QColor(text))
            widget.setPalette(palette)


class DuplicateUpdateFlow(QObject):
    """Preview → PATCH of the chosen fields; its undo is offered as any save's
    (ui/form/undo_save.py: ``offer_update``). The window gives it its parts."""

    status = Signal(str)

    def __init__(
        self,
        window: QWidget,
        offer_update: Callable[[str, dict[str, object], str, bool, tuple[str, ...]], None],
        contacts: ContactService,
        recent: RecentService,
        stage_name: Callable[[str], str],
    ) -> None:
        super().__init__(window)
        self._window, self._offer_update = window, offer_update
        self._contacts, self._recent = contacts, recent
        self._stage_name = stage_name
        self._waiting_for: str = ""  # entry whose existing contact is being fetched for a preview
        self._applying: tuple[str, tuple[FieldChange, ...], Contact] | None = None
        self.dialog: UpdatePreviewDialog | None = None
        contacts.existing_updated.connect(self._updated)
        contacts.duplicate_found.connect(self._found)
        contacts.save_failed.connect(lambda _exc: setattr(self, "_applying", None))

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
        _entry, chosen, _old = applying
        undo = patch_of(chosen, undo=True, external_ids=contact.external_ids)
        who = contact.display_name or contact.phone_number
        lost = [change.field for change in chosen if change.undo is None]
        notes = named("note")
        kept = tuple(name for name in lost if name not in notes)
        self._offer_update(contact.id, undo, who, len(kept) < len(lost), kept)
