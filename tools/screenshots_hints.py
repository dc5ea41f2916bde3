"""Screenshots of issue 17's offers under the form's fields, typed with real key events.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_hints.py [OUT_DIR] [--lang es|en]

"Ya existe: Ana López · creado el …" under the phone (a number of the history), and
"¿Quisiste decir maria@gmail.com?" under the e-mail; then both at once, and the F1 sheet.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtTest import QTest
from screenshots import run, shoot, shoot_shortcuts

from whaapy_contacts.ui.shell.main_window import MainWindow


def shoot_hints(window: MainWindow, _url: str, out: Path) -> None:
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


def main() -> int:
    return run(shoot_hints)


if __name__ == "__main__":
    sys.exit(main())
