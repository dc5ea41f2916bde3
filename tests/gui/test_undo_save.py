"""Issue 17, item 5: undo the last save, through the real window against the real sandbox.

Deshacer (or Ctrl+Z in a box with no typing to undo) withdraws a contact still in the outbox,
deletes one the server has (after its POST's answer when it is on the wire), and puts it back
in the form; after an edit it patches the previous values back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import attach_stack, build_stack, close_stack, stack_of, stack_overrides
from tests.gui.test_account_keyring import connect_by_dialog
from tests.gui.typing import type_text
from whaapy_contacts.api.mapping import contact_from_json
from whaapy_contacts.bootstrap.compose import Config, build_services
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.services.account import Mode
from whaapy_contacts.ui.form import duplicate_update
from whaapy_contacts.ui.recent.model import ContactRole
from whaapy_contacts.ui.shell.main_window import MainWindow

SHOTS = Path("/work/shots/undo")
CTRL_Z = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
OFFER = (
    "Se guardó «Juan Pérez». Deshacer borra «Juan Pérez» de tus contactos de práctica y lo "
    "regresa al formulario."
)
DELETED = "Deshecho: «Juan Pérez» se borró de tus contactos de práctica."
FAILED = "No se pudo deshacer: «Juan Pérez» sigue guardado en tus contactos de práctica."
CLOSED = "http://127.0.0.1:9"  # the discard port: nothing listens, the connection is refused


def server_contacts(sandbox) -> list[dict]:
    with sandbox.client() as client:
        return client.get("/contacts/v1", params={"limit": 100}).json()["contacts"]


def save_juan(qtbot, stack) -> None:
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    type_text(qtbot, form.name, "Juan Pérez")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    banner = stack.window.undo_banner
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    assert banner.text() == OFFER
    assert form.name.text() == ""  # the form is free for the next contact at once


def sent_id(qtbot, stack) -> str:
    """The contact just saved, once the server has it and the list shows it."""
    outbox = stack.outbox
    qtbot.waitUntil(lambda: outbox.status().pending == 0, timeout=10000)
    model = stack.window.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    contact = model.index(0, 0).data(ContactRole)
    assert contact.name == "Juan Pérez"
    return contact.id


def press_ctrl_z(qtbot, stack) -> None:
    """In the phone box, emptied by the save: it has no typing to undo."""
    phone = stack.window.form.phone.line_edit()
    phone.setFocus()
    qtbot.keyClick(phone, *CTRL_Z)


def back_in_form(stack) -> bool:
    form = stack.window.form
    return form.name.text() == "Juan Pérez" and form.phone.text().replace(" ", "") == "5512345678"


def test_undo_a_created_contact(qtbot, stack, sandbox):
    save_juan(qtbot, stack)
    banner = stack.window.undo_banner
    assert not banner.undo_button.isDefault()
    assert not banner.undo_button.autoDefault()
    assert banner.keys.text() == "(Ctrl+Z)"
    contact_id = sent_id(qtbot, stack)
    SHOTS.mkdir(parents=True, exist_ok=True)
    stack.window.grab().save(str(SHOTS / "undo-offer-window.png"))
    banner.grab().save(str(SHOTS / "undo-offer.png"))
    press_ctrl_z(qtbot, stack)
    qtbot.waitUntil(lambda: banner.text() == DELETED, timeout=10000)
    assert server_contacts(sandbox) == []
    assert back_in_form(stack)
    assert stack.window.model.rowCount() == 0  # gone from the list
    assert stack.recent.stored_contact(contact_id) is None  # and from the local history
    assert stack.outbox.form_draft()["name"] == "Juan Pérez"  # kept as any typing is
    banner.grab().save(str(SHOTS / "undo-done.png"))


def test_undo_a_pending_contact_sends_nothing(qtbot, stack, sandbox):
    """A first answer that says "later" (a 429): the contact waits in the outbox; undoing it
    withdraws it there, and the server never gets it."""
    sandbox.add_faults({"kind": "status", "status": 429, "retry_after": 600, "method": "POST",
                        "path": "/contacts/v1", "times": 1})  # fmt: skip
    save_juan(qtbot, stack)
    outbox = stack.outbox
    qtbot.waitUntil(lambda: outbox.status().pending == 1 and outbox.status().sending == 0,
                    timeout=10000)  # fmt: skip
    press_ctrl_z(qtbot, stack)
    banner = stack.window.undo_banner
    qtbot.waitUntil(lambda: banner.text() == "Deshecho: «Juan Pérez» no llegó a enviarse.",
                    timeout=10000)  # fmt: skip
    assert outbox.status().pending == 0
    assert outbox.unsent() == []
    outbox.retry_now()  # nothing is left to send
    assert server_contacts(sandbox) == []
    assert not [e for e in sandbox.events() if e["event"] == "contact.created"]
    assert back_in_form(stack)


def test_undo_while_the_create_is_on_the_wire(qtbot, stack, sandbox):
    """The POST is slow: the undo waits for its answer and deletes the id it returned, and
    only that one (a colleague's contact stays)."""
    with sandbox.client() as client:
        other = client.post("/contacts/v1", json={"phone_number": "+525598765432",
                                                  "name": "Ana"}).json()["contact"]  # fmt: skip
    sandbox.add_faults({"kind": "delay", "ms": 2000, "method": "POST", "path": "/contacts/v1"})
    save_juan(qtbot, stack)
    assert stack.outbox.status().sending == 1  # on the wire
    press_ctrl_z(qtbot, stack)
    banner = stack.window.undo_banner
    waiting = "Deshaciendo «Juan Pérez»: se borrará en cuanto el servidor de práctica conteste."
    assert banner.text() == waiting
    assert stack.window.form.is_blank()  # its values come back once it is undone, not before
    qtbot.waitUntil(lambda: banner.text() == DELETED, timeout=15000)
    assert back_in_form(stack)
    assert [c["id"] for c in server_contacts(sandbox)] == [other["id"]]
    created = [e["data"]["contact_id"] for e in sandbox.events() if e["event"] == "contact.created"]
    deleted = [e["data"]["contact_id"] for e in sandbox.events() if e["event"] == "contact.deleted"]
    assert deleted == [created[-1]]
    assert created[-1] != other["id"]


def test_undo_after_a_create_that_may_have_gone_through(qtbot, stack, sandbox):
    """The POST was taken but its answer lost: the contact may be on the server. The undo
    waits for the retry to prove it (a 409 with our own contact), then deletes that one."""
    create = {"method": "POST", "path": "/contacts/v1", "times": 1}
    sandbox.add_faults({"kind": "drop_after_commit", **create},
                       {"kind": "delay", "ms": 1500, **create})  # fmt: skip
    save_juan(qtbot, stack)
    outbox = stack.outbox
    qtbot.waitUntil(lambda: any(e.ambiguous for e in outbox.unsent()), timeout=10000)
    assert len(server_contacts(sandbox)) == 1  # there already, though the app can't know it
    press_ctrl_z(qtbot, stack)
    banner = stack.window.undo_banner
    qtbot.waitUntil(lambda: banner.text() == DELETED, timeout=15000)
    assert server_contacts(sandbox) == []
    assert outbox.unsent() == []
    assert back_in_form(stack)


def test_undo_of_a_send_that_may_have_arrived_stops_sending_it(qtbot, stack, sandbox):
    """t17b: the connection drops on every POST (the entry is "ambiguous": it may be on the
    server). Undone, it is never POSTed again; the server is asked, has none: never sent."""
    sandbox.add_faults({"kind": "drop_before", "times": 30, "method": "POST",
                        "path": "/contacts/v1"})  # fmt: skip
    save_juan(qtbot, stack)
    outbox = stack.outbox
    qtbot.waitUntil(lambda: any(e.ambiguous for e in outbox.unsent()), timeout=10000)
    press_ctrl_z(qtbot, stack)
    banner = stack.window.undo_banner
    qtbot.waitUntil(lambda: banner.text() == "Deshecho: «Juan Pérez» no llegó a enviarse.",
                    timeout=10000)  # fmt: skip
    assert outbox.unsent() == []
    outbox.retry_now()  # nothing is left to send
    assert server_contacts(sandbox) == []
    assert not [e for e in sandbox.events() if e["event"] == "contact.created"]
    assert back_in_form(stack)


def test_undo_of_a_send_that_did_arrive_deletes_it_without_sending_again(qtbot, stack, sandbox):
    """The first POST was committed but its answer lost, the next ones drop: undone, the
    contact is looked for by its number and deleted; no second POST is made."""
    create = {"method": "POST", "path": "/contacts/v1"}
    sandbox.add_faults({"kind": "drop_after_commit", "times": 1, **create},
                       {"kind": "drop_before", "times": 30, **create})  # fmt: skip
    save_juan(qtbot, stack)
    outbox = stack.outbox
    qtbot.waitUntil(lambda: any(e.ambiguous for e in outbox.unsent()), timeout=10000)
    drops_left = sandbox.faults()[0]["times"]
    press_ctrl_z(qtbot, stack)
    banner = stack.window.undo_banner
    qtbot.waitUntil(lambda: banner.text() == DELETED, timeout=10000)
    assert outbox.unsent() == []
    outbox.retry_now()
    assert sandbox.faults()[0]["times"] >= drops_left - 1  # (one try may have been on its way)
    assert server_contacts(sandbox) == []
    created = [e["data"]["contact_id"] for e in sandbox.events() if e["event"] == "contact.created"]
    deleted = [e["data"]["contact_id"] for e in sandbox.events() if e["event"] == "contact.deleted"]
    assert len(created) == 1
    assert deleted == created
    assert back_in_form(stack)


def test_undo_that_cant_check_the_server_at_first_still_ends_deleted(qtbot, stack, sandbox):
    """Ambiguous, and the look-up fails too: the entry stays marked for undo in the outbox's
    file (services/outbox_undo.py), is never POSTed again, and the look-up is made again (by
    the outbox, or at Reintentar) until the contact the first attempt made is deleted."""
    create = {"method": "POST", "path": "/contacts/v1"}
    sandbox.add_faults({"kind": "drop_after_commit", "times": 1, **create},
                       {"kind": "drop_before", "times": 30, **create})  # fmt: skip
    save_juan(qtbot, stack)
    outbox = stack.outbox
    qtbot.waitUntil(lambda: any(e.ambiguous for e in outbox.unsent()), timeout=10000)
    sandbox.add_faults({"kind": "status", "status": 500, "method": "POST",
                        "path": "/contacts/v1/search", "times": 1})  # fmt: skip
    press_ctrl_z(qtbot, stack)
    banner = stack.window.undo_banner

    def ended() -> bool:
        if banner.retry_button.isVisible():
            banner.retry_button.click()
        return banner.text() == DELETED

    qtbot.waitUntil(ended, timeout=40000)
    assert server_contacts(sandbox) == []
    assert back_in_form(stack)
    created = [e for e in sandbox.events() if e["event"] == "contact.created"]
    assert len(created) == 1  # the first attempt's only: never POSTed again


def test_another_contact_may_be_saved_while_an_undo_waits(qtbot, stack, sandbox):
    sandbox.add_faults({"kind": "delay", "ms": 2500, "method": "POST", "path": "/contacts/v1"})
    save_juan(qtbot, stack)
    press_ctrl_z(qtbot, stack)
    form = stack.window.form
    assert form.is_blank()  # Juan is still on the server: not back in the form yet
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    type_text(qtbot, form.name, "Juan Pérez")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.name.text() == "Juan Pérez"  # the same number waits for the undo
    assert stack.window.status_text() == (
        "Espera un momento: se está deshaciendo lo último que se guardó."
    )
    form.phone.line_edit().selectAll()
    type_text(qtbot, form.phone.line_edit(), "55 8765 4321")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.name.text() == ""  # another number: saved at once
    qtbot.waitUntil(lambda: stack.window.undo_banner.text() == OFFER, timeout=15000)
    qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 1, timeout=15000)
    qtbot.waitUntil(lambda: not stack.services.undo.working, timeout=15000)
    assert [c["phone_number"] for c in server_contacts(sandbox)] == ["+525587654321"]
    assert stack.window.undo_banner.text() == OFFER  # the newer save's offer stays
    assert stack.window.status_text() == DELETED  # the first one's outcome is told here
    assert back_in_form(stack)  # the form was empty when it was undone: it is back


