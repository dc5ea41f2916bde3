"""The window's first frame comes before its services (main.py loads them after the first
paint and then attaches them). What the user does in that instant is kept, never dropped."""

from __future__ import annotations

import sys
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import attach_stack, build_stack, close_stack
from tests.gui.test_main_window import server_contacts
from tests.gui.typing import type_text
from whaapy_contacts.bootstrap import deferred as app_main
from whaapy_contacts.bootstrap.compose import wire
from whaapy_contacts.domain.contact import ContactDraft
from whaapy_contacts.ui.shell.connect_dialog import ConnectDialog
from whaapy_contacts.ui.shell.main_window import MainWindow


def unattached(qtbot, sandbox, tmp_path_factory):
    stack = build_stack(qtbot, sandbox, tmp_path_factory, attach=False)
    stack.window.present()  # as main.py does after the first paint
    qtbot.waitUntil(stack.window.isActiveWindow)
    return stack


def test_the_first_frame_says_the_list_is_loading(qtbot, sandbox, tmp_path_factory):
    stack = unattached(qtbot, sandbox, tmp_path_factory)
    window = stack.window
    try:
        assert not window.attached
        assert window.banner.isVisible()  # main.py's guess: no key stored, so practice mode
        assert window.windowTitle() == "Modo de práctica — Whaapy Contactos"
        assert window.recent.empty_note.isVisible()
        assert window.recent.empty_note.text() == "Cargando contactos…"
        assert window.list_status.text() == "Actualizando…"
        assert not window.outbox_status.isVisible()  # nothing to say about sending yet
        window.show_training(False)  # a stored key: the live account is expected
        assert not window.banner.isVisible()
        assert window.windowTitle() == "Whaapy Contactos"
    finally:
        attach_stack(qtbot, stack)
        close_stack(stack)


