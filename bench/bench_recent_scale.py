"""Recent contacts at scale: the real window with 100,000 contacts in the local history.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_recent_scale.py [--count 100000]

Each start-up runs in a fresh process (a warm interpreter would flatter it) with no server
answering (a closed local port), so what is measured is the history alone: the network calls
run on workers either way, and an empty server account would rightly wipe the history.

- start-up: launching the process to the list's first paint, with the history empty and full;
  target: full ≤ empty + 100 ms. As in main.py, the history is read on a worker once the window
  has painted, so it fills in after; also reported: when the full history is in the list.
- search: one keystroke's filtering plus the view's relayout and repaint, worst case over
  typing a name letter by letter, deleting, and phone fragments; target ≤ 50 ms.
- scrolling: one step of the scroll bar with a synchronous repaint, 95th percentile and
  worst; target ≤ 16 ms (60 frames a second).
- memory: the process's peak RSS after all of the above; target ≤ 250 MB.
Sorting by a column and merging a new server page are reported for information.

With ``--pending N`` (default 10,000; 0 skips it), the same with an import of N rows still
waiting in the outbox (issue 18), pinned on top of the list, no server answering: start-up
against the empty one (target: <= 1 s more), search and scrolling (same targets), and one
refresh of the pinned rows (the list re-reads them at most every 100 ms while the import drains,
on the GUI thread: target <= 16 ms for that frame, reported).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import common
from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from whaapy_contacts.api.mapping import contact_to_json
from whaapy_contacts.bootstrap.app import install_translators
from whaapy_contacts.bootstrap.compose import Config, Overrides, build_services, wire
from whaapy_contacts.bootstrap.deferred import warm_up_parsers
from whaapy_contacts.domain.contact import Contact, FunnelStage
from whaapy_contacts.domain.recent import row_for_contact
from whaapy_contacts.sandbox.server import DEFAULT_KEY
from whaapy_contacts.services.recent import RecentService
from whaapy_contacts.storage.recent import FILE_NAME, RecentStore
from whaapy_contacts.storage.secrets import MemoryStore
from whaapy_contacts.ui.shell.first_paint import after_first_paint
from whaapy_contacts.ui.shell.main_window import MainWindow
from whaapy_contacts.workers.runner import TaskRunner

FIRST = ("María", "José", "Juan", "Ana", "Luis", "Carmen", "Jorge", "Lucía", "Miguel",
         "Sofía", "Pedro", "Elena", "Ángel", "Rosa", "Raúl", "Patricia", "Fernando")  # fmt: skip
LAST = ("García", "Hernández", "López", "Martínez", "González", "Pérez", "Rodríguez", "Sánchez",
        "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Núñez")  # fmt: skip
TAGS = ("cliente", "vip", "feria2026", "mayoreo", "prospecto", "facturación", "recompra")
STAGES = (("s-nuevo", "Nuevo"), ("s-contactado", "Contactado"), ("s-calificado", "Calificado"),
          ("s-cliente", "Cliente"))  # fmt: skip
TYPING = ("m", "ma", "mar", "mari", "maria", "maria ", "maria g", "maria ga", "maria gar",
          "maria ga", "maria", "mar", "", "5", "55", "551", "5512", "+52 55 12", "", "núñez",
          "zzzz", "")  # fmt: skip


def make_history(folder: Path, count: int) -> None:
    """``count`` plausible contacts in the history store, as loaded pages would leave them."""

    rng = random.Random(7)
    store = RecentStore(folder / FILE_NAME)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    batch = []
    for n in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        stage = rng.choice((*STAGES, None))
        contact = Contact(
            id=f"00000000-0000-4000-8000-{n:012d}",
            phone_number=f"+52{rng.choice(('55', '33', '81'))}{rng.randrange(10**8):08d}",
            name=f"{first} {last} {rng.choice(LAST)}",
            email=f"{first.lower()}.{n}@empresa.mx",
            company=rng.choice(("", "", "Acme", "Cementos del Norte", "Papelería Ruiz")),
            tags=tuple(rng.sample(TAGS, rng.randrange(3))),
            funnel_stage=FunnelStage(*stage) if stage else None,
            custom_fields={"contrato": rng.randrange(100000), "activo": rng.random() < 0.5},
            source="manual",
            country="MX",
            created_at=start + timedelta(minutes=7 * n),
        )
        batch.append((row_for_contact(contact), json.dumps(contact_to_json(contact))))
        if len(batch) == 5000:
            store.save(batch, mine=False, seen=time.time())
            batch = []
    store.save(batch, mine=False, seen=time.time())
    store.close()


def make_pending(folder: Path, count: int) -> None:
    """``count`` checked rows of an import (bench_import's file) waiting in the outbox, as
    ImportService.send leaves them (services/importing.py)."""
    from bench_import import write_file  # noqa: PLC0415 - only for this case

    from whaapy_contacts.bootstrap.compose import open_outbox  # noqa: PLC0415
    from whaapy_contacts.domain.contact import draft_to_dict  # noqa: PLC0415
    from whaapy_contacts.domain.importing.checking import Settings, check_table  # noqa: PLC0415
    from whaapy_contacts.domain.importing.mapping import guess_mapping  # noqa: PLC0415
    from whaapy_contacts.domain.importing.reading import read_file  # noqa: PLC0415
    from whaapy_contacts.services.importing import BATCH_KEY, ROW_KEY  # noqa: PLC0415

    path = folder / "expo.csv"
    write_file(path, count)
    table = read_file(path)
    rows = check_table(table, guess_mapping(table.headers), Settings(decimal_comma=True))
    items = [(r.check.payload, {**draft_to_dict(r.draft), BATCH_KEY: "bench", ROW_KEY: r.number})
             for r in rows if r.sendable]  # fmt: skip
    store, _lock = open_outbox(folder)
    store.add_many(items)
    store.close()


# --- the measured process -------------------------------------------------------------------


def child(folder: Path, url: str, expected: int, launched: float) -> None:
    """Start the real window on ``folder``'s history; print timings and memory as JSON.
    ``launched`` is the wall-clock time the parent started this process."""
    app = QApplication(sys.argv[:1])
    install_translators(app, "es")
    window, attach, recent, runner = build_window(folder, url)
    painted = PaintWatch(window.table.viewport())

    def start() -> None:  # as main.py does once the model layer is loaded (here: already)
        window.present()
        attach()
        window.start()  # the history is read on a worker
        runner.submit("warm-up", warm_up_parsers)

    after_first_paint(window, start)
    window.show()
    wait_for(lambda: painted.seen)
    first_paint = time.time() - launched
    wait_for(lambda: window.attached and window.model.total() >= expected)
    history = time.time() - launched
    figures = {"first_paint_s": first_paint, "history_s": history}
    if expected:
        figures.update(measure_use(app, window))
        outbox = _KEEP_OUTBOX[0]
        figures["outbox_rows_refresh_s"] = timed(lambda: window.recent.set_outbox(outbox.unsent()))
    figures["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures), flush=True)
    # Done measuring. Leave without tearing down Qt objects in the interpreter's own order
    # (Python objects outliving the QApplication crashed the exit): workers first, then out.
    runner.wait(30_000)
    recent.close()
    os._exit(0)


class PaintWatch(QObject):
    """Notes the first paint of a widget (the list's viewport: the list is on screen)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


_KEEP: list[object] = []  # the services: alive until the child exits
_KEEP_OUTBOX: list[Any] = []  # their outbox, for the pinned rows' refresh


def build_window(
    folder: Path, url: str
) -> tuple[MainWindow, Callable[[], None], RecentService, TaskRunner]:
    """The window as main.py first shows it, and what wires its services (built here ahead:
    the figures are the window's and the history's, not the services' making)."""
    overrides = Overrides(
        data_folder=lambda _slug: folder, secrets=MemoryStore(),
        start_training=lambda: (url, DEFAULT_KEY),
        settings=QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
    )  # fmt: skip
    services = build_services(Config(base_url=url), overrides)
    window = MainWindow()
    window.resize(1180, 760)
    _KEEP.append(services)  # alive until the process exits
    _KEEP_OUTBOX.append(services.outbox)
    return window, lambda: wire(window, services), services.recent, services.runner


def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop (idle between events, as in the app) until ``condition``."""
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    poll = QTimer(interval=5)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    check()
    if not condition():
        loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("condition not met")


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def measure_use(app: QApplication, window: MainWindow) -> dict[str, float]:
    model, table = window.model, window.table

    def keystroke(text: str) -> None:
        model.set_filter(text)
        app.processEvents()
        table.viewport().repaint()

    search = [timed(lambda t=t: keystroke(t)) for t in TYPING]
    bar = table.verticalScrollBar()
    steps = [round(bar.maximum() * i / 300) for i in range(301)]
    steps += [bar.maximum() // 2 + i * 3 for i in range(100)]  # wheel-sized steps, mid-list
    frames = sorted(timed(lambda v=v: (bar.setValue(v), table.viewport().repaint())) for v in steps)
    sort = timed(lambda: model.sort(0, Qt.SortOrder.AscendingOrder))
    model.sort(4, Qt.SortOrder.DescendingOrder)
    page = [
        Contact(id=f"new-{n}", phone_number=f"+5255{n:08d}", name=f"Nuevo {n}",
                created_at=datetime.now(UTC) - timedelta(seconds=n))
        for n in range(50)
    ]  # fmt: skip
    merge = timed(lambda: model.merge_contacts(page))
    return {
        "search_max_s": max(search),
        "search_median_s": common.median(search),
        "scroll_p95_s": frames[int(len(frames) * 0.95)],
        "scroll_max_s": frames[-1],
        "sort_s": sort,
        "merge_page_s": merge,
    }


# --- the driver ------------------------------------------------------------------------------


def closed_port_url() -> str:
    """A loopback address where nothing listens: every call fails at once, as offline."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def run_child(folder: Path, url: str, expected: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", str(folder), "--url", url,
               "--expected", str(expected), "--launched", repr(time.time())]  # fmt: skip
    out = subprocess.run(command, check=True, capture_output=True, text=True, timeout=300)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pending", type=int, default=10_000)
    parser.add_argument("--child", type=Path)
    parser.add_argument("--url")
    parser.add_argument("--expected", type=int, default=0)
    parser.add_argument("--launched", type=float, default=0.0)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.url, args.expected, args.launched)
        return 0
    url = closed_port_url()
    with tempfile.TemporaryDirectory() as tmp:
        empty, full = Path(tmp, "empty"), Path(tmp, "full")
        empty.mkdir()
        full.mkdir()
        make_history(full, args.count)
        cold = [run_child(empty, url, 0) for _ in range(args.runs)]
        warm = [run_child(full, url, args.count) for _ in range(args.runs)]
        ok = report(cold, warm) if args.count else True
        if args.pending:
            pending = Path(tmp, "pending")
            pending.mkdir()
            make_pending(pending, args.pending)
            busy = [run_child(pending, url, args.pending) for _ in range(args.runs)]
            ok &= report_pending(cold, busy)
    return 0 if ok else 1


