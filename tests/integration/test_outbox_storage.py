"""The outbox's local file deleted or failing in the middle of a burst of sends, against the real
sandbox: every contact reaches the server exactly once, and a restart finds nothing left."""

from __future__ import annotations

import shutil

import pytest
from tests.disks import fill, small_disk
from tests.integration.test_outbox import Harness, server_contacts

from whaapy_contacts.domain.contact import ContactDraft
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.services import outbox as outbox_module
from whaapy_contacts.workers.runner import TaskRunner

COUNT = 60


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch):
    monkeypatch.setattr(outbox_module, "BACKOFF_BASE_S", 0.02)
    monkeypatch.setattr(outbox_module, "BACKOFF_CAP_S", 0.1)


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    assert runner.wait(10000)


def submit_burst(box: Harness, prefix: str) -> None:
    for i in range(COUNT):
        box.service.submit(ContactDraft(phone_number=f"55 {prefix} {i:04d}", name=f"Ráfaga {i}"))


def phones(sandbox) -> list[str]:
    return sorted(c["phone_number"] for c in server_contacts(sandbox))  # COUNT < one page


def test_the_file_deleted_mid_burst_loses_nothing_and_sends_nothing_twice(
    qtbot, sandbox, tmp_path, runner
):
    sandbox.add_faults(
        {"kind": "delay", "ms": 30, "method": "POST", "path": "/contacts/v1", "times": COUNT}
    )
    box = Harness(sandbox, tmp_path, runner)
    submit_burst(box, "6200")
    qtbot.waitUntil(lambda: len(server_contacts(sandbox)) >= 5, timeout=10000)  # under way
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"local.sqlite3{suffix}").unlink(missing_ok=True)
    qtbot.waitUntil(box.settled, timeout=20000)
    assert box.service.storage.notice is not None  # "se volvió a crear…"
    assert {e.state for e in box.service.entries()} == {OutboxState.SENT}
    box.close()
    assert runner.wait(10000)
    again = Harness(sandbox, tmp_path, runner)  # a restart reads the restored file
    try:
        entries = again.service.entries()
        assert len(entries) == COUNT
        assert {e.state for e in entries} == {OutboxState.SENT}
        assert phones(sandbox) == sorted(f"+52556200{i:04d}" for i in range(COUNT))
    finally:
        again.close()


def test_a_disk_that_fills_mid_burst_records_every_answer_once_space_returns(
    qtbot, sandbox, tmp_path, runner
):
    # Larger than the WAL ever grows between checkpoints (~4 MB): a disk smaller than that is
    # filled again by the WAL itself once the filler is gone (measured with 2 MB).
    with small_disk(tmp_path / "disk", 8192) as disk:
        sandbox.add_faults(
            {"kind": "delay", "ms": 30, "method": "POST", "path": "/contacts/v1", "times": COUNT}
        )
        box = Harness(sandbox, disk, runner)
        submit_burst(box, "6300")
        qtbot.waitUntil(lambda: len(server_contacts(sandbox)) >= 5, timeout=10000)
        filler = fill(disk)
        qtbot.waitUntil(lambda: box.service.storage.problem is not None, timeout=10000)
        filler.unlink()
        qtbot.waitUntil(box.settled, timeout=20000)
        assert {e.state for e in box.service.entries()} == {OutboxState.SENT}
        box.close()
        assert runner.wait(10000)
        copy = tmp_path / "copy"
        shutil.copytree(disk, copy)
    again = Harness(sandbox, copy, runner)
    try:
        assert len(again.service.entries()) == COUNT
        assert not again.service.has_pending()
        assert phones(sandbox) == sorted(f"+52556300{i:04d}" for i in range(COUNT))
    finally:
        again.close()
