"""Connecting a real account: test the key, store it, switch modes; plain-Spanish answers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from tests.gui.typing import type_text
from whaapy_contacts.services.account import Mode


@pytest.fixture
def dialog(qtbot, stack, sandbox):
    dialog = stack.window.open_connect_dialog()
    qtbot.addWidget(dialog)
    dialog.advanced.setChecked(True)
    dialog.base_url.setText(sandbox.url)
    return dialog


def test_key_is_masked_with_a_show_toggle(qtbot, dialog):
    assert dialog.key.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_key.click()
    assert dialog.key.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.show_key.text() == "&Ocultar"
    dialog.show_key.click()
    assert dialog.key.echoMode() == QLineEdit.EchoMode.Password


def test_valid_key_says_so(qtbot, dialog, sandbox):
    type_text(qtbot, dialog.key, sandbox.key)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "La conexión funciona" in dialog.message_text(), timeout=5000)


def test_401_invalid_or_revoked(qtbot, dialog):
    type_text(qtbot, dialog.key, "wha_revoked_key")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "no es válida o fue revocada" in dialog.message_text(), timeout=5000)
    assert "La clave no es válida o fue revocada" in dialog.key.accessibleDescription()


def test_403_lists_missing_scopes_and_where_to_add_them(qtbot, dialog, sandbox):
    sandbox.add_faults(
        {
            "kind": "status",
            "status": 403,
            "message": "Missing required scopes: contacts:read, contacts:write",
            "path": "/user-webhooks/events",
        }
    )
    type_text(qtbot, dialog.key, sandbox.key)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "faltan permisos" in dialog.message_text(), timeout=5000)
    text = dialog.message_text()
    assert "contacts:read, contacts:write" in text
    assert "app.whaapy.com → Configuración → API Keys" in text


def test_no_connection(qtbot, dialog, sandbox):
    sandbox.add_faults({"kind": "drop_before", "path": "/user-webhooks/events"})
    type_text(qtbot, dialog.key, sandbox.key)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Sin conexión con Whaapy" in dialog.message_text(), timeout=5000)


def test_connection_refused_on_a_closed_port(qtbot, dialog):
    dialog.base_url.setText("http://127.0.0.1:9")
    type_text(qtbot, dialog.key, "wha_x")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Sin conexión con Whaapy" in dialog.message_text(), timeout=5000)


def test_plain_http_to_a_remote_host_is_refused(qtbot, dialog):
    dialog.base_url.setText("http://api.whaapy.com")
    type_text(qtbot, dialog.key, "wha_x")
    dialog.test_button.click()
    assert "debe empezar con https://" in dialog.message_text()


def test_empty_key_asks_for_one(qtbot, dialog):
    dialog.test_button.click()
    assert dialog.message_text() == "Primero pega la clave de API."


def test_connect_stores_key_and_leaves_training_mode(qtbot, stack, dialog, sandbox):
    type_text(qtbot, dialog.key, sandbox.key)
    dialog.connect_button.click()
    assert stack.secrets.get() == sandbox.key
    assert stack.account.mode is Mode.LIVE
    assert not stack.window.banner.isVisible()
    assert stack.window.windowTitle() == "Whaapy Contactos"


def test_disconnect_deletes_key_and_returns_to_training(qtbot, stack, sandbox):
    stack.account.connect_account(sandbox.key, sandbox.url)
    dialog = stack.window.open_connect_dialog()
    qtbot.addWidget(dialog)
    assert dialog.disconnect_button.isVisible()
    dialog.disconnect_button.click()
    assert stack.secrets.get() is None
    assert stack.account.mode is Mode.TRAINING
    qtbot.waitUntil(stack.window.banner.isVisible)


def test_without_a_keyring_the_user_is_told_and_the_key_stays_in_memory(
    qtbot, stack, dialog, sandbox, monkeypatch
):
    monkeypatch.setattr(type(stack.account), "keyring_failed", property(lambda self: True))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[1:3]))
    type_text(qtbot, dialog.key, sandbox.key)
    dialog.connect_button.click()
    ((title, text),) = shown
    assert title == "Clave guardada solo por esta sesión"
    assert "Nunca se escribe en disco" in text


def test_dialog_is_spanish(dialog):
    assert dialog.windowTitle() == "Conecta tu cuenta de Whaapy"
    assert dialog.test_button.text() == "&Probar conexión"
    cancel = [b.text() for b in dialog.buttons.buttons()]
    assert "&Cancelar" in cancel or "Cancelar" in cancel
    assert QApplication.instance() is not None
