"""``whaapy-contacts --smoke``: the real app saves one practice contact; exit 0 only if all worked.

Used on a developer's checkout, on the frozen bundle and on an installed package alike. It runs
the normal wiring (main.py, the embedded sandbox, the worker threads) but never touches the
user's own data, settings, logs, keyring or Whaapy account:

* ``prepare()`` runs before anything reads a path. It points the data, config and state folders at
  a new temporary folder (XDG_* on Linux and, through platformdirs, on macOS;
  WIN_PD_OVERRIDE_LOCAL_APPDATA on Windows), makes QSettings write an INI file there, drops
  WHAAPY_API_KEY and gives the app keyring's null backend, so the account starts in practice mode.
* ``SmokeRun.start()`` runs right after ``window.show()``. It waits for the window to be exposed,
  checks that the keyring backend for this platform loads, types a contact into the form, waits
  for it in the recent list, confirms it in the sandbox, prints a report and exits.

The temporary folder is removed on success and kept (its path printed) on failure. The report
goes to stdout and, when ``WHAAPY_SMOKE_REPORT`` names a file, there too (Windows GUI builds have
no stdout).
``WHAAPY_SMOKE_REQUIRE_KEYRING=1`` also requires a usable keyring and round-trips a throwaway
secret through it (CI and the chroot test run it so, inside a private D-Bus session).
"""

from __future__ import annotations

import atexit
import importlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication

from whaapy_contacts import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from whaapy_contacts.services.account import AccountService
    from whaapy_contacts.ui.shell.main_window import MainWindow

PHONE = "55 1234 5678"
PHONE_E164 = "+525512345678"
NAME = "Prueba de humo"
EMAIL = "prueba.humo@ejemplo.mx"  # goes through email-validator, as typed addresses do
TIMEOUT_MS = 30_000
REQUIRE_KEYRING = "WHAAPY_SMOKE_REQUIRE_KEYRING"
REPORT_FILE = "WHAAPY_SMOKE_REPORT"
# The backend this platform's users need; keyring picks it when its service is reachable.
PLATFORM_BACKENDS = {
    "linux": ("keyring.backends.SecretService", "Keyring"),
    "win32": ("keyring.backends.Windows", "WinVaultKeyring"),
    "darwin": ("keyring.backends.macOS", "Keyring"),
}


def prepare() -> SmokeRun:
    """Isolate this process from the user's files and secrets. Call before any path is read."""
    folder = Path(tempfile.mkdtemp(prefix="whaapy-smoke-"))
    for variable, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("WIN_PD_OVERRIDE_LOCAL_APPDATA", "appdata"),
    ):
        os.environ[variable] = str(folder / sub)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    ignored_key = os.environ.pop("WHAAPY_API_KEY", None) is not None
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "config"))
    run = SmokeRun(folder)
    atexit.register(run.cleanup)
    if ignored_key:
        run.note("info", "WHAAPY_API_KEY ignored: the smoke test runs in practice mode only")
    return run


@dataclass
class SmokeRun:
    """One smoke run: its throwaway folder, the report lines so far, and the Qt plumbing."""

    folder: Path
    lines: list[tuple[str, str]] = field(default_factory=list)
    failed: bool = False
    exit_code: int | None = None

    def note(self, status: str, text: str) -> None:
        self.lines.append((status, text))
        self.failed = self.failed or status == "FAIL"

    def start(self, app: QApplication, window: MainWindow, account: AccountService) -> None:
        """Drive the shown window; ``app.exit(code)`` when done or after TIMEOUT_MS."""
        self._app, self._window, self._account = app, window, account
        self._timeout = QTimer(app, singleShot=True, interval=TIMEOUT_MS)
        self._timeout.timeout.connect(self._timed_out)
        self._timeout.start()
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            QTimer.singleShot(0, self._shown)
        elif handle is not None:
            self._expose_watch = _ExposeWatch(self._shown, handle)
            handle.installEventFilter(self._expose_watch)
        else:
            self._finish("FAIL", "the window has no native window after show()")

    # --- the steps, in order ----------------------------------------------------------------

    def _shown(self) -> None:
        since = seconds_since_process_start()
        when = f" ({since:.2f} s after the process started)" if since is not None else ""
        platform = QGuiApplication.platformName()
        self.note("ok", f"window shown on the '{platform}' platform{when}")
        self.note(*check_translations())
        self.note(*check_keyring(os.environ.get(REQUIRE_KEYRING) == "1"))
        self._submit()

    def _submit(self) -> None:
        from whaapy_contacts.services.account import Mode

        if self._account.mode is not Mode.TRAINING:
            self._finish("FAIL", f"not in practice mode ({self._account.mode.value}); stopped")
            return
        model = self._window.model
        for signal in (model.rowsInserted, model.modelReset, model.dataChanged):
            signal.connect(self._check_list)
        form = self._window.form
        form.phone.set_text(PHONE)
        form.name.setText(NAME)
        form.email.setText(EMAIL)
        form.submit()

    def _check_list(self) -> None:
        model = self._window.model
        for row in range(model.rowCount()):
            contact = model.contact_at(row)
            wanted = (contact.phone_number, contact.name, contact.email) == (
                PHONE_E164,
                NAME,
                EMAIL,
            )
            if wanted and contact.id:
                self._listed(contact.id)
                return

    def _listed(self, contact_id: str) -> None:
        model = self._window.model
        for signal in (model.rowsInserted, model.modelReset, model.dataChanged):
            signal.disconnect(self._check_list)
        self.note("ok", f"practice contact saved and listed: {NAME}, {PHONE_E164}, {EMAIL}")
        client = self._account.client()
        try:
            stored = client.get_contact(contact_id)  # the loopback sandbox: instant
        except Exception as exc:  # any failure is the report's finding
            self._finish("FAIL", f"the sandbox does not have it: {type(exc).__name__}: {exc}")
            return
        if (stored.phone_number, stored.email) != (PHONE_E164, EMAIL):
            self._finish("FAIL", f"the sandbox has {stored.phone_number} {stored.email}")
            return
        self._finish("ok", f"confirmed in the embedded sandbox at {client.base_url}")

    def _timed_out(self) -> None:
        form = self._window.form
        shown = [form.summary.text(), form.error_text("phone_number"), form.error_text("name")]
        detail = "; ".join(text for text in shown if text) or "no message in the form"
        self._finish(
            "FAIL", f"no saved contact in the list after {TIMEOUT_MS // 1000} s ({detail})"
        )

    def _finish(self, status: str, text: str) -> None:
        self._timeout.stop()
        self.note(status, text)
        self.exit_code = 1 if self.failed else 0
        report = self.report()
        print(report, flush=True)
        if os.environ.get(REPORT_FILE):  # a windowed .exe has no stdout to print to
            Path(os.environ[REPORT_FILE]).write_text(report + "\n", encoding="utf-8")
        self._app.exit(self.exit_code)

    # --- output -----------------------------------------------------------------------------

    def report(self) -> str:
        frozen = "frozen bundle" if getattr(sys, "frozen", False) else "from source"
        head = f"whaapy-contacts {__version__} smoke test ({frozen}, data in {self.folder})"
        body = [f"[{status:>4}] {text}" for status, text in self.lines]
        verdict = "SMOKE FAILED" if self.failed else "SMOKE OK"
        return "\n".join([head, *body, verdict])

    def cleanup(self) -> None:
        """Remove the throwaway folder, unless the run failed (then it is the evidence)."""
        if self.exit_code == 0:
            shutil.rmtree(self.folder, ignore_errors=True)


