"""Cold start: process start → main window shown, painted and idle, in training mode.

Reference, same run: a bare PySide6 main window (bench/bare_window.py). Both run offscreen in
fresh processes, alternately, several times; medians. Target: app ≤ 1.5 × bare. "Ready" is
the first paint followed by an idle event loop (whaapy_contacts/bootstrap/probe.py), so whatever
the app defers to just after the paint is counted.
For scale only, the same run also times bench/content_window.py: the bare window plus five
plain widgets (what any content costs PySide6 over an empty window).
Also: start-up with 100,000 contacts in local history vs an empty history (target: +100 ms).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common

HERE = Path(__file__).resolve().parent


def time_to_ready(cmd: list[str], env: dict[str, str]) -> float:
    started = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=True)
    ready = [line for line in out.stdout.splitlines() if line.startswith("READY ")]
    assert ready, out.stdout + out.stderr
    return float(ready[0].split()[1]) - started


def app_env(home: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WHAAPY_STARTUP_PROBE": "1"}
    env.update(HOME=home, XDG_DATA_HOME=f"{home}/data", XDG_STATE_HOME=f"{home}/state",
               XDG_CONFIG_HOME=f"{home}/config", XDG_CACHE_HOME=f"{home}/cache")  # fmt: skip
    env.pop("WHAAPY_API_KEY", None)
    # Installed apps run from compiled bytecode (pip and PyInstaller both compile it); a shell
    # that forbids writing .pyc would time the compiler instead. The warm-up run writes them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)  # medians: one noisy run must not decide
    args = parser.parse_args()
    app_cmd = [sys.executable, "-m", "whaapy_contacts.main"]
    bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
    content_cmd = [sys.executable, str(HERE / "content_window.py")]
    with tempfile.TemporaryDirectory() as home:
        env = app_env(home)
        time_to_ready(app_cmd, env)  # creates the data folders and the .pyc files; not counted
        time_to_ready(bare_cmd, env)
        time_to_ready(content_cmd, env)
        apps, bares, contents = [], [], []
        for _ in range(args.runs):
            apps.append(time_to_ready(app_cmd, env))
            bares.append(time_to_ready(bare_cmd, env))
            contents.append(time_to_ready(content_cmd, env))
    app, bare, content = common.median(apps), common.median(bares), common.median(contents)
    print(f"cold start: app {app * 1000:.0f} ms, bare window {bare * 1000:.0f} ms, "
          f"window with five widgets {content * 1000:.0f} ms (medians of {args.runs})")  # fmt: skip
    common.result("startup_bare_window", bare * 1000, "ms", "reference", True)
    common.result("startup_five_widget_window", content * 1000, "ms", "information", True)
    ratio = app / bare
    ok = common.result("startup_app", app * 1000, "ms", f"<={1.5 * bare * 1000:.0f}", ratio <= 1.5)
    common.result("startup_ratio", ratio, "x", "<=1.5", ratio <= 1.5)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
