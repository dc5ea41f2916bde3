"""The practice server's own file: damaged, or on a disk that can't hold it, practice still
starts (issue 14, case 11): a damaged file is moved aside, never deleted."""

from __future__ import annotations

import httpx
from tests.disks import read_only

from whaapy_contacts.bootstrap.practice import practice_server as _practice_server
from whaapy_contacts.sandbox.server import DEFAULT_KEY, SandboxServer


def works(server: SandboxServer) -> bool:
    headers = {"Authorization": f"Bearer {DEFAULT_KEY}"}
    with httpx.Client(base_url=server.url, headers=headers, timeout=10) as client:
        made = client.post("/contacts/v1", json={"phone_number": "+525512345678"})
        return made.is_success


def test_a_damaged_practice_file_is_moved_aside_and_practice_starts(tmp_path):
    path = tmp_path / "sandbox.sqlite3"
    path.write_bytes(b"\xde\xad\xbe\xef" * 1024)
    server = _practice_server(SandboxServer, path, 0)
    try:
        assert works(server)
        (moved,) = tmp_path.glob("sandbox-danado-*.sqlite3")
        assert moved.read_bytes() == b"\xde\xad\xbe\xef" * 1024
    finally:
        server.stop()


def test_practice_starts_in_memory_when_its_folder_is_read_only(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    with read_only(folder):
        server = _practice_server(SandboxServer, folder / "sandbox.sqlite3", 0)
        try:
            assert works(server)
        finally:
            server.stop()
