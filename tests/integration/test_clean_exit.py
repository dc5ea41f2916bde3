"""Widgets left alive until the interpreter exits must not crash it (a kept reference to the
country picker's completer popup did: a segmentation fault at exit, exit status -11)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
from whaapy_contacts.ui.form.contact_form import ContactForm
form = ContactForm()
form.show()
for _ in range(5):
    QCoreApplication.processEvents()
print("shown", flush=True)
"""


def test_a_form_alive_at_exit_exits_cleanly():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", SCRIPT]
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert out.stdout.strip() == "shown", out.stderr
    assert out.returncode == 0, out.stderr
