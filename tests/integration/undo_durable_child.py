"""A child process for the undo kill test (hallway t17b, finding 2): the real window.

    python undo_durable_child.py URL KEY FOLDER PHONE NAME   (PHONE "-": the app started again)

Types PHONE, Tab, NAME, Ctrl+Enter, waits for the outbox entry to be pending after an attempt
that may have reached the server (or, with WAIT=sent, sent), presses Ctrl+Z, and prints
"UNDOING" once the undo is marked in the outbox's file; then it waits to be killed. With "-",
prints "TOLD <banner text>" at the start and each time the banner changes, then "DONE" once
no undo is left.
"""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.bootstrap.app import install_translators
from whaapy_contacts.bootstrap.compose import Config, Overrides, build_services, wire
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.services import outbox as outbox_module
from whaapy_contacts.storage.secrets import MemoryStore
from whaapy_contacts.ui.shell.main_window import MainWindow


def wait_until(check, timeout_ms: int) -> bool:
    loop, timer = QEventLoop(), QTimer(interval=20)
    timer.timeout.connect(lambda: check() and loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    timer.start()
    if not check():
        loop.exec()
    timer.stop()
    return bool(check())


def main() -> int:
    url, key, folder, phone, name = sys.argv[1], sys.argv[2], Path(sys.argv[3]), *sys.argv[4:6]
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, "es")  # noqa: F841 - kept alive
    outbox_module.BACKOFF_BASE_S = 0.05
    outbox_module.BACKOFF_CAP_S = 0.2
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    overrides = Overrides(
        data_folder=lambda _slug: folder, client_factory=ContactsClient, secrets=MemoryStore(),
        start_training=lambda: (url, key), settings=settings,
    )  # fmt: skip
    services = build_services(Config(base_url=url), overrides)
    window = MainWindow()
    window._may_close = lambda: True  # type: ignore[method-assign]
    wire(window, services)
    window.show()
    window.start()
    window.activateWindow()
    wait_until(window.isActiveWindow, 5000)
    outbox, banner = services.outbox, window.undo_banner
    if phone != "-":
        form = window.form
        QTest.keyClicks(form.phone.line_edit(), phone)
        QTest.keyClick(form.phone.line_edit(), Qt.Key.Key_Tab)
        QTest.keyClicks(form.name, name)
        QTest.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if os.environ.get("WAIT") == "sent":
            ready = lambda: outbox.status().pending == 0 and window.model.rowCount() == 1  # noqa: E731
        else:
            ready = lambda: any(e.ambiguous and e.state is OutboxState.PENDING  # noqa: E731
                                for e in outbox.unsent())  # fmt: skip
        assert wait_until(ready, 15000), "the save never got there"
        edit = form.phone.line_edit()
        edit.setFocus()
        QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert wait_until(lambda: bool(outbox.undoing()), 5000), "the undo was not marked"
        if os.environ.get("WAIT") == "sent":  # the DELETE answered (429) before the kill
            assert wait_until(lambda: outbox.undoing()[0].last_error != "", 10000)
        print("UNDOING", flush=True)
        QEventLoop().exec()  # until killed
        return 1
    said = [""]

    def tell() -> bool:
        if banner.isVisible() and banner.text() != said[0]:
            said[0] = banner.text()
            print("TOLD " + said[0], flush=True)
        return False

    wait_until(tell, 50)
    done = wait_until(lambda: tell() or not outbox.undoing(), 30000)
    wait_until(tell, 300)
    print("DONE" if done else "TIMEOUT", flush=True)
    window.close()
    services.close(10000)
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