@pytest.mark.parametrize(
    "fault",
    [{"kind": "status", "status": 500}, {"kind": "drop_before"}],
    ids=["500", "closed-connection"],
)
def test_a_failed_delete_says_so_and_can_be_retried(qtbot, stack, sandbox, fault):
    save_juan(qtbot, stack)
    contact_id = sent_id(qtbot, stack)
    sandbox.add_faults({**fault, "method": "DELETE", "path": f"/contacts/v1/{contact_id}",
                        "times": 1})  # fmt: skip
    press_ctrl_z(qtbot, stack)
    banner = stack.window.undo_banner
    qtbot.waitUntil(lambda: banner.text() == FAILED, timeout=15000)
    assert banner.retry_button.isVisible()
    assert banner.retry_button.text() == "Reintentar"
    assert not banner.undo_button.isVisible()
    assert [c["id"] for c in server_contacts(sandbox)] == [contact_id]  # never said undone
    form = stack.window.form
    assert form.is_blank()  # still saved: its values are not offered to be saved again
    banner.grab().save(str(SHOTS / f"undo-failed-{fault['kind']}.png"))
    stack.window.grab().save(str(SHOTS / f"undo-failed-window-{fault['kind']}.png"))
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stack.outbox.unsent() == []  # no duplicate to fix ("Requiere atención")
    banner.retry_button.setFocus()
    qtbot.keyClick(banner.retry_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: banner.text() == DELETED, timeout=15000)
    assert server_contacts(sandbox) == []
    assert back_in_form(stack)  # undone now: its values are back


