"""Leaving an empty field is no mistake: "required" is said on save, not when the person
goes to the list after saving (the form was cleared for the next contact)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.typing import type_text


def test_going_to_the_list_after_saving_shows_no_error(qtbot, stack, sandbox):
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 8765 4321")
    type_text(qtbot, form.name, "Ana López")
    type_text(qtbot, form.email, "ana@empresa.mx")
    qtbot.keyClick(form.email, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stack.window.model.rowCount() == 1, timeout=10000)
    assert form.phone.text() == ""  # cleared for the next contact, the cursor in the phone
    table = stack.window.table
    table.setFocus()  # the person looks at what was saved
    qtbot.keyClick(table, Qt.Key.Key_Home)
    qtbot.waitUntil(stack.window.recent.details.isVisible, timeout=5000)
    assert form.error_text("phone_number") == ""
    assert form.error_text("email") == ""


def test_an_empty_phone_is_still_required_on_save(qtbot, stack, sandbox):
    form = stack.window.form
    type_text(qtbot, form.name, "Sin Teléfono")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.error_text("phone_number") != "", timeout=5000)
    assert form.error_text("phone_number") == "Escribe el número de teléfono."
