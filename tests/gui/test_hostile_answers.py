"""What the person sees when a server answers badly: calm Spanish, no crash dialog, nothing lost.

Each hostile answer is replayed over real HTTP by the sandbox's ``raw`` fault, through the real
window, services and outbox. An exception escaping to Qt would fail the test (pytest-qt), as a
crash dialog would show it to the person.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import build_stack, close_stack, open_refused
from tests.gui.test_outbox_flow import server_phones, type_and_save
from tests.gui.typing import type_text
from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.domain.outbox import OutboxState

SHOTS = os.environ.get("WHAAPY_TEST_SHOTS")  # a folder: screenshots of what the person sees


def shoot(window, name):
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / f"{name}.png"))


def raw_create(sandbox, status, body="", **headers):
    sandbox.add_faults({"kind": "raw", "status": status, "headers": headers, "body": body,
                        "method": "POST", "path": "/contacts/v1"})  # fmt: skip


def test_a_retry_after_of_centuries_waits_at_most_an_hour(qtbot, stack, sandbox):
    window = stack.window
    raw_create(sandbox, 429, "demasiadas", **{"Retry-After": "300000000000"})
    type_and_save(qtbot, window, "55 4321 1111", "Paciencia")
    qtbot.waitUntil(lambda: "pidió esperar" in window.outbox_status.text(), timeout=8000)
    shoot(window, "hostile-429-huge-retry-after")
    text = window.outbox_status.text()
    assert "1 contacto pendiente" in text
    wait = int(re.search(r"se reintentará en (\d+) min", text).group(1))
    assert wait == 60  # at most an hour, said in minutes: not the year 11533
    qtbot.mouseClick(window.outbox_status.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.outbox_status.text() == "", timeout=8000)
    assert server_phones(sandbox) == ["+525543211111"]


def test_a_413_needs_attention_and_says_what_to_change(qtbot, stack, sandbox):
    window, form = stack.window, stack.window.form
    raw_create(sandbox, 413, "<html><h1>413 Request Entity Too Large</h1></html>",
               **{"Content-Type": "text/html"})  # fmt: skip
    type_and_save(qtbot, window, "55 4321 2222", "Notas largas")
    open_refused(qtbot, form, "«Notas largas» no se guardó: el servidor de práctica lo rechazó.")
    qtbot.waitUntil(lambda: form.error_text("_summary") != "", timeout=8000)
    shoot(window, "hostile-413-attention")
    assert form.error_text("_summary") == (
        "El contacto es demasiado grande para enviarlo. Acorta las notas u otros textos largos "
        "y vuelve a guardarlo."
    )
    assert form.name.text() == "Notas largas"  # kept in the form to fix
    qtbot.waitUntil(lambda: "1 requiere atención" in window.outbox_status.text(), timeout=5000)
    assert [e.state for e in stack.outbox.entries()] == [OutboxState.ATTENTION]
    assert server_phones(sandbox) == []  # never retried on its own


def test_a_deeply_nested_list_answer_shows_calm_spanish(qtbot, stack, sandbox):
    window = stack.window
    deep = '{"contacts": [' + "[" * 50_000 + "]" * 50_000 + "]}"
    json_type = {"Content-Type": "application/json"}
    sandbox.add_faults({"kind": "raw", "status": 200, "body": deep, "method": "GET",
                        "path": "/contacts/v1", "headers": json_type})  # fmt: skip
    window.refresh()
    qtbot.waitUntil(lambda: "no se pudo leer" in window.list_status.text(), timeout=8000)
    shoot(window, "hostile-deep-json-list")
    assert "recursion" not in window.list_status.text()
    # The stack is in practice mode: the practice server is blamed, never Whaapy.
    assert window.list_status.text().startswith(
        "El servidor de práctica respondió algo que no se pudo leer"
    )


def test_a_key_with_an_accent_pauses_with_the_key_banner(qtbot, sandbox, tmp_path_factory):
    def typo_key(url, _key):
        return ContactsClient(url, "wha_sandbóx")  # the É of "wha_TESTSECRÉT123"

    stack = build_stack(qtbot, sandbox, tmp_path_factory, client_factory=typo_key, online=False)
    try:
        window, form = stack.window, stack.window.form
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
        qtbot.waitUntil(form.save_button.isEnabled, timeout=5000)
        type_text(qtbot, form.phone.line_edit(), "55 4321 3333")
        type_text(qtbot, form.name, "Clave rara")
        qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(window.paused_banner.isVisible, timeout=8000)
        shoot(window, "hostile-key-with-accent")
        assert "caracteres invisibles" in window.paused_banner.text()
        assert "Envío en pausa" in window.outbox_status.text()
        assert [e.state for e in stack.outbox.entries()] == [OutboxState.PENDING]
        assert server_phones(sandbox) == []
    finally:
        close_stack(stack)
