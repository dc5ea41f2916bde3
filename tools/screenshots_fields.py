"""Screenshots of the account's own custom fields in the form (issue 17, item 3), typed with
real key events against the sandbox's sample fields (sandbox/fields.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_fields.py [OUT_DIR] [--lang es|en]

The fields by name with inputs of their type; values typed the Mexican way and shown as read;
a number with letters, said in Spanish; a saved contact's values in their inputs, with one the
number field can't show kept as a free row.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from screenshots import run, shoot, wait_until

from whaapy_contacts.sandbox.server import DEFAULT_KEY
from whaapy_contacts.ui.shell.main_window import MainWindow


def shoot_fields(window: MainWindow, url: str, out: Path) -> None:
    window.resize(1180, 980)
    form = window.form
    form.more_toggle.setChecked(True)
    editor = form.custom_fields
    wait_until(lambda: len(editor.defined.inputs) == 5)
    inputs = [item.widget for item in editor.defined.inputs]
    inputs[0].setFocus()
    shoot(window, out, "f-01-account-fields-empty")
    QTest.keyClicks(form.phone.line_edit(), "55 1234 5678")
    QTest.keyClicks(form.name, "Ana Ruiz")
    QTest.keyClicks(inputs[0], "XAXX010101000")
    QTest.keyClicks(inputs[1], "15/3/1990")
    QTest.keyClick(inputs[2], Qt.Key.Key_S)
    QTest.keyClick(inputs[3], Qt.Key.Key_C)
    inputs[4].setFocus()
    QTest.keyClicks(inputs[4], "1500,5")
    QTest.keyClick(inputs[4], Qt.Key.Key_Tab)  # left: shown as read
    shoot(window, out, "f-02-typed-and-read")
    inputs[4].setFocus()
    inputs[4].selectAll()
    QTest.keyClicks(inputs[4], "12abc")
    QTest.keyClick(inputs[4], Qt.Key.Key_Tab)
    shoot(window, out, "f-03-letters-in-a-number")
    form.clear_all()
    shoot_edit(window, url, out)


def shoot_edit(window: MainWindow, url: str, out: Path) -> None:
    custom = {"vip": False, "fecha_nacimiento": "1990-03-15", "presupuesto": "abc", "otro": "x"}
    body = {"phone_number": "+525587654321", "name": "Dora", "custom_fields": custom}
    headers = {"Authorization": f"Bearer {DEFAULT_KEY}"}
    made = httpx.post(url + "/contacts/v1", json=body, headers=headers).json()["contact"]
    contact = window.presenter.account.client().get_contact(made["id"])
    window.form.load_for_edit(contact)
    window.form.set_more_visible(True)
    window.form.custom_fields.defined.inputs[0].widget.setFocus()
    shoot(window, out, "f-04-edit-values-in-inputs")


def main() -> int:
    return run(shoot_fields)


if __name__ == "__main__":
    sys.exit(main())
