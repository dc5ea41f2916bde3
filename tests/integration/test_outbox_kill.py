"""Kill the sending process with SIGKILL mid-send, start it again: each contact arrives once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from whaapy_contacts.sandbox.server import DEFAULT_KEY, SandboxServer

CHILD = Path(__file__).with_name("outbox_child.py")
COUNT = 12

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def child(url: str, folder: Path, count: int) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(CHILD), url, DEFAULT_KEY, str(folder), str(count)],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def phones(url: str) -> list[str]:
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {DEFAULT_KEY}"}) as c:
        return [
            x["phone_number"]
            for x in c.get("/contacts/v1", params={"limit": 100}).json()["contacts"]
        ]


def test_sigkill_while_sending_then_restart_delivers_each_contact_exactly_once(tmp_path):
    with SandboxServer(db_path=str(tmp_path / "server.sqlite3"), rate_limit=0) as server:
        # Every create is slow and some are dropped after commit: sends are in flight when killed.
        faults = [
            {"kind": "delay", "ms": 300, "method": "POST", "path": "/contacts/v1", "times": COUNT}
        ]
        faults += [
            {"kind": "drop_after_commit", "method": "POST", "path": "/contacts/v1", "times": 2}
        ]
        httpx.post(server.url + "/_sandbox/faults", json={"faults": faults}).raise_for_status()
        first = child(server.url, tmp_path, COUNT)
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "SAVED"  # all on disk before any is sent
        # Kill once the server has started receiving (some stored, some still in flight).
        deadline = 200
        while not phones(server.url) and deadline:
            deadline -= 1
            first.poll()
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        first.stdout.close()
        before = len(phones(server.url))
        assert before < COUNT, "killed too late to prove anything"

        second = child(server.url, tmp_path, 0)
        out, _ = second.communicate(timeout=60)
        assert "DONE" in out
        stored = phones(server.url)
    assert len(stored) == COUNT
    assert len(set(stored)) == COUNT
