"""A read-only view of one contact: every field, custom fields and external IDs included."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.countries import country_name
from whaapy_contacts.domain.custom_fields import FieldDefinition, fits, format_date, same_value
from whaapy_contacts.domain.fields import Field, every, is_default
from whaapy_contacts.domain.outbox import OutboxEntry, OutboxState
from whaapy_contacts.domain.phone import format_international
from whaapy_contacts.ui.common.field_words import caption as field_caption
from whaapy_contacts.ui.common.source_words import source_text
from whaapy_contacts.ui.common.status_icons import status_icon
from whaapy_contacts.ui.common.texts import number_text, translated, ui_language
from whaapy_contacts.ui.recent.text import full_time, status_text


def value_text(value: object) -> str:
    """A custom field's value in words: "Sí"/"No", numbers as es-MX writes them (50,000)."""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ContactDetailsView", "Yes")
        return QCoreApplication.translate("ContactDetailsView", "No")
    if isinstance(value, (int, float)):
        return number_text(value)
    if isinstance(value, str):
        return value
    import json  # noqa: PLC0415 - loaded with the model layer, after the first paint

    return json.dumps(value, ensure_ascii=False)


def custom_rows(
    values: Mapping[str, object], definitions: Mapping[str, FieldDefinition]
) -> list[tuple[str, str]]:
    """(caption, value) for custom fields: an account's own field by its name, a date as the
    form writes it (31/12/1990), a choice by its option's name; any other key as itself, with
    ✎ (a free key)."""
    rows = []
    for key, value in values.items():
        definition = definitions.get(key)
        if definition is None or not fits(definition, value):
            rows.append((f"{key} ✎", value_text(value)))
        elif definition.type == "date" and isinstance(value, str):
            rows.append((definition.label, format_date(value)))
        elif definition.type == "select":
            names = [name for option, name in definition.options if same_value(option, value)]
            rows.append((definition.label, names[0] if names else value_text(value)))
        else:
            rows.append((definition.label, value_text(value)))
    return rows


def _field_rows(
    values: Mapping[str, object], stage_name: str, *, typed_only: bool = False
) -> list[tuple[str, str]]:
    """(caption, value) for the table's fields the pane shows (domain/fields.py), in its order;
    custom fields and external IDs are listed by their own names after them. ``typed_only``
    (a local entry: what was typed) leaves out a kept field at its default (México, by hand)."""
    shown = [f for f in every() if f.in_details and f.caption]
    if typed_only:
        shown = [f for f in shown if not (f.kept and is_default(f, values.get(f.name)))]
    return [(field_caption(f), _shown(f, values.get(f.name), stage_name)) for f in shown]


def _shown(field: Field, value: object, stage_name: str) -> str:
    if field.kind == "phone":
        return format_international(str(value or ""))
    if field.kind == "tags":
        return ", ".join(str(t) for t in value) if isinstance(value, list | tuple) else ""
    if field.kind == "stage":
        return stage_name
    if field.kind == "country":
        return country_name(str(value), ui_language()) if value else ""
    if field.kind == "source":
        return source_text(str(value or ""))
    return value_text(value) if value not in (None, "") else ""


