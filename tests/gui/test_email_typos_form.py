"""The e-mail's slip offered under it in the real window, typed with real keys (issue 17, 4):
offered, used only when asked (the button or Ctrl+Space), and never in the way of saving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_phone_typos import press_save, retype
from tests.gui.typing import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def type_email(qtbot, form, text: str) -> None:
    form.email.setFocus()
    type_text(qtbot, form.email, text)


def leave(qtbot, form) -> None:
    qtbot.keyClick(form.email, Qt.Key.Key_Tab)


def test_a_slip_is_offered_while_typing_and_the_field_keeps_what_was_typed(qtbot, stack):
    form = stack.window.form
    type_email(qtbot, form, "maria@gmail.con")
    hint = form.email_suggestion
    assert hint.isVisible()
    assert hint.question() == "¿Quisiste decir maria@gmail.com?"
    assert hint.button.text() == "Usar maria@gmail.com"
    assert hint.button.focusPolicy() == Qt.FocusPolicy.ClickFocus  # never a Tab stop
    assert form.email.text() == "maria@gmail.con"  # never changed unasked


def test_ctrl_space_in_the_email_uses_it_and_ctrl_z_takes_it_back(qtbot, stack):
    form = stack.window.form
    type_email(qtbot, form, "ana@yaho.com.mx")
    with qtbot.waitSignal(form.edited, timeout=5000):  # the autosave hears it: an edit
        qtbot.keyClick(form.email, Qt.Key.Key_Space, CTRL)
    assert form.email.text() == "ana@yahoo.com.mx"
    assert not form.email_suggestion.isVisible()
    assert form.email.hasFocus()
    qtbot.keyClick(form.email, Qt.Key.Key_Z, CTRL)
    assert form.email.text() == "ana@yaho.com.mx"


def test_the_button_uses_it(qtbot, stack):
    form = stack.window.form
    type_email(qtbot, form, "juan@hotmial.com")
    qtbot.mouseClick(form.email_suggestion.button, Qt.MouseButton.LeftButton)
    assert form.email.text() == "juan@hotmail.com"
    assert form.email.hasFocus()


def test_a_domain_that_may_still_grow_waits_until_the_field_is_left(qtbot, stack):
    form = stack.window.form
    type_email(qtbot, form, "luis@hotmail.co")  # the "m" may be next
    assert not form.email_suggestion.isVisible()
    leave(qtbot, form)
    assert form.email_suggestion.question() == "¿Quisiste decir luis@hotmail.com?"


def test_fixing_it_by_hand_takes_the_offer_away(qtbot, stack):
    form = stack.window.form
    type_email(qtbot, form, "maria@gmail.con")
    assert form.email_suggestion.isVisible()
    qtbot.keyClick(form.email, Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.email, "m")
    assert not form.email_suggestion.isVisible()
    assert form.email.text() == "maria@gmail.com"


def test_a_company_domain_gets_no_offer(qtbot, stack):
    form = stack.window.form
    type_email(qtbot, form, "ventas@hotmart.com")
    leave(qtbot, form)
    assert not form.email_suggestion.isVisible()


def test_ctrl_space_in_the_phone_is_still_the_phones_and_leaves_the_email(qtbot, stack):
    form = stack.window.form
    type_email(qtbot, form, "maria@gmail.con")
    form.phone.setFocus()
    qtbot.keyClick(form.phone.line_edit(), Qt.Key.Key_Space, CTRL)
    assert form.email.text() == "maria@gmail.con"
    assert form.email_suggestion.isVisible()


def test_saving_with_the_slip_is_never_blocked_and_sends_what_was_typed(qtbot, stack, sandbox):
    form = stack.window.form
    retype(qtbot, form.phone.line_edit(), "5512345678")
    type_email(qtbot, form, "maria@gmail.con")
    assert form.email_suggestion.isVisible()
    press_save(qtbot, stack)
    qtbot.waitUntil(lambda: stack.outbox.status().pending == 0, timeout=10000)
    with sandbox.client() as client:
        stored = client.get("/contacts/v1").json()["contacts"]
    assert [c["email"] for c in stored] == ["maria@gmail.con"]
    assert not form.email_suggestion.isVisible()  # the form is empty for the next one
    assert QApplication.focusWidget() is form.phone.line_edit()