def test_a_rate_limited_delete_is_retried(qtbot, stack, sandbox):
    save_juan(qtbot, stack)
    contact_id = sent_id(qtbot, stack)
    sandbox.add_faults({"kind": "status", "status": 429, "retry_after": 0, "method": "DELETE",
                        "path": f"/contacts/v1/{contact_id}", "times": 2})  # fmt: skip
    failures: list[object] = []
    stack.services.undo.failed.connect(lambda _token, exc: failures.append(exc))
    press_ctrl_z(qtbot, stack)
    banner = stack.window.undo_banner
    qtbot.waitUntil(lambda: banner.text() == DELETED, timeout=15000)
    assert failures == []
    assert server_contacts(sandbox) == []


def test_the_offer_expires(qtbot, sandbox, tmp_path_factory, monkeypatch):
    monkeypatch.setattr(duplicate_update, "UNDO_MS", 800)
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    try:
        save_juan(qtbot, stack)
        contact_id = sent_id(qtbot, stack)
        qtbot.waitUntil(lambda: not stack.window.undo_banner.isVisible(), timeout=10000)
        press_ctrl_z(qtbot, stack)
        assert not stack.services.undo.working
        assert [c["id"] for c in server_contacts(sandbox)] == [contact_id]
    finally:
        close_stack(stack)


