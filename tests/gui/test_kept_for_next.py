"""Issue 13, case 4: what stays for the next contact is shown, resets with one key, and a foreign
country doesn't stick: after a US number, "81 1234 5678" is Mexican again (unless pinned)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.typing import type_text


def on_server(sandbox) -> dict[str, dict]:
    with sandbox.client() as client:
        contacts = client.get("/contacts/v1", params={"limit": 100}).json()["contacts"]
    return {c["name"]: c for c in contacts}


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, mods)


def save(qtbot, window, name: str, sandbox) -> None:
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: name in on_server(sandbox), timeout=5000)


def type_person(qtbot, form, phone: str, name: str) -> None:
    assert QApplication.focusWidget() is form.phone.line_edit()
    type_text(qtbot, form.phone.line_edit(), phone)
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), name)


def test_kept_fields_are_shown_and_a_us_number_does_not_make_the_next_foreign(
    qtbot, stack, sandbox
):
    window, form = stack.window, stack.window.form
    assert not form.kept.isVisible()
    type_person(qtbot, form, "+1 212 555 0100", "Nueva York")
    assert form.phone.region() == "US"  # the typed +1 chose it
    form.tags.entry().setFocus()
    type_text(qtbot, form.tags.entry(), "cliente,")
    form.stage.setFocus()
    key(qtbot, Qt.Key.Key_Down)  # (sin etapa) -> Nuevo
    assert form.kept.isVisible()
    assert form.kept.text() == "Se conservan para el siguiente: Etiquetas: cliente · Etapa: Nuevo"
    save(qtbot, window, "Nueva York", sandbox)

    assert form.kept.text() == "Se conservan para el siguiente: Etiquetas: cliente · Etapa: Nuevo"
    assert form.phone.region() == "MX"  # back home: nothing pinned it
    type_person(qtbot, form, "81 1234 5678", "Monterrey")
    save(qtbot, window, "Monterrey", sandbox)
    stored = on_server(sandbox)
    assert stored["Nueva York"]["phone_number"] == "+12125550100"
    assert stored["Monterrey"]["phone_number"] == "+528112345678"
    assert stored["Monterrey"]["tags"] == ["cliente"]
    assert stored["Monterrey"]["funnel_stage"]["name"] == "Nuevo"


def test_a_pinned_country_stays_and_is_shown(qtbot, stack, sandbox):
    window, form = stack.window, stack.window.form
    form.phone.set_region("CO")
    form.pin.click()
    assert (
        form.kept.text() == "Se conservan para el siguiente: País del teléfono: Colombia (fijado)"
    )
    form.phone.setFocus()
    type_person(qtbot, form, "300 123 4567", "Bogotá")
    save(qtbot, window, "Bogotá", sandbox)
    assert form.phone.region() == "CO"
    assert on_server(sandbox)["Bogotá"]["phone_number"] == "+573001234567"


def test_ctrl_r_and_the_button_reset_what_is_kept_not_what_is_typed(qtbot, stack):
    form = stack.window.form
    for reset in ("keys", "button"):
        form.tags.add_tag("feria")
        form.stage.setCurrentIndex(2)
        form.phone.set_region("CO")
        form.pin.setChecked(True)
        form.more_toggle.setChecked(True)
        form.country.setCurrentIndex(form.country.findData("AR"))
        form.name.setFocus()
        form.name.setText("Sigue aquí")
        assert form.kept.text() == (
            "Se conservan para el siguiente: Etiquetas: feria · Etapa: Contactado · "
            "País del teléfono: Colombia (fijado) · País: Argentina"
        )
        if reset == "keys":
            key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        else:
            qtbot.mouseClick(form.kept.reset_button, Qt.MouseButton.LeftButton)
        assert not form.kept.isVisible()
        assert (form.tags.tags(), form.stage.currentIndex(), form.phone.region()) == ((), 0, "MX")
        assert not form.pin.isChecked()
        assert form.country.currentData() == "MX"
        assert form.name.text() == "Sigue aquí"
