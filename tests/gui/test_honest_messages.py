"""Issue 13, "messages that lie or linger": each goes when it stops being true, says what is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import ALREADY_IN_PRACTICE, build_stack, close_stack, open_refused
from tests.gui.typing import type_text
from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.ui.recent.model import STATUS
from whaapy_contacts.ui.shell.main_window import MainWindow

REAL_MAY_CLOSE = MainWindow._may_close  # before the autouse fixture replaces it


def save(qtbot, stack, phone: str, name: str = "") -> None:
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), phone)
    if name:
        type_text(qtbot, form.name, name)
    qtbot.keyClick(form.phone.line_edit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def status_of(model, name: str) -> str:
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    return model.index(rows[0], STATUS).data() if rows else ""


def status_bar(stack) -> str:
    return stack.window.statusBar().currentMessage()


def test_saved_as_pending_goes_once_it_is_sent(qtbot, stack, sandbox):
    # The first try gets no answer (the connection drops), the retry a slow one.
    create = {"method": "POST", "path": "/contacts/v1"}
    sandbox.add_faults({"kind": "drop_before", **create}, {"kind": "delay", "ms": 1500, **create})
    save(qtbot, stack, "55 1234 5678", "Lenta")
    assert status_bar(stack) == "Guardando «Lenta»…"
    pending = "Guardado como pendiente: se enviará en cuanto responda el servidor de práctica."
    qtbot.waitUntil(lambda: status_bar(stack) == pending, timeout=10000)
    qtbot.waitUntil(lambda: stack.outbox.status().pending == 0, timeout=15000)
    qtbot.waitUntil(lambda: status_bar(stack) != pending, timeout=5000)
    assert status_bar(stack) == "Se enviaron todos los contactos pendientes."


def test_no_connection_in_the_list_goes_when_the_server_answers(qtbot, stack, sandbox):
    settled = stack.recent
    qtbot.waitUntil(lambda: settled.online is True and not settled.loading, timeout=10000)
    # F5 asks for the account's tags and for the list (a fault's path matches exactly).
    for path in ("/contacts/v1", "/contacts/v1/tags"):
        sandbox.add_faults({"kind": "drop_before", "method": "GET", "path": path, "times": 1})
    window = stack.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.form.phone.line_edit(), Qt.Key.Key_F5)
    line = window.list_status
    qtbot.waitUntil(lambda: "Se muestra lo guardado" in line.text(), timeout=10000)
    save(qtbot, stack, "55 2222 3333", "Vuelve")  # the server answers this one: no F5
    qtbot.waitUntil(lambda: line.text().startswith("Actualizado"), timeout=10000)
    assert "Sin conexión" not in line.text()
    assert "Se cortó" not in line.text()


def test_practice_mode_says_practice_never_enviado(qtbot, stack, sandbox):
    with sandbox.client() as client:
        client.post("/contacts/v1", json={"phone_number": "+525512345678", "name": "Pedro"})
    save(qtbot, stack, "33 1234 5678", "Nueva")
    model = stack.window.model
    qtbot.waitUntil(lambda: model.index(0, STATUS).data() == "Guardado (práctica)", timeout=10000)
    assert model.index(0, 0).data() == "Nueva"
    save(qtbot, stack, "55 1234 5678")
    says = f"«55 1234 5678» no se guardó: {ALREADY_IN_PRACTICE}"
    qtbot.waitUntil(lambda: status_bar(stack) == says, timeout=10000)
    open_refused(qtbot, stack.window.form, says)
    qtbot.waitUntil(stack.window.form.duplicate.isVisible, timeout=10000)
    assert status_bar(stack) == "Ese número ya está en tus contactos de práctica."

    stack.account.connect_account(sandbox.key, sandbox.url)  # a real account: "Enviado"
    qtbot.waitUntil(lambda: status_of(model, "Nueva") == "Enviado", timeout=10000)


def test_a_refusal_without_details_says_so_in_spanish(qtbot, stack, sandbox):
    sandbox.add_faults({"kind": "status", "status": 400, "message": "Invalid request body",
                        "method": "POST", "path": "/contacts/v1"})  # fmt: skip
    form = stack.window.form
    save(qtbot, stack, "55 8765 4321", "Ana")
    open_refused(qtbot, form, "«Ana» no se guardó: el servidor de práctica lo rechazó.")
    qtbot.waitUntil(lambda: form.error_text("_summary") != "", timeout=10000)
    assert form.error_text("_summary") == (  # practice mode: never "Whaapy"
        "El servidor de práctica no aceptó este contacto. Su respuesta: «Invalid request body»"
    )
    assert (
        status_bar(stack)
        == "El servidor de práctica no aceptó este contacto; el motivo está arriba del formulario."
    )
    assert form.error_text("phone_number") == ""
    assert form.error_text("name") == ""
    stack.window.table.selectRow(0)
    note = stack.window.recent.details.note.text()
    assert note == (
        "El servidor de práctica no aceptó este contacto. Su respuesta: «Invalid request body»"
    )


def test_a_timeout_says_whaapy_is_slow_not_offline(qtbot, sandbox, tmp_path_factory):
    def impatient(url: str, key: str) -> ContactsClient:
        return ContactsClient(url, key, timeout=0.5)

    sandbox.add_faults({"kind": "delay", "ms": 3000, "method": "POST", "path": "/contacts/v1",
                        "times": 50})  # fmt: skip
    stack = build_stack(qtbot, sandbox, tmp_path_factory, client_factory=impatient)
    try:
        save(qtbot, stack, "55 4444 5555", "Paciente")
        status = stack.window.outbox_status
        slow = "El servidor de práctica tarda en responder"  # practice: never "Sin conexión"
        qtbot.waitUntil(lambda: slow in status.text(), timeout=10000)
        assert "Sin conexión" not in status.text()
    finally:
        sandbox.reset()
        close_stack(stack)


def test_quitting_with_only_a_draft_offers_to_keep_it(qtbot, stack, monkeypatch):
    seen = []

    def answer(box):
        seen.append(
            (box.text(), sorted(b.text() for b in box.buttons()), box.defaultButton().text())
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    type_text(qtbot, stack.window.form.name, "Medio escrito")
    assert not REAL_MAY_CLOSE(stack.window)  # the fixture's stand-in answers at teardown
    assert seen == [("Estabas escribiendo un contacto.",
                     ["Salir y conservar el borrador", "Seguir aquí"], "Seguir aquí")]  # fmt: skip


def test_esc_on_an_unchanged_edit_does_not_warn(qtbot, stack, sandbox, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    with sandbox.client() as client:
        client.post("/contacts/v1", json={"phone_number": "+525512345678", "name": "Pedro"})
    window = stack.window
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.waitUntil(window.recent.details.edit_button.isEnabled, timeout=10000)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # Enter on a row: edit it
    form = window.form
    qtbot.waitUntil(lambda: form.edit_target() is not None, timeout=5000)
    assert form.phone.is_fixed()
    assert form.phone_notice.text() == (
        "Whaapy no permite cambiar el teléfono de un contacto guardado; para otro número, "
        "guarda un contacto nuevo."
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert form.edit_target() is None
    assert asked == []  # nothing was changed: nothing to lose, nothing to ask
    assert form.phone_notice.text() == ""

    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.edit_target() is not None, timeout=5000)
    type_text(qtbot, form.name, " Páramo")
    QApplication.processEvents()
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert asked == ["Se perderán tus cambios en este contacto."]  # a change: it asks


def test_no_connection_in_the_status_bar_goes_when_the_server_answers(
    qtbot, stack, sandbox, monkeypatch
):
    from whaapy_contacts.services import outbox as outbox_module

    monkeypatch.setattr(outbox_module, "BACKOFF_BASE_S", 60.0)  # a long wait, as in real life
    monkeypatch.setattr(outbox_module, "BACKOFF_CAP_S", 300.0)
    sandbox.add_faults({"kind": "drop_before", "method": "POST", "path": "/contacts/v1"})
    save(qtbot, stack, "55 6666 7777", "Regresa")
    status = stack.window.outbox_status
    offline = "El servidor de práctica no responde"  # what "Sin conexión" is in practice mode
    qtbot.waitUntil(lambda: status.text().startswith(offline), timeout=10000)
    assert stack.outbox.status().pending == 1
    window = stack.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.form.name, Qt.Key.Key_F5)  # the list asks the server: it answers
    qtbot.waitUntil(lambda: stack.outbox.status().pending == 0, timeout=10000)
    qtbot.waitUntil(lambda: not status.isVisible(), timeout=5000)
