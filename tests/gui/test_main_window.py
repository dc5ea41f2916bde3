"""The main window against the real sandbox: typing as a user would, then what they see."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import ALREADY_IN_PRACTICE, build_stack, close_stack, open_refused
from tests.gui.typing import type_text
from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.domain.contact import FunnelStage
from whaapy_contacts.services import outbox as outbox_module
from whaapy_contacts.ui.recent.model import ContactRole


def server_contacts(sandbox) -> list[dict]:
    with sandbox.client() as client:
        return client.get("/contacts/v1", params={"limit": 100}).json()["contacts"]


def save(qtbot, stack) -> None:
    """Ctrl+Enter, then wait for the server's first answer (the form is free at once)."""
    form = stack.window.form
    qtbot.keyClick(
        QApplication.focusWidget() or form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: not stack.window.saving.watching(), timeout=5000)


def top_row(stack):
    return stack.window.model.index(0, 0).data(ContactRole)


def test_opens_in_training_mode_with_focus_in_phone(qtbot, stack):
    window = stack.window
    assert window.banner.isVisible()
    assert window.banner.text() == "Modo de práctica: los contactos no se envían a Whaapy"
    # Ends with main.py's display name, so Qt doesn't add it a second time.
    assert window.windowTitle() == "Modo de práctica — Whaapy Contactos"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.phone.line_edit())
    assert window.form.stage.itemText(0) == "(sin etapa)"
    assert [window.form.stage.itemText(i) for i in range(1, 5)] == [
        "Nuevo", "Contactado", "Calificado", "Cliente",
    ]  # fmt: skip


def test_three_contacts_by_keyboard_alone(qtbot, stack, sandbox):
    window = stack.window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.phone.line_edit())
    type_text(qtbot, QApplication.focusWidget(), "55 1234 5678")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.form.name
    type_text(qtbot, window.form.name, "Juan Pérez")
    save(qtbot, stack)
    first = top_row(stack)
    assert (first.phone_number, first.name, first.source) == (
        "+525512345678",
        "Juan Pérez",
        "manual",
    )
    assert window.model.index(0, 1).data() == "+52 55 1234 5678"
    assert QApplication.focusWidget() is window.form.phone.line_edit()
    assert window.form.phone.text() == ""
    assert "Guardado: Juan Pérez" in window.statusBar().currentMessage()

    type_text(qtbot, QApplication.focusWidget(), "+52 1 81 1234 5678")
    save(qtbot, stack)
    assert top_row(stack).phone_number == "+528112345678"
    assert "Se quitó el 1 de celular antiguo" in window.statusBar().currentMessage()
    assert window.form.phone_notice.text() == ""  # not under the emptied field

    type_text(qtbot, QApplication.focusWidget(), "044 33 1234 5678")
    save(qtbot, stack)
    assert top_row(stack).phone_number == "+523312345678"
    assert "Se quitó el prefijo 044" in window.statusBar().currentMessage()
    assert window.form.phone_notice.text() == ""

    stored = {c["phone_number"]: c for c in server_contacts(sandbox)}
    assert set(stored) == {"+525512345678", "+528112345678", "+523312345678"}
    assert stored["+525512345678"]["name"] == "Juan Pérez"
    assert {c["source"] for c in stored.values()} == {"manual"}
    assert window.model.rowCount() == 3


def test_sticky_fields_stay_for_batch_entry(qtbot, stack, sandbox):
    form = stack.window.form
    form.phone.set_text("55 1111 2222")
    form.tags.add_tag("feria2026")
    form.stage.setCurrentIndex(2)
    form.more_toggle.setChecked(True)
    form.country.setCurrentIndex(form.country.findData("CO"))
    form.city.setText("Bogotá")
    save(qtbot, stack)
    assert form.tags.tags() == ("feria2026",)
    assert form.stage.currentText() == "Contactado"
    assert form.country.currentData() == "CO"
    assert form.country.currentText() == "Colombia"  # an address: no dial code
    assert not form.country.itemIcon(form.country.currentIndex()).isNull()
    assert form.source.currentText() == "Escrito a mano"  # the words for "manual"
    assert form.city.text() == ""
    (stored,) = server_contacts(sandbox)
    assert stored["tags"] == ["feria2026"]
    assert stored["funnel_stage"]["name"] == "Contactado"
    assert stored["country"] == "CO"


INLINE_ERRORS = [
    ("phone_number", "phone", "", "Escribe el número de teléfono."),
    ("phone_number", "phone", "55 12", "Faltan 6 dígitos: los números de México"),
    ("phone_number", "phone", "55 1234 5678 9012 345", "Sobran 7 dígitos: los números de México"),
    ("phone_number", "phone", "+999 1234 5678", "La clave de país no existe"),
    ("phone_number", "phone", "hola", "no parece un número"),
    ("email", "email", "juan.email.com", "Falta la @"),
    ("email", "email", "juan@", "El correo no es válido"),
    ("avatar_url", "avatar_url", "foto.jpg", "https://"),
    ("postal_code", "postal_code", "123", "5 dígitos"),
]