def report_pending(cold: list[dict[str, float]], busy: list[dict[str, float]]) -> bool:
    """The figures with an import's rows pinned on top (issue 18)."""

    def ms(runs: list[dict[str, float]], key: str) -> float:
        return common.median([r[key] for r in runs]) * 1000

    extra = ms(busy, "first_paint_s") - ms(cold, "first_paint_s")
    figures = [  # name, value, unit, target, within target
        ("startup_10k_pending", ms(busy, "first_paint_s"), "ms", "-", True),
        ("startup_extra_for_pending", extra, "ms", "<=1000", extra <= 1000),
        ("pending_listed", ms(busy, "history_s"), "ms", "-", True),
        ("pending_search_keystroke_max", ms(busy, "search_max_s"), "ms", "<=50",
         ms(busy, "search_max_s") <= 50),
        ("pending_search_keystroke_median", ms(busy, "search_median_s"), "ms", "-", True),
        ("pending_scroll_frame_p95", ms(busy, "scroll_p95_s"), "ms", "<=16",
         ms(busy, "scroll_p95_s") <= 16),
        ("pending_scroll_frame_max", ms(busy, "scroll_max_s"), "ms", "-", True),
        ("pending_rows_refresh", ms(busy, "outbox_rows_refresh_s"), "ms", "<=16",
         ms(busy, "outbox_rows_refresh_s") <= 16),
        ("rss_peak_10k_pending", max(r["rss_mb"] for r in busy), "MB", "-", True),
    ]  # fmt: skip
    return all([common.result(*figure) for figure in figures])