def test_typing_is_undone_before_the_save(qtbot, stack, sandbox):
    """Typing after a save makes Ctrl+Z the typing's: undoing it, then a Ctrl+Z more, never
    deletes the contact saved before (only Deshacer, pressed on purpose, does)."""
    save_juan(qtbot, stack)
    contact_id = sent_id(qtbot, stack)
    form, banner = stack.window.form, stack.window.undo_banner
    form.name.setFocus()  # Ctrl+Z goes to the focused box
    type_text(qtbot, form.name, "x")
    qtbot.keyClick(form.name, *CTRL_Z)
    assert form.name.text() == ""  # the typing went first
    qtbot.keyClick(form.name, *CTRL_Z)  # nothing typed is left, and nothing else to undo
    qtbot.keyClick(form.name, Qt.Key.Key_Z, CTRL_Z[1] | Qt.KeyboardModifier.AltModifier)
    assert not stack.window.undo_flow.busy
    assert not stack.services.undo.working
    assert banner.text() == OFFER
    assert banner.undo_button.isVisible()  # a click is a request: it stays until it expires
    assert [c["id"] for c in server_contacts(sandbox)] == [contact_id]
    assert form.is_blank()
    qtbot.mouseClick(banner.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.text() == DELETED, timeout=10000)
    assert back_in_form(stack)


