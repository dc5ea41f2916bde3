"""The disk under the app fails for real (issue 14, cases 10-12): a deleted file, a full disk,
a read-only folder, a damaged file, and a second window. Each time: the app keeps running, the
person reads a calm Spanish message, the form keeps what was typed, nothing is lost, nothing is
sent twice, no crash dialog (any exception in a slot fails a pytest-qt test)."""

from __future__ import annotations

import shutil
import time
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.disks import fill, read_only, small_disk
from tests.gui.conftest import build_stack, close_stack
from tests.gui.test_outbox_flow import server_phones, type_and_save
from tests.gui.typing import type_text
from whaapy_contacts.bootstrap.deferred import ModelLayer
from whaapy_contacts.ui.recent.model import OutboxEntryRole
from whaapy_contacts.ui.shell.crash import CrashHandler

RESTORED = (
    "El archivo de tus contactos en esta computadora se borró mientras la app estaba abierta. "
    "Se volvió a crear con todo lo que tenía: no se perdió nada."
)
FULL = (
    "El disco de esta computadora está lleno: no se pueden guardar contactos nuevos. Lo que "
    "escribiste sigue en el formulario. Libera espacio (borra o mueve archivos que no "
    "necesites) y vuelve a guardar; la app lo notará sola."
)
READ_ONLY = (
    "La carpeta donde la app guarda tus contactos no permite escribir: no se pueden guardar "
    "contactos nuevos ni enviar los pendientes. Lo que escribiste sigue en el formulario. Pide "
    "a quien administra esta computadora que permita escribir en la carpeta {}; la app lo "
    "notará sola."
)
NOT_SAVED = (
    "No se guardó: esta computadora no puede guardar contactos por ahora (mira el aviso de "
    "arriba). Lo que escribiste sigue aquí."
)
CORRUPT = (
    "El archivo de tus contactos en esta computadora estaba dañado. Se guardó aparte, sin "
    "borrarlo, como {}, y se empezó uno nuevo. Si faltara algún contacto pendiente, soporte "
    "puede recuperarlo de ese archivo."
)
RECOVERED = "Ya se puede guardar otra vez en esta computadora. Los contactos pendientes siguen."
OFFLINE = {"kind": "drop_before", "method": "POST", "times": 100000}


