"""The form is built from domain/fields.py: walking the table, each field's widget takes real
typing and the draft and the create payload carry it; a field put in the table gets a row, a
draft value and a PATCH without the form naming it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from tests.gui.typing import type_text
from whaapy_contacts.domain import fields
from whaapy_contacts.domain.contact import Contact, FunnelStage
from whaapy_contacts.domain.patch import patch_for
from whaapy_contacts.domain.validation import check_draft
from whaapy_contacts.services.sending import matches_sent
from whaapy_contacts.ui.form.contact_form import ContactForm

# Values the checks accept where the kind's own sample would not pass.
VALID = {"postal_code": "44100", "avatar_url": "https://ejemplo.mx/foto.jpg"}


def shown_form(qtbot) -> ContactForm:
    form = ContactForm()
    qtbot.addWidget(form)
    form.set_stages((FunnelStage("s1", "Nuevo"),))
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def focus(qtbot, widget: QWidget) -> QWidget:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def type_into(qtbot, form: ContactForm, field: fields.Field) -> object:
    """Type a value into the field's widget as a person would; the value the draft must hold."""
    widget = form.rows.widgets[field.name]
    kind = field.kind
    if kind == "phone":
        type_text(qtbot, focus(qtbot, form.phone.line_edit()), "55 1234 5678")
        return form.phone.text()
    if kind in ("line", "email", "multiline"):
        text = VALID.get(field.name, "ana@empresa.mx" if kind == "email" else f"Ana {field.name}")
        type_text(qtbot, focus(qtbot, widget), text)
        return text
    if kind == "tags":
        entry = focus(qtbot, form.tags.entry())
        type_text(qtbot, entry, "vip")
        qtbot.keyClick(entry, Qt.Key.Key_Return)
        return ("vip",)
    if kind in ("stage", "country"):
        combo = focus(qtbot, widget)
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert isinstance(combo, QComboBox)
        return combo.currentData()
    if kind == "source":
        edit = focus(qtbot, widget)
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, QApplication.focusWidget(), "feria")
        return "feria"
    assert kind == "key-values", field
    add = focus(qtbot, widget.focusProxy())
    qtbot.keyClick(add, Qt.Key.Key_Space)  # a new row, its name focused
    type_text(qtbot, QApplication.focusWidget(), "plan")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "oro")
    return {"plan": "oro"}


def test_every_field_of_the_table_is_typed_into_and_carried(qtbot):
    form = shown_form(qtbot)
    form.set_more_visible(True)
    expected = {f.name: type_into(qtbot, form, f) for f in fields.shown_fields()}
    draft = form.draft()
    for name, value in expected.items():
        assert getattr(draft, name) == value, name
    for name, value in expected.items():
        default = fields.default(fields.field_named(name))
        assert value != default, name  # the typing changed every one of them
    check = check_draft(draft)
    assert check.ok, check.errors
    assert set(expected) <= set(check.payload)  # every field goes to the server

    form.clear_for_next()
    after = form.draft()
    assert after.is_blank()
    for field in fields.shown_fields():  # what is kept stays; the rest is emptied
        value = getattr(after, field.name)
        assert (value == expected[field.name]) == bool(field.kept), field.name


def test_a_field_put_in_the_table_gets_a_row_a_draft_value_and_a_patch(qtbot, monkeypatch):
    agent = fields.Field(
        "assigned_agent_id",
        "line",
        "more",
        patch="text",
        match="text",
        label="Agent",
        caption="Agent",
    )
    table = tuple(agent if f.name == agent.name else f for f in fields.FIELDS)
    monkeypatch.setattr(fields, "FIELDS", table)
    form = shown_form(qtbot)
    form.set_more_visible(True)
    box = form.assigned_agent_id
    assert isinstance(box, QLineEdit)
    assert any(c.text() == "Agent" and c.buddy() is box for c in form.rows.captions)
    type_into(qtbot, form, fields.field_named("phone_number"))
    type_text(qtbot, focus(qtbot, box), "u2")
    draft = form.draft()
    assert draft.assigned_agent_id == "u2"
    payload = check_draft(draft).payload
    old = Contact(id="c1", phone_number="+525512345678", assigned_agent_id="u1", source="manual")
    assert patch_for(old, payload) == {"assigned_agent_id": "u2"}
    assert not matches_sent(payload, old)

    form.load_for_edit(old)
    assert box.text() == "u1"
    assert form.more.isVisible()  # a value of its own opens "More details"
    form.clear_all()
    assert box.text() == ""
