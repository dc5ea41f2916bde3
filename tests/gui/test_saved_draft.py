"""The autosaved draft follows the form: a contact already saved never comes back after a crash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import build_stack, close_stack
from tests.gui.typing import type_text


def _type_contact(qtbot, form, phone: str, name: str) -> None:
    form.phone.line_edit().setFocus()
    type_text(qtbot, form.phone.line_edit(), phone)
    qtbot.keyClick(form.phone.line_edit(), Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), name)


def _save(qtbot) -> None:
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )


def test_a_crash_right_after_saving_brings_back_a_blank_form(qtbot, sandbox, tmp_path_factory):
    folder = tmp_path_factory.mktemp("account")
    first = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    form = first.window.form
    _type_contact(qtbot, form, "55 6161 7171", "Kill Nueve")
    qtbot.waitUntil(lambda: (first.outbox.form_draft() or {}).get("name") == "Kill Nueve")
    _save(qtbot)
    assert form.phone.text() == ""
    assert first.outbox.form_draft() is None  # at once: a kill -9 may come next
    qtbot.waitUntil(lambda: first.outbox.status().pending == 0, timeout=5000)
    # A crash: the first window never closes; the next start reads the same folder.
    second = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    try:
        assert second.window.form.phone.text() == ""
        assert second.window.form.name.text() == ""
        assert "Se recuperó" not in second.window.statusBar().currentMessage()
        with sandbox.client() as client:
            contacts = client.get("/contacts/v1").json()["contacts"]
        assert [(c["phone_number"], c["name"]) for c in contacts] == [
            ("+525561617171", "Kill Nueve")
        ]
    finally:
        close_stack(second)
        close_stack(first)


def test_typing_after_a_save_is_the_draft_that_comes_back(qtbot, sandbox, tmp_path_factory):
    folder = tmp_path_factory.mktemp("account")
    first = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    form = first.window.form
    _type_contact(qtbot, form, "55 6161 7171", "Ana Guardada")
    _save(qtbot)  # before the autosave's timer: it must not store A once the form is cleared
    type_text(qtbot, form.phone.line_edit(), "55 8282 93")
    qtbot.waitUntil(lambda: (first.outbox.form_draft() or {}).get("phone_number") == "55 8282 93")
    assert first.outbox.form_draft()["name"] == ""
    second = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    try:
        assert second.window.form.phone.text() == "55 8282 93"
        assert second.window.form.name.text() == ""
    finally:
        close_stack(second)
        close_stack(first)


def test_the_funnel_stage_of_a_recovered_draft_comes_back(qtbot, sandbox, tmp_path_factory):
    """Hallway finding: after kill -9 every field came back but the stage ("(sin etapa)"): the
    draft is restored before the account's stages arrive."""
    folder = tmp_path_factory.mktemp("account")
    first = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    form = first.window.form
    _type_contact(qtbot, form, "55 6161 7171", "Con Etapa")
    form.stage.setFocus()
    qtbot.keyClick(form.stage, Qt.Key.Key_Down)  # the first stage, as the keyboard picks it
    stage_id, stage_name = form.stage.currentData(), form.stage.currentText()
    assert stage_id
    qtbot.waitUntil(lambda: (first.outbox.form_draft() or {}).get("funnel_stage_id") == stage_id)
    second = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)  # after a crash
    try:
        restored = second.window.form
        assert restored.name.text() == "Con Etapa"
        qtbot.waitUntil(lambda: restored.stage.currentText() == stage_name, timeout=5000)
        assert restored.stage.currentData() == stage_id
    finally:
        close_stack(second)
        close_stack(first)
