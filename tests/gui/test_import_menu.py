"""Issue 18: "Importar contactos…" (Ctrl+I) in the window opens the import, one at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_ctrl_i_opens_one_import_dialog(qtbot, stack):
    window = stack.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert window.import_action.text() == "&Importar contactos…\tCtrl+I"
    qtbot.keyClick(window.form.name, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.import_flow is not None and window.import_flow.isVisible())
    first = window.import_flow
    assert first.windowTitle() == "Importar contactos"
    window.import_action.trigger()  # again, from the menu: the same dialog comes forward
    assert window.import_flow is first
    first.reject()
    qtbot.waitUntil(lambda: not first.isVisible())
    assert window.form.name.text() == ""  # the key was a shortcut, not typed into the form