class ContactDetailsView(QWidget):
    """The details pane. ``edit_requested`` carries the contact shown; ``entry_requested`` the
    id of a local (not yet sent) entry to reopen in the form."""

    edit_requested = Signal(object)  # Contact
    entry_requested = Signal(str)  # outbox entry id
    discard_requested = Signal(str)  # outbox entry id: the person wants to drop it (ask first)
    practice = False  # set by the panel: an entry's error then blames the practice server

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact: Contact | None = None
        self._entry: OutboxEntry | None = None
        self._definitions: dict[str, FieldDefinition] = {}  # the account's own custom fields
        self._stage_name = ""
        self.title = QLabel(self)
        self.title.setObjectName("DetailsTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.state_icon = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("DetailsNote")
        self.edit_button = QPushButton(self.tr("Edit"), self)  # or Enter on the row
        self.edit_button.setToolTip(self.tr("Load this contact into the form to change it"))
        self.edit_button.clicked.connect(self._edit_clicked)
        self.open_button = QPushButton(self.tr("Open in the form"), self)
        self.open_button.setToolTip(self.tr("Fix or complete this contact before it is sent"))
        self.open_button.clicked.connect(self._open_clicked)
        self.discard_button = QPushButton(self.tr("Discard…"), self)
        self.discard_button.setToolTip(
            self.tr("Remove this contact from this computer without sending it (asks first)")
        )
        self.discard_button.clicked.connect(self._discard_clicked)
        self._rows = QFormLayout()
        self._rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A caption never runs into its value ("Etapa del embudoNuevo"): a clear gap, and
        # captions on the left of a top-aligned value that may wrap.
        self._rows.setHorizontalSpacing(3 * self.fontMetrics().averageCharWidth())
        self._rows.setVerticalSpacing(2)
        self._rows.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._layout()
        self.show_placeholder()

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.state_icon)
        header.addWidget(self.title, 1)
        header.addWidget(self.edit_button)
        header.addWidget(self.open_button)
        header.addWidget(self.discard_button)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._rows)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Contact details"))  # a Tab stop, to scroll them
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        outer.addLayout(header)
        outer.addWidget(self.note)
        outer.addWidget(scroll, 1)

    # --- what is shown --------------------------------------------------------------------

    def contact(self) -> Contact | None:
        return self._contact

    def shown_key(self) -> str:
        if self._entry is not None:
            return "outbox:" + self._entry.id
        return self._contact.id if self._contact else ""

    def set_custom_fields(self, definitions: Iterable[FieldDefinition]) -> None:
        """The account's own fields (services/custom_fields.py): their names and types for the
        values shown; what is shown now is shown again with them."""
        self._definitions = {d.key: d for d in definitions}
        if self._contact is not None:
            self._fill(self._contact_rows(self._contact))
        elif self._entry is not None:
            self.show_entry(self._entry, self._stage_name)

    def show_placeholder(self) -> None:
        self._contact = self._entry = None
        self._fill([])
        self.title.setText("")
        self.state_icon.hide()
        self.set_note(self.tr("Select a contact to see all its details."))
        self.edit_button.hide()
        self.open_button.hide()
        self.discard_button.hide()

    def show_contact(self, contact: Contact, *, note: str = "", editable: bool = False) -> None:
        self._contact, self._entry = contact, None
        self.title.setText(contact.display_name or format_international(contact.phone_number))
        self.state_icon.hide()
        self._fill(self._contact_rows(contact))
        self.set_note(note)
        self.open_button.hide()
        self.discard_button.hide()
        self.edit_button.show()
        self.edit_button.setEnabled(editable)

    def show_entry(self, entry: OutboxEntry, stage_name: str = "") -> None:
        """A local entry: what was typed, its state and the last error."""
        self._contact, self._entry, self._stage_name = None, entry, stage_name
        payload = entry.payload
        self.title.setText(entry.name or format_international(entry.phone_number))
        size = self.title.fontMetrics().height()
        self.state_icon.setPixmap(status_icon(entry.state).pixmap(size, size))
        self.state_icon.setAccessibleName(status_text(entry.state))
        self.state_icon.show()
        rows = [(self.tr("Status"), status_text(entry.state))]
        values = {**payload, "phone_number": entry.phone_number, "tags": entry.tags}
        rows += _field_rows(values, stage_name, typed_only=True)
        custom = payload.get("custom_fields")
        if isinstance(custom, Mapping):
            rows += custom_rows(custom, self._definitions)
        rows += [(self.tr("Saved"), full_time(entry.created_at))]
        self._fill(rows)
        # A refusal that names no field says so with the server's words as the detail.
        detail = [translated(m, practice=self.practice) for m in entry.field_errors.get("_", ())]
        self.set_note("\n".join(detail) or translated(entry.last_error, practice=self.practice))
        self.edit_button.hide()
        # A pending entry goes out on its own; only one that needs the user is reopened.
        self.open_button.setVisible(entry.state is OutboxState.ATTENTION)
        self.discard_button.setVisible(entry.state is OutboxState.ATTENTION)

    def entry(self) -> OutboxEntry | None:
        return self._entry

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_editable(self, editable: bool) -> None:
        self.edit_button.setEnabled(editable)

    def field_text(self, caption: str) -> str:
        """The value shown for a caption ("" when absent), for tests and accessibility."""
        for row in range(self._rows.rowCount()):
            label = self._rows.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self._rows.itemAt(row, QFormLayout.ItemRole.FieldRole)
            name = label.widget() if label else None
            value = field.widget() if field else None
            if isinstance(name, QLabel) and isinstance(value, QLabel) and name.text() == caption:
                return value.text()
        return ""

    # --- building -------------------------------------------------------------------------

    def _contact_rows(self, contact: Contact) -> list[tuple[str, str]]:
        stage = contact.funnel_stage.name if contact.funnel_stage else ""
        values = {f.name: getattr(contact, f.name, "") for f in every()}
        rows = _field_rows(values, stage)
        rows += custom_rows(contact.custom_fields, self._definitions)
        rows += [(self.tr("Reference in %1").replace("%1", k), v)
                 for k, v in contact.external_ids.items()]  # fmt: skip
        for caption, when in ((self.tr("Created"), contact.created_at),
                              (self.tr("Updated"), contact.updated_at)):  # fmt: skip
            if when:
                rows.append((caption, full_time(when)))
        return rows

    def _fill(self, rows: list[tuple[str, str]]) -> None:
        while self._rows.rowCount():
            self._rows.removeRow(0)
        for caption, value in rows:
            if value:
                label = QLabel(value, self)
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._rows.addRow(QLabel(caption, self), label)

    def _edit_clicked(self) -> None:
        if self._contact is not None:
            self.edit_requested.emit(self._contact)

    def _discard_clicked(self) -> None:
        if self._entry is not None:
            self.discard_requested.emit(self._entry.id)

    def _open_clicked(self) -> None:
        if self._entry is not None:
            self.entry_requested.emit(self._entry.id)
