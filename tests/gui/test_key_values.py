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
    """ "Agregar…" by keyboard, then the name, (the type,) and the value."""
    editor.focusProxy().setFocus()
    qtbot.keyClick(editor.focusProxy(), Qt.Key.Key_Space)
    type_text(qtbot, QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    if typed:
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
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # Texto -> Número
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "mucho")
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