def test_a_stray_ctrl_z_after_correcting_the_next_contact_deletes_nothing(qtbot, stack, sandbox):
    """The tester's steps: save, Alt+T, "5", Ctrl+Z twice, then the next person by Alt+N."""
    window, form = stack.window, stack.window.form
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    type_text(qtbot, form.phone.line_edit(), "55 3333 6767")
    type_text(qtbot, form.name, "Deshacer Uno")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 1, timeout=10000)
    qtbot.waitUntil(lambda: stack.outbox.status().pending == 0, timeout=10000)
    assert window.undo_banner.undo_button.isVisible()
    phone = form.phone.line_edit()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert window.focusWidget() is phone
    qtbot.keyClicks(phone, "5")
    qtbot.keyClick(phone, *CTRL_Z)
    assert phone.text() == ""
    qtbot.keyClick(phone, *CTRL_Z)
    assert not stack.services.undo.working  # no DELETE was asked for
    qtbot.keyClick(phone, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert window.focusWidget() is form.name
    qtbot.keyClicks(form.name, "Otra Persona")
    assert form.name.text() == "Otra Persona"
    assert form.phone.text() == ""
    assert [c["name"] for c in server_contacts(sandbox)] == ["Deshacer Uno"]
    assert not [e for e in sandbox.events() if e["event"] == "contact.deleted"]


def test_a_slow_undo_leaves_the_form_alone_until_it_is_done(qtbot, stack, sandbox):
    save_juan(qtbot, stack)
    contact_id = sent_id(qtbot, stack)
    sandbox.add_faults({"kind": "delay", "ms": 2000, "method": "DELETE",
                        "path": f"/contacts/v1/{contact_id}", "times": 1})  # fmt: skip
    press_ctrl_z(qtbot, stack)
    banner, form = stack.window.undo_banner, stack.window.form
    assert banner.text() == "Deshaciendo «Juan Pérez»…"
    assert form.is_blank()  # Juan is still on the server
    qtbot.waitUntil(lambda: banner.text() == DELETED, timeout=15000)
    assert server_contacts(sandbox) == []
    assert back_in_form(stack)


def test_a_save_waiting_in_the_outbox_says_undo_takes_it_out(qtbot, sandbox, tmp_path_factory):
    """The server can't be reached (a closed port): the contact waits, and the offer says the
    undo only takes it out of the outbox."""
    from whaapy_contacts.api.client import ContactsClient

    stack = build_stack(qtbot, sandbox, tmp_path_factory, online=False,
                        client_factory=lambda _url, key: ContactsClient(CLOSED, key))  # fmt: skip
    try:
        form, banner = stack.window.form, stack.window.undo_banner
        stack.window.activateWindow()
        qtbot.waitUntil(stack.window.isActiveWindow, timeout=5000)
        qtbot.waitUntil(form.save_button.isEnabled, timeout=5000)
        type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
        type_text(qtbot, form.name, "Sin Red")
        qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        pending = ("Se guardó «Sin Red» (pendiente de enviar). Deshacer lo quita antes de que se "
                   "envíe y lo regresa al formulario.")  # fmt: skip
        qtbot.waitUntil(lambda: banner.text() == pending, timeout=10000)
        assert stack.outbox.status().pending == 1
        assert banner.undo_button.isVisible()
        press_ctrl_z(qtbot, stack)
        qtbot.waitUntil(lambda: banner.text() == "Deshecho: «Sin Red» no llegó a enviarse.",
                        timeout=10000)  # fmt: skip
        assert stack.outbox.unsent() == []
        assert form.name.text() == "Sin Red"
    finally:
        close_stack(stack)


def test_the_next_contact_typed_is_never_overwritten(qtbot, stack, sandbox, monkeypatch):
    save_juan(qtbot, stack)
    sent_id(qtbot, stack)
    form, banner = stack.window.form, stack.window.undo_banner
    type_text(qtbot, form.name, "Ana")
    banner.undo_button.setFocus()
    qtbot.keyClick(banner.undo_button, Qt.Key.Key_Space)
    said = f"{DELETED} El contacto que estás escribiendo sigue en el formulario."
    qtbot.waitUntil(lambda: banner.text() == said, timeout=10000)
    assert form.name.text() == "Ana"
    assert banner.put_back_button.isVisible()
    assert banner.put_back_button.text() == "Volver a ponerlo en el formulario"
    assert not banner.close_button.isVisible()  # it holds Juan: it can't be hidden
    banner.grab().save(str(SHOTS / "undo-held.png"))
    asked: list[object] = []
    monkeypatch.setattr(stack.window, "confirm_clear", lambda **kw: asked.append(kw) or "keep")
    qtbot.keyClick(banner.put_back_button, Qt.Key.Key_Space)
    assert asked
    assert form.name.text() == "Ana"
    assert banner.put_back_button.isVisible()
    monkeypatch.setattr(stack.window, "confirm_clear", lambda **kw: "clear")
    qtbot.keyClick(banner.put_back_button, Qt.Key.Key_Space)
    assert back_in_form(stack)
    assert not banner.put_back_button.isVisible()


def test_enter_never_undoes(qtbot, stack, sandbox):
    save_juan(qtbot, stack)
    sent_id(qtbot, stack)
    banner = stack.window.undo_banner
    banner.undo_button.setFocus()
    qtbot.keyClick(banner.undo_button, Qt.Key.Key_Return)
    qtbot.keyClick(stack.window.form.phone.line_edit(), Qt.Key.Key_Return)
    assert not stack.services.undo.working
    assert banner.undo_button.isVisible()
    assert len(server_contacts(sandbox)) == 1


def test_a_duplicate_leaves_nothing_to_undo(qtbot, stack, sandbox):
    with sandbox.client() as client:
        client.post("/contacts/v1", json={"phone_number": "+525512345678", "name": "Juan"})
    save_juan(qtbot, stack)
    qtbot.waitUntil(stack.window.form.earlier().isVisible, timeout=10000)
    assert not stack.window.undo_banner.isVisible()
    press_ctrl_z(qtbot, stack)
    assert not stack.services.undo.working
    assert len(server_contacts(sandbox)) == 1


def test_undo_an_edit_restores_the_values_on_the_server(qtbot, stack, sandbox):
    with sandbox.client() as client:
        body = client.post("/contacts/v1", json={
            "phone_number": "+525511112222", "name": "Ana López", "company": "Acme",
            "tags": ["cliente"], "custom_fields": {"plan": "básico"},
        }).json()["contact"]  # fmt: skip
    window, form = stack.window, stack.window.form
    window.edit_contact(contact_from_json(body))
    qtbot.waitUntil(lambda: form.edit_target() is not None, timeout=5000)
    form.name.selectAll()
    type_text(qtbot, form.name, "Ana L. Ruiz")
    type_text(qtbot, form.tags.entry(), "vip,")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    banner = window.undo_banner
    offer = "Se actualizó «Ana L. Ruiz». Deshacer le regresa sus datos anteriores."
    qtbot.waitUntil(lambda: banner.isVisible() and banner.text() == offer, timeout=10000)
    with sandbox.client() as client:
        after = client.get(f"/contacts/v1/{body['id']}").json()["contact"]
    assert (after["name"], after["tags"]) == ("Ana L. Ruiz", ["cliente", "vip"])
    press_ctrl_z(qtbot, stack)
    done = "Deshecho: Ana López tiene otra vez sus datos anteriores."
    qtbot.waitUntil(lambda: banner.text() == done, timeout=10000)
    with sandbox.client() as client:
        back = client.get(f"/contacts/v1/{body['id']}").json()["contact"]
    assert (back["name"], back["tags"], back["company"]) == ("Ana López", ["cliente"], "Acme")
    assert back["custom_fields"] == {"plan": "básico"}
    assert stack.outbox.status().pending == 0
    assert [e.state for e in stack.outbox.unsent()] == []
    assert OutboxState.SENT  # the edit never went through the outbox


def test_with_a_whaapy_account_it_says_whaapy(qtbot, sandbox, tmp_path_factory):
    """Connected (WHAAPY_API_KEY, the sandbox standing in for Whaapy): the same undo, told
    as Whaapy's; a DELETE that fails says the contact is still saved in Whaapy."""
    overrides = stack_overrides(sandbox, tmp_path_factory.mktemp("account"))
    services = build_services(Config(base_url=sandbox.url, env_key=sandbox.key), overrides)
    window = MainWindow()
    qtbot.addWidget(window)
    stack = stack_of(window, services)
    attach_stack(qtbot, stack)
    try:
        assert stack.account.mode is Mode.LIVE
        form, banner = window.form, window.undo_banner
        type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
        type_text(qtbot, form.name, "Juan Pérez")
        qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(banner.isVisible, timeout=10000)
        assert banner.text() == (
            "Se guardó «Juan Pérez». Deshacer borra «Juan Pérez» de Whaapy y lo regresa al "
            "formulario."
        )
        contact_id = sent_id(qtbot, stack)
        window.grab().save(str(SHOTS / "undo-offer-whaapy.png"))
        sandbox.add_faults({"kind": "status", "status": 500, "method": "DELETE",
                            "path": f"/contacts/v1/{contact_id}", "times": 1})  # fmt: skip
        press_ctrl_z(qtbot, stack)
        failed = "No se pudo deshacer: «Juan Pérez» sigue guardado en Whaapy."
        qtbot.waitUntil(lambda: banner.text() == failed, timeout=15000)
        assert form.is_blank()  # still in Whaapy: not back in the form
        window.grab().save(str(SHOTS / "undo-failed-whaapy.png"))
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: banner.text() == "Deshecho: «Juan Pérez» se borró de Whaapy.",
                        timeout=15000)  # fmt: skip
        assert server_contacts(sandbox) == []
        assert back_in_form(stack)
    finally:
        close_stack(stack)


