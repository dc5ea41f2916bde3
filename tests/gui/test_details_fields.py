"""The details pane's rows come from domain/fields.py: a saved contact and a local entry show
the same fields in the same order, and nothing typed into an entry is left out."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QFormLayout, QLabel

from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.outbox import OutboxEntry, OutboxState
from whaapy_contacts.ui.recent.details import ContactDetailsView


def captions(view: ContactDetailsView) -> list[str]:
    rows = view.findChild(QFormLayout)
    assert rows is not None
    labels = [rows.itemAt(r, QFormLayout.ItemRole.LabelRole) for r in range(rows.rowCount())]
    return [w.text() for item in labels if isinstance(w := item.widget(), QLabel)]


def entry(**payload: object) -> OutboxEntry:
    payload = {"phone_number": "+525512345678", **payload}
    return OutboxEntry(
        id="e1", created_at=datetime.now(UTC), payload=payload, draft={},
        state=OutboxState.ATTENTION,
    )  # fmt: skip


def test_an_entry_shows_every_field_typed_in_the_order_of_a_saved_contact(qtbot):
    view = ContactDetailsView()
    qtbot.addWidget(view)
    typed = {"email": "ana@empresa.mx", "address": "Av. Juárez 10", "state": "Jalisco",
             "postal_code": "44100", "company": "Acme", "tags": ["cliente"]}  # fmt: skip
    view.show_entry(entry(country="MX", source="manual", **typed), "Nuevo")
    assert view.field_text("Dirección") == "Av. Juárez 10"  # was left out of an entry's pane
    assert view.field_text("Estado") == "Jalisco"
    assert view.field_text("Código postal") == "44100"
    assert view.field_text("País") == ""  # the default: nothing the person chose
    assert view.field_text("Origen") == ""
    shown = captions(view)
    view.show_contact(Contact(id="c1", phone_number="+525512345678", country="MX", **{
        k: tuple(v) if isinstance(v, list) else v for k, v in typed.items()
    }))  # fmt: skip
    saved = [c for c in captions(view) if c != "País"]
    assert shown == ["Envío", *saved, "Guardado"]


def test_a_country_chosen_for_an_entry_is_shown(qtbot):
    view = ContactDetailsView()
    qtbot.addWidget(view)
    view.show_entry(entry(country="US", source="import"))
    assert view.field_text("País") == "Estados Unidos"
    assert view.field_text("Origen") == "Importado de un archivo"
