"""Time from starting a command to its first top-level window being mapped on an X display.

Usage: ``python3 startup_time.py --display :99 --runs 5 [--cold] -- COMMAND [ARG...]``

Measured from outside the app, as a person would see it: the clock starts just before the
command is spawned and stops when the X server reports the first MapNotify of a normal (not
override-redirect) window. The app is then sent SIGTERM. ``--cold`` drops the kernel's page
cache before each run (root only), so every run reads the bundle from disk. Prints each run and
the median. Stdlib only (ctypes on libX11), so it runs on the host of the chroot test.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import select
import statistics
import subprocess
import sys
import time
from pathlib import Path

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class XMapEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class XEvent(ctypes.Union):
    _fields_ = [
        ("type", ctypes.c_int),
        ("xmap", XMapEvent),
        ("pad", ctypes.c_long * 24),
    ]


class Display:
    """The few Xlib calls needed to watch the root window for new windows being mapped."""

    def __init__(self, name: str) -> None:
        self.x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        for fn in ("XDefaultRootWindow", "XPending", "XConnectionNumber", "XNextEvent"):
            getattr(self.x, fn).argtypes = [ctypes.c_void_p] + (
                [ctypes.POINTER(XEvent)] if fn == "XNextEvent" else []
            )
        self.x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        self.x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.dpy = self.x.XOpenDisplay(name.encode())
        if not self.dpy:
            raise SystemExit(f"cannot open X display {name}")
        root = self.x.XDefaultRootWindow(self.dpy)
        self.x.XSelectInput(self.dpy, root, SUBSTRUCTURE_NOTIFY_MASK)
        self.x.XSync(self.dpy, 0)
        self.fd = self.x.XConnectionNumber(self.dpy)

    def drain(self) -> None:
        event = XEvent()
        self.x.XSync(self.dpy, 0)
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, ctypes.byref(event))

    def wait_for_map(self, deadline: float) -> float | None:
        """perf_counter() at the first normal window's MapNotify, or None at the deadline."""
        event = XEvent()
        while True:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(event))
                if event.type == MAP_NOTIFY and not event.xmap.override_redirect:
                    return time.perf_counter()
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                return None
            select.select([self.fd], [], [], remaining)


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n", encoding="ascii")


def one_run(display: Display, command: list[str], cold: bool, timeout: float) -> float | None:
    display.drain()
    if cold:
        drop_caches()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    mapped = display.wait_for_map(start + timeout)
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    return None if mapped is None else mapped - start


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", default=os.environ.get("DISPLAY", ":0"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("command", nargs="+")
    args = parser.parse_args(argv)
    display = Display(args.display)
    times = []
    for index in range(args.runs):
        elapsed = one_run(display, args.command, args.cold, args.timeout)
        if elapsed is None:
            print(f"run {index + 1}: no window within {args.timeout:.0f} s", file=sys.stderr)
            return 1
        times.append(elapsed)
        print(f"run {index + 1}: {elapsed:.3f} s", flush=True)
    kind = "cold (page cache dropped)" if args.cold else "warm"
    print(
        f"{kind}: median {statistics.median(times):.3f} s, "
        f"min {min(times):.3f} s, max {max(times):.3f} s over {len(times)} runs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