def test_switching_account_while_an_undo_waits_never_says_undone(qtbot, stack, sandbox):
    """The POST is slow, the undo waits, then the person connects an account: the contact is
    the practice account's outbox's (it is sent there); nothing claims it was undone."""
    sandbox.add_faults({"kind": "delay", "ms": 2500, "method": "POST", "path": "/contacts/v1"})
    save_juan(qtbot, stack)
    press_ctrl_z(qtbot, stack)
    connect_by_dialog(qtbot, stack, sandbox)
    banner = stack.window.undo_banner
    said = ("«Juan Pérez» no se deshizo: se cambió de cuenta antes; se queda con los contactos "
            "de esa cuenta.")  # fmt: skip
    qtbot.waitUntil(lambda: banner.text() == said, timeout=15000)
    assert not banner.retry_button.isVisible()
    assert not stack.services.undo.working
    assert stack.window.form.is_blank()  # it stays saved there: its values don't come back


def test_undo_of_an_edit_says_what_stays_and_can_be_retried(qtbot, stack, sandbox):
    with sandbox.client() as client:
        body = client.post("/contacts/v1", json={
            "phone_number": "+525511112222", "name": "Ana López",
        }).json()["contact"]  # fmt: skip
    window, form = stack.window, stack.window.form
    window.edit_contact(contact_from_json(body))
    qtbot.waitUntil(lambda: form.edit_target() is not None, timeout=5000)
    form.name.selectAll()
    type_text(qtbot, form.name, "Ana L. Ruiz")
    type_text(qtbot, form.email, "ana@acme.mx")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    banner = window.undo_banner
    offer = (
        "Se actualizó «Ana L. Ruiz». Deshacer le regresa sus datos anteriores. Esto no se "
        "puede deshacer: Correo."
    )
    qtbot.waitUntil(lambda: banner.isVisible() and banner.text() == offer, timeout=10000)
    window.grab().save(str(SHOTS / "undo-edit-offer-window.png"))
    sandbox.add_faults({"kind": "status", "status": 500, "method": "PATCH",
                        "path": f"/contacts/v1/{body['id']}", "times": 1})  # fmt: skip
    press_ctrl_z(qtbot, stack)
    failed = "No se pudo deshacer: «Ana L. Ruiz» sigue con sus datos nuevos."
    qtbot.waitUntil(lambda: banner.text() == failed, timeout=15000)
    with sandbox.client() as client:
        assert client.get(f"/contacts/v1/{body['id']}").json()["contact"]["name"] == "Ana L. Ruiz"
    banner.retry_button.setFocus()
    qtbot.keyClick(banner.retry_button, Qt.Key.Key_Space)
    done = (
        "Deshecho: Ana López tiene otra vez sus datos anteriores, excepto Correo (no se puede "
        "vaciar)."
    )
    qtbot.waitUntil(lambda: banner.text() == done, timeout=15000)
    with sandbox.client() as client:
        back = client.get(f"/contacts/v1/{body['id']}").json()["contact"]
    assert (back["name"], back["email"]) == ("Ana López", "ana@acme.mx")  # as the offer said


