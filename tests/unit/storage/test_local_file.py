"""The local file when the disk fails for real: deleted while open, damaged, read-only, full."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.disks import fill, read_only, small_disk

from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.storage.local_db import Problem, StorageError
from whaapy_contacts.storage.outbox import OutboxStore
from whaapy_contacts.storage.recent import RecentStore

CODEC = (contact_to_json, contact_from_json)


def open_store(folder: Path) -> OutboxStore:
    return OutboxStore(folder / "local.sqlite3", CODEC)


def add(store: OutboxStore, n: int, note: str = "") -> str:
    payload = {"phone_number": f"+5255123400{n:02d}", "name": f"Persona {n}", "notes": note}
    return store.add(payload, {"phone_number": f"55 1234 00{n:02d}"}).id


def add_until_refused(store: OutboxStore) -> StorageError:
    """The WAL may have room for a few pages already: fill those too."""
    for n in range(2, 60):
        try:
            add(store, n, note="x" * 3000)
        except StorageError as exc:
            return exc
    raise AssertionError("the full disk never refused a write")


def delete_files(folder: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        (folder / f"local.sqlite3{suffix}").unlink(missing_ok=True)


def test_a_file_deleted_while_open_is_put_back_with_everything(tmp_path):
    store = open_store(tmp_path)
    restored: list[StorageError] = []
    store.on_restored = restored.append
    ids = [add(store, n) for n in range(3)]
    store.save_form_draft({"name": "A medio escribir"})
    delete_files(tmp_path)
    ids.append(add(store, 3))  # the next write notices first, then goes to the new file
    assert [e.problem for e in restored] == [Problem.RESTORED]
    store.close()
    again = open_store(tmp_path)
    assert [e.id for e in again.entries()] == ids
    assert again.form_draft() == {"name": "A medio escribir"}
    again.close()


def test_a_reader_that_made_an_empty_file_meanwhile_gets_our_rows_merged(tmp_path):
    store = open_store(tmp_path)
    ids = [add(store, n) for n in range(2)]
    store.begin_attempts([ids[0]])
    delete_files(tmp_path)
    RecentStore.read_rows(tmp_path / "local.sqlite3")  # the list's reader makes a new file
    assert store.check() is True
    store.close()
    again = open_store(tmp_path)
    assert [(e.id, e.attempts) for e in again.entries()] == [(ids[0], 1), (ids[1], 0)]
    again.close()


def test_a_damaged_file_is_moved_aside_never_deleted_and_a_fresh_one_started(tmp_path):
    store = open_store(tmp_path)
    add(store, 1)
    store.close()
    path = tmp_path / "local.sqlite3"
    with path.open("r+b") as f:
        f.write(b"\xde\xad\xbe\xef" * 32)  # garbage over the header
    damaged = path.read_bytes()
    store = open_store(tmp_path)
    notice = store.notice
    assert notice is not None
    assert notice.problem is Problem.CORRUPT
    assert notice.moved_to is not None
    assert notice.moved_to.parent == tmp_path
    assert notice.moved_to.name.startswith("local-danado-")
    assert notice.moved_to.read_bytes() == damaged
    add(store, 2)
    assert len(store.entries()) == 1
    store.close()


@pytest.mark.parametrize("how", ["mount", "chattr"])
def test_a_read_only_folder_is_read_and_every_write_refused_until_it_is_writable(tmp_path, how):
    folder = tmp_path / "account"
    folder.mkdir()
    store = open_store(folder)
    first = add(store, 1)
    store.close()
    with read_only(folder, how):
        store = open_store(folder)
        assert not store.writable
        assert store.notice is not None
        assert store.notice.problem is Problem.READ_ONLY
        assert [e.id for e in store.entries((OutboxState.PENDING,))] == [first]
        with pytest.raises(StorageError) as refused:
            add(store, 2)
        assert refused.value.problem is Problem.READ_ONLY
        with pytest.raises(StorageError):
            store.save_form_draft({"name": "x"})
        assert store.try_recover() is False
    assert store.try_recover() is True
    add(store, 2)
    assert len(store.entries()) == 2
    store.close()


def test_a_full_disk_refuses_a_save_and_it_works_again_once_space_is_freed(tmp_path):
    with small_disk(tmp_path / "disk", 256) as disk:
        store = open_store(disk)
        add(store, 1)
        filler = fill(disk)
        refused = add_until_refused(store)
        assert refused.problem is Problem.FULL
        saved = len(store.entries())
        filler.unlink()
        assert store.try_recover() is True
        add(store, 99)
        assert len(store.entries()) == saved + 1
        store.close()


CHILD = """
import resource, signal, sys
from pathlib import Path
from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.storage.local_db import StorageError
from whaapy_contacts.storage.outbox import OutboxStore
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
folder = Path(sys.argv[1])
store = OutboxStore(folder / "local.sqlite3", (contact_to_json, contact_from_json))
store.add({"phone_number": "+525512340000"}, {})
biggest = max(p.stat().st_size for p in folder.iterdir())
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + 4096, hard))
try:
    for n in range(1, 50):
        store.add({"phone_number": f"+5255123400{n:02d}", "notes": "x" * 3000}, {})
    print("NOT REFUSED")