@pytest.mark.parametrize(("field", "widget", "typed", "visible"), INLINE_ERRORS)
def test_inline_error_under_the_field_and_nothing_sent(
    qtbot, stack, sandbox, field, widget, typed, visible
):
    form = stack.window.form
    if field != "phone_number":
        type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
        form.more_toggle.setChecked(True)
    target = form.phone.line_edit() if widget == "phone" else getattr(form, widget)
    target.setFocus()
    type_text(qtbot, target, typed)
    form.submit()
    qtbot.waitUntil(lambda: form.error_text(field) != "")
    assert visible in form.error_text(field)
    assert QApplication.focusWidget() is target
    assert server_contacts(sandbox) == []
    assert visible in target.accessibleDescription()


def test_error_appears_on_leaving_the_field_and_clears_when_fixed(qtbot, stack):
    form = stack.window.form
    form.email.setFocus()
    type_text(qtbot, form.email, "juan")
    form.name.setFocus()
    qtbot.waitUntil(lambda: "Falta la @" in form.error_text("email"))
    type_text(qtbot, form.email, "@email.com")
    qtbot.waitUntil(lambda: form.error_text("email") == "")


def test_custom_field_number_that_is_not_a_number(qtbot, stack, sandbox):
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    form.more_toggle.setChecked(True)
    row = form.custom_fields.add_row()
    row.key.setText("valor")
    row.kind.setCurrentIndex(row.kind.findData("number"))
    row.value.setText("mucho")
    form.submit()
    assert "«valor» no es un número" in form.error_text("custom_fields")
    assert server_contacts(sandbox) == []


def test_full_form_reaches_the_server_with_typed_values(qtbot, stack, sandbox):
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "33 1234 5678")
    type_text(qtbot, form.name, "Ana López")
    type_text(qtbot, form.email, "ana@empresa.mx")
    type_text(qtbot, form.tags.entry(), "vip,cliente nuevo,")
    form.more_toggle.setChecked(True)
    type_text(qtbot, form.company, "Acme")
    type_text(qtbot, form.postal_code, "44100")
    type_text(qtbot, form.notes, "Llamar el lunes")
    row = form.custom_fields.add_row()
    row.key.setText("contract_value")
    row.kind.setCurrentIndex(row.kind.findData("number"))
    row.value.setText("50,000")
    flag = form.custom_fields.add_row()
    flag.key.setText("activo")
    flag.kind.setCurrentIndex(flag.kind.findData("bool"))
    ext = form.external_ids.add_row()
    ext.key.setText("hubspot")
    ext.value.setText("abc123")
    save(qtbot, stack)
    (stored,) = server_contacts(sandbox)
    assert stored["email"] == "ana@empresa.mx"
    assert stored["tags"] == ["vip", "cliente nuevo"]
    assert stored["custom_fields"] == {"contract_value": 50000, "activo": True}
    assert stored["external_ids"] == {"hubspot": "abc123"}
    assert stored["postal_code"] == "44100"
    assert stored["notes"] == "Llamar el lunes"
    assert stored["company"] == "Acme"


def test_duplicate_banner_then_update_keeps_existing_tags(qtbot, stack, sandbox):
    with sandbox.client() as client:
        created = client.post(
            "/contacts/v1",
            json={"phone_number": "+5215512345678", "name": "María García", "tags": ["cliente"]},
        ).json()["contact"]
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    type_text(qtbot, form.email, "maria@correo.mx")
    type_text(qtbot, form.tags.entry(), "premium,")
    save(qtbot, stack)
    open_refused(qtbot, form, f"«55 1234 5678» no se guardó: {ALREADY_IN_PRACTICE}")
    qtbot.waitUntil(form.duplicate.isVisible)
    assert form.duplicate.text() == "⚠ Ya existe un contacto con este número: María García"
    assert form.duplicate.view_button.text() == "&Ver contacto"
    assert form.phone.text() == "55 1234 5678"  # the typed data stays
    assert form.email.text() == "maria@correo.mx"

    qtbot.mouseClick(form.duplicate.update_button, Qt.MouseButton.LeftButton)
    flow = stack.window.duplicate_flow  # what changes is shown first (test_duplicate_update.py)
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=5000)
    qtbot.mouseClick(flow.dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not stack.window.saving.busy and not form.duplicate.isVisible(), timeout=5000
    )
    with sandbox.client() as client:
        updated = client.get(f"/contacts/v1/{created['id']}").json()["contact"]
    assert updated["tags"] == ["cliente", "premium"]
    assert updated["email"] == "maria@correo.mx"
    assert updated["phone_number"] == "+5215512345678"  # phone never patched
    assert len(server_contacts(sandbox)) == 1
    assert "Actualizado: María García" in stack.window.statusBar().currentMessage()
    assert top_row(stack).id == created["id"]


