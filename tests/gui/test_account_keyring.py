"""No usable keyring, then a restart (issue 14, case 13), with keyring's real backends: the app
never claims a key was stored when it wasn't, and at the next start it says plainly that
contacts wait for an account whose key must be entered again. Also: a bad saved address at
start falls back to Whaapy's with a banner (case 8)."""

from __future__ import annotations

import os
import uuid

import keyring
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import Stack, attach_stack, close_stack, stack_of
from tests.gui.test_connect_dialog import connect_and_wait
from tests.gui.test_outbox_flow import server_phones, type_and_save
from tests.gui.typing import type_text
from whaapy_contacts.bootstrap.compose import Config, Overrides, build_services
from whaapy_contacts.bootstrap.settings import SettingsKeyHint
from whaapy_contacts.services.account import Mode
from whaapy_contacts.storage.secrets import FallbackStore, KeyringStore
from whaapy_contacts.ui.shell.connect_dialog import ConnectDialog
from whaapy_contacts.ui.shell.main_window import MainWindow

PHONE = "+525512345678"
WAITING = (
    "1 contacto espera para enviarse a tu cuenta de Whaapy. Su clave no se pudo conservar en "
    "este equipo: pégala de nuevo para enviarlos. Mientras tanto estás en modo de práctica y no "
    "se envía nada."
)
SESSION_ONLY = (
    "Conectado solo por esta sesión: este equipo no tiene un almacén de contraseñas que la app "
    "pueda usar, así que la clave no se guardó. Al cerrar la app tendrás que pegarla de nuevo."
)


@pytest.fixture
def machine(tmp_path, monkeypatch):
    """This computer: its data folder, its settings file and a keyring service of its own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[1]))
    return {"settings": str(tmp_path / "settings.ini"), "service": f"wc-{uuid.uuid4()}",
            "boxes": shown}  # fmt: skip


@pytest.fixture(params=["fail", "null"])
def no_keyring(request):
    """keyring's own "no keyring" backends: fail raises; null accepts and keeps nothing."""
    from keyring.backends import fail, null

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring() if request.param == "fail" else null.Keyring())
    yield request.param
    keyring.set_keyring(previous)


@pytest.fixture
def secret_service():
    if not os.environ.get("WHAAPY_TEST_SECRET_SERVICE"):
        if os.environ.get("WHAAPY_REQUIRE_SECRET_SERVICE"):
            pytest.fail("CI must run this under dbus-run-session with gnome-keyring")
        pytest.skip("no private D-Bus session with gnome-keyring (run through `make test`)")
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    yield
    keyring.set_keyring(previous)


def start_app(qtbot, sandbox, machine, base_url: str | None = None) -> Stack:
    """As the app assembles it (bootstrap/compose.py): the keyring behind the fallback store,
    the key hint in the settings file, each account's outbox in its folder under the data
    folder."""
    settings = QSettings(machine["settings"], QSettings.Format.IniFormat)
    overrides = Overrides(
        secrets=FallbackStore(KeyringStore(service=machine["service"])),
        start_training=lambda: (sandbox.url, sandbox.key),
        key_hint=SettingsKeyHint(settings),
        settings=settings,
    )
    services = build_services(Config(base_url=base_url or sandbox.url), overrides)
    window = MainWindow()
    qtbot.addWidget(window)
    stack = stack_of(window, services)
    attach_stack(qtbot, stack)
    return stack


def connect_by_dialog(qtbot, stack, sandbox, dialog=None):
    dialog = dialog or stack.window.open_connect_dialog()
    qtbot.addWidget(dialog)
    dialog.advanced.setChecked(True)
    dialog.base_url.setText(sandbox.url)
    type_text(qtbot, dialog.key, sandbox.key)
    connect_and_wait(qtbot, dialog)
    qtbot.waitUntil(lambda: stack.account.mode is Mode.LIVE, timeout=10000)