def test_undo_of_a_create_answered_as_a_duplicate_deletes_nothing(qtbot, stack, sandbox):
    """Undone while on the wire, the POST comes back 409: nothing was created, so nothing is
    deleted (least of all the contact that already had the number)."""
    with sandbox.client() as client:
        theirs = client.post("/contacts/v1", json={"phone_number": "+525512345678",
                                                   "name": "Juan"}).json()["contact"]  # fmt: skip
    sandbox.add_faults({"kind": "delay", "ms": 1500, "method": "POST", "path": "/contacts/v1"})
    save_juan(qtbot, stack)
    press_ctrl_z(qtbot, stack)
    banner = stack.window.undo_banner
    qtbot.waitUntil(lambda: banner.text() == "Deshecho: «Juan Pérez» no se había guardado.",
                    timeout=15000)  # fmt: skip
    assert [c["id"] for c in server_contacts(sandbox)] == [theirs["id"]]
    assert not [e for e in sandbox.events() if e["event"] == "contact.deleted"]
    assert stack.outbox.unsent() == []  # the refused entry left with the undo
    qtbot.waitUntil(lambda: not stack.window.form.earlier().isVisible(), timeout=5000)
    assert back_in_form(stack)


def test_an_undone_contact_waiting_in_the_banner_survives_closing(
    qtbot, sandbox, tmp_path_factory, monkeypatch
):
    folder = tmp_path_factory.mktemp("account")
    stack = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    try:
        save_juan(qtbot, stack)
        sent_id(qtbot, stack)
        form, banner = stack.window.form, stack.window.undo_banner
        type_text(qtbot, form.name, "Ana")
        qtbot.mouseClick(banner.undo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(banner.put_back_button.isVisible, timeout=10000)
        monkeypatch.setattr(stack.window, "confirm_clear", lambda **kw: "clear")
        stack.window.presenter.clear()  # Esc: "Ana" thrown away, Juan still waits here
        assert form.is_blank()
    finally:
        close_stack(stack)
    again = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    try:
        assert back_in_form(again)  # recovered as the contact being typed
        assert server_contacts(sandbox) == []
    finally:
        close_stack(again)


def test_a_name_is_shown_as_typed_in_every_message(qtbot, stack, sandbox):
    sandbox.add_faults({"kind": "delay", "ms": 1500, "method": "POST", "path": "/contacts/v1"})
    form, banner = stack.window.form, stack.window.undo_banner
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    type_text(qtbot, form.name, "Ana %2 <b>%1</b>")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    press_ctrl_z(qtbot, stack)
    assert banner.text() == (
        "Deshaciendo «Ana %2 <b>%1</b>»: se borrará en cuanto el servidor de práctica conteste."
    )
    qtbot.waitUntil(
        lambda: banner.text() == "Deshecho: «Ana %2 <b>%1</b>» se borró de tus contactos de "
        "práctica.", timeout=15000,
    )  # fmt: skip
    assert form.name.text() == "Ana %2 <b>%1</b>"
