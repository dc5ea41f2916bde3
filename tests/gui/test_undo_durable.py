"""Hallway test t17b: the undo of a save is kept in the outbox's file and never POSTs what the
person took back (services/outbox_undo.py), through the real window against the sandbox."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import build_stack, close_stack
from tests.gui.test_undo_save import press_ctrl_z, server_contacts
from tests.gui.typing import type_text

DROP_POSTS = {"kind": "drop_before", "times": 30, "method": "POST", "path": "/contacts/v1"}


def save(qtbot, stack, phone: str, name: str) -> None:
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), phone)
    qtbot.keyClick(form.phone.line_edit(), Qt.Key.Key_Tab)
    type_text(qtbot, form.name, name)
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(stack.window.undo_banner.isVisible, timeout=10000)


def created(sandbox) -> list[dict]:
    return [e for e in sandbox.events() if e["event"] == "contact.created"]


def test_undo_of_a_pending_ambiguous_contact_never_posts_it(qtbot, stack, sandbox):
    """Finding 1: three dropped POSTs (each may have reached the server), then Ctrl+Z: the
    outbox only looks for it, finds nothing, and it leaves; no POST follows, ever."""
    sandbox.add_faults(DROP_POSTS)
    window = stack.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    save(qtbot, stack, "55 3131 4141", "Caido Retirar")
    outbox = stack.outbox
    qtbot.waitUntil(lambda: [e.attempts for e in outbox.unsent()] >= [3], timeout=10000)
    assert outbox.unsent()[0].ambiguous
    tried = outbox.unsent()[0].attempts  # the one on the wire, if any, counts
    press_ctrl_z(qtbot, stack)
    banner = window.undo_banner
    qtbot.waitUntil(lambda: banner.text() == "Deshecho: «Caido Retirar» no llegó a enviarse.",
                    timeout=10000)  # fmt: skip
    assert outbox.unsent() == []
    assert outbox.undoing() == []
    left = sandbox.faults()  # the faults not used: no POST was tried after the undo
    outbox.retry_now()
    assert server_contacts(sandbox) == []
    assert created(sandbox) == []
    assert [f["times"] for f in left] == [30 - tried]


def test_undo_when_the_dropped_post_had_gone_through_deletes_it(qtbot, stack, sandbox):
    """The same, but the first POST was committed and its answer lost: the retry's look-up
    (on the wire at the undo) finds our contact, which is deleted (created then deleted: the
    only case it is ever created)."""
    sandbox.add_faults({"kind": "drop_after_commit", "times": 1, "method": "POST",
                        "path": "/contacts/v1"},
                       {"kind": "delay", "ms": 1500, "times": 1, "method": "POST",
                        "path": "/contacts/v1/search"})  # fmt: skip
    save(qtbot, stack, "55 3131 4141", "Caido Retirar")
    outbox = stack.outbox
    qtbot.waitUntil(lambda: any(e.ambiguous for e in outbox.unsent()), timeout=10000)
    press_ctrl_z(qtbot, stack)
    banner = stack.window.undo_banner
    deleted = "Deshecho: «Caido Retirar» se borró de tus contactos de práctica."
    qtbot.waitUntil(lambda: banner.text() == deleted, timeout=10000)
    assert server_contacts(sandbox) == []
    events = [e["event"] for e in sandbox.events() if e["event"].startswith("contact.")]
    assert events == ["contact.created", "contact.deleted"]
    assert outbox.unsent() == []


def test_an_undo_cut_short_resumes_at_the_next_start_and_is_told(qtbot, sandbox, tmp_path_factory):
    """Finding 2 (as a close; tests/integration/test_undo_durable_kill.py kills): the undo of a
    sent contact whose DELETE was refused with a 429 resumes at the next start, deletes it,
    and the person is told."""
    folder = tmp_path_factory.mktemp("account")
    stack = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    try:
        save(qtbot, stack, "55 2424 5656", "Limite Borrar")
        qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 1, timeout=10000)
        qtbot.waitUntil(lambda: stack.window.model.rowCount() == 1, timeout=10000)
        contact_id = server_contacts(sandbox)[0]["id"]
        sandbox.add_faults({"kind": "raw", "status": 429, "headers": {"Retry-After": "3"},
                            "body": "", "method": "DELETE", "path": f"/contacts/v1/{contact_id}",
                            "times": 1})  # fmt: skip
        press_ctrl_z(qtbot, stack)
        qtbot.waitUntil(lambda: stack.outbox.undoing()[0].last_error != "", timeout=10000)
    finally:
        close_stack(stack)
    assert len(server_contacts(sandbox)) == 1  # not finished when it closed
    again = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    try:
        banner = again.window.undo_banner
        assert banner.isVisible()
        assert banner.text() == (
            "Deshaciendo «Limite Borrar»: la app se cerró antes de terminar; se terminará en "
            "cuanto el servidor de práctica conteste."
        )
        told = "Se terminó de deshacer «Limite Borrar»: se borró."
        qtbot.waitUntil(lambda: banner.text() == told, timeout=15000)
        assert server_contacts(sandbox) == []
        assert again.outbox.undoing() == []
        assert again.recent.stored_contact(contact_id) is None
        qtbot.waitUntil(lambda: again.window.model.rowCount() == 0, timeout=5000)
    finally:
        close_stack(again)