def report(cold: list[dict[str, float]], warm: list[dict[str, float]]) -> bool:
    def ms(runs: list[dict[str, float]], key: str) -> float:
        return common.median([r[key] for r in runs]) * 1000

    extra = ms(warm, "first_paint_s") - ms(cold, "first_paint_s")
    rss = max(r["rss_mb"] for r in warm)
    figures = [  # name, value, unit, target, within target
        ("startup_empty_history", ms(cold, "first_paint_s"), "ms", "-", True),
        ("startup_100k_history", ms(warm, "first_paint_s"), "ms", "-", True),
        ("rss_empty_history", max(r["rss_mb"] for r in cold), "MB", "-", True),
        ("startup_extra_for_history", extra, "ms", "<=100", extra <= 100),
        ("history_listed", ms(warm, "history_s"), "ms", "-", True),
        ("search_keystroke_max", ms(warm, "search_max_s"), "ms", "<=50",
         ms(warm, "search_max_s") <= 50),
        ("search_keystroke_median", ms(warm, "search_median_s"), "ms", "-", True),
        ("scroll_frame_p95", ms(warm, "scroll_p95_s"), "ms", "<=16",
         ms(warm, "scroll_p95_s") <= 16),
        ("scroll_frame_max", ms(warm, "scroll_max_s"), "ms", "-", True),
        ("sort_by_name", ms(warm, "sort_s"), "ms", "-", True),
        ("merge_server_page", ms(warm, "merge_page_s"), "ms", "-", True),
        ("rss_peak_100k", rss, "MB", "<=250", rss <= 250),
    ]  # fmt: skip
    return all([common.result(*figure) for figure in figures])


if __name__ == "__main__":
    sys.exit(main())
