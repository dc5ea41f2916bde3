"""Every one-line field of the form, and the notes, drop invisible and control characters as
they are typed or pasted (QClipboard + Ctrl+V), with the cursor where the person expects."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.gui.typing import type_text

DIRTY = "\u202aAna\u200e\x00 María\u200b\u202c"  # as WhatsApp copies it, with a NUL inside
CLEAN = "Ana María"
FIELDS = ["name", "email", "company", "address", "city", "state", "postal_code", "avatar_url"]


def paste(qtbot, widget, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def form(stack):
    form = stack.window.form
    form.more_toggle.setChecked(True)
    return form


@pytest.mark.parametrize("field", FIELDS)
def test_a_paste_into_a_one_line_field_is_cleaned_with_the_cursor_after_it(qtbot, form, field):
    edit = getattr(form, field)
    edit.setFocus()
    type_text(qtbot, edit, "<>")
    qtbot.keyClick(edit, Qt.Key.Key_Left)
    paste(qtbot, edit, DIRTY)
    assert edit.text() == f"<{CLEAN}>"
    assert edit.cursorPosition() == 1 + len(CLEAN)  # right after what was pasted


def test_every_other_one_line_box_is_cleaned_too(qtbot, form):
    row = form.custom_fields.add_row()
    ext = form.external_ids.add_row()
    boxes = [form.tags.entry(), row.key, row.value, ext.key, ext.value, form.source.lineEdit()]
    for box in boxes:
        box.setFocus()
        box.clear()
        paste(qtbot, box, DIRTY)
        assert box.text() == CLEAN, box.accessibleName()


def test_the_notes_keep_their_lines_and_lose_the_rest(qtbot, form):
    form.notes.setFocus()
    type_text(qtbot, form.notes, "Hola")
    paste(qtbot, form.notes, "\u200e uno\r\ndos\x07\u202c")
    assert form.notes.toPlainText() == "Hola uno\ndos"
    assert form.notes.textCursor().position() == len("Hola uno\ndos")
    type_text(qtbot, form.notes, "!")
    assert form.notes.toPlainText() == "Hola uno\ndos!"


def test_what_reaches_the_server_is_what_the_person_sees(qtbot, form, sandbox):
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    form.name.setFocus()
    paste(qtbot, form.name, DIRTY)
    form.company.setFocus()
    paste(qtbot, form.company, "\ufeffAcme\u2060 S.A.")
    form.notes.setFocus()
    paste(qtbot, form.notes, "Nota\u200b\x00 limpia")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    with sandbox.client() as client:
        qtbot.waitUntil(lambda: bool(client.get("/contacts/v1").json()["contacts"]), timeout=5000)
        (stored,) = client.get("/contacts/v1").json()["contacts"]
    assert (stored["name"], stored["company"], stored["notes"]) == (
        CLEAN, "Acme S.A.", "Nota limpia",
    )  # fmt: skip
