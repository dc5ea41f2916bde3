"""Hallway finding: in "Editar contacto" the phone can't change; Alt+T used to do nothing (the
field was disabled), so the digits typed next went into whatever field had the focus (the name).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_recent_panel import seed
from tests.gui.typing import type_text


def test_alt_t_in_edit_mode_lands_on_the_fixed_phone_and_digits_go_nowhere(qtbot, stack, sandbox):
    (maria,) = seed(sandbox, {"phone_number": "+525512345678", "name": "María García"})
    window, form, details = stack.window, stack.window.form, stack.window.recent.details
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    window.table.selectRow(0)
    qtbot.waitUntil(details.edit_button.isEnabled, timeout=10000)
    qtbot.mouseClick(details.edit_button, Qt.MouseButton.LeftButton)
    assert form.edit_target().id == maria["id"]
    form.name.setFocus()
    qtbot.waitUntil(form.name.hasFocus, timeout=5000)

    qtbot.keyClick(form.name, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert form.phone.line_edit().hasFocus()  # the label's letter still leads to the phone
    type_text(qtbot, form.phone.line_edit(), "5598765432")

    assert form.name.text() == "María García"  # nothing typed into the name
    assert form.phone.text() == "+52 55 1234 5678"  # nor into the fixed phone
    assert form.phone.is_fixed()