class _ExposeWatch(QObject):
    """Calls back once, when the native window is first exposed (really on screen)."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        exposed = getattr(watched, "isExposed", lambda: False)()
        if event.type() == QEvent.Type.Expose and exposed and not self._done:
            self._done = True
            QTimer.singleShot(0, self._callback)
        return False


def check_translations() -> tuple[str, str]:
    """In Spanish, both catalogues must work: ours (resources_rc) and Qt's own qtbase_es."""
    if QLocale().language() != QLocale.Language.Spanish:
        return "info", "interface in English on this system: the Spanish catalogues are not in use"
    ours = _translated(("MainWindow", "Whaapy Contacts"), "Whaapy Contactos")
    qts = _translated(("QPlatformTheme", "Cancel"), "Cancelar")
    if ours and qts:
        return "ok", "Spanish interface: the app's catalogue and Qt's own (qtbase_es) are loaded"
    missing = [name for name, ok in (("the app's", ours), ("Qt's qtbase_es", qts)) if not ok]
    return "FAIL", "Spanish interface, but not translated by " + " and ".join(missing)


def _translated(source: tuple[str, str], spanish: str) -> bool:
    # Through variables, so lupdate doesn't take these probes for the app's own messages.
    return QCoreApplication.translate(*source) == spanish


def check_keyring(require: bool) -> tuple[str, str]:
    """(status, text): does this platform's keyring backend load, and is it usable here?

    The app itself runs with the null backend during a smoke test, so this checks the backend
    class directly: importing it proves the bundle carries it and its dependencies.
    """
    module_name, class_name = PLATFORM_BACKENDS.get(sys.platform, ("", ""))
    if not module_name:
        return ("FAIL" if require else "warn", f"keyring: no known backend for {sys.platform}")
    try:  # keyring costs ~77 ms to import: only here, after the window is shown
        backend_class = getattr(importlib.import_module(module_name), class_name)
    except Exception as exc:  # a missing module or a broken dependency alike
        return "FAIL", f"keyring: {module_name} does not load: {type(exc).__name__}: {exc}"
    name = f"{module_name}.{class_name}"
    try:
        priority = backend_class.priority
    except Exception as exc:  # keyring reports unusable backends by raising
        text = (
            f"keyring: {name} loads, but no keyring is usable here ({exc}); "
            "an API key would be kept in memory for the session only"
        )
        return ("FAIL" if require else "warn"), text
    if require:
        return round_trip(backend_class(), name)
    return "ok", f"keyring: {name} loads and is usable (priority {priority})"


def round_trip(backend: object, name: str) -> tuple[str, str]:
    """Store, read back and delete a throwaway secret (never the app's own entry)."""
    service, account, secret = "whaapy-contacts-smoke", "smoke", f"smoke-{os.getpid()}"
    try:
        backend.set_password(service, account, secret)  # type: ignore[attr-defined]
        read = backend.get_password(service, account)  # type: ignore[attr-defined]
        backend.delete_password(service, account)  # type: ignore[attr-defined]
    except Exception as exc:  # report whatever the keyring raised
        return "FAIL", f"keyring: {name} loads but a round trip failed: {type(exc).__name__}"
    if read != secret:
        return "FAIL", f"keyring: {name} gave back a different secret"
    return "ok", f"keyring: {name} loads; a throwaway secret round-tripped"


def seconds_since_process_start() -> float | None:
    """From the kernel's record of when this process started (Linux only; 10 ms resolution)."""
    try:
        stat = Path("/proc/self/stat").read_text(encoding="ascii")
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        boot_seconds = time.clock_gettime(time.CLOCK_BOOTTIME)
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return boot_seconds - start_ticks / os.sysconf("SC_CLK_TCK")