except StorageError as exc:
    print("REFUSED", exc.problem.value)
print("KEPT", len(store.entries()))  # the refused one is not among them
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
print("RECOVER", store.try_recover())
store.add({"phone_number": "+525512349999"}, {})
print("COUNT", len(store.entries()))
"""


def test_a_file_size_limit_is_refused_and_recovered_in_a_child_process(tmp_path):
    """The full disk that any CI can run (no mount): RLIMIT_FSIZE in a child process."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True,
        timeout=60, check=False, env={**os.environ},
    )  # fmt: skip
    lines = done.stdout.split("\n")
    assert done.returncode == 0, done.stderr
    refused = next(line for line in lines if line.startswith("REFUSED"))
    assert refused.split()[1] in {"full", "write"}
    assert [line for line in lines if line.startswith("RECOVER")] == ["RECOVER True"]
    kept = int(next(line for line in lines if line.startswith("KEPT")).split()[1])
    count = int(next(line for line in lines if line.startswith("COUNT")).split()[1])
    assert kept >= 1
    assert count == kept + 1


def test_a_file_found_damaged_mid_session_is_moved_aside_with_what_can_still_be_read(tmp_path):
    store = open_store(tmp_path)
    ids = [add(store, n) for n in range(3)]
    error = store.start_afresh()
    assert error.problem is Problem.CORRUPT
    assert error.moved_to is not None
    assert error.moved_to.exists()  # never deleted
    assert [e.id for e in store.entries()] == ids  # read back through the open connection
    ids.append(add(store, 9))
    store.close()
    again = open_store(tmp_path)
    assert [e.id for e in again.entries()] == ids
    again.close()


def test_two_windows_on_a_deleted_file_end_up_on_one_file_with_everything(tmp_path):
    one, two = open_store(tmp_path), open_store(tmp_path)  # as two app instances
    ids = [add(one, 1), add(two, 2)]
    sent = add(one, 3)
    one.begin_attempts([sent])
    delete_files(tmp_path)
    ids.append(add(two, 4))  # this one notices first: it copies what it reads
    one.recover_after_crash()  # the other notices at its next write: it merges into that file
    ids.append(add(one, 5))
    one.close()
    two.close()
    again = open_store(tmp_path)
    found = {e.id: e for e in again.entries()}
    assert set(found) == {*ids, sent}
    assert found[sent].ambiguous  # the newer version of the entry won the merge
    again.close()


IMMUTABLE_CHILD = """
import subprocess, sys
from pathlib import Path
from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.storage.local_db import StorageError
from whaapy_contacts.storage.outbox import OutboxStore
from whaapy_contacts.storage.recent import RecentStore
folder = Path(sys.argv[1])
store = OutboxStore(folder / "local.sqlite3", (contact_to_json, contact_from_json))
recent = RecentStore(folder / "local.sqlite3")
for n in range(20):
    store.add({"phone_number": f"+5255123400{n:02d}"}, {})
recent.set_meta("k", "v")
files = [str(folder), *map(str, folder.iterdir())]
if subprocess.run(["chattr", "+i", *files], capture_output=True).returncode:
    print("NO CHATTR"); sys.exit(0)
try:
    store.check()
except StorageError as exc:
    print("CHECK", exc.problem.value)
try:
    store.add({"phone_number": "+525512349999"}, {})
except StorageError as exc:
    print("ADD", exc.problem.value)
print("RECOVER", store.try_recover())
print("READ", len(store.entries()), recent.count(), recent.meta("k"))
store.close(); recent.close()  # and the process exits with the folder still immutable
print("CLOSED", flush=True)
"""


def test_a_folder_made_immutable_while_open_is_read_only_never_a_crash_even_at_exit(tmp_path):
    """``chattr +i`` under open connections: SQLite's next write through its mapped -shm would
    be a SIGBUS (exit code 135, no message); the stores give those connections up first."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", IMMUTABLE_CHILD, str(tmp_path)], capture_output=True,
            text=True, timeout=60, check=False,
        )  # fmt: skip
    finally:
        subprocess.run(["chattr", "-R", "-i", str(tmp_path)], capture_output=True, check=False)
    if "NO CHATTR" in done.stdout:
        pytest.skip("chattr +i is not permitted here")
    assert done.returncode == 0, (done.returncode, done.stderr)
    assert done.stdout.split("\n")[:5] == [
        "CHECK read_only",
        "ADD read_only",
        "RECOVER False",
        "READ 20 0 v",
        "CLOSED",
    ]
