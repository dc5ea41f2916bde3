"""The local history: the list survives a restart and still works with the server stopped."""

from __future__ import annotations

from types import SimpleNamespace

import httpx
from PySide6.QtCore import Qt

from tests.gui.conftest import build_stack, close_stack
from tests.gui.typing import type_text
from whaapy_contacts.sandbox.server import DEFAULT_KEY, SandboxServer
from whaapy_contacts.ui.recent.model import NAME, STATUS


def names(model) -> list[str]:
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def save_by_keyboard(qtbot, window, phone: str, name: str) -> None:
    form = window.form
    qtbot.waitUntil(lambda: form.save_button.isEnabled() and not window.saving.busy, timeout=5000)
    form.phone.line_edit().setFocus()
    type_text(qtbot, form.phone.line_edit(), phone)
    type_text(qtbot, form.name, name)
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_history_survives_a_restart_and_works_with_the_server_stopped(
    qtbot, tmp_path, tmp_path_factory
):
    folder = tmp_path / "account"
    folder.mkdir()
    server = SandboxServer(rate_limit=0).start()  # this test's own server, to stop it
    here = SimpleNamespace(url=server.url, key=DEFAULT_KEY)
    try:
        with httpx.Client(
            base_url=server.url, headers={"Authorization": f"Bearer {DEFAULT_KEY}"}
        ) as c:
            c.post("/contacts/v1", json={"phone_number": "+523312345678", "name": "De antes"})
        first = build_stack(qtbot, here, tmp_path_factory, folder=folder)
        try:
            model = first.window.model
            qtbot.waitUntil(lambda: names(model) == ["De antes"])
            save_by_keyboard(qtbot, first.window, "55 1234 5678", "Ana López")
            save_by_keyboard(qtbot, first.window, "81 8765 4321", "Bruno Díaz")
            qtbot.waitUntil(lambda: names(model) == ["Bruno Díaz", "Ana López", "De antes"])
            qtbot.waitUntil(
                lambda: model.index(0, STATUS).data() == "Guardado (práctica)", timeout=5000
            )
        finally:
            close_stack(first)
    finally:
        server.stop()

    second = build_stack(qtbot, here, tmp_path_factory, folder=folder, online=False)
    try:
        window, model = second.window, second.window.model
        qtbot.waitUntil(lambda: names(model) == ["Bruno Díaz", "Ana López", "De antes"])
        assert model.index(1, 1).data() == "+52 55 1234 5678"
        status = window.list_status.text
        qtbot.waitUntil(lambda: "Se muestra lo guardado en esta computadora." in status())
        assert status().startswith("No se pudo conectar con el servidor.")
        type_text(qtbot, window.search, "lopez")
        qtbot.waitUntil(lambda: names(model) == ["Ana López"])
        window.search.setText("8765")
        qtbot.waitUntil(lambda: names(model) == ["Bruno Díaz"])
        window.table.selectRow(0)
        details = window.recent.details
        qtbot.waitUntil(lambda: "Sin conexión" in details.note.text(), timeout=5000)
        assert details.title.text() == "Bruno Díaz"
        assert details.field_text("Teléfono") == "+52 81 8765 4321"
        assert not details.edit_button.isEnabled()  # a PATCH needs the server
    finally:
        close_stack(second)
