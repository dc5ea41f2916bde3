"""Issue 18: an import killed (SIGKILL) halfway and started again: every row exactly once, and
its progress and report come back (services/import_record.py)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from whaapy_contacts.sandbox.server import DEFAULT_KEY, SandboxServer

CHILD = Path(__file__).with_name("import_child.py")
ROWS = 30

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def child(url: str, folder: Path, file: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(CHILD), url, DEFAULT_KEY, str(folder), file],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def recorded_sent(folder: Path) -> int:
    """Entries the child's outbox file already holds as sent (read-only, beside the writer)."""
    path = folder / "local.sqlite3"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return int(db.execute("SELECT COUNT(*) FROM outbox WHERE state='sent'").fetchone()[0])
    except sqlite3.Error:
        return 0


def phones(url: str) -> list[str]:
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {DEFAULT_KEY}"}) as c:
        return [
            x["phone_number"]
            for x in c.get("/contacts/v1", params={"limit": 100}).json()["contacts"]
        ]


def test_sigkill_halfway_through_an_import_then_restart_sends_each_row_once_and_reports(tmp_path):
    # Rows 0..29, and the first three again written the other ways (duplicates in the file).
    lines = ["Nombre;Celular"] + [f"Fila {i};55 6200 {i:04d}" for i in range(ROWS)]
    lines += [f"Otra vez {i};+52 1 55 6200 {i:04d}" for i in range(3)]
    file = tmp_path / "expo.csv"
    file.write_text("\n".join(lines), encoding="utf-8")
    with SandboxServer(db_path=str(tmp_path / "server.sqlite3"), rate_limit=0) as server:
        # Slow look-ups and creates, some dropped after commit: sends are in flight when killed.
        faults = [{"kind": "delay", "ms": 200, "method": "POST", "times": ROWS}]
        faults += [{"kind": "drop_after_commit", "method": "POST", "times": 3}]
        httpx.post(server.url + "/_sandbox/faults", json={"faults": faults}).raise_for_status()
        first = child(server.url, tmp_path, str(file))
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "SAVED"  # the whole batch on disk first
        deadline = 400
        # Killed once the server has some and the outbox's file has recorded one of them as
        # sent (answers are recorded a group at a time: without the second condition the
        # restored progress could rightly be 0, and the test's check below was flaky).
        while (len(phones(server.url)) < 3 or recorded_sent(tmp_path) < 1) and deadline:
            deadline -= 1
            first.poll()
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        first.stdout.close()
        before = len(phones(server.url))
        assert 0 < before < ROWS, "killed too early or too late to prove anything"

        second = child(server.url, tmp_path, "-")  # the app started again: the outbox resumes
        out, _ = second.communicate(timeout=90)
        assert "DONE" in out
        stored = phones(server.url)
    assert len(stored) == ROWS
    assert sorted(stored) == sorted(f"+52556200{i:04d}" for i in range(ROWS))  # each once
    lines = out.splitlines()
    restored = next(line for line in lines if line.startswith("RESTORED ")).split(" ", 3)
    done, total = int(restored[1]), int(restored[2])
    assert (total, restored[3]) == (ROWS, "expo.csv")  # the progress comes back, named
    assert 0 < done < ROWS
    report = json.loads(next(line for line in lines if line.startswith("REPORT "))[7:])
    counts, rows = report["counts"], report["rows"]
    assert counts["finished"]
    assert counts["sent"] + counts["existed"] == ROWS
    # Every row of the file is accounted for: sent, or in the report with its reason.
    duplicates = [[ROWS + 2 + i, f"Otra vez {i}", f"El mismo teléfono ya está en la fila {i + 2} "
                   "del archivo."] for i in range(3)]  # fmt: skip
    existed = [r for r in rows if r[2] == "Ya existía: ese teléfono ya está en tus contactos."]
    assert sorted(r for r in rows if r not in existed) == duplicates
    assert len(existed) == counts["existed"]
    assert counts["sent"] + len(rows) == ROWS + 3