def save_one_that_waits(qtbot, stack, sandbox) -> None:
    sandbox.add_faults({"kind": "status", "status": 503, "method": "POST", "times": 1000})
    stack.window.activateWindow()  # the dialog had the keyboard
    qtbot.waitUntil(stack.window.isActiveWindow, timeout=5000)
    type_and_save(qtbot, stack.window, "55 1234 5678", "Ana López")
    qtbot.waitUntil(lambda: stack.window.presenter.unsent() == 1, timeout=10000)


@pytest.mark.allow_log_warnings(r"keyring unavailable")
def test_without_a_keyring_nothing_claims_the_key_was_stored_and_a_restart_says_who_waits(
    qtbot, sandbox, machine, no_keyring
):
    first = start_app(qtbot, sandbox, machine)
    connect_by_dialog(qtbot, first, sandbox)
    window = first.window
    assert window.statusBar().currentMessage() == (
        "Conectado a Whaapy solo por esta sesión: la clave no se guardó."
    )
    assert window.account_notice.isVisible()
    assert window.account_notice.text() == SESSION_ONLY
    assert machine["boxes"] == ["Clave usada solo por esta sesión"]
    assert QSettings(machine["settings"], QSettings.Format.IniFormat).value(
        "account/key_in_keyring"
    ) in (False, "false")
    save_one_that_waits(qtbot, first, sandbox)
    close_stack(first)

    second = start_app(qtbot, sandbox, machine)  # the next day
    assert second.account.mode is Mode.TRAINING
    notice = second.window.account_notice
    assert notice.isVisible()
    assert notice.text() == WAITING
    assert notice.connect_button.isVisible()
    assert notice.connect_button.text() == "Pegar la clave…"
    assert second.window.banner.isVisible()  # and the practice banner, as ever

    sandbox.reset()  # Whaapy answers again
    notice.connect_button.click()
    connect_by_dialog(qtbot, second, sandbox, second.window.findChild(ConnectDialog))
    qtbot.waitUntil(lambda: server_phones(sandbox) == [PHONE], timeout=15000)
    assert notice.text() == SESSION_ONLY
    close_stack(second)


def test_with_a_real_secret_service_the_key_is_stored_and_a_restart_sends_what_waits(
    qtbot, sandbox, machine, secret_service
):
    first = start_app(qtbot, sandbox, machine)
    connect_by_dialog(qtbot, first, sandbox)
    assert first.window.statusBar().currentMessage() == "Conectado a Whaapy."
    assert getattr(first.window, "account_notice", None) is None
    assert machine["boxes"] == []
    assert KeyringStore(service=machine["service"]).get() == sandbox.key
    save_one_that_waits(qtbot, first, sandbox)
    close_stack(first)

    sandbox.reset()
    second = start_app(qtbot, sandbox, machine)
    assert second.account.mode is Mode.LIVE
    assert getattr(second.window, "account_notice", None) is None
    qtbot.waitUntil(lambda: server_phones(sandbox) == [PHONE], timeout=15000)
    close_stack(second)
    KeyringStore(service=machine["service"]).delete()


@pytest.mark.allow_log_warnings(r"unusable base URL")
def test_a_bad_saved_address_falls_back_to_whaapys_with_a_banner(qtbot, sandbox, machine):
    stack = start_app(qtbot, sandbox, machine, base_url="http://127.0.0.1:abc")
    notice = stack.window.account_notice
    assert notice.isVisible()
    assert notice.text() == (
        "La dirección del servidor guardada «http://127.0.0.1:abc» no se puede usar, así que se "
        "usa la de Whaapy (https://api.whaapy.com). El puerto (el número después de «:») debe "
        "ser un número del 1 al 65535."
    )
    assert stack.account.base_url == "https://api.whaapy.com"
    assert not notice.connect_button.isVisible()
    notice.dismiss_button.click()
    assert not notice.isVisible()
    close_stack(stack)
