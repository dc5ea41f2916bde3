"""A read-only view of one contact: every field, custom fields and external IDs included."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.countries import country_name
from whaapy_contacts.domain.phone import format_international


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "✔" if value else "✘"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ContactDetails(QDialog):
    def __init__(self, contact: Contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(contact.display_name or format_international(contact.phone_number))
        self.setMinimumWidth(420)
        form = QFormLayout()
        rows = [
            (self.tr("Name"), contact.display_name),
            (self.tr("Phone"), format_international(contact.phone_number)),
            (self.tr("Email"), contact.email),
            (self.tr("Tags"), ", ".join(contact.tags)),
            (self.tr("Funnel stage"), contact.funnel_stage.name if contact.funnel_stage else ""),
            (self.tr("Company"), contact.company),
            (self.tr("Address"), contact.address),
            (self.tr("City"), contact.city),
            (self.tr("State"), contact.state),
            (self.tr("Postal code"), contact.postal_code),
            (self.tr("Country"), country_name(contact.country) if contact.country else ""),
            (self.tr("Notes"), contact.notes),
            (self.tr("Source"), contact.source),
        ]
        rows += [(f"{k} ✎", _value(v)) for k, v in contact.custom_fields.items()]
        rows += [(f"{k} ID", v) for k, v in contact.external_ids.items()]
        if contact.created_at:
            rows.append(
                (self.tr("Created"), contact.created_at.astimezone().strftime("%d/%m/%Y %H:%M"))
            )
        for caption, value in rows:
            if value:
                label = QLabel(value, self)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(caption, label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
