"""Connecting a real account: the key cleaned and checked, tested for what it may do before
"Conectar" stores it, bad addresses refused where typed, "Desconectar" asked first."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from tests.gui.test_outbox_flow import server_phones, type_and_save
from tests.gui.typing import type_text
from whaapy_contacts.sandbox.server import SandboxServer
from whaapy_contacts.services.account import Mode

KEYS_PAGE = "app.whaapy.com → Configuración → Claves de API"


@pytest.fixture
def dialog(qtbot, stack, sandbox):
    dialog = stack.window.open_connect_dialog()
    qtbot.addWidget(dialog)
    dialog.advanced.setChecked(True)
    dialog.base_url.setText(sandbox.url)
    return dialog


@pytest.fixture(scope="module")
def write_only_server():
    """A server whose only key may create contacts but not read them."""
    keys = {"wha_writeonly": {"contacts:write"}, "wha_reader": {"contacts:read"}}
    with SandboxServer(keys=keys) as server:
        yield server


def paste(qtbot, widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def connect_and_wait(qtbot, dialog) -> None:
    dialog.connect_button.click()
    qtbot.waitUntil(dialog.connect_button.isEnabled, timeout=10000)


def test_key_is_masked_with_a_show_toggle(qtbot, dialog):
    assert dialog.key.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_key.click()
    assert dialog.key.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.show_key.text() == "&Ocultar"
    dialog.show_key.click()
    assert dialog.key.echoMode() == QLineEdit.EchoMode.Password


def test_valid_key_says_what_it_may_do(qtbot, dialog, sandbox):
    type_text(qtbot, dialog.key, sandbox.key)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "La conexión funciona" in dialog.message_text(), timeout=10000)
    assert dialog.message_text() == (
        "✔ La conexión funciona: esta clave puede ver y agregar contactos."
    )


def test_401_invalid_or_revoked(qtbot, dialog):
    type_text(qtbot, dialog.key, "wha_revoked_key")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "no es válida o fue revocada" in dialog.message_text(), timeout=10000)
    assert "La clave no es válida o fue revocada" in dialog.key.accessibleDescription()


def test_a_read_only_key_is_refused_and_the_probe_creates_nothing(qtbot, stack, dialog, sandbox):
    type_text(qtbot, dialog.key, sandbox.readonly_key)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "no agregarlos" in dialog.message_text(), timeout=10000)
    assert dialog.message_text() == (
        "Esta clave puede ver contactos pero no agregarlos: le falta el permiso "
        f"«contacts:write». En {KEYS_PAGE}, edita la clave y actívalo, o crea una clave nueva "
        "que lo tenga."
    )
    connect_and_wait(qtbot, dialog)
    assert "no agregarlos" in dialog.message_text()
    assert dialog.isVisible()
    assert stack.account.mode is Mode.TRAINING
    assert stack.secrets.get() is None
    assert server_phones(sandbox) == []


def test_a_key_that_cannot_read_the_list_is_refused(qtbot, stack, dialog, write_only_server):
    dialog.base_url.setText(write_only_server.url)
    type_text(qtbot, dialog.key, "wha_writeonly")
    connect_and_wait(qtbot, dialog)
    assert dialog.message_text().startswith(
        "Esta clave puede agregar contactos pero no ver la lista: le falta el permiso "
        "«contacts:read»."
    )
    assert stack.account.mode is Mode.TRAINING
    # The empty create that proved the key may write made no contact.
    headers = {"Authorization": "Bearer wha_reader"}
    listed = httpx.get(f"{write_only_server.url}/contacts/v1", headers=headers).json()
    assert listed["contacts"] == []
    assert httpx.get(f"{write_only_server.url}/_sandbox/events").json()["events"] == []


def test_connect_with_a_wrong_key_is_refused(qtbot, stack, dialog):
    type_text(qtbot, dialog.key, "wha_wrong_key")
    connect_and_wait(qtbot, dialog)
    assert "La clave no es válida o fue revocada" in dialog.message_text()
    assert dialog.isVisible()
    assert stack.account.mode is Mode.TRAINING
    assert stack.secrets.get() is None


def test_connect_offline_is_refused_because_the_key_could_not_be_tested(
    qtbot, stack, dialog, sandbox
):
    sandbox.add_faults({"kind": "drop_before", "path": "/contacts/v1", "method": "GET"})
    type_text(qtbot, dialog.key, sandbox.key)
    connect_and_wait(qtbot, dialog)
    assert dialog.message_text() == (
        "Sin conexión con Whaapy: no se pudo probar la clave. Revisa tu internet e intenta de "
        "nuevo."
    )
    assert stack.account.mode is Mode.TRAINING


def test_connection_refused_on_a_closed_port(qtbot, dialog):
    dialog.base_url.setText("http://127.0.0.1:9")
    type_text(qtbot, dialog.key, "wha_x")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Sin conexión con Whaapy" in dialog.message_text(), timeout=10000)


def test_a_key_pasted_from_a_chat_loses_its_invisible_marks_and_connects(
    qtbot, stack, dialog, sandbox
):
    paste(qtbot, dialog.key, f"\u202a\u200e {sandbox.key}\u200b\u202c\n")
    assert dialog.key.text() == sandbox.key
    connect_and_wait(qtbot, dialog)
    qtbot.waitUntil(lambda: stack.account.mode is Mode.LIVE, timeout=10000)
    assert stack.secrets.get() == sandbox.key
    assert not dialog.isVisible()
    assert stack.window.statusBar().currentMessage() == "Conectado a Whaapy."
    assert not stack.window.banner.isVisible()
    assert stack.window.windowTitle() == "Whaapy Contactos"


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        (
            "wha_TESTSECRÉT123",
            "La clave tiene un carácter que no puede ir en una clave: «É». Cópiala de nuevo desde "
            "Whaapy en lugar de escribirla.",
        ),
        (
            "wha_abc def",
            "La clave tiene espacios en medio. Cópiala de nuevo desde Whaapy, completa y sin "
            "espacios.",
        ),
        (
            "hola",
            "Esto no parece una clave de Whaapy: las claves empiezan con «wha_». Revisa que "
            "copiaste la clave completa.",
        ),
        ("   ", "Primero pega tu clave de Whaapy."),
    ],
)
def test_what_cannot_be_a_key_is_refused_by_test_and_connect(qtbot, stack, dialog, typed, shown):
    paste(qtbot, dialog.key, typed)
    dialog.test_button.click()
    assert dialog.message_text() == shown
    dialog.connect_button.click()
    assert dialog.message_text() == shown
    assert dialog.isVisible()
    assert stack.account.mode is Mode.TRAINING
    assert stack.secrets.get() is None
    assert dialog.test_button.isEnabled()  # nothing was sent: no test is running


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        (
            "http://example.com",
            "La dirección debe empezar con https:// (http:// solo para este equipo, como "
            "http://127.0.0.1).",
        ),
        (
            "http://[::1",
            "El nombre del servidor no es válido. Revisa cómo está escrita la dirección.",
        ),
        (
            "http://127.0.0.1:abc",
            "El puerto (el número después de «:») debe ser un número del 1 al 65535.",
        ),
        (
            "http://127.0.0.1:70000",
            "El puerto (el número después de «:») debe ser un número del 1 al 65535.",
        ),
        ("https://api.whaapy .com", "La dirección del servidor no puede tener espacios."),
        ("", "Escribe la dirección del servidor, por ejemplo https://api.whaapy.com."),
    ],
)
def test_bad_addresses_are_refused_where_typed(qtbot, stack, dialog, sandbox, address, shown):
    dialog.base_url.clear()
    type_text(qtbot, dialog.base_url, address)
    type_text(qtbot, dialog.key, sandbox.key)
    dialog.connect_button.click()
    assert dialog.url_problem.text() == shown
    assert dialog.base_url.accessibleDescription() == shown
    assert dialog.message_text() == shown
    assert stack.account.mode is Mode.TRAINING
    assert dialog.test_button.isEnabled()


def test_empty_key_asks_for_one(qtbot, dialog):
    dialog.test_button.click()
    assert dialog.message_text() == "Primero pega tu clave de Whaapy."


def answer_next_question(qtbot, button_text: str | None, seen: list) -> None:
    """When the next message box is up: note its texts and press ``button_text`` (None: Enter,
    to show what the default does)."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        seen.append((box.text(), box.informativeText(), box.defaultButton().text()))
        if button_text is None:
            qtbot.keyClick(box, Qt.Key.Key_Return)
            return
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, act)


