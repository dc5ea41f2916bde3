"""The "Ya existe: …" hint under the phone with 100,000 contacts in the local history.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_duplicate_hint.py

The real window on a history of 100,000 plausible contacts (bench_recent_scale.make_history),
every row in the list, no server answering (a closed port: the history alone is measured).
A number is typed with real key events; the time measured runs from the last digit's key press
to the hint painted (the key's handling, the indexed look-up by canonical digits, the hint's
layout and a synchronous repaint of the form). Numbers in the history, and numbers that are not
(the look-up finds nothing; nothing is shown). Target: ≤ 100 ms, the worst of them.

Then the server's part (bench/bench_duplicate_hint_server.py: one round trip, 50 contacts'
look-ups counted, 20 saves draining), first; ``--part local`` or one of its parts alone.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import common
from bench_duplicate_hint_server import PARTS
from bench_recent_scale import build_window, closed_port_url, make_history, wait_for
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from whaapy_contacts.bootstrap.app import install_translators
from whaapy_contacts.storage.recent import FILE_NAME


def stored_national_numbers(folder: Path, count: int) -> list[str]:
    """``count`` numbers of the history, as typed (10 digits), picked at random."""
    with sqlite3.connect(folder / FILE_NAME) as conn:
        phones = [str(r[0]) for r in conn.execute("SELECT phone FROM recent_contacts")]
    return [p[-10:] for p in random.Random(3).sample(phones, count)]


def type_number(app: QApplication, window, digits: str) -> float:
    """Empty the number, type all but the last digit, then time the last one to the paint."""
    form = window.form
    edit = form.phone.line_edit()
    edit.setFocus()
    edit.selectAll()  # the first digit typed replaces the last number
    QTest.keyClicks(edit, digits[:-1])
    app.processEvents()
    started = time.perf_counter()
    QTest.keyClick(edit, digits[-1])
    app.processEvents()
    form.repaint()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--numbers", type=int, default=30)
    parser.add_argument("--part", choices=["all", "local", *PARTS], default="all")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    install_translators(app, "es")
    if args.part != "local":
        ok = all([part() for name, part in PARTS.items() if args.part in ("all", name)])
        if args.part != "all":
            sys.stdout.flush()
            os._exit(0 if ok else 1)
    else:
        ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_history(folder, args.count)
        known = stored_national_numbers(folder, args.numbers)
        window, attach, _recent, runner = build_window(folder, closed_port_url())
        window.show()
        window.present()
        attach()
        window.start()
        wait_for(lambda: window.attached and window.model.total() >= args.count)
        hits, misses, shown, wrongly = [], [], 0, 0
        for digits in known:
            hits.append(type_number(app, window, digits))
            shown += window.form.existing.isVisible()
        for n in range(args.numbers):
            misses.append(type_number(app, window, f"99{n:08d}"))  # no such numbers there
            wrongly += window.form.existing.isVisible()
        runner.wait(30_000)
    worst = max(hits + misses) * 1000
    figures = [
        ("duplicate_hint_shown", shown, "of", str(args.numbers), shown == args.numbers),
        ("duplicate_hint_shown_for_new_numbers", wrongly, "of", "0", wrongly == 0),
        ("duplicate_hint_median", statistics.median(hits) * 1000, "ms", "-", True),
        ("duplicate_hint_none_median", statistics.median(misses) * 1000, "ms", "-", True),
        ("duplicate_hint_worst", worst, "ms", "<=100", worst <= 100),
    ]
    ok = all([common.result(*figure) for figure in figures]) and ok
    sys.stdout.flush()
    os._exit(0 if ok else 1)  # as bench_recent_scale: no teardown in the interpreter's order


if __name__ == "__main__":
    sys.exit(main())
