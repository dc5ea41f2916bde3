"""Numbers copied from WhatsApp, pasted with Ctrl+V, and phone messages that must not linger
(issue 13, case 6 and "Messages that lie or linger")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_main_window import save, server_contacts
from tests.gui.test_phone_typos import retype

CTRL = Qt.KeyboardModifier.ControlModifier
NOTE_ONE = "Se quitó el 1 de celular antiguo (ya no se usa desde 2019)."

# How WhatsApp (desktop, web, phone) wraps a copied number: embeddings, marks, zero widths.
COPIED = [
    "\u202a+52 1 55 9876 5432\u202c",
    "\u200e+52 1 55 9876 5432\u200e",
    "\u200f+52 1 55 9876 5432\u200f",
    "\u2068+52 1 55 9876 5432\u2069",
    "+52\u200b 1\u200b 55\u200c 9876\u200d 5432\ufeff",
    "\u202a+52\u00a01\u00a055\u00a09876\u00a05432\u202c",
]


def paste(qtbot, widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, CTRL)


@pytest.mark.parametrize("copied", COPIED)
def test_a_number_copied_from_whatsapp_is_accepted(qtbot, stack, sandbox, copied):
    form = stack.window.form
    edit = form.phone.line_edit()
    paste(qtbot, edit, copied)
    assert form.phone.text() == "+52 1 55 9876 5432"  # no invisible mark left in the field
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert form.error_text("phone_number") == ""
    assert form.phone_notice.text() == NOTE_ONE
    save(qtbot, stack)
    assert [c["phone_number"] for c in server_contacts(sandbox)] == ["+525598765432"]
    status = stack.window.statusBar().currentMessage()
    assert status == f"Guardado: +52 55 9876 5432 · {NOTE_ONE}"
    assert form.phone_notice.text() == ""  # said with the saved contact, not under the next


def test_marks_and_controls_set_programmatically_never_reach_the_server(qtbot, stack, sandbox):
    form = stack.window.form
    form.phone.set_text("\u202a55 9876 5432\u202c")
    form.name.setText("Ana\x00 \u202eLópez\u200b")  # no filter on setText: the draft cleans
    form.email.setText("\u200eana@example.com\u200f")
    save(qtbot, stack)
    (stored,) = server_contacts(sandbox)
    assert (stored["phone_number"], stored["name"], stored["email"]) == (
        "+525598765432",
        "Ana López",
        "ana@example.com",
    )


def test_typing_a_retired_form_shows_it_the_way_mexicans_write_it(qtbot, stack):
    form = stack.window.form
    edit = form.phone.line_edit()
    for typed, shown in [
        ("+5215523456789", "+52 1 55 2345 6789"),
        ("0445523456789", "044 55 2345 6789"),
        ("015523456789", "01 55 2345 6789"),
        ("15523456789", "1 55 2345 6789"),
        ("525523456789", "52 55 2345 6789"),
        ("5523456789", "55 2345 6789"),
    ]:
        retype(qtbot, edit, typed)
        assert form.phone.text() == shown


def test_the_044_note_goes_when_the_field_is_emptied_or_the_prefix_removed(qtbot, stack):
    form = stack.window.form
    edit = form.phone.line_edit()
    retype(qtbot, edit, "044 55 1234 5678")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert form.phone_notice.text() == "Se quitó el prefijo 044 (ya no se usa desde 2019)."
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert form.phone_notice.text() == ""
    retype(qtbot, edit, "044 55 1234 5678")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert form.phone_notice.text() != ""
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(3):
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert form.phone.text() == "55 1234 5678"
    assert form.phone_notice.text() == ""  # no longer true: nothing was removed


def test_the_landline_hint_goes_when_the_number_changes(qtbot, stack):
    form = stack.window.form
    edit = form.phone.line_edit()
    retype(qtbot, edit, "+54 11 2345 6789")  # an Argentine landline
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "fijo" in form.phone_hint.text()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert form.phone_hint.text() == ""
