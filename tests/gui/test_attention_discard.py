"""Issue 13, case 9: an entry that needs attention can be opened, fixed, resent or discarded
(discarding asks first, "Conservar" is the default), and every count stays true, also after
switching account."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.audit import Checker, shown
from tests.gui.conftest import (
    ALREADY_IN_PRACTICE,
    Stack,
    attach_stack,
    close_stack,
    open_refused,
    stack_of,
    stack_overrides,
)
from tests.gui.typing import type_text
from whaapy_contacts.bootstrap.compose import Config, build_services
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.ui.recent.model import StatusRole
from whaapy_contacts.ui.shell.main_window import MainWindow

SHOTS = Path("/work/shots/flows")
REFUSED = {"kind": "status", "status": 400, "message": "Invalid request body",
           "method": "POST", "path": "/contacts/v1"}  # fmt: skip


def server_contacts(sandbox) -> list[dict]:
    with sandbox.client() as client:
        return client.get("/contacts/v1", params={"limit": 100}).json()["contacts"]


def refused_contact(qtbot, stack, name="Ana López") -> None:
    """A contact Whaapy refuses (a 400): it stays as "Requiere atención", on top of the list."""
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 8765 4321")
    type_text(qtbot, form.name, name)
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stack.outbox.status().attention == 1, timeout=10000)
    qtbot.waitUntil(lambda: stack.window.model.rowCount() == 1, timeout=5000)


def select_top_row(qtbot, stack) -> None:
    table = stack.window.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    details = stack.window.recent.details
    qtbot.waitUntil(details.discard_button.isVisible, timeout=5000)


def press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_discard_asks_first_keeps_by_default_then_discards(qtbot, stack, sandbox):
    sandbox.add_faults(REFUSED)
    window = stack.window
    refused_contact(qtbot, stack)
    assert window.model.index(0, 0).data(StatusRole) is OutboxState.ATTENTION
    select_top_row(qtbot, stack)
    details = window.recent.details
    assert details.discard_button.text() == "Descartar…"
    assert details.open_button.isVisible()
    assert details.field_text("Envío") == "Requiere atención"
    assert details.field_text("Teléfono") == "+52 55 8765 4321"
    qtbot.waitUntil(lambda: all(w.isVisible() for w in details.findChildren(QLabel)
                                if w.text() == "+52 55 8765 4321"), timeout=5000)  # fmt: skip
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "attention-row-discard.png"))

    press(qtbot, details.discard_button)
    box = window.discard_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert box.windowTitle() == "¿Descartar este contacto?"
    assert box.text() == "Ana López (+52 55 8765 4321) no llegó a Whaapy."
    assert "se quita de esta computadora y no se enviará" in box.informativeText()
    assert box.defaultButton() is box.keep_button
    assert box.keep_button.text() == "Conservarlo"
    assert Checker().problems(shown(box)) == []
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: the default keeps it
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    assert stack.outbox.status().attention == 1
    assert window.model.rowCount() == 1

    press(qtbot, details.discard_button)
    box = window.discard_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    press(qtbot, box.discard_button)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    assert stack.outbox.status().attention == 0
    assert stack.outbox.unsent() == []
    qtbot.waitUntil(lambda: not window.outbox_status.isVisible(), timeout=5000)
    assert window.recent.count_label.text() == "Contactos: 0"
    assert window.statusBar().currentMessage() == "Descartado. No se envió a Whaapy."
    assert not details.discard_button.isVisible()
    assert server_contacts(sandbox) == []


def test_supr_on_the_row_asks_and_esc_keeps(qtbot, stack, sandbox):
    sandbox.add_faults(REFUSED)
    window = stack.window
    refused_contact(qtbot, stack)
    select_top_row(qtbot, stack)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    box = window.discard_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    assert stack.outbox.status().attention == 1
    assert "1 requiere atención" in window.outbox_status.text()


def test_open_fix_and_resend(qtbot, stack, sandbox):
    sandbox.add_faults(REFUSED)
    window = stack.window
    refused_contact(qtbot, stack, name="Ana")
    select_top_row(qtbot, stack)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # Enter opens it in the form
    qtbot.waitUntil(lambda: window.form.name.text() == "Ana", timeout=5000)
    type_text(qtbot, window.form.name, " López")
    qtbot.keyClick(window.form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 1, timeout=10000)
    assert server_contacts(sandbox)[0]["name"] == "Ana López"
    qtbot.waitUntil(lambda: stack.outbox.unsent() == [], timeout=5000)


def build_switching_stack(qtbot, sandbox, tmp_path_factory) -> Stack:
    """As the app wires it (bootstrap/compose.py): switching account gives the outbox that
    account's own store, before the recent list's own reaction."""
    folders = {}

    def folder(slug: str) -> Path:
        return folders.setdefault(slug, tmp_path_factory.mktemp(slug.replace(":", "_")))

    overrides = replace(stack_overrides(sandbox, folder("settings")), data_folder=folder)
    services = build_services(Config(base_url=sandbox.url), overrides)
    window = MainWindow()
    qtbot.addWidget(window)
    stack = stack_of(window, services)
    attach_stack(qtbot, stack)
    return stack


def test_switching_account_keeps_every_count_true(qtbot, sandbox, tmp_path_factory):
    sandbox.add_faults(REFUSED)
    stack = build_switching_stack(qtbot, sandbox, tmp_path_factory)
    window = stack.window
    try:
        refused_contact(qtbot, stack)
        assert "1 requiere atención" in window.outbox_status.text()
        assert window.recent.count_label.text() == "Contactos: 1"

        stack.account.connect_account(sandbox.key, sandbox.url)  # another account
        qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
        qtbot.waitUntil(lambda: not window.outbox_status.isVisible(), timeout=5000)
        assert window.outbox_status.text() == ""
        assert window.recent.count_label.text() == "Contactos: 0"

        stack.account.disconnect_account()  # back: its entry is there, and counted, again
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
        qtbot.waitUntil(lambda: "1 requiere atención" in window.outbox_status.text(), timeout=5000)
        assert window.recent.count_label.text() == "Contactos: 1"
        assert window.model.index(0, 0).data(StatusRole) is OutboxState.ATTENTION
    finally:
        QApplication.processEvents()
        close_stack(stack)


def test_discarding_the_entry_open_in_the_form_keeps_the_typing(qtbot, stack, sandbox):
    with sandbox.client() as client:
        client.post("/contacts/v1", json={"phone_number": "+525587654321", "name": "Ya estaba"})
    window = stack.window
    refused_contact(qtbot, stack, name="Otra Ana")  # the same number: a duplicate this time
    open_refused(qtbot, window.form, f"«Otra Ana» no se guardó: {ALREADY_IN_PRACTICE}")
    qtbot.waitUntil(window.form.duplicate.isVisible, timeout=10000)
    select_top_row(qtbot, stack)
    press(qtbot, window.recent.details.discard_button)
    box = window.discard_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    press(qtbot, box.discard_button)
    qtbot.waitUntil(lambda: stack.outbox.unsent() == [], timeout=5000)
    assert window.form.name.text() == "Otra Ana"  # the form's typing is not thrown away
    assert not window.form.duplicate.isVisible()  # its buttons were for the discarded entry
    line = window.form.phone.line_edit()
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, line, "55 1111 0000")  # another number: a new contact, not the old entry
    qtbot.keyClick(window.form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 2, timeout=10000)
    assert {c["name"] for c in server_contacts(sandbox)} == {"Ya estaba", "Otra Ana"}
