"""Real disk faults for the storage tests: a small tmpfs that fills, a read-only bind mount.

Both need ``mount`` (root, as CI runs); a test skips only when mounting is not permitted. Root
ignores permission bits, so a read-only folder is made with a read-only bind mount: the kernel
then refuses every write (EROFS), as on a read-only disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"mounting is not permitted here: {done.stderr.strip()}")


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


@contextlib.contextmanager
def small_disk(path: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` at ``path`` (made if missing), unmounted afterwards."""
    path.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(path))
    try:
        yield path
    finally:
        _umount(path)


def fill(disk: Path) -> Path:
    """Write a file until the disk has no space left; returns it (delete it to free space)."""
    filler = disk / "filler.bin"
    chunk = b"\0" * 4096
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(chunk)
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
    with contextlib.suppress(OSError), filler.open("ab", buffering=0) as out:
        while True:  # the last bytes too
            out.write(b"\0")
    return filler


@contextlib.contextmanager
def read_only(path: Path, how: str = "mount") -> Iterator[None]:
    """``path`` read-only inside the block: a bind mount of itself remounted ``ro`` (the kernel
    refuses every write with EROFS), or with ``how="chattr"``, or where mounting is not
    permitted, ``chattr +i`` on the folder and its files (EPERM, also for root; ext4 and the
    like, not tmpfs)."""
    if how == "mount" and _try_mount("--bind", str(path), str(path)):
        try:
            done = subprocess.run(
                ["mount", "-o", "remount,ro,bind", str(path)], capture_output=True, check=False
            )
            if done.returncode != 0:
                pytest.skip("a read-only remount is not permitted here")
            assert not os.access(path, os.W_OK)
            yield
        finally:
            _umount(path)
        return
    targets = [path, *sorted(path.iterdir())]
    if not _chattr("+i", targets):
        pytest.skip("neither a read-only mount nor chattr +i is permitted here")
    try:
        assert not os.access(path, os.W_OK)
        yield
    finally:
        _chattr("-i", targets)


def _try_mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


def _chattr(flag: str, targets: list[Path]) -> bool:
    command = ["chattr", flag, *map(str, targets)]
    try:
        return subprocess.run(command, capture_output=True, check=False).returncode == 0
    except FileNotFoundError:
        return False
