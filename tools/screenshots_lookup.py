"""Screenshots of the server's "Ya existe: …" while typing (issue 17, item 2): contacts made
only on the server (a colleague's), typed with real key events, the hint under the phone and
under the e-mail; the sandbox in its own process.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_lookup.py [OUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_duplicate_hint_server import App, Sandbox, wait_for
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from whaapy_contacts.bootstrap.app import install_translators


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/out")
    out.mkdir(parents=True, exist_ok=True)
    qt = QApplication(sys.argv[:1])
    install_translators(qt, "es")
    with Sandbox("--rate-limit", "0") as sandbox:
        app = App(sandbox.url)  # its list loaded (empty): the contacts below are the server's
        sandbox.create("+5215512345678", "María García")
        sandbox.create("+525587654321", "Ana López", "ana@empresa.mx")
        form = app.form
        form.phone.setFocus()
        QTest.keyClicks(form.phone.line_edit(), "55 1234 5678")
        wait_for(form.existing.isVisible, timeout=10)
        app.window.grab().save(str(out / "lookup-01-server-hint-phone.png"))
        QTest.keyClicks(form.name, "Maria G.")
        form.email.setFocus()
        QTest.keyClicks(form.email, "ana@empresa.mx")
        QTest.keyClick(form.email, Qt.Key.Key_Tab)
        wait_for(form.existing_email.isVisible, timeout=10)
        app.window.grab().save(str(out / "lookup-02-server-hint-phone-and-email.png"))
        form.clear_all()
        form.email.setFocus()
        QTest.keyClicks(form.email, "ana@empresa.mx")
        QTest.keyClick(form.email, Qt.Key.Key_Tab)
        wait_for(form.existing_email.isVisible, timeout=10)
        app.window.grab().save(str(out / "lookup-03-server-hint-email.png"))
        assert app.window.model.rowCount() == 0, "the hints came from the history"
        assert len(app.asked) == 2, app.asked  # the e-mail's answer was kept
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
