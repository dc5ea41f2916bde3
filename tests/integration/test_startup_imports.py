"""The real app, started in practice mode, paints its window before importing what it can do
without: the HTTP client, the practice server, phone and email parsing, the keyring, the whole
model layer behind the window (services, storage, SQLite, the API's errors) and the domain; and
without PySide6 building its ``Qt`` namespace (see ui/common/early_qt.py).

Each of these was measured at 10-50 ms of cold start (bench/bench_startup.py). They load on
worker threads after the first paint, or when first used; then the services are attached.
"""

from __future__ import annotations

import os
import subprocess
import sys

DEFERRED = (
    "httpx",  # the API client: made on a worker after the first paint
    "http.server",  # the practice server: started there too
    "phonenumbers",  # warmed up on a worker; the window reads committed tables
    "email_validator",
    "keyring",  # only asked when a key was stored before
    "whaapy_contacts.ui.shell.connect_dialog",
    "whaapy_contacts.ui.shell.shortcuts_dialog",
    # The model layer: loaded on a worker after the first paint, then attached to the window.
    "whaapy_contacts.services.account",
    "whaapy_contacts.services.outbox",
    "whaapy_contacts.services.recent",
    "whaapy_contacts.storage.paths",  # platformdirs and hashlib
    "whaapy_contacts.api.errors",
    "whaapy_contacts.ui.form.save_controller",
    "whaapy_contacts.bootstrap.compose",  # builds and wires the model layer, after the paint
    "whaapy_contacts.ui.shell.presenter",
    "sqlite3",
    "json",
    # The domain: dataclasses, dates, validation; the form and the list use it once attached.
    "whaapy_contacts.domain.contact",
    "whaapy_contacts.domain.validation",
    "whaapy_contacts.domain.outbox",
    "whaapy_contacts.domain.recent",
    "whaapy_contacts.ui.recent.model",
    "whaapy_contacts.ui.recent.details",
    "dataclasses",
    "datetime",
)


def test_the_window_shows_before_the_heavy_imports(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WHAAPY_STARTUP_PROBE": "modules"}
    env.update(
        HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )  # fmt: skip
    env.pop("WHAAPY_API_KEY", None)
    out = subprocess.run(
        [sys.executable, "-m", "whaapy_contacts.main"],
        env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    lines = {line.split(" ", 1)[0]: line for line in out.stdout.splitlines()}
    assert "READY" in lines, out.stdout + out.stderr
    modules = set(lines["MODULES"].split(" ", 1)[1].split(","))
    assert "whaapy_contacts.ui.shell.main_window" in modules  # the probe did see the app
    assert "PySide6.QtWidgets" in modules
    assert [name for name in DEFERRED if name in modules] == []
    assert lines["QT"] == "QT not built"  # ~90 enums, ~15 ms: see ui/common/early_qt.py
    # PySide6's per-import source scan replaced before our modules load (~20 ms on the GUI
    # thread; bootstrap/pyside_startup.py): lost once when main.py stopped importing Qt first.
    assert lines["IMPORT_CHECK"] == "IMPORT_CHECK cheap"
