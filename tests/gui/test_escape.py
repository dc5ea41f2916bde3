"""Issue 13, case 2: Esc closes the innermost thing first, and never defaults to wiping the form.

Keys go where a person's keys go: to the open popup while one shows (it has the keyboard), else
to the focused widget. "¿Limpiar el formulario?" is a real dialog answered by a real key.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.typing import type_text
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.ui.shell import main_window

REAL_EXEC = QMessageBox.exec
# The offscreen platform can't grab the keyboard for a popup, and says so (its limit, as in
# test_phone_field.py); the keys are sent to the popup as the grab would.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise\(\)|grabbing the keyboard|grabbing the mouse)$"
)


@pytest.fixture
def questions(monkeypatch):
    """Every "¿Limpiar…?" shown: its text, default button; answered by ``answer`` (a key)."""
    seen: list[dict[str, object]] = []
    answer = {"key": Qt.Key.Key_Escape}

    def exec_(box):
        default = box.defaultButton()
        seen.append({"title": box.windowTitle(), "text": box.text(),
                     "default": default.text() if default else None})  # fmt: skip
        QTimer.singleShot(0, lambda: _press(box, answer["key"]))
        return REAL_EXEC(box)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen, answer


def _press(box, key) -> None:
    QTest.keyClick(box, key)  # the dialog is the active window while it shows


def esc(qtbot, widget=None) -> None:
    qtbot.keyClick(widget or QApplication.focusWidget(), Qt.Key.Key_Escape)


def type_contact(qtbot, form) -> None:
    form.phone.setFocus()
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    type_text(qtbot, form.name, "Ana")


def test_esc_value_used_by_the_window_is_qts():
    assert Qt.Key.Key_Escape.value == main_window.KEY_ESCAPE


def test_esc_on_the_tag_suggestions_closes_them_and_keeps_the_contact(
    qtbot, stack, sandbox, questions
):
    seen, _ = questions
    form = stack.window.form
    with sandbox.client() as client:  # tags the account already has: the form suggests them
        client.post("/contacts/v1", json={"phone_number": "+523398765432",
                                          "tags": ["Cliente", "Clínica"]})  # fmt: skip
    stack.window.refresh()
    qtbot.waitUntil(lambda: len(form.tags._known) == 2, timeout=5000)
    type_contact(qtbot, form)
    form.tags.entry().setFocus()
    type_text(qtbot, form.tags.entry(), "cli")
    popup = form.tags.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    esc(qtbot, popup)  # the popup has the keyboard while it shows
    assert not popup.isVisible()
    assert seen == []
    assert (form.phone.text(), form.name.text()) == ("55 1234 5678", "Ana")


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_clear_question_defaults_to_keeping_the_contact(qtbot, stack, questions, key):
    seen, answer = questions
    answer["key"] = key
    form = stack.window.form
    type_contact(qtbot, form)
    esc(qtbot, form.name)
    assert seen == [{"title": "¿Limpiar el formulario?", "text": "Se perderá lo que escribiste.",
                     "default": "Seguir editando"}]  # fmt: skip
    assert (form.phone.text(), form.name.text()) == ("55 1234 5678", "Ana")


def test_esc_in_the_country_search_closes_it_first(qtbot, stack, questions):
    seen, _ = questions
    form = stack.window.form
    type_contact(qtbot, form)
    picker = form.phone._picker
    picker.setFocus()
    type_text(qtbot, picker.lineEdit(), "colo")
    popup = picker._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    esc(qtbot, popup)  # closes the search: the list and the text typed into the picker
    assert not popup.isVisible()
    assert picker.currentText() == "México +52"
    assert seen == []
    assert form.name.text() == "Ana"


@pytest.mark.parametrize("combo", ["stage", "picker", "country", "source"])
def test_esc_closes_a_combo_list_not_the_form(qtbot, stack, questions, combo):
    seen, _ = questions
    form = stack.window.form
    type_contact(qtbot, form)
    form.more_toggle.setChecked(True)
    box = {"stage": form.stage, "picker": form.phone._picker, "country": form.country,
           "source": form.source}[combo]  # fmt: skip
    box.setFocus()
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    esc(qtbot, view)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert seen == []
    assert form.name.text() == "Ana"


def test_esc_in_the_search_box_clears_the_search_then_leaves_it(qtbot, stack, questions):
    seen, _ = questions
    window = stack.window
    type_contact(qtbot, window.form)
    qtbot.keyClick(window.form.name, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    type_text(qtbot, window.search, "ana")
    esc(qtbot, window.search)
    assert window.search.text() == ""
    assert QApplication.focusWidget() is window.search
    esc(qtbot, window.search)  # empty: Esc goes back to the form, still without asking
    assert QApplication.focusWidget() is window.form.phone.line_edit()
    assert seen == []
    assert window.form.name.text() == "Ana"


def test_esc_on_an_unchanged_contact_being_edited_asks_nothing(qtbot, stack, questions):
    seen, _ = questions
    form = stack.window.form
    contact = Contact(id="c-1", phone_number="+525512345678", name="Pedro", tags=("vip",))
    stack.window.edit_contact(contact)
    assert form.edit_target() is not None
    esc(qtbot, form.name)
    assert seen == []
    assert form.edit_target() is None
    stack.window.edit_contact(contact)
    type_text(qtbot, form.name, " Páramo")
    esc(qtbot, form.name)
    assert [q["text"] for q in seen] == ["Se perderán tus cambios en este contacto."]
    assert form.name.text() == "Pedro Páramo"  # Esc on the question kept the changes


def test_shortcuts_work_again_once_the_clear_question_closes(qtbot, stack, sandbox, questions):
    """Hallway test, finding 4: with no window manager to activate the window again when the
    question closed, Ctrl+Enter did nothing and Alt+letters typed their letter."""
    seen, answer = questions
    answer["key"] = Qt.Key.Key_Return  # "Seguir editando"
    window, form = stack.window, stack.window.form
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_contact(qtbot, form)
    esc(qtbot, form.name)
    assert [s["text"] for s in seen] == ["Se perderá lo que escribiste."]
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    form.email.setFocus()
    qtbot.keyClick(form.email, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.name
    assert (form.email.text(), form.name.text()) == ("", "Ana")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.phone.text() == "", timeout=2000)  # saved: free for the next
    with sandbox.client() as client:
        qtbot.waitUntil(lambda: client.get("/contacts/v1").json()["contacts"] != [], timeout=10000)
        [saved] = client.get("/contacts/v1").json()["contacts"]
    assert (saved["phone_number"], saved["name"]) == ("+525512345678", "Ana")