@pytest.fixture(autouse=True)
def no_dialogs(monkeypatch):
    """Every dialog that would open is recorded (and answered "no"): there must be none."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    yield shown
    assert shown == []


def save_with_keyboard(qtbot, window) -> None:
    qtbot.keyClick(window.form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def pinned(window) -> list[object]:
    rows = (window.model.index(r, 0) for r in range(window.model.rowCount()))
    return [i.data(OutboxEntryRole) for i in rows if i.data(OutboxEntryRole) is not None]


def crash_text(qapp, stack) -> str:
    """What the crash dialog would say now, as main.py wires it (ModelLayer.stored_safely)."""
    layer = ModelLayer(qapp, SimpleNamespace(base_url=None, smoke=False), stack.window)
    layer.services = stack.services
    return CrashHandler(stack.window, stored_safely=layer.stored_safely).message()


def test_deleting_the_database_mid_session_puts_it_back_and_loses_nothing(
    qtbot, sandbox, tmp_path_factory
):
    folder = tmp_path_factory.mktemp("account")
    sandbox.add_faults(OFFLINE)
    first = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    window = first.window
    for i in range(3):
        type_and_save(qtbot, window, f"55 4200 000{i}", f"Pendiente {i}")
    qtbot.waitUntil(lambda: first.outbox.status().pending == 3, timeout=8000)
    qtbot.waitUntil(lambda: not window.saving.busy, timeout=5000)
    type_text(qtbot, window.form.phone.line_edit(), "55 4200 0009")
    type_text(qtbot, window.form.name, "A medio escribir")
    for suffix in ("", "-wal", "-shm"):
        (folder / f"local.sqlite3{suffix}").unlink(missing_ok=True)
    qtbot.waitUntil(window.storage_banner.isVisible, timeout=5000)  # within a second or so
    assert window.storage_banner.text() == RESTORED
    assert (folder / "local.sqlite3").exists()
    assert first.outbox.status().pending == 3
    assert len(pinned(window)) == 3
    assert window.form.name.text() == "A medio escribir"
    close_stack(first)  # the draft is autosaved into the restored file
    sandbox.reset()  # the server is back
    second = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    try:
        qtbot.waitUntil(lambda: not second.outbox.has_pending(), timeout=10000)
        assert sorted(server_phones(sandbox)) == [f"+52554200000{i}" for i in range(3)]
        assert second.window.form.name.text() == "A medio escribir"
    finally:
        close_stack(second)


def test_a_full_disk_keeps_the_form_says_so_once_and_recovers_when_space_returns(
    qtbot, qapp, sandbox, tmp_path_factory
):
    disk_at = tmp_path_factory.mktemp("disk")
    with small_disk(disk_at, 1024) as disk:
        stack = build_stack(qtbot, sandbox, tmp_path_factory, folder=disk)
        window, form = stack.window, stack.window.form
        try:
            type_and_save(qtbot, window, "55 4300 0001", "Antes del disco lleno")
            qtbot.waitUntil(lambda: len(server_phones(sandbox)) == 1, timeout=8000)
            qtbot.waitUntil(lambda: not window.saving.busy, timeout=5000)
            filler = fill(disk)
            type_and_save(qtbot, window, "55 4300 0002", "Sin espacio")
            qtbot.waitUntil(window.storage_banner.isVisible, timeout=5000)
            assert window.storage_banner.text() == FULL
            assert form.summary.text() == NOT_SAVED
            assert window.statusBar().currentMessage() == (
                "No se guardó: el contacto sigue en el formulario."
            )
            assert (form.phone.text(), form.name.text()) == ("55 4300 0002", "Sin espacio")
            assert "a salvo" not in crash_text(qapp, stack)
            type_text(qtbot, form.name, " López")  # the autosave runs, and fails, quietly
            qtbot.waitUntil(lambda: not window.presenter.draft_timer.isActive(), timeout=3000)
            assert server_phones(sandbox) == ["+525543000001"]
            filler.unlink()
            qtbot.waitUntil(lambda: not window.storage_banner.isVisible(), timeout=5000)
            assert window.statusBar().currentMessage() == RECOVERED
            assert form.summary.text() == ""
            assert "a salvo" in crash_text(qapp, stack)
            save_with_keyboard(qtbot, window)
            qtbot.waitUntil(lambda: len(server_phones(sandbox)) == 2, timeout=8000)
            qtbot.waitUntil(lambda: not stack.outbox.has_pending(), timeout=8000)
            assert sorted(server_phones(sandbox)) == ["+525543000001", "+525543000002"]
        finally:
            close_stack(stack)
        again = build_stack(qtbot, sandbox, tmp_path_factory, folder=disk)  # starts, works
        try:
            assert not again.outbox.has_pending()
            assert not again.window.storage_banner.isVisible()
        finally:
            close_stack(again)
    assert len(server_phones(sandbox)) == 2  # nothing sent twice


def test_a_read_only_data_folder_refuses_saving_and_recovers_once_writable(
    qtbot, sandbox, tmp_path_factory
):
    folder = tmp_path_factory.mktemp("account")
    sandbox.add_faults(OFFLINE)
    first = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    type_and_save(qtbot, first.window, "55 4400 0001", "Pendiente de antes")
    qtbot.waitUntil(lambda: first.outbox.status().pending == 1, timeout=8000)
    qtbot.waitUntil(lambda: not first.window.saving.busy, timeout=5000)  # the form let go
    close_stack(first)
    sandbox.reset()
    with read_only(folder):
        stack = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
        window, form = stack.window, stack.window.form
        assert window.storage_banner.isVisible()
        assert window.storage_banner.text() == READ_ONLY.format(folder)
        qtbot.waitUntil(lambda: len(pinned(window)) == 1, timeout=5000)  # still shown
        type_and_save(qtbot, window, "55 4400 0002", "Solo lectura")
        qtbot.waitUntil(lambda: form.summary.text() == NOT_SAVED, timeout=5000)
        assert (form.phone.text(), form.name.text()) == ("55 4400 0002", "Solo lectura")
        assert server_phones(sandbox) == []  # nothing is sent that could not be recorded
    try:
        qtbot.waitUntil(lambda: not window.storage_banner.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: server_phones(sandbox) == ["+525544000001"], timeout=8000)
        save_with_keyboard(qtbot, window)
        qtbot.waitUntil(lambda: len(server_phones(sandbox)) == 2, timeout=8000)
        qtbot.waitUntil(lambda: not stack.outbox.has_pending(), timeout=8000)
        assert sorted(server_phones(sandbox)) == ["+525544000001", "+525544000002"]
    finally:
        close_stack(stack)
    again = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)  # starts, works
    try:
        assert not again.window.storage_banner.isVisible()
        assert not again.outbox.has_pending()
    finally:
        close_stack(again)
    assert len(server_phones(sandbox)) == 2  # nothing sent twice


def test_a_damaged_database_is_moved_aside_and_a_fresh_one_started(
    qtbot, sandbox, tmp_path_factory
):
    folder = tmp_path_factory.mktemp("account")
    first = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    type_and_save(qtbot, first.window, "55 4500 0001", "Antes del daño")
    qtbot.waitUntil(lambda: not first.outbox.has_pending(), timeout=8000)
    close_stack(first)
    path = folder / "local.sqlite3"
    with path.open("r+b") as damaged:
        damaged.write(b"\xde\xad\xbe\xef" * 64)  # garbage over the header
    garbage = path.read_bytes()
    stack = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    window = stack.window
    try:
        (moved,) = folder.glob("local-danado-*.sqlite3")
        assert moved.read_bytes() == garbage  # never deleted
        assert window.storage_banner.text() == CORRUPT.format(moved)
        assert window.storage_banner.dismiss_button.text() == "Entendido"
        qtbot.mouseClick(window.storage_banner.dismiss_button, Qt.MouseButton.LeftButton)
        assert not window.storage_banner.isVisible()
        type_and_save(qtbot, window, "55 4500 0002", "Después del daño")
        qtbot.waitUntil(lambda: len(server_phones(sandbox)) == 2, timeout=8000)
        assert sorted(server_phones(sandbox)) == ["+525545000001", "+525545000002"]
    finally:
        close_stack(stack)


def test_a_second_window_hands_its_contacts_to_the_sending_one_within_seconds(
    qtbot, sandbox, tmp_path_factory
):
    folder = tmp_path_factory.mktemp("account")
    first = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    qtbot.waitUntil(lambda: first.outbox.status().sender, timeout=5000)
    second = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    try:
        type_and_save(qtbot, second.window, "55 4600 0001", "Desde la segunda")
        saved_at = time.monotonic()
        qtbot.waitUntil(lambda: "Otra ventana" in second.window.outbox_status.text(), timeout=5000)
        assert second.window.outbox_status.text() == (
            "Otra ventana está enviando · 1 contacto pendiente"
        )
        qtbot.waitUntil(lambda: server_phones(sandbox) == ["+525546000001"], timeout=5000)
        took = time.monotonic() - saved_at
        assert took < 4.0, took
        qtbot.waitUntil(lambda: second.window.outbox_status.text() == "", timeout=5000)
        qtbot.waitUntil(lambda: not first.outbox.has_pending(), timeout=5000)
    finally:
        close_stack(second)
        close_stack(first)


def test_when_the_sending_window_quits_the_other_one_takes_over_within_seconds(
    qtbot, sandbox, tmp_path_factory
):
    folder = tmp_path_factory.mktemp("account")
    first = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    qtbot.waitUntil(lambda: first.outbox.status().sender, timeout=5000)
    second = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    try:
        sandbox.add_faults(OFFLINE)  # the first can't send it: it stays pending
        type_and_save(qtbot, second.window, "55 4700 0001", "Espera al relevo")
        qtbot.waitUntil(lambda: second.outbox.status().pending == 1, timeout=5000)
        qtbot.waitUntil(lambda: first.outbox.status().pending == 1, timeout=5000)
        close_stack(first)
        sandbox.reset()
        qtbot.waitUntil(lambda: second.outbox.status().sender, timeout=3000)
        qtbot.waitUntil(lambda: server_phones(sandbox) == ["+525547000001"], timeout=5000)
        qtbot.waitUntil(lambda: second.window.outbox_status.text() == "", timeout=5000)
    finally:
        close_stack(second)


def test_starting_on_a_full_disk_works_and_the_first_save_says_why_it_was_refused(
    qtbot, sandbox, tmp_path_factory
):
    disk_at = tmp_path_factory.mktemp("disk")
    with small_disk(disk_at, 1024) as disk:
        first = build_stack(qtbot, sandbox, tmp_path_factory, folder=disk)
        close_stack(first)
        filler = fill(disk)
        stack = build_stack(qtbot, sandbox, tmp_path_factory, folder=disk)  # starts anyway
        window, form = stack.window, stack.window.form
        try:
            for i in range(3):  # refused each time, said calmly each time, never a dialog
                type_and_save(qtbot, window, f"55 4800 000{i}", f"Lleno {i}")
                qtbot.waitUntil(lambda: form.summary.text() == NOT_SAVED, timeout=5000)
                assert window.storage_banner.text() == FULL
                form.clear_all()  # the next try
            assert server_phones(sandbox) == []
            filler.unlink()
            qtbot.waitUntil(lambda: not window.storage_banner.isVisible(), timeout=5000)
            type_and_save(qtbot, window, "55 4800 0009", "Con espacio")
            qtbot.waitUntil(lambda: server_phones(sandbox) == ["+525548000009"], timeout=8000)
            qtbot.waitUntil(lambda: not stack.outbox.has_pending(), timeout=8000)
        finally:
            close_stack(stack)


def test_the_whole_account_folder_deleted_comes_back_with_its_send_lock(
    qtbot, sandbox, tmp_path_factory
):
    folder = tmp_path_factory.mktemp("account") / "live"
    sandbox.add_faults(OFFLINE)
    stack = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    try:
        qtbot.waitUntil(lambda: stack.outbox.status().sender, timeout=5000)
        type_and_save(qtbot, stack.window, "55 4900 0001", "Carpeta borrada")
        qtbot.waitUntil(lambda: stack.outbox.status().pending == 1, timeout=5000)
        shutil.rmtree(folder)
        qtbot.waitUntil(stack.window.storage_banner.isVisible, timeout=5000)
        assert stack.window.storage_banner.text() == RESTORED
        qtbot.waitUntil((folder / "outbox.lock").exists, timeout=3000)
        assert stack.outbox.status().sender
        sandbox.reset()
        qtbot.waitUntil(lambda: server_phones(sandbox) == ["+525549000001"], timeout=8000)
    finally:
        close_stack(stack)
