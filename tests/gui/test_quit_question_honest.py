"""Quitting (Ctrl+Q) never promises what the app can't do: with a local file that can't be
written, the typed contact can't be kept (said, and staying is the default); with a key kept
for this session only, pending contacts continue only once the key is pasted again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.disks import read_only
from tests.gui.conftest import build_stack, close_stack
from tests.gui.test_outbox_flow import REAL_MAY_CLOSE, server_phones, type_and_save
from tests.gui.test_storage_problems import NOT_SAVED, OFFLINE, READ_ONLY
from tests.gui.typing import type_text
from whaapy_contacts.ui.shell.main_window import MainWindow


def quit_with_keyboard(qtbot, window, monkeypatch, answer: str) -> list[tuple[str, ...]]:
    """Ctrl+Q; the question is recorded (text, details, buttons, default) and ``answer``ed."""
    seen: list[tuple[str, ...]] = []

    def shown(box: QMessageBox) -> int:
        buttons = sorted(b.text() for b in box.buttons())
        seen.append((box.text(), box.informativeText(), *buttons, box.defaultButton().text()))
        next(b for b in box.buttons() if b.text() == answer).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    monkeypatch.setattr(MainWindow, "_may_close", REAL_MAY_CLOSE)  # the fixture stubs it
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    monkeypatch.setattr(MainWindow, "_may_close", lambda _self: True)  # teardown closes
    return seen


def test_quitting_while_nothing_can_be_saved_says_the_typed_contact_is_lost(
    qtbot, sandbox, tmp_path_factory, monkeypatch
):
    folder = tmp_path_factory.mktemp("account")
    close_stack(build_stack(qtbot, sandbox, tmp_path_factory, folder=folder))
    with read_only(folder):
        stack = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
        window = stack.window
        try:
            assert window.storage_banner.text() == READ_ONLY.format(folder)
            type_and_save(qtbot, window, "55 1313 0004", "Tras Inmutable")
            qtbot.waitUntil(lambda: window.form.summary.text() == NOT_SAVED, timeout=5000)
            seen = quit_with_keyboard(qtbot, window, monkeypatch, "Seguir aquí")
            assert seen == [
                (
                    "Estabas escribiendo un contacto.",
                    "Esta computadora no puede guardar por ahora (mira el aviso de arriba): lo "
                    "que escribiste en el formulario no se puede conservar y se pierde si sales.",
                    "Salir y perder lo que escribí",
                    "Seguir aquí",
                    "Seguir aquí",
                )
            ]
            assert window.isVisible()  # staying is what Enter does
            assert window.form.name.text() == "Tras Inmutable"
        finally:
            close_stack(stack)


def test_quitting_with_a_session_only_key_says_pending_ones_wait_for_the_key(
    qtbot, sandbox, tmp_path_factory, monkeypatch
):
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    window = stack.window
    try:
        sandbox.add_faults(OFFLINE)
        type_and_save(qtbot, window, "55 1212 0001", "Espera la clave")
        qtbot.waitUntil(lambda: stack.outbox.status().pending == 1, timeout=8000)
        stack.account.session_only = True  # connected on a computer with no usable keyring
        type_text(qtbot, window.form.name, "A medias")
        seen = quit_with_keyboard(qtbot, window, monkeypatch, "Seguir aquí")
        assert seen == [
            (
                "1 contacto todavía no llega a Whaapy.",
                "No se pierde nada: lo pendiente y lo que escribiste se quedan en esta "
                "computadora. Continúan cuando vuelvas a pegar la clave de API la próxima vez "
                "que abras la app (esta computadora no pudo guardar la clave).",
                "Salir y enviar después",
                "Seguir aquí",
                "Seguir aquí",
            )
        ]
        assert server_phones(sandbox) == []
    finally:
        sandbox.reset()
        close_stack(stack)