def test_duplicate_view_contact_shows_it_in_the_details_pane(qtbot, stack, sandbox):
    with sandbox.client() as client:
        client.post("/contacts/v1", json={"phone_number": "+525512345678", "name": "Pedro"})
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "5512345678")
    save(qtbot, stack)
    open_refused(qtbot, form, f"«55 1234 5678» no se guardó: {ALREADY_IN_PRACTICE}")
    qtbot.waitUntil(form.duplicate.isVisible)
    qtbot.mouseClick(form.duplicate.view_button, Qt.MouseButton.LeftButton)
    details = stack.window.recent.details
    qtbot.waitUntil(lambda: details.title.text() == "Pedro" and details.isVisible())
    assert details.field_text("Teléfono") == "+52 55 1234 5678"


def test_form_is_free_at_once_during_a_slow_request_and_loop_keeps_running(qtbot, stack, sandbox):
    sandbox.add_faults({"kind": "delay", "ms": 1500, "method": "POST", "path": "/contacts/v1"})
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 2222 3333")
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    form.submit()
    assert form.phone.text() == ""  # free for the next contact
    assert form.save_button.isEnabled()
    assert form.save_button.text() == "Guardar"
    form.submit()  # a second click on the fresh form creates nothing and shows no error
    form.save_button.click()
    assert form.error_text("phone_number") == ""
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=1400)  # the GUI keeps running meanwhile
    assert stack.window.saving.watching()
    qtbot.waitUntil(lambda: not stack.window.saving.watching(), timeout=5000)
    timer.stop()
    assert len(server_contacts(sandbox)) == 1


# The stack is in practice mode: the practice server is blamed, never Whaapy.
FAILURES = [
    ({"kind": "status", "status": 500, "body": "html"}, "El servidor de práctica tiene problemas"),
    ({"kind": "status", "status": 503}, "El servidor de práctica tiene problemas"),
    ({"kind": "status", "status": 429, "retry_after": 1}, "El servidor de práctica pidió esperar"),
    ({"kind": "truncate"}, "El servidor de práctica tiene problemas"),
    ({"kind": "drop_before"}, "El servidor de práctica no responde"),
    ({"kind": "drop_after_commit"}, "El servidor de práctica no responde"),
]


@pytest.mark.parametrize(("fault", "visible"), FAILURES)
def test_failed_send_keeps_contact_pending_frees_the_form_and_sends_once(
    qtbot, stack, sandbox, fault, visible, monkeypatch
):
    sandbox.add_faults({**fault, "method": "POST", "path": "/contacts/v1"})
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 4444 5555")
    type_text(qtbot, form.name, "Lucía")
    monkeypatch.setattr(outbox_module, "BACKOFF_BASE_S", 60.0)  # no automatic retry here
    monkeypatch.setattr(outbox_module, "BACKOFF_CAP_S", 60.0)
    save(qtbot, stack)
    assert form.phone.text() == ""  # the form is free for the next contact
    assert "Guardado como pendiente" in stack.window.statusBar().currentMessage()
    status = stack.window.outbox_status
    qtbot.waitUntil(lambda: visible in status.text())
    assert "1 contacto pendiente" in status.text()
    assert status.retry_button.isVisible()
    assert "se reintentará en" in status.text()
    status.retry_button.click()  # "Reintentar ahora"
    qtbot.waitUntil(lambda: status.text() == "", timeout=5000)
    stored = server_contacts(sandbox)
    assert [c["name"] for c in stored] == ["Lucía"]
    assert top_row(stack).id == stored[0]["id"]


def test_timeout_keeps_contact_pending_and_sends_once(qtbot, sandbox, tmp_path_factory):
    factory = lambda url, key: ContactsClient(url, key, timeout=0.5)  # noqa: E731
    stack = build_stack(qtbot, sandbox, tmp_path_factory, factory)
    try:
        sandbox.add_faults({"kind": "delay", "ms": 1000, "method": "POST", "path": "/contacts/v1"})
        type_text(qtbot, stack.window.form.phone.line_edit(), "55 4444 5555")
        save(qtbot, stack)
        assert stack.window.form.phone.text() == ""
        qtbot.waitUntil(lambda: stack.window.outbox_status.text() == "", timeout=8000)
        qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 1, timeout=5000)
        assert stack.window.model.rowCount() == 1
    finally:
        close_stack(stack)


