"""An edit in progress survives a crash as an edit of that contact: after kill -9 the form is back
in edit mode with the changes typed, and saving changes that contact (never a second one)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import build_stack, close_stack
from tests.gui.test_edit_in_background import key, on_server, open_for_edit, seed, type_here


def test_an_edit_typed_before_a_crash_comes_back_as_that_edit(qtbot, sandbox, tmp_path_factory):
    seed(sandbox, "+525577778888", "Antes Del Corte")
    folder = tmp_path_factory.mktemp("account")
    first = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    open_for_edit(qtbot, first)
    form = first.window.form
    form.name.setFocus()
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_here(qtbot, "Después Del Corte")
    qtbot.waitUntil(lambda: (first.outbox.form_draft() or {}).get("name") == "Después Del Corte")
    # A crash: the first window never closes; the next start reads the same folder.
    second = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    try:
        again = second.window.form
        assert again.title.text() == "Editar contacto"
        assert again.name.text() == "Después Del Corte"
        assert again.phone.is_fixed()
        message = second.window.statusBar().currentMessage()
        assert message == "Se recuperaron tus cambios a «Antes Del Corte»."
        second.window.activateWindow()
        again.name.setFocus()
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(
            lambda: on_server(sandbox) == {("+525577778888", "Después Del Corte")}, timeout=5000
        )
    finally:
        close_stack(second)
        close_stack(first)


def test_opening_a_contact_without_changing_it_leaves_nothing_to_recover(
    qtbot, sandbox, tmp_path_factory
):
    seed(sandbox, "+525577778888", "Solo Mirado")
    folder = tmp_path_factory.mktemp("account")
    first = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    open_for_edit(qtbot, first)
    first.window.presenter.autosave_draft()
    assert first.outbox.form_draft() is None
    second = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    try:
        assert second.window.form.title.text() == "Nuevo contacto"
        assert second.window.form.is_blank()
    finally:
        close_stack(second)
        close_stack(first)
