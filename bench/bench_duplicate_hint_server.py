"""The "Ya existe: …" hint from the server (issue 17, item 2): the real window against the
sandbox in its own process (Whaapy's 100 requests a minute); run by bench_duplicate_hint.py.

- **One round trip.** Contacts made only on the server; each search answer delayed 300 ms (a
  sandbox fault). From the last digit's key press to the hint shown, against the same request
  made directly with httpx (same delay). Target: the hint within the round trip + 100 ms.
- **50 contacts typed** (a slip fixed before the number is complete, the number retyped in
  its other forms, +52 1 and 044, then an e-mail), the form emptied after each as a save does:
  requests counted by the sandbox (``/_sandbox/stats``). Target: ≤ 50 look-ups for the numbers
  and ≤ 50 for the e-mails, nothing else.
- **20 saves draining.** 20 contacts saved with Ctrl+Enter in a row, then a number the history
  lacks typed while they drain (the app paces them to the budget): how long the saves take,
  with and without the look-up (a fresh sandbox and app each), and whether the look-up went
  after every save. Target: after the last save; the drain within 10 % (or 1 s) of without.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import common
import httpx
from bench_recent_scale import wait_for
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from whaapy_contacts.bootstrap.compose import Config, Overrides, Services, build_services, wire
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.sandbox.server import DEFAULT_KEY
from whaapy_contacts.storage.secrets import MemoryStore
from whaapy_contacts.ui.shell.main_window import MainWindow

DELAY_MS = 300
AUTH = {"Authorization": f"Bearer {DEFAULT_KEY}"}
CTRL = Qt.KeyboardModifier.ControlModifier
_KEEP: list[object] = []  # alive until the process exits (as bench_recent_scale)


class App:
    """The window and its services, built and wired as the app does, in practice mode."""

    def __init__(self, url: str, *, hints: bool = True) -> None:
        folder = Path(tempfile.mkdtemp(prefix="bench-hint-"))
        overrides = Overrides(
            data_folder=lambda _slug: folder, secrets=MemoryStore(),
            start_training=lambda: (url, DEFAULT_KEY),
            settings=QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
        )  # fmt: skip
        self.services: Services = build_services(Config(base_url=url), overrides)
        if not hints:  # the app as it was before the server was asked while typing
            self.services.duplicate_hint._client = None
        self.window = MainWindow()
        self.window.resize(1180, 760)
        wire(self.window, self.services)
        self.window.show()
        self.window.present()
        self.window.start()
        _KEEP.append(self)
        wait_for(lambda: self.window.form.stage.count() > 1)
        wait_for(lambda: self.services.runner.pending() == 0)
        self.asked: list[tuple[str, str]] = []
        self.answers: list[tuple[float, str]] = []
        hint = self.services.duplicate_hint
        hint.server_asked.connect(lambda kind, value: self.asked.append((kind, value)))
        hint.server_settled.connect(
            lambda kind, _v: self.answers.append((time.perf_counter(), kind))
        )

    @property
    def form(self):
        return self.window.form


class Sandbox(common.SandboxProcess):
    def control(self, method: str, path: str, body: object = None) -> dict:
        with httpx.Client(base_url=self.url, timeout=10) as client:
            response = client.request(method, path, json=body)
            response.raise_for_status()
            return dict(response.json())

    def requests(self) -> int:
        return int(self.control("GET", "/_sandbox/stats")["requests"])

    def delay_searches(self, times: int) -> None:
        fault = {"kind": "delay", "ms": DELAY_MS, "times": times, "method": "POST",
                 "path": "/contacts/v1/search"}  # fmt: skip
        self.control("POST", "/_sandbox/faults", {"faults": [fault]})

    def create(self, phone: str, name: str, email: str = "") -> None:
        body = {"phone_number": phone, "name": name} | ({"email": email} if email else {})
        with httpx.Client(base_url=self.url, headers=AUTH, timeout=10) as client:
            client.post("/contacts/v1", json=body).raise_for_status()

    def round_trip(self, digits: str) -> float:
        self.delay_searches(1)
        body = {"filters": {"phone_number": {"contains": digits}}, "limit": 100}
        with httpx.Client(base_url=self.url, headers=AUTH, timeout=10) as client:
            client.get("/contacts/v1", params={"limit": 1})  # connected first, as the app is
            started = time.perf_counter()
            client.post("/contacts/v1/search", json=body).raise_for_status()
            return time.perf_counter() - started


def retype(field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)
    QApplication.processEvents()


def wait_answers(app: App, count: int) -> None:
    wait_for(lambda: len(app.answers) >= count, timeout=30)


def one_round_trip() -> bool:
    with Sandbox("--rate-limit", "0") as sandbox:
        app = App(sandbox.url)
        numbers = [f"55{n:04d}7788" for n in range(10)]
        for n, digits in enumerate(numbers):
            sandbox.create("+52" + digits, f"Colega {n}")
        edit, hints, raws = app.form.phone.line_edit(), [], []
        for digits in numbers:
            raws.append(sandbox.round_trip(digits[::-1]))  # another number, nothing cached
            sandbox.delay_searches(1)
            retype(edit, digits[:-1])
            started = time.perf_counter()
            QTest.keyClick(edit, digits[-1])
            wait_for(app.form.existing.isVisible, timeout=10)
            hints.append(time.perf_counter() - started)
        shown = app.form.existing.text().startswith("Ya existe: Colega")
    rtt, hint = common.median(raws) * 1000, common.median(hints) * 1000
    return all([
        common.result("server_hint_round_trip_median", rtt, "ms", "-", True),
        common.result("server_hint_median", hint, "ms", f"<={rtt + 100:.0f}", hint <= rtt + 100),
        common.result("server_hint_worst", max(hints) * 1000, "ms", "-", shown),
    ])  # fmt: skip


def fifty_contacts(count: int = 50) -> bool:
    with Sandbox() as sandbox:  # Whaapy's 100 a minute
        app = App(sandbox.url)
        form, before = app.form, sandbox.requests()
        for n in range(count):
            national = f"33{n:04d}1234"
            retype(form.phone.line_edit(), national[:6] + "9")  # a slip...
            QTest.keyClick(form.phone.line_edit(), Qt.Key.Key_Backspace)  # ...fixed
            QTest.keyClicks(form.phone.line_edit(), national[6:])
            wait_answers(app, len(app.answers) + 1)
            for other in (f"+52 1 {national}", f"044 {national}", national):  # kept: no request
                retype(form.phone.line_edit(), other)
            QTest.keyClicks(form.name, f"Contacto {n}")
            retype(form.email, f"contacto{n}@empresa.mx")
            QTest.keyClick(form.email, Qt.Key.Key_Tab)  # leaving the e-mail asks
            wait_answers(app, 2 * (n + 1))
            form.clear_for_next()  # as a save leaves it
        spent = sandbox.requests() - before
    phones = sum(kind == "phone" for kind, _ in app.asked)
    emails = sum(kind == "email" for kind, _ in app.asked)
    return all([
        common.result("server_hint_requests_for_50_numbers", phones, "requests", f"<={count}",
                      phones <= count),
        common.result("server_hint_requests_for_50_emails", emails, "requests", f"<={count}",
                      emails <= count),
        common.result("server_hint_requests_counted_by_sandbox", spent, "requests",
                      f"={phones + emails}", spent == phones + emails),
    ])  # fmt: skip


def drain(with_look_up: bool, saves: int = 20) -> tuple[float, bool]:
    """Seconds for ``saves`` contacts to be sent; whether the look-up went after them all."""
    with Sandbox() as sandbox:
        app = App(sandbox.url, hints=with_look_up)
        form, outbox = app.form, app.services.outbox
        sent: list[float] = []
        outbox.entry_changed.connect(
            lambda e: (
                sent.append(time.perf_counter()) if e and e.state is OutboxState.SENT else None
            )
        )
        started = time.perf_counter()
        for n in range(saves):
            retype(form.phone.line_edit(), f"81{n:04d}5566")
            QTest.keyClicks(form.name, f"Guardado {n}")
            QTest.keyClick(form.name, Qt.Key.Key_Return, CTRL)
            QApplication.processEvents()
        if with_look_up:
            retype(form.phone.line_edit(), "8199998877")  # not saved by anyone: the server asked
        wait_for(lambda: len(sent) >= saves, timeout=120)
        drained = sent[-1] - started
        wait_for(
            lambda: app.services.runner.pending() == 0 and not app.services.duplicate_hint.busy(),
            timeout=120,
        )
        return drained, all(when >= sent[-1] - 0.001 for when, _kind in app.answers)


def saves_first() -> bool:
    without, _ = drain(False)
    with_hint, after = drain(True)
    slack = max(1.0, without * 0.1)
    return all([
        common.result("saves_drain_without_look_up", without, "s", "-", True),
        common.result("saves_drain_with_look_up", with_hint, "s", f"<={without + slack:.1f}",
                      with_hint <= without + slack),
        common.result("look_up_after_every_save", int(after), "bool", "1", after),
    ])  # fmt: skip


PARTS: dict[str, Callable[[], bool]] = {
    "round_trip": one_round_trip, "fifty": fifty_contacts, "saves": saves_first,
}  # fmt: skip


def run() -> bool:
    return all([part() for part in PARTS.values()])
