"""The data folder turns read-only and writable again under the running app, for real (a
read-only bind mount, ``chattr +i``): it must never crash (SIGBUS through SQLite's mapped -shm),
and it must notice within seconds that it can write again, and then save and send. And what a
second window saved on the same file turns sent in its list when the first one sends it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.disks import fill, read_only, small_disk
from tests.gui.conftest import build_stack, close_stack
from tests.gui.test_outbox_flow import server_phones, type_and_save
from tests.gui.test_storage_problems import (
    NOT_SAVED,
    OFFLINE,
    READ_ONLY,
    RECOVERED,
    no_dialogs,
    save_with_keyboard,
)
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.storage.recent import RecentStore
from whaapy_contacts.ui.recent.model import ContactRole, StatusRole

__all__ = ["no_dialogs"]  # the fixture: no dialog may open

WAITING_FOR_DISK = "Esperando a que esta computadora pueda guardar"  # not "Otra ventana…"

# What a killed app leaves: the -wal and -shm next to the file (a write by another process that
# never closed its connection).
KILLED_WRITER = (
    "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
    "c.execute('PRAGMA journal_mode=WAL'); "
    "c.execute(\"INSERT OR REPLACE INTO storage_check (slot, at) VALUES (1, 'killed')\"); "
    "os._exit(0)"
)


@pytest.mark.parametrize("how", ["mount", "chattr"])
def test_read_only_at_start_then_writable_sends_the_pending_and_saves_the_typed_one(
    qtbot, sandbox, tmp_path_factory, how
):
    folder = tmp_path_factory.mktemp("account")
    sandbox.add_faults(OFFLINE)
    first = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    type_and_save(qtbot, first.window, "55 1313 0001", "Solo Lectura Uno")
    qtbot.waitUntil(lambda: first.outbox.status().pending == 1, timeout=8000)
    qtbot.waitUntil(lambda: not first.window.saving.busy, timeout=5000)
    close_stack(first)
    sandbox.reset()
    path = folder / "local.sqlite3"
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path)], check=True)
    assert (folder / "local.sqlite3-shm").exists()
    with read_only(folder, how):
        stack = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
        window, form = stack.window, stack.window.form
        assert window.storage_banner.text() == READ_ONLY.format(folder)
        assert stack.outbox.status().pending == 1  # still shown
        qtbot.waitUntil(window.outbox_status.isVisible, timeout=5000)
        assert window.outbox_status.text() == WAITING_FOR_DISK + " · 1 contacto pendiente"
        assert server_phones(sandbox) == []
    try:
        qtbot.waitUntil(lambda: not window.storage_banner.isVisible(), timeout=5000)
        assert window.statusBar().currentMessage() == RECOVERED
        qtbot.waitUntil(lambda: server_phones(sandbox) == ["+525513130001"], timeout=8000)
        type_and_save(qtbot, window, "55 1313 0004", "Tras Inmutable")
        qtbot.waitUntil(lambda: len(server_phones(sandbox)) == 2, timeout=8000)
        qtbot.waitUntil(lambda: not stack.outbox.has_pending(), timeout=8000)
        assert form.summary.text() == ""
        assert sorted(server_phones(sandbox)) == ["+525513130001", "+525513130004"]
    finally:
        close_stack(stack)
    kept = sorted(row.name for row in RecentStore.read_rows(path))  # the history is written too
    assert kept == ["Solo Lectura Uno", "Tras Inmutable"]


@pytest.mark.parametrize("how", ["chattr", "mount"])
def test_the_folder_turning_read_only_while_open_is_said_calmly_and_recovered(
    qtbot, sandbox, tmp_path_factory, how
):
    folder = tmp_path_factory.mktemp("account")
    stack = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    window, form = stack.window, stack.window.form
    try:
        type_and_save(qtbot, window, "55 1414 0001", "Antes de inmutable")
        qtbot.waitUntil(lambda: server_phones(sandbox) == ["+525514140001"], timeout=8000)
        qtbot.waitUntil(lambda: not window.saving.busy, timeout=5000)
        with read_only(folder, how):
            qtbot.waitUntil(window.storage_banner.isVisible, timeout=5000)  # the app lives
            assert window.storage_banner.text() == READ_ONLY.format(folder)
            type_and_save(qtbot, window, "55 1414 0002", "Durante inmutable")
            qtbot.waitUntil(lambda: form.summary.text() == NOT_SAVED, timeout=5000)
            assert (form.phone.text(), form.name.text()) == ("55 1414 0002", "Durante inmutable")
            window.refresh()  # the list is read (and kept) while read-only too
            qtbot.waitUntil(lambda: window.model.rowCount() >= 1, timeout=5000)
            assert server_phones(sandbox) == ["+525514140001"]
        qtbot.waitUntil(lambda: not window.storage_banner.isVisible(), timeout=5000)
        assert form.summary.text() == ""
        save_with_keyboard(qtbot, window)  # Ctrl+Enter: what stayed in the form
        qtbot.waitUntil(lambda: len(server_phones(sandbox)) == 2, timeout=8000)
        qtbot.waitUntil(lambda: not stack.outbox.has_pending(), timeout=8000)
    finally:
        close_stack(stack)


def test_a_second_windows_contacts_turn_sent_in_its_list_when_the_first_sends_them(
    qtbot, sandbox, tmp_path_factory
):
    folder = tmp_path_factory.mktemp("account")
    first = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    qtbot.waitUntil(lambda: first.outbox.status().sender, timeout=5000)
    second = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    model = second.window.model
    try:
        sandbox.add_faults(OFFLINE)  # the first can't send them yet: they wait in both
        for i in range(3):
            type_and_save(qtbot, second.window, f"55 4610 000{i}", f"Segunda {i}")
        qtbot.waitUntil(lambda: first.outbox.status().pending == 3, timeout=8000)
        sandbox.reset()
        qtbot.waitUntil(lambda: len(server_phones(sandbox)) == 3, timeout=8000)

        def rows() -> list[tuple[str, OutboxState]]:
            found = (model.index(r, 0) for r in range(model.rowCount()))
            return sorted((i.data(ContactRole).name, i.data(StatusRole)) for i in found)

        sent = [(f"Segunda {i}", OutboxState.SENT) for i in range(3)]
        qtbot.waitUntil(lambda: rows() == sent, timeout=5000)  # sent there, not gone
        qtbot.waitUntil(lambda: second.window.outbox_status.text() == "", timeout=5000)
        assert sorted(server_phones(sandbox)) == [f"+52554610000{i}" for i in range(3)]
    finally:
        close_stack(second)
        close_stack(first)


def test_a_full_disk_with_a_pending_contact_does_not_blame_the_connection(
    qtbot, sandbox, tmp_path_factory
):
    with small_disk(tmp_path_factory.mktemp("disk"), 1024) as disk:
        sandbox.add_faults(OFFLINE)
        stack = build_stack(qtbot, sandbox, tmp_path_factory, folder=disk)
        window, form = stack.window, stack.window.form
        try:
            type_and_save(qtbot, window, "55 1515 0001", "Pendiente sin red")
            qtbot.waitUntil(lambda: "no responde" in window.outbox_status.text(), timeout=8000)
            filler = fill(disk)
            sandbox.reset()  # the server answers again
            type_and_save(qtbot, window, "55 1515 0002", "Disco lleno")
            qtbot.waitUntil(lambda: form.summary.text() == NOT_SAVED, timeout=5000)
            qtbot.waitUntil(
                lambda: window.outbox_status.text() == WAITING_FOR_DISK + " · 1 contacto pendiente",
                timeout=5000,
            )
            assert server_phones(sandbox) == []  # nothing sent that could not be recorded
            filler.unlink()
            qtbot.waitUntil(lambda: server_phones(sandbox) == ["+525515150001"], timeout=8000)
        finally:
            close_stack(stack)
