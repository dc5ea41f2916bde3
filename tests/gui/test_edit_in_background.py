"""An edit saves as a new contact does: the form is free at once, the PATCH's answer never
touches it; a refused edit waits in a banner to be reopened; reopening never loses typing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import open_refused
from tests.gui.test_attention_discard import press, refused_contact, select_top_row
from tests.gui.typing import type_text
from whaapy_contacts.ui.shell.main_window import MainWindow
from whaapy_contacts.ui.shell.quit_question import QuitQuestion

REAL_EXEC = QMessageBox.exec
REAL_MAY_CLOSE = MainWindow._may_close  # captured before any fixture replaces it


def seed(sandbox, phone: str, name: str) -> str:
    with sandbox.client() as client:
        return client.post("/contacts/v1", json={"phone_number": phone, "name": name}).json()[
            "contact"
        ]["id"]


def on_server(sandbox) -> set[tuple[str, str]]:
    with sandbox.client() as client:
        contacts = client.get("/contacts/v1", params={"limit": 100}).json()["contacts"]
    return {(c["phone_number"], c["name"] or "") for c in contacts}


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def type_here(qtbot, text: str) -> None:
    type_text(qtbot, QApplication.focusWidget(), text)


def open_for_edit(qtbot, stack) -> None:
    window, details = stack.window, stack.window.recent.details
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    window.table.selectRow(0)
    qtbot.waitUntil(details.edit_button.isEnabled, timeout=5000)
    press(qtbot, details.edit_button)
    assert window.form.title.text() == "Editar contacto"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def rename(qtbot, form, name: str) -> None:
    form.name.setFocus()
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_here(qtbot, name)
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_typing_ahead_during_a_slow_edit_is_the_next_contact(qtbot, stack, sandbox):
    edited = seed(sandbox, "+525577778888", "Editame Lento")
    window, form = stack.window, stack.window.form
    open_for_edit(qtbot, stack)
    sandbox.add_faults({"kind": "delay", "ms": 5000, "times": 1, "method": "PATCH"})
    rename(qtbot, form, "Editado Bien")
    # At once, as for a new contact: the form is the next one, focus on the phone.
    assert form.title.text() == "Nuevo contacto"
    assert form.is_blank()
    assert not form.phone.is_fixed()
    assert QApplication.focusWidget() is form.phone.line_edit()
    assert form.save_button.text() == "Guardar"
    assert window.statusBar().currentMessage() == "Guardando los cambios de «Editado Bien»…"
    type_here(qtbot, "55 4545 0002")
    key(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "Siguiente Tras Edit")
    status = window.statusBar().currentMessage
    qtbot.waitUntil(lambda: status() == "Actualizado: Editado Bien", timeout=10000)
    # The answer did not touch the form: what was typed meanwhile is still there, as typed.
    assert form.phone.text() == "55 4545 0002"
    assert form.name.text() == "Siguiente Tras Edit"
    assert form.title.text() == "Nuevo contacto"
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stack.outbox.unsent() == [] and len(on_server(sandbox)) == 2)
    assert on_server(sandbox) == {
        ("+525577778888", "Editado Bien"),
        ("+525545450002", "Siguiente Tras Edit"),
    }
    with sandbox.client() as client:
        assert client.get(f"/contacts/v1/{edited}").json()["contact"]["name"] == "Editado Bien"


def answer_with(monkeypatch, *choices: str) -> list[tuple[str, list[str], str]]:
    """Each question is answered by a real key: Esc, or Space on the button named."""
    seen: list[tuple[str, list[str], str]] = []
    queue = list(choices)

    def exec_(box):
        buttons = sorted(b.text() for b in box.buttons())
        seen.append((box.text(), buttons, box.defaultButton().text()))
        choice = queue.pop(0)

        def press_it() -> None:
            if choice == "Esc":
                QTest.keyClick(box, Qt.Key.Key_Escape)
                return
            button = next(b for b in box.buttons() if b.text() == choice)
            button.setFocus()
            QTest.keyClick(button, Qt.Key.Key_Space)

        QTimer.singleShot(0, press_it)
        return REAL_EXEC(box)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def test_a_refused_edit_waits_in_a_banner_and_reopens_without_losing_typing(
    qtbot, stack, sandbox, monkeypatch
):
    carmen = seed(sandbox, "+525566667777", "Carmen")
    window, form = stack.window, stack.window.form
    open_for_edit(qtbot, stack)
    sandbox.add_faults({"kind": "status", "status": 404, "times": 1, "method": "PATCH"})
    rename(qtbot, form, "Carmen Editada")
    assert form.title.text() == "Nuevo contacto"
    type_here(qtbot, "55 4545 0001")  # the next contact, typed while the PATCH goes
    banner = form.failed_edit()
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    says = (  # practice mode: the practice server's contacts, never "en Whaapy"
        "No se guardaron los cambios de «Carmen Editada»: No se encontró ese contacto en tus "
        "contactos de práctica. Puede que lo hayan borrado."
    )
    assert banner.text() == says
    assert banner.open_button.text() == "Abrirlo"
    assert form.phone.text() == "55 4545 0001"  # never merged, never wiped
    assert form.name.text() == ""
    seen = answer_with(monkeypatch, "Esc", "Guardarlo primero")
    press(qtbot, banner.open_button)  # Esc: the default keeps the typing, nothing else
    assert form.phone.text() == "55 4545 0001"
    assert banner.isVisible()
    press(qtbot, banner.open_button)  # then: save the typed one first, and open the edit
    question = ("El formulario tiene un contacto que estás escribiendo.",
                sorted(["Guardarlo primero", "Descartarlo y abrir el otro", "Seguir editando"]),
                "Seguir editando")  # fmt: skip
    assert seen == [question, question]
    assert not banner.isVisible()
    assert form.title.text() == "Editar contacto"
    assert form.edit_target().id == carmen
    assert form.name.text() == "Carmen Editada"  # what was typed for it
    assert form.error_text("_summary") == (
        "No se encontró ese contacto en tus contactos de práctica. Puede que lo hayan borrado."
    )
    qtbot.waitUntil(lambda: ("+525545450001", "") in on_server(sandbox), timeout=10000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saved again: it goes
    status = window.statusBar().currentMessage
    qtbot.waitUntil(lambda: status() == "Actualizado: Carmen Editada", timeout=10000)
    assert on_server(sandbox) == {("+525566667777", "Carmen Editada"), ("+525545450001", "")}


RAW_400 = {"kind": "raw", "status": 400, "headers": {"Content-Type": "application/json"},
           "body": '{"error": "Invalid request body"}', "method": "POST",
           "path": "/contacts/v1", "times": 1}  # fmt: skip


def test_discarding_the_refused_entry_in_the_form_clears_what_the_server_said(
    qtbot, stack, sandbox
):
    sandbox.add_faults(RAW_400)
    window, form = stack.window, stack.window.form
    refused_contact(qtbot, stack, name="Sin Detalles")
    open_refused(
        qtbot,
        form,
        "«Sin Detalles» no se guardó: el servidor de práctica lo rechazó.",
        keyboard=True,
    )
    # Only "error" in the body: its words are the detail, not a bare "Datos inválidos".
    assert form.error_text("_summary") == (  # practice mode: the practice server, not Whaapy
        "El servidor de práctica no aceptó este contacto. Su respuesta: «Invalid request body»"
    )
    select_top_row(qtbot, stack)
    press(qtbot, window.recent.details.discard_button)
    box = window.discard_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    press(qtbot, box.discard_button)
    qtbot.waitUntil(lambda: stack.outbox.unsent() == [], timeout=5000)
    assert form.error_text("_summary") == ""  # about the discarded entry: no longer true
    assert form.name.text() == "Sin Detalles"  # the typing stays
    assert form.phone.text() == "55 8765 4321"


def test_the_quit_question_follows_the_outbox_while_it_is_open(qtbot, stack, sandbox, monkeypatch):
    sandbox.add_faults(
        {"kind": "delay", "ms": 1500, "method": "POST", "path": "/contacts/v1", "times": 1}
    )
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 7070 8080")
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    seen = []

    def exec_(box):
        box.show()
        seen.append(box.text())
        qtbot.waitUntil(lambda: stack.outbox.status().pending == 0, timeout=10000)
        seen.append((box.text(), box.leave_button.text()))
        QTest.keyClick(box, Qt.Key.Key_Escape)  # the default: stay
        return 0

    monkeypatch.setattr(QuitQuestion, "exec", exec_)
    monkeypatch.setattr(MainWindow, "_may_close", REAL_MAY_CLOSE)  # the fixture stubs it
    assert not stack.window.close()
    assert seen == [
        "1 contacto todavía no llega a Whaapy.",
        ("Todos los contactos llegaron a Whaapy.", "Salir"),
    ]
