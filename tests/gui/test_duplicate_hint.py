"""Issue 17, item 2 (local part): the number typed is already in the local history, and the
form says so under the phone before the rest is typed, in the real window with real keys."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_escape import questions  # noqa: F401  # a fixture: "¿Guardar…?" answered
from tests.gui.test_phone_typos import retype
from tests.gui.typing import type_text
from whaapy_contacts.domain.phone import canonical_digits


def seed(qtbot, stack, sandbox, phone: str, name: str) -> dict:
    """A contact on the server, then in the local history (the list's first page stores it)."""
    with sandbox.client() as client:
        contact = client.post("/contacts/v1", json={"phone_number": phone, "name": name}).json()
    stack.window.refresh()
    digits = canonical_digits(phone)
    qtbot.waitUntil(lambda: stack.recent.ids_with_phone(digits) != [], timeout=10000)
    return contact["contact"]


def day_of(contact: dict) -> str:
    return datetime.fromisoformat(contact["created_at"]).astimezone().strftime("%d/%m")


def type_phone(qtbot, form, text: str) -> None:
    form.phone.setFocus()
    type_text(qtbot, form.phone.line_edit(), text)


@pytest.mark.parametrize(
    ("stored", "typed"),
    [("+5215512345678", "5512345678"), ("+525512345678", "+52 1 55 1234 5678"),
     ("+5215512345678", "044 55 1234 5678"), ("+525512345678", "55 1234 5678")],
    ids=["+521-stored-typed-national", "+52-stored-typed-+521", "044", "same-form"],
)  # fmt: skip
def test_the_last_digit_shows_who_has_the_number(qtbot, stack, sandbox, stored, typed):
    juan = seed(qtbot, stack, sandbox, stored, "Juan Pérez")
    form = stack.window.form
    type_phone(qtbot, form, typed[:-1])
    assert not form.existing.isVisible()  # not complete yet: nothing to say
    type_text(qtbot, form.phone.line_edit(), typed[-1])
    assert form.existing.isVisible()
    assert form.existing.text() == f"Ya existe: Juan Pérez · creado el {day_of(juan)}"
    assert form.existing.view_button.text() == "Ver"
    assert form.existing.edit_button.text() == "Editar ese"
    assert form.name.text() == ""  # before the rest is typed
    qtbot.keyClick(form.phone.line_edit(), Qt.Key.Key_Backspace)
    assert not form.existing.isVisible()  # no longer that number


def test_a_number_not_in_the_history_says_nothing_and_tab_still_goes_to_the_name(
    qtbot, stack, sandbox
):
    seed(qtbot, stack, sandbox, "+525512345678", "Juan Pérez")
    form = stack.window.form
    type_phone(qtbot, form, "55 8765 4321")
    assert not form.existing.isVisible()
    retype(qtbot, form.phone.line_edit(), "55 1234 5678")
    assert form.existing.isVisible()
    qtbot.keyClick(form.phone.line_edit(), Qt.Key.Key_Tab)
    assert form.name.hasFocus()  # its buttons are not Tab stops


def test_view_shows_it_in_the_details_pane_and_keeps_the_form(qtbot, stack, sandbox):
    seed(qtbot, stack, sandbox, "+5215512345678", "Juan Pérez")
    form, details = stack.window.form, stack.window.recent.details
    type_phone(qtbot, form, "55 1234 5678")
    qtbot.mouseClick(form.existing.view_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: details.title.text() == "Juan Pérez" and details.isVisible())
    assert form.phone.text() == "55 1234 5678"
    assert form.edit_target() is None


def test_edit_that_one_with_only_the_number_typed_opens_it_at_once(
    qtbot,
    stack,
    sandbox,
    questions,  # noqa: F811
):
    juan = seed(qtbot, stack, sandbox, "+5215512345678", "Juan Pérez")
    form = stack.window.form
    type_phone(qtbot, form, "55 1234 5678")
    qtbot.mouseClick(form.existing.edit_button, Qt.MouseButton.LeftButton)
    seen, _answer = questions
    assert seen == []  # nothing else was typed: nothing to lose, nothing to ask
    editing = form.edit_target()
    assert editing is not None
    assert editing.id == juan["id"]
    assert form.title.text() == "Editar contacto"
    assert form.name.text() == "Juan Pérez"
    assert not form.existing.isVisible()  # in edit mode it is that contact


def test_edit_that_one_carries_what_was_typed_into_its_empty_fields(
    qtbot,
    stack,
    sandbox,
    questions,  # noqa: F811
):
    """Hallway test: "Editar ese" asked "¿Guardar primero…?", whose "Guardarlo primero" can only
    fail (the number exists). What was typed is about that contact: it goes into its empty
    fields as an edit; a field it has already keeps its value and is named; nothing is sent
    before the person saves."""
    seed(qtbot, stack, sandbox, "+5215512345678", "Juan Pérez")
    form = stack.window.form
    type_phone(qtbot, form, "55 1234 5678")
    type_text(qtbot, form.name, "Juana")
    type_text(qtbot, form.email, "juana@empresa.mx")
    qtbot.mouseClick(form.existing.edit_button, Qt.MouseButton.LeftButton)
    seen, _answer = questions
    assert seen == []  # nothing to ask: nothing is lost
    assert form.title.text() == "Editar contacto"
    assert (form.name.text(), form.email.text()) == ("Juan Pérez", "juana@empresa.mx")
    assert form.has_changes()
    assert stack.window.statusBar().currentMessage() == (
        "Se abrió «Juan Pérez» con lo que escribiste en sus campos vacíos: Correo. "
        "No se cambió, ya tiene el suyo: Nombre. Guarda para enviar los cambios."
    )
    with sandbox.client() as client:
        before = client.get("/contacts/v1").json()["contacts"]
    assert [c.get("email") for c in before] == [None]
    form.email.setFocus()
    qtbot.keyClick(form.email, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    def emails() -> list:
        with sandbox.client() as client:
            return [c.get("email") for c in client.get("/contacts/v1").json()["contacts"]]

    qtbot.waitUntil(lambda: emails() == ["juana@empresa.mx"], timeout=10000)


def test_saving_clears_it_for_the_next_contact(qtbot, stack, sandbox):
    seed(qtbot, stack, sandbox, "+5215512345678", "Juan Pérez")
    form = stack.window.form
    type_phone(qtbot, form, "55 1234 5678")
    assert form.existing.isVisible()
    form.clear_for_next()
    assert not form.existing.isVisible()
    type_phone(qtbot, form, "55 1234 5678")  # the same number again: said again
    assert form.existing.isVisible()
