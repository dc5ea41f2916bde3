"""Screenshots of issue 17's offers under the form's fields, typed with real key events.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_hints.py [OUT_DIR] [--lang es|en]

"Ya existe: Ana López · creado el …" under the phone (a number of the history), and
"¿Quisiste decir maria@gmail.com?" under the e-mail; then both at once, and the F1 sheet.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screenshots import build_window, seed, shoot, shoot_shortcuts, wait_until

from whaapy_contacts.bootstrap.app import install_translators
from whaapy_contacts.sandbox.server import SandboxServer


def main() -> int:
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
            form = window.form
            form.phone.setFocus()
            QTest.keyClicks(form.phone.line_edit(), "55 1111 2222")
            shoot(window, out, "i17-01-existing-hint")
            form.email.setFocus()
            QTest.keyClicks(form.email, "maria@gmail.con")
            shoot(window, out, "i17-02-existing-and-email-typo")
            form.clear_all()
            form.email.setFocus()
            QTest.keyClicks(form.email, "juan.perez@hotmial.com")
            shoot(window, out, "i17-03-email-typo")
            shoot_shortcuts(window, out)
            close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
