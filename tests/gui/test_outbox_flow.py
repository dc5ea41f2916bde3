"""Never lose a contact: typed by keyboard through a flaky server, a crash, and quitting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import build_stack, close_stack
from tests.gui.typing import type_text
from whaapy_contacts.domain.contact import ContactDraft, FunnelStage
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.ui.recent.model import OutboxEntryRole
from whaapy_contacts.ui.shell.main_window import MainWindow

REAL_MAY_CLOSE = MainWindow._may_close  # captured before any fixture replaces it


def server_phones(sandbox) -> list[str]:
    with sandbox.client() as client:
        contacts = client.get("/contacts/v1", params={"limit": 100}).json()["contacts"]
    return [c["phone_number"] for c in contacts]


def type_and_save(qtbot, window, phone: str, name: str) -> None:
    form = window.form
    qtbot.waitUntil(lambda: form.save_button.isEnabled() and not window.saving.busy, timeout=5000)
    form.phone.line_edit().setFocus()
    type_text(qtbot, form.phone.line_edit(), phone)
    qtbot.keyClick(form.phone.line_edit(), Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), name)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )


def test_keyboard_entry_through_a_flaky_server_arrives_exactly_once(qtbot, stack, sandbox):
    # Every other create fails: dropped connection, 500 or 429, in turn.
    faults = [
        {"kind": "drop_after_commit", "method": "POST", "path": "/contacts/v1"},
        {"kind": "delay", "ms": 0, "method": "POST", "path": "/contacts/v1"},
        {"kind": "status", "status": 500, "method": "POST", "path": "/contacts/v1"},
        {"kind": "delay", "ms": 0, "method": "POST", "path": "/contacts/v1"},
        {"kind": "status", "status": 429, "method": "POST", "path": "/contacts/v1"},
        {"kind": "delay", "ms": 0, "method": "POST", "path": "/contacts/v1"},
        {"kind": "drop_before", "method": "POST", "path": "/contacts/v1"},
    ]
    sandbox.add_faults(*faults)
    people = [(f"55 90{i:02d} 1234", f"Persona {i}") for i in range(6)]
    for phone, name in people:
        type_and_save(qtbot, stack.window, phone, name)
    qtbot.waitUntil(lambda: stack.window.outbox_status.text() == "", timeout=15000)
    stored = server_phones(sandbox)
    assert len(stored) == 6
    assert len(set(stored)) == 6
    assert {e.state for e in stack.outbox.entries()} == {OutboxState.SENT}
    assert stack.window.model.rowCount() == 6


def test_half_typed_form_comes_back_after_a_crash(qtbot, sandbox, tmp_path_factory):
    folder = tmp_path_factory.mktemp("account")
    first = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    form = first.window.form
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    type_text(qtbot, form.name, "Ana María")
    form.tags.add_tag("feria")
    qtbot.waitUntil(lambda: first.outbox.form_draft() is not None, timeout=3000)
    # A crash: the first window never closes or saves again; a new start reads the same folder.
    second = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    try:
        assert second.window.form.phone.text() == "55 1234 5678"
        assert second.window.form.name.text() == "Ana María"
        assert second.window.form.tags.tags() == ("feria",)
        assert "Se recuperó" in second.window.statusBar().currentMessage()
    finally:
        close_stack(second)
        close_stack(first)


def test_closing_with_pending_contacts_asks_with_clear_buttons(qtbot, stack, sandbox, monkeypatch):
    sandbox.add_faults({"kind": "drop_before", "method": "POST", "times": 50})
    type_and_save(qtbot, stack.window, "55 1111 2222", "Pendiente")
    qtbot.waitUntil(lambda: stack.outbox.status().pending == 1, timeout=5000)
    seen = []

    def answer(box):
        seen.append((box.text(), sorted(b.text() for b in box.buttons())))
        next(b for b in box.buttons() if b.text() == "Seguir aquí").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(MainWindow, "_may_close", REAL_MAY_CLOSE)  # the fixture stubs it
    assert not stack.window.close()
    ((text, buttons),) = seen
    assert text == "1 contacto todavía no llega a Whaapy."
    assert buttons == ["Salir y enviar después", "Seguir aquí"]
    assert stack.window.isVisible()


def test_late_rejection_needs_attention_and_reopens_with_the_errors(qtbot, stack, sandbox):
    window, form = stack.window, stack.window.form
    form.set_stages((FunnelStage(id="00000000-0000-4000-8000-000000000000", name="Vieja"),))
    form.stage.setCurrentIndex(1)
    # Answered well after the form's 2 s wait (a wide margin: a loaded machine runs timers late).
    sandbox.add_faults({"kind": "delay", "ms": 3500, "method": "POST", "path": "/contacts/v1"})
    type_and_save(qtbot, window, "55 3030 4040", "Tardío")
    qtbot.waitUntil(lambda: form.phone.text() == "", timeout=6000)  # freed for the next one
    qtbot.waitUntil(lambda: stack.outbox.status().attention == 1, timeout=8000)
    assert "1 requiere atención" in window.outbox_status.text()
    (entry,) = stack.outbox.unsent()
    assert entry.state is OutboxState.ATTENTION
    qtbot.waitUntil(lambda: window.model.index(0, 0).data(OutboxEntryRole) is not None)
    assert window.model.index(0, 0).data(OutboxEntryRole).id == entry.id  # pinned on top
    window.table.selectRow(0)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # Enter on the row (or a double click)
    assert form.phone.text() == "55 3030 4040"
    assert form.name.text() == "Tardío"
    assert form.error_text("funnel_stage_id") == "Etapa del funnel no encontrada"
    form.stage.setCurrentIndex(0)  # the user fixes it
    form.submit()
    qtbot.waitUntil(
        lambda: [e.state for e in stack.outbox.entries()] == [OutboxState.SENT], timeout=5000
    )  # the same entry, now sent: no second one
    assert server_phones(sandbox) == ["+525530304040"]


def test_a_burst_queued_offline_lands_in_the_list_and_the_history(qtbot, stack, sandbox):
    """Back online with many pending: they are merged into the list a group at a time, and the
    pinned rows (refreshed at most every 100 ms in a burst) end up all gone."""
    outbox, window = stack.outbox, stack.window
    outbox.pump = lambda: None  # "offline": everything queues first
    count = 45  # more than OUTBOX_ROWS_MANY, so the refreshes are throttled
    for i in range(count):
        outbox.submit(ContactDraft(phone_number=f"55 91{i:02d} 4321", name=f"Ráfaga {i}"))
    del outbox.pump
    qtbot.waitUntil(lambda: window.model.rowCount() == count)  # all pinned, pending
    outbox.pump()
    qtbot.waitUntil(lambda: not outbox.has_pending(), timeout=15000)

    def pinned() -> list[object]:
        rows = (window.model.index(r, 0) for r in range(window.model.rowCount()))
        return [i.data(OutboxEntryRole) for i in rows if i.data(OutboxEntryRole) is not None]

    qtbot.waitUntil(lambda: pinned() == [], timeout=2000)  # the trailing refresh ran
    assert window.model.rowCount() == count
    assert len(set(server_phones(sandbox))) == count
    stored = stack.recent.stored_contact  # the history has every one
    assert all(stored(e.contact.id) is not None for e in outbox.entries() if e.contact)
