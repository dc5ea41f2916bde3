"""Issue 13, case 8: custom fields and external IDs with the same name are said, not dropped;
after such an error the focus is on the bad box, not on "Agregar campo personalizado"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.typing import type_text


def on_server(sandbox) -> list[dict]:
    with sandbox.client() as client:
        return client.get("/contacts/v1", params={"limit": 100}).json()["contacts"]


def add_row(qtbot, editor, key: str, value: str, *, typed: bool) -> None:
    """ "Agregar…" by keyboard, then the name, Tab, and the value (the type box comes after
    it: Tab from the name goes to the value, whether the row is typed or not)."""
    del typed
    editor.focusProxy().setFocus()
    qtbot.keyClick(editor.focusProxy(), Qt.Key.Key_Space)
    type_text(qtbot, QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), value)


def ctrl_enter(qtbot) -> None:
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )


SAME = [("Empresa", "Empresa "), ("Empresa", "empresa"), ("Empresa", " EMPRESA")]


@pytest.mark.parametrize(("editor", "typed"), [("custom_fields", True), ("external_ids", False)])
@pytest.mark.parametrize(("first", "second"), SAME)
def test_same_name_twice_is_said_inline_and_nothing_is_dropped(
    qtbot, stack, sandbox, editor, typed, first, second
):
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    form.more_toggle.setChecked(True)
    box = getattr(form, editor)
    add_row(qtbot, box, first, "Acme", typed=typed)
    add_row(qtbot, box, second, "Beta", typed=typed)
    ctrl_enter(qtbot)
    name = second.strip()
    assert form.error_text(editor) == f"«{name}» está dos veces: cada nombre se usa una sola vez."
    assert QApplication.focusWidget().text() == second  # the repeated name's box
    assert form.phone.text() == "55 1234 5678"  # nothing sent, nothing cleared
    assert stack.outbox.entries() == []
    assert on_server(sandbox) == []


def test_after_a_bad_number_the_focus_is_on_that_value(qtbot, stack):
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    form.more_toggle.setChecked(True)
    form.custom_fields.focusProxy().setFocus()
    qtbot.keyClick(form.custom_fields.focusProxy(), Qt.Key.Key_Space)
    type_text(qtbot, QApplication.focusWidget(), "monto")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "mucho")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the type box, after the value
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # Texto -> Número
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # on to the row's ✕
    ctrl_enter(qtbot)
    assert "«monto» no es un número" in form.error_text("custom_fields")
    focused = QApplication.focusWidget()
    assert focused is not form.custom_fields.focusProxy()
    assert focused.text() == "mucho"


def test_a_value_without_a_name_focuses_the_name(qtbot, stack):
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    form.more_toggle.setChecked(True)
    add_row(qtbot, form.external_ids, "", "abc-1", typed=False)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    ctrl_enter(qtbot)
    assert form.error_text("external_ids") != ""
    focused = QApplication.focusWidget()
    assert focused.accessibleName() == "Sistema externo"
    assert focused.text() == ""


def test_tab_from_a_name_goes_to_its_value_and_alt_z_adds_a_new_row(qtbot, stack, sandbox):
    """Hallway test, finding 6: Tab went to the "Texto" box and "Uno" was lost there; the
    second Alt+Z selected the first row, and "Dos" replaced it: {'Empresa': 'Dos'}."""
    window, form = stack.window, stack.window.form
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    alt_z = (Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(form.phone.line_edit(), *alt_z)  # "Más datos" closed: it opens there
    assert form.more.isVisible()
    assert form.phone.text() == "55 1234 5678"  # no "z" typed anywhere
    type_text(qtbot, QApplication.focusWidget(), "Empresa")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "Uno")
    assert form.custom_fields.values() == {"Empresa": "Uno"}
    qtbot.keyClick(QApplication.focusWidget(), *alt_z)  # a row is filled: a new one
    type_text(qtbot, QApplication.focusWidget(), "Empresa ")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "Dos")
    assert [(r.key.text(), r.value.text()) for r in form.custom_fields._rows] == [
        ("Empresa", "Uno"), ("Empresa ", "Dos")]  # fmt: skip
    ctrl_enter(qtbot)
    assert form.error_text("custom_fields") == (
        "«Empresa» está dos veces: cada nombre se usa una sola vez."
    )
    assert on_server(sandbox) == []


def test_alt_letters_no_label_takes_type_nothing(qtbot, stack):
    """Hallway test, finding 5: "Campos Dup" + Alt+Q Alt+J gave "Campos Dupqj" (Alt+W is
    "Foto (dirección &web)" in "Más datos")."""
    window, form = stack.window, stack.window.form
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form.name.setFocus()
    type_text(qtbot, form.name, "Campos Dup")
    for key in (Qt.Key.Key_Q, Qt.Key.Key_J, Qt.Key.Key_K):
        qtbot.keyClick(form.name, key, Qt.KeyboardModifier.AltModifier)
    assert form.name.text() == "Campos Dup"
    assert QApplication.focusWidget() is form.name
    assert not form.more.isVisible()
    qtbot.keyClick(form.name, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # IDs externos
    assert form.more.isVisible()
    assert form.name.text() == "Campos Dup"
    assert QApplication.focusWidget().accessibleName() == "Sistema externo"
    # AltGr is not Alt: on Windows it is Ctrl+Alt, and it still types ("@" on latam).
    altgr = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    form.email.setFocus()
    qtbot.keyClick(form.email, Qt.Key.Key_At, altgr)
    assert form.email.text() == "@"