def test_disconnect_asks_first_and_says_what_happens_to_pending_contacts(qtbot, stack, sandbox):
    stack.account.connect_account(sandbox.key, sandbox.url)
    sandbox.add_faults({"kind": "status", "status": 503, "method": "POST", "times": 1000})
    type_and_save(qtbot, stack.window, "55 1234 5678", "Ana López")
    qtbot.waitUntil(lambda: stack.window.presenter.unsent() == 1, timeout=10000)
    dialog = stack.window.open_connect_dialog()
    qtbot.addWidget(dialog)
    assert dialog.disconnect_button.isVisible()
    seen: list = []
    answer_next_question(qtbot, None, seen)  # Enter: the default keeps the account
    dialog.disconnect_button.click()
    ((text, info, default),) = seen
    assert text == "¿Desconectar tu cuenta de Whaapy?"
    assert info == (
        "La clave se borra de este equipo y la app vuelve al modo de práctica.\n\n"
        "1 contacto todavía no llega a Whaapy. Se quedan guardados en este equipo y se enviarán "
        "cuando vuelvas a conectar esta cuenta. Mientras estés en modo de práctica no se envían."
    )
    assert default == "Seguir conectado"
    assert stack.account.mode is Mode.LIVE
    assert stack.secrets.get() == sandbox.key
    answer_next_question(qtbot, "Desconectar", seen)
    dialog.disconnect_button.click()
    assert stack.secrets.get() is None
    assert stack.account.mode is Mode.TRAINING
    qtbot.waitUntil(stack.window.banner.isVisible)


