"""Typo safety through the real form: one-digit slips in Mexican numbers, typed with México
selected, never reach the server as another country's number (issue 13, case 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_main_window import server_contacts
from tests.unit.domain.typos import mexican_numbers, one_digit_typos
from whaapy_contacts.domain.phone import normalize_phone

CTRL = Qt.KeyboardModifier.ControlModifier


def retype(qtbot, edit, text: str) -> None:
    """Select what is there and type over it, as a person fixing the field would."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def press_save(qtbot, stack) -> None:
    """Ctrl+Enter, then the server's answer (the form is free for the next contact at once)."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    form, saving = stack.window.form, stack.window.saving
    qtbot.waitUntil(
        lambda: not saving.busy and not saving.watching() and form.save_button.isEnabled(),
        timeout=10000,
    )


def typos_to_type() -> list[str]:
    """libphonenumber's two MX examples and three realistic numbers, every one-digit typo,
    each distinct number once (two typos may name the same line: "1 55…" and "55…")."""
    numbers = mexican_numbers()
    chosen = [*numbers[:2], "5512345678", "8181234567"]
    typed, lines = [], set()
    for number in chosen:
        for typo in sorted(one_digit_typos(number)):
            line = normalize_phone(typo, "MX").e164 or typo
            if line not in lines and typo not in chosen:
                lines.add(line)
                typed.append(typo)
    return typed


def test_no_typo_typed_nationally_is_saved_as_a_foreign_number(qtbot, stack, sandbox):
    form = stack.window.form
    assert form.phone.region() == "MX"
    edit = form.phone.line_edit()
    typed = typos_to_type()
    assert len(typed) > 700
    refused = suggested = 0
    for typo in typed:
        retype(qtbot, edit, typo)
        press_save(qtbot, stack)
        # Never switched abroad by itself (a slip that starts "00" dials out while it is there).
        assert form.phone.region() == "MX" or typo.startswith("00"), typo
        if form.phone.text():  # refused: still in the form, with the reason under it
            refused += 1
            assert form.error_text("phone_number"), typo
            suggested += form.phone.suggestion.question() != ""
    # A save clears the form at once and sends on a worker: wait until every one was answered.
    qtbot.waitUntil(lambda: stack.outbox.status().pending == 0, timeout=60000)
    stored = [c["phone_number"] for c in server_contacts_all(sandbox)]
    assert [p for p in stored if not p.startswith("+52")] == []
    assert len(stored) == len(typed) - refused  # the valid ones all arrived, once each
    assert refused > 250
    assert suggested > 25  # the foreign readings were offered, not used


def server_contacts_all(sandbox) -> list[dict]:
    out, cursor = [], None
    with sandbox.client() as client:
        while True:
            params = {"limit": 100, **({"cursor": cursor} if cursor else {})}
            page = client.get("/contacts/v1", params=params).json()
            out += page["contacts"]
            cursor = page["pagination"].get("next_cursor")
            if not page["pagination"].get("has_more"):
                return out


def test_the_japanese_reading_is_offered_and_used_only_when_chosen(qtbot, stack, sandbox):
    form = stack.window.form
    edit = form.phone.line_edit()
    retype(qtbot, edit, "81 1234 56789")
    assert form.phone.suggestion.question() == "¿Es un número de Japón (+81)?"
    assert form.phone.suggestion.button.text() == "Usar +81 123-45-6789"
    press_save(qtbot, stack)
    assert form.error_text("phone_number") == (
        "Sobra 1 dígito: los números de México tienen 10 dígitos (lada y número)."
    )
    assert server_contacts(sandbox) == []
    # It goes as soon as it stops being true: one digit less is a Mexican number again.
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert form.phone.suggestion.question() == ""
    assert form.error_text("phone_number") == ""
    qtbot.keyClicks(edit, "9")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field: the error and the offer
    assert form.phone.suggestion.question() == "¿Es un número de Japón (+81)?"
    assert QApplication.focusWidget() is form.name  # Tab goes on to the name, not the offer
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Space, CTRL)  # the person chooses it (its tooltip says so)
    assert form.phone.region() == "JP"
    assert form.phone.text() == "+81 123-45-6789"
    assert form.error_text("phone_number") == ""
    assert form.phone.suggestion.question() == ""
    assert QApplication.focusWidget() is edit
    press_save(qtbot, stack)
    assert [c["phone_number"] for c in server_contacts(sandbox)] == ["+81123456789"]


def test_a_name_typed_after_tab_never_takes_the_foreign_reading(qtbot, stack, sandbox):
    """Hallway test, finding 3: Tab then "Typo Uno" pressed "Usar +81 …" with its space."""
    window, form = stack.window, stack.window.form
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    retype(qtbot, form.phone.line_edit(), "81 1234 56789")
    qtbot.keyClick(form.phone.line_edit(), Qt.Key.Key_Tab)
    assert form.phone.suggestion.question() == "¿Es un número de Japón (+81)?"
    assert "Ctrl+Espacio" in form.phone.suggestion.button.toolTip()
    qtbot.keyClicks(QApplication.focusWidget(), "Typo Uno")
    assert form.name.text() == "Typo Uno"
    assert form.phone.region() == "MX"
    assert form.phone.text() == "81 1234 56789"
    press_save(qtbot, stack)
    assert form.error_text("phone_number") == (
        "Sobra 1 dígito: los números de México tienen 10 dígitos (lada y número)."
    )
    assert server_contacts(sandbox) == []  # never a +81 number


def test_the_french_reading_by_a_click(qtbot, stack, sandbox):
    form = stack.window.form
    retype(qtbot, form.phone.line_edit(), "33 1234 56789")
    assert form.phone.suggestion.question() == "¿Es un número de Francia (+33)?"
    qtbot.mouseClick(form.phone.suggestion.button, Qt.MouseButton.LeftButton)
    assert form.phone.region() == "FR"
    press_save(qtbot, stack)
    assert [c["phone_number"] for c in server_contacts(sandbox)] == ["+33123456789"]


def test_the_offer_in_english(qtbot, english):
    from whaapy_contacts.ui.form.contact_form import ContactForm

    form = ContactForm()
    qtbot.addWidget(form)
    form.show()
    retype(qtbot, form.phone.line_edit(), "81 1234 56789")
    qtbot.keyClick(form.phone.line_edit(), Qt.Key.Key_Return)
    assert form.phone.suggestion.question() == "Is it a number from Japan (+81)?"
    assert form.phone.suggestion.button.text() == "Use +81 123-45-6789"
    assert form.error_text("phone_number") == (
        "1 digit too many: Mexican numbers have 10 digits (area code and number)."
    )
