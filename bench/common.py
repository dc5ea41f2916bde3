"""Helpers shared by the benchmarks: medians, RESULT lines, a sandbox with a client."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def result(name: str, value: float, unit: str, target: str, ok: bool) -> bool:
    """One line per figure: ``RESULT <name> <value> <unit> target=<target> <pass|fail>``."""
    print(
        f"RESULT {name} {value:.3f} {unit} target={target} {'pass' if ok else 'fail'}", flush=True
    )
    return ok


def repeat(times: int, measure: Callable[[], float]) -> list[float]:
    return [measure() for _ in range(times)]


class SandboxProcess:
    """The sandbox in its own process (like the real server: not sharing the app's GIL)."""

    def __init__(self, *args: str) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "whaapy_contacts.sandbox.cli", "--port", "0", *args],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline().strip()
        assert line.startswith("listening on "), line
        self.url = line.removeprefix("listening on ")

    def __enter__(self) -> SandboxProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self._proc.terminate()
        self._proc.wait(10)
        if self._proc.stdout:
            self._proc.stdout.close()