def test_dialog_is_spanish_and_plain(dialog):
    assert dialog.windowTitle() == "Conecta tu cuenta de Whaapy"
    assert dialog.test_button.text() == "&Probar conexión"
    assert dialog.intro.text() == (
        f"Pega tu clave de Whaapy (empieza con «wha_»). La creas en {KEYS_PAGE}. Se guarda en el "
        "almacén de contraseñas del sistema, nunca en un archivo."
    )
    assert "llavero" not in dialog.intro.text()
    assert "API Keys" not in dialog.intro.text()
    cancel = [b.text() for b in dialog.buttons.buttons()]
    assert "&Cancelar" in cancel or "Cancelar" in cancel


def test_cancel_while_the_key_is_tested_connects_nothing(qtbot, stack, dialog, sandbox):
    sandbox.add_faults({"kind": "delay", "ms": 300, "path": "/contacts/v1", "method": "GET"})
    type_text(qtbot, dialog.key, sandbox.key)
    dialog.connect_button.click()
    assert not dialog.connect_button.isEnabled()  # one test at a time
    dialog.reject()
    qtbot.waitUntil(dialog.connect_button.isEnabled, timeout=10000)
    assert stack.account.mode is Mode.TRAINING
    assert stack.secrets.get() is None


def test_a_long_answer_grows_the_dialog_instead_of_squeezing_the_address(qtbot, dialog, sandbox):
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.key, sandbox.readonly_key)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "no agregarlos" in dialog.message_text(), timeout=10000)
    QApplication.processEvents()
    problem = dialog.problem
    assert problem.height() >= problem.heightForWidth(problem.width())  # every line shows
    assert dialog.base_url.height() >= dialog.base_url.sizeHint().height()
    assert dialog.base_url.isVisible()
