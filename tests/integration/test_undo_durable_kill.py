"""Hallway test t17b, finding 2: SIGKILL right after Ctrl+Z undid a save, then start again
with the same data: the undo resumes, the contact is not on the server, and the person is told
(the real window in a child process: tests/integration/undo_durable_child.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from whaapy_contacts.sandbox.server import DEFAULT_KEY, SandboxServer

CHILD = Path(__file__).with_name("undo_durable_child.py")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def child(url: str, folder: Path, *args: str, wait: str = "") -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WAIT": wait}
    return subprocess.Popen(
        [sys.executable, str(CHILD), url, DEFAULT_KEY, str(folder), *args],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def server(url: str, route: str) -> dict:
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {DEFAULT_KEY}"}) as c:
        return c.get(route, params={"limit": 100}).json()


def kill_after_undo(url: str, folder: Path, phone: str, name: str, wait: str = "") -> None:
    first = child(url, folder, phone, name, wait=wait)
    assert first.stdout is not None
    assert first.stdout.readline().strip() == "UNDOING"
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    first.stdout.close()


def restart(url: str, folder: Path) -> list[str]:
    second = child(url, folder, "-", "-")
    out, _ = second.communicate(timeout=90)
    lines = out.splitlines()
    assert "DONE" in lines, out
    return [line.removeprefix("TOLD ") for line in lines if line.startswith("TOLD ")]


def faults(url: str, *queued: dict) -> None:
    httpx.post(url + "/_sandbox/faults", json={"faults": list(queued)}).raise_for_status()


def test_a_pending_contact_undone_then_killed_is_never_created(tmp_path):
    """A: six dropped POSTs queued; saved, undone while pending after dropped attempts (its
    look-up slowed so it is on the wire), killed: at the restart nothing is POSTed."""
    with SandboxServer(db_path=str(tmp_path / "server.sqlite3"), rate_limit=0) as sandbox:
        faults(sandbox.url,
               {"kind": "drop_before", "times": 6, "method": "POST", "path": "/contacts/v1"},
               {"kind": "delay", "ms": 5000, "times": 30, "method": "POST",
                "path": "/contacts/v1/search"})  # fmt: skip
        kill_after_undo(sandbox.url, tmp_path, "55 2424 5656", "Deshecho Antes De Cerrar")
        told = restart(sandbox.url, tmp_path)
        contacts = server(sandbox.url, "/contacts/v1")["contacts"]
        events = httpx.get(sandbox.url + "/_sandbox/events").json()["events"]
    assert contacts == []
    assert [e for e in events if e["event"] == "contact.created"] == []
    assert told[0].startswith("Deshaciendo «Deshecho Antes De Cerrar»: la app se cerró")
    assert told[-1] == "Se terminó de deshacer «Deshecho Antes De Cerrar»: no llegó a enviarse."


def test_a_sent_contact_whose_delete_was_rate_limited_is_deleted_after_the_kill(tmp_path):
    """B: sent; its DELETE answered 429 with Retry-After; killed; started again: deleted."""
    with SandboxServer(db_path=str(tmp_path / "server.sqlite3"), rate_limit=0) as sandbox:
        faults(sandbox.url, {"kind": "raw", "status": 429, "headers": {"Retry-After": "2"},
                             "body": "", "method": "DELETE", "times": 1})  # fmt: skip
        kill_after_undo(sandbox.url, tmp_path, "55 2424 5657", "Limite Borrar", wait="sent")
        assert len(server(sandbox.url, "/contacts/v1")["contacts"]) == 1
        told = restart(sandbox.url, tmp_path)
        contacts = server(sandbox.url, "/contacts/v1")["contacts"]
    assert contacts == []
    assert told[0].startswith("Deshaciendo «Limite Borrar»: la app se cerró")
    assert told[-1] == "Se terminó de deshacer «Limite Borrar»: se borró."