def test_revoked_key_pauses_sending_and_says_how_to_fix_it(qtbot, stack, sandbox):
    sandbox.add_faults({"kind": "status", "status": 401, "method": "POST", "path": "/contacts/v1"})
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 4444 5555")
    save(qtbot, stack)
    banner = stack.window.paused_banner
    qtbot.waitUntil(banner.isVisible)
    assert "La clave no es válida o fue revocada" in banner.text()
    assert "se conservan" in banner.text()
    assert "Envío en pausa" in stack.window.outbox_status.text()
    assert server_contacts(sandbox) == []
    stack.outbox.resume()  # what connecting with a good key does
    qtbot.waitUntil(lambda: not banner.isVisible() and len(server_contacts(sandbox)) == 1)


def test_server_validation_error_lands_under_its_field(qtbot, stack, sandbox):
    """A stage deleted on the server since we cached the list: its error shows under the stage."""
    form = stack.window.form
    form.set_stages((FunnelStage(id="00000000-0000-4000-8000-000000000000", name="Vieja"),))
    form.stage.setCurrentIndex(1)
    type_text(qtbot, form.phone.line_edit(), "55 6666 7777")
    save(qtbot, stack)
    open_refused(
        qtbot,
        form,
        "«55 6666 7777» no se guardó: el servidor de práctica rechazó algunos de sus datos.",
    )
    assert form.phone.text() == "55 6666 7777"
    assert form.error_text("funnel_stage_id") == "Etapa del funnel no encontrada"
    assert QApplication.focusWidget() is form.stage
    assert form.error_text("_summary") == ""
    assert server_contacts(sandbox) == []


def test_escape_asks_before_clearing_typed_data(qtbot, stack, monkeypatch):
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    answers = []

    def fake_exec(box):
        answers.append(sorted(b.text() for b in box.buttons()))
        next(b for b in box.buttons() if b.text() == "Limpiar").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    qtbot.keyClick(form.phone.line_edit(), Qt.Key.Key_Escape)
    assert answers == [["Limpiar", "Seguir editando"]]
    assert form.phone.text() == ""


def test_ctrl_f_goes_to_search_and_filters(qtbot, stack, sandbox):
    with sandbox.client() as client:
        for phone, name in (("+525511111111", "Ángela"), ("+525522222222", "Bruno")):
            client.post("/contacts/v1", json={"phone_number": phone, "name": name})
    window = stack.window
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    qtbot.keyClick(window.form.name, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    type_text(qtbot, window.search, "angela")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.index(0, 0).data() == "Ángela"
    window.search.setText("2222")
    qtbot.waitUntil(lambda: window.model.index(0, 0).data() == "Bruno")


@pytest.mark.allow_log_warnings(r"unexpected error")
def test_unexpected_exception_in_a_slot_goes_to_the_crash_handler(qtbot):
    from whaapy_contacts.ui.shell.crash import CrashHandler

    handler = CrashHandler(interactive=False)
    try:
        raise KeyError("boom wha_secretkey_1234567890")
    except KeyError as exc:
        with qtbot.waitSignal(handler.reported) as blocker:
            handler.handle(type(exc), exc, exc.__traceback__)
    assert "KeyError" in blocker.args[0]
    assert "wha_secretkey_1234567890" not in blocker.args[0]


def test_network_failure_on_list_is_shown(qtbot, stack, sandbox):
    qtbot.waitUntil(lambda: stack.recent.updated_at is not None)  # the start-up load is done
    sandbox.add_faults({"kind": "drop_before", "method": "GET", "path": "/contacts/v1", "times": 1})
    stack.recent.refresh()  # the list alone: the form's tags (/contacts/v1/tags) stay out
    qtbot.waitUntil(lambda: "Se cortó la conexión" in stack.window.list_status.text())


def test_no_network_call_on_gui_thread_client_is_httpx_on_workers(stack):
    # The window never imports httpx: every call goes through the runner's workers.
    import whaapy_contacts.ui.shell.main_window as mw

    assert not hasattr(mw, "httpx")
    assert isinstance(stack.account.client()._http, httpx.Client)


def test_tab_follows_the_visual_order(qtbot, stack):
    form = stack.window.form
    form.more_toggle.setChecked(True)
    form.phone.line_edit().setFocus()
    expected = [
        form.name, form.email, form.tags.entry(), form.stage, form.more_toggle,
        form.company, form.address, form.city, form.state, form.postal_code, form.country,
        form.notes,
    ]  # fmt: skip
    seen = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert [w.objectName() or type(w).__name__ for w in seen] == [
        w.objectName() or type(w).__name__ for w in expected
    ]
    assert seen == expected


def test_ctrl_enter_saves_even_from_the_notes_box(qtbot, stack, sandbox):
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 8888 9999")
    form.more_toggle.setChecked(True)
    form.notes.setFocus()
    type_text(qtbot, form.notes, "Cliente nuevo")
    save(qtbot, stack)
    (stored,) = server_contacts(sandbox)
    assert stored["notes"] == "Cliente nuevo"
