"""Hallway test t17a, findings 8 and 10: a saved value its field's type can't hold is shown in
that field, said there and kept; a save blocked by one of the account's fields says why where
the person looks (the section opened, the message scrolled into view, the status bar); a whole
number field refuses decimals. Through the real window against the real sandbox, by keyboard.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from tests.gui.conftest import close_stack
from tests.gui.test_custom_fields_form import (
    ctrl_enter,
    editor_of,
    focused,
    note_under,
    on_server,
    set_fields,
    started,
    tab,
    type_contact,
)
from tests.gui.typing import type_text
from whaapy_contacts.sandbox.fields import SAMPLE_FIELDS

AGE = {"fields": [*SAMPLE_FIELDS["fields"], {"key": "edad", "name": "Edad", "type": "integer"}]}
RFC, BIRTHDAY, VIP, BRANCH, BUDGET, YEARS = range(6)  # the inputs, in the account's order
# What the tester made by curl: none of these fits its field's type.
ODD = {"presupuesto": "abc", "sucursal": "Oeste", "vip": "si", "fecha_nacimiento": "1990/03/15"}


@pytest.fixture
def with_age(qtbot, sandbox, tmp_path_factory):
    set_fields(sandbox, AGE)
    stack = started(qtbot, sandbox, tmp_path_factory)
    stack.window.activateWindow()
    qtbot.waitUntil(stack.window.isActiveWindow)
    yield stack
    close_stack(stack)


def box(form, field: int):
    return form.custom_fields.defined.inputs[field].widget


def in_view(form, widget) -> bool:
    """Whole inside the form's scrolled area, as the person sees it."""
    viewport = form._scroll.viewport()
    place = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and viewport.rect().contains(place)


def select_all_and_type(qtbot, widget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, widget, text)


def test_a_value_its_type_cant_hold_is_shown_in_its_field_and_never_twice(qtbot, with_age, sandbox):
    with sandbox.client() as client:
        body = {"phone_number": "+525540404040", "name": "Colega Raro", "custom_fields": ODD}
        contact_id = client.post("/contacts/v1", json=body).json()["contact"]["id"]
    form = with_age.window.form
    form.load_for_edit(with_age.account.client().get_contact(contact_id))
    editor = editor_of(form)
    assert editor._rows == []  # no hidden free row with the same name
    assert box(form, BUDGET).text() == "abc"
    assert note_under(form, BUDGET) == "«abc» no es un número: corrígelo o bórralo."
    assert box(form, BIRTHDAY).text() == "1990/03/15"
    assert note_under(form, BIRTHDAY) == (
        "«1990/03/15» no es una fecha (día/mes/año): corrígela o bórrala."
    )
    assert box(form, BRANCH).currentText() == "Oeste (no es una de las opciones)"
    assert box(form, VIP).currentText() == "si (no es una de las opciones)"
    assert dict(form.draft().custom_fields) == ODD  # nothing lost, nothing changed
    assert not form.has_changes()

    box(form, BIRTHDAY).setFocus()
    tab(qtbot)  # in and out of the odd date: still as it was, still said
    assert box(form, BIRTHDAY).text() == "1990/03/15"
    assert note_under(form, BIRTHDAY).startswith("«1990/03/15» no es una fecha")
    box(form, BRANCH).setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_N)  # Sucursal: Norte
    assert box(form, BRANCH).currentText() == "Norte"
    box(form, BUDGET).setFocus()
    select_all_and_type(qtbot, focused(), "2000")
    assert note_under(form, BUDGET) == ""  # corrected: the message goes as it stops being true
    ctrl_enter(qtbot)
    wanted = {**ODD, "sucursal": "Norte", "presupuesto": 2000}
    qtbot.waitUntil(lambda: on_server(sandbox)[0]["custom_fields"] == wanted, timeout=15000)
    assert form.error_text("custom_fields") == ""  # never "«presupuesto» está dos veces"
    assert "dos veces" not in with_age.window.status_text()


def test_a_save_blocked_in_more_details_opens_it_and_shows_why(qtbot, with_age, sandbox):
    window = with_age.window
    window.resize(1000, 560)  # "Más datos" longer than the form's room: it scrolls
    form = window.form
    type_contact(qtbot, form, "55 1234 5678", "Edad Decimal")
    editor_of(form)
    age = box(form, YEARS)
    age.setFocus()
    type_text(qtbot, age, "30.5")
    tab(qtbot)
    says = "Edad: escribe un número entero (30, no 30.5)."
    assert note_under(form, YEARS) == says
    form.more_toggle.setFocus()
    qtbot.keyClick(form.more_toggle, Qt.Key.Key_Space)  # "Más datos" shut
    assert not form.more.isVisible()
    form.name.setFocus()  # back at the top of the form
    assert not in_view(form, age)

    ctrl_enter(qtbot)
    assert form.more.isVisible()  # opened again
    assert focused() is age
    note = form.custom_fields.defined.inputs[YEARS].note
    qtbot.waitUntil(lambda: in_view(form, note) and in_view(form, age))
    assert note_under(form, YEARS) == says
    assert window.status_text() == f"No se guardó: {says}"
    assert with_age.outbox.entries() == []
    assert on_server(sandbox) == []

    select_all_and_type(qtbot, age, "30")
    ctrl_enter(qtbot)
    qtbot.waitUntil(lambda: len(on_server(sandbox)) == 1, timeout=15000)
    assert on_server(sandbox)[0]["custom_fields"] == {"edad": 30}
    assert type(on_server(sandbox)[0]["custom_fields"]["edad"]) is int


def test_a_free_rows_error_is_scrolled_into_view_and_said(qtbot, with_age, sandbox):
    """The same for a free row's error, said under the whole section (below the rows)."""
    window = with_age.window
    window.resize(1000, 560)
    form = window.form
    type_contact(qtbot, form, "55 1234 5678", "Fila Libre")
    add = editor_of(form).focusProxy()  # "Agregar campo personalizado"
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    type_text(qtbot, focused(), "monto")
    tab(qtbot)
    type_text(qtbot, focused(), "mucho")
    value = focused()
    tab(qtbot)  # the type box, after the value
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # Texto -> Número
    form.more_toggle.setFocus()
    qtbot.keyClick(form.more_toggle, Qt.Key.Key_Space)  # "Más datos" shut
    form.name.setFocus()

    ctrl_enter(qtbot)
    says = "«monto» no es un número (ejemplo: 1500 o 1,500.50)."
    assert form.error_text("custom_fields") == says
    assert focused() is value
    label = form.rows.errors["custom_fields"]
    qtbot.waitUntil(lambda: in_view(form, label) and in_view(form, value))
    assert window.status_text() == f"No se guardó: {says}"
    assert on_server(sandbox) == []
