"""Screenshots of paste to fill (issue 17, item 1), pasted with real key events.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_paste.py [OUT_DIR] [--lang es|en]

A WhatsApp card pasted over an e-mail typed first (highlights, the banner, "No se cambió"),
the issue's chat line, a Google export of three contacts (the choice), the next one offered
after saving, and the F1 sheet.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screenshots import run, settle, shoot, shoot_shortcuts, wait_until

from whaapy_contacts.domain.paste import text_of_file
from whaapy_contacts.ui.shell.main_window import MainWindow

VCARDS = Path(__file__).resolve().parents[1] / "tests" / "data" / "vcards"
CTRL = Qt.KeyboardModifier.ControlModifier


def paste(box, text: str) -> None:
    QApplication.clipboard().setText(text)
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_V, CTRL)
    settle()


def shoot_paste(window: MainWindow, _url: str, out: Path) -> None:
    form = window.form
    form.email.setFocus()
    QTest.keyClicks(form.email, "ana@gmail.com")
    paste(form.name, text_of_file((VCARDS / "whatsapp_ios.vcf").read_bytes()))
    shoot(window, out, "paste-01-card-filled")
    form.clear_all()
    paste(form.phone.line_edit(), "Juan Pérez 55 1234 5678 juan@empresa.com, Acme")
    shoot(window, out, "paste-02-chat-line")
    form.clear_all()
    shown = []
    form.paste.choice_shown.connect(shown.append)
    paste(form.name, text_of_file((VCARDS / "google_30_several.vcf").read_bytes()))
    wait_until(lambda: bool(shown) and shown[0].isVisible())
    shoot(shown[0], out, "paste-03-several-choice")
    shoot(window, out, "paste-03b-several-choice-window")
    shown[0].accept()
    settle()
    form.phone.setFocus()
    QTest.keyClick(form.phone.line_edit(), Qt.Key.Key_Return, CTRL)
    wait_until(lambda: form.name.text() == "")
    shoot(window, out, "paste-04-next-offered")
    shoot_shortcuts(window, out)


def main() -> int:
    return run(shoot_paste)


if __name__ == "__main__":
    sys.exit(main())
