"""Save screenshots of the main screens, to look at after any UI change.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUT_DIR] [--lang es|en]

Screens: empty form (training banner), filled form, inline errors, duplicate banner, the connect
dialog with a 403 answer, the list with contacts, and the F1 keyboard-shortcuts sheet. Runs
against an in-memory sandbox. tools/screenshots_dpi.py takes them at 1.0×, 1.5× and 2.0×.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from whaapy_contacts.bootstrap.app import install_translators
from whaapy_contacts.bootstrap.compose import Config, Overrides, build_services, wire
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.sandbox.server import DEFAULT_KEY, SandboxServer
from whaapy_contacts.storage.secrets import MemoryStore
from whaapy_contacts.ui.recent.model import StatusRole
from whaapy_contacts.ui.shell.main_window import MainWindow


def wait_until(condition: Callable[[], bool], timeout_ms: int = 5000) -> None:
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("condition not met")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def shoot(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def seed(url: str) -> None:
    people = [
        ("+525511112222", "Ana López", ["cliente"]),
        ("+528187654321", "Carlos Ruiz", ["feria2026", "vip"]),
        ("+523398765432", "María García", []),
    ]
    with httpx.Client(base_url=url, headers={"Authorization": "Bearer wha_sandbox"}) as client:
        for phone, name, tags in people:
            client.post("/contacts/v1", json={"phone_number": phone, "name": name, "tags": tags})


def _open_refused(form) -> None:
    wait_until(form.earlier().isVisible)
    form.earlier().open_button.click()
    wait_until(form.duplicate.isVisible)


def shoot_screens(window: MainWindow, url: str, out: Path) -> None:
    form = window.form
    shoot(window, out, "01-empty-form-training-banner")

    form.phone.set_text("+52 1 81 1234 5678")
    form.check("phone_number")
    form.name.setText("Juan Pérez")
    form.email.setText("juan@empresa.mx")
    form.tags.add_tag("cliente")
    form.tags.add_tag("feria2026")
    form.stage.setCurrentIndex(1)
    shoot(window, out, "02-filled-form")

    form.more_toggle.setChecked(True)
    form.company.setText("Acme")
    form.postal_code.setText("4410")
    row = form.custom_fields.add_row()
    row.key.setText("contrato")
    row.value.setText("50,000")
    form.external_ids.add_row().key.setText("hubspot")
    shoot(window, out, "03-more-details")

    form.clear_all()
    form.more_toggle.setChecked(False)
    form.phone.set_text("55 12")
    form.email.setText("juan.email.com")
    form.submit()
    wait_until(lambda: form.error_text("phone_number") != "")
    shoot(window, out, "04-inline-errors")

    form.clear_all()
    form.phone.set_text("55 1111 2222")
    form.name.setText("Ana")
    form.submit()  # the form is free at once; the refused contact is one button away
    _open_refused(form)
    shoot(window, out, "05-duplicate-banner")

    down = {"kind": "status", "status": 503, "body": "html", "method": "POST", "times": 1000}
    httpx.post(url + "/_sandbox/faults", json={"faults": [down]})
    form.clear_all()
    form.phone.set_text("55 3333 4444")
    form.submit()  # the outbox keeps it and retries: the list shows it pinned as "Pendiente"
    pending = OutboxState.PENDING  # "Pendiente" in the list, "Pending" in English
    wait_until(
        lambda: window.model.index(0, 5).data(StatusRole) is pending and not window.saving.busy
    )
    shoot(window, out, "06-server-down-pending")
    httpx.post(url + "/_sandbox/reset")

    dialog = window.open_connect_dialog()
    dialog.key.setText(DEFAULT_KEY)  # a real key of the sandbox: the 403 is the scope probe's
    dialog.advanced.setChecked(True)
    dialog.base_url.setText(url)
    httpx.post(
        url + "/_sandbox/faults",
        json={
            "faults": [
                {
                    "kind": "status",
                    "status": 403,
                    "message": "Missing required scopes: contacts:write",
                    "method": "POST",
                    "path": "/contacts/v1",
                }
            ]
        },
    )
    dialog.test_connection()
    wait_until(lambda: "permiso" in dialog.message_text() or "missing" in dialog.message_text())
    shoot(dialog, out, "07-connect-dialog-403")
    dialog.close()
    shoot_shortcuts(window, out)


def shoot_shortcuts(window: MainWindow, out: Path) -> None:
    sheet = window.open_shortcuts()
    shoot(sheet, out, "08-keyboard-shortcuts")
    sheet.close()


def run(shots: Callable[[MainWindow, str, Path], None]) -> int:
    """The command line (OUT_DIR, --lang), a seeded sandbox and the started window; then
    ``shots(window, url, out)`` (tools/screenshots_hints.py takes its own the same way)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screenshots/out")
    parser.add_argument("--lang", default="es")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translators(app, args.lang)
    with SandboxServer(rate_limit=0) as server:
        seed(server.url)
        with tempfile.TemporaryDirectory() as folder:
            window, close = build_window(server.url, Path(folder))
            window.present()
            window.start()
            wait_until(lambda: window.model.rowCount() == 3 and window.form.stage.count() > 1)
            shots(window, server.url, out)
            close()
    return 0


def main() -> int:
    return run(shoot_screens)


def build_window(url: str, folder: Path) -> tuple[MainWindow, Callable[[], None]]:
    """The real window and services against ``url``, built and wired as the app does
    (bootstrap/compose.py), the account's data in ``folder``; shown (not started). Returns it
    and a function that shuts it all down."""
    overrides = Overrides(
        data_folder=lambda _slug: folder, secrets=MemoryStore(),
        start_training=lambda: (url, DEFAULT_KEY),
        settings=QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
    )  # fmt: skip
    services = build_services(Config(base_url=url), overrides)
    window = MainWindow()
    wire(window, services)
    window.resize(1180, 760)
    window.show()

    def close() -> None:
        window.hide()
        services.close(5000)
        window.deleteLater()

    return window, close


if __name__ == "__main__":
    sys.exit(main())