def test_a_contact_saved_before_the_services_arrive_is_sent_once(qtbot, sandbox, tmp_path_factory):
    stack = unattached(qtbot, sandbox, tmp_path_factory)
    window = stack.window
    try:
        phone = window.form.phone.line_edit()
        assert QApplication.focusWidget() is phone  # typing goes there from the first frame
        type_text(qtbot, phone, "55 1234 5678")
        type_text(qtbot, window.form.name, "Antes de tiempo")
        qtbot.keyClick(phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert stack.outbox.unsent() == []  # nowhere to keep it yet: it waits in the form
        assert window.form.name.text() == "Antes de tiempo"

        attach_stack(qtbot, stack)
        qtbot.waitUntil(
            lambda: [c["name"] for c in server_contacts(sandbox)] == ["Antes de tiempo"],
            timeout=5000,
        )
        qtbot.waitUntil(lambda: window.form.name.text() == "", timeout=5000)
        first = window.model.index(0, 0)
        assert first.data() == "Antes de tiempo"
        assert stack.outbox.unsent() == []
        # Pressed twice before the services came: one click makes at most one contact.
        assert len(server_contacts(sandbox)) == 1
    finally:
        close_stack(stack)


def test_closing_with_typing_before_the_services_keeps_the_draft(
    qtbot, sandbox, tmp_path_factory, monkeypatch
):
    asked: list[bool] = []  # the "quit with typing?" question, answered "quit"
    monkeypatch.setattr(MainWindow, "_may_close", lambda _self: asked.append(True) or True)
    stack = unattached(qtbot, sandbox, tmp_path_factory)
    window = stack.window
    try:
        type_text(qtbot, window.form.phone.line_edit(), "55 8765 4321")
        window.close()
        window.close()  # impatient: still asked once, when the services are there
        assert window.isVisible()  # not yet: the typing has nowhere to be kept
        assert asked == []
        wire(stack.window, stack.services)  # as the app does once they are loaded
        qtbot.waitUntil(lambda: not window.isVisible())
        assert asked == [True]
        draft = stack.outbox.form_draft()
        assert draft is not None
        assert draft["phone_number"] == "55 8765 4321"
    finally:
        close_stack(stack)


def test_a_blank_window_closes_at_once_before_the_services(qtbot, sandbox, tmp_path_factory):
    stack = unattached(qtbot, sandbox, tmp_path_factory)
    try:
        stack.window.close()
        assert not stack.window.isVisible()
    finally:
        wire(stack.window, stack.services)  # as the app does once they are loaded
        close_stack(stack)


def test_connect_asked_for_before_the_services_opens_when_they_come(
    qtbot, sandbox, tmp_path_factory
):
    stack = unattached(qtbot, sandbox, tmp_path_factory)
    window = stack.window
    try:
        qtbot.mouseClick(window.banner.connect_button, Qt.MouseButton.LeftButton)
        assert window.findChildren(ConnectDialog) == []
        attach_stack(qtbot, stack)
        dialogs = window.findChildren(ConnectDialog)
        assert len(dialogs) == 1
        assert dialogs[0].isVisible()
        dialogs[0].reject()
    finally:
        close_stack(stack)


def test_the_model_layer_failing_to_load_is_reported_and_quits(qtbot, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    exits: list[int] = []
    app = SimpleNamespace(exit=exits.append)
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: reported.append(exc))

    def broken(**_: object) -> None:
        raise ImportError("no module named whaapy_contacts.services.outbox")

    monkeypatch.setattr(app_main, "load_model_layer", broken)
    layer = app_main.ModelLayer(app, SimpleNamespace(base_url=None, smoke=False), window)
    layer.load()
    qtbot.waitUntil(lambda: exits == [1])
    assert [str(exc) for exc in reported] == ["no module named whaapy_contacts.services.outbox"]
    assert not window.attached
    layer.close()


def test_typing_before_the_services_wins_over_the_last_runs_draft(qtbot, sandbox, tmp_path_factory):
    stack = unattached(qtbot, sandbox, tmp_path_factory)
    window = stack.window
    try:
        stack.outbox.save_form_draft(ContactDraft(phone_number="33 1111 2222"))  # last run's
        type_text(qtbot, window.form.phone.line_edit(), "55 8765 4321")
        attach_stack(qtbot, stack)
        assert window.form.phone.text() == "55 8765 4321"
        assert "Se recuperó" not in window.statusBar().currentMessage()
    finally:
        close_stack(stack)


def test_attaching_loads_the_lists_once(qtbot, sandbox, tmp_path_factory):
    """One list request per start (the packaging test counts them in the log, across runs)."""
    stack = unattached(qtbot, sandbox, tmp_path_factory)
    refreshed: list[bool] = []
    original = stack.recent.refresh
    stack.recent.refresh = lambda: (refreshed.append(True), original())[1]  # type: ignore[method-assign]
    try:
        attach_stack(qtbot, stack)  # waits for the funnel stages: the app is online
        qtbot.waitUntil(lambda: stack.recent.updated_at is not None)
        assert refreshed == [True]
    finally:
        close_stack(stack)


def test_a_data_folder_that_cannot_be_made_keeps_the_app_running_and_says_so(
    qtbot, monkeypatch, tmp_path
):
    """The data folder can't be created (a file is in the way): no crash dialog, no exit; the
    window works and says plainly that contacts can't be kept (issue 14, case 11)."""
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    monkeypatch.setattr(app_main, "load_model_layer", lambda **_: None)  # no log file
    window = MainWindow()
    qtbot.addWidget(window)
    exits: list[int] = []
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: reported.append(exc))
    layer = app_main.ModelLayer(
        SimpleNamespace(exit=exits.append), SimpleNamespace(base_url=None, smoke=False), window
    )
    layer.load()
    qtbot.waitUntil(lambda: window.attached, timeout=10000)
    try:
        assert window.storage_banner.text().startswith(
            "No se pudo abrir el archivo donde la app guarda tus contactos"
        )
        assert not layer.stored_safely()  # so the crash dialog won't claim they are safe
        assert reported == []
        assert exits == []
    finally:
        window.close()
        layer.close()
