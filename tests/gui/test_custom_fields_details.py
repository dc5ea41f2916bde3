"""The details pane names the account's own fields as the form does (issue 17, item 3): "Fecha
de nacimiento 15/03/1990", not "fecha_nacimiento ✎ 1990-03-15"; a free key keeps its ✎."""

from __future__ import annotations

from tests.gui.test_custom_fields_form import with_fields  # noqa: F401 (a fixture)


def test_the_details_pane_shows_the_accounts_fields_by_name(qtbot, with_fields, sandbox):  # noqa: F811
    custom = {"fecha_nacimiento": "1990-03-15", "vip": True, "presupuesto": 1500.5,
              "sucursal": "Centro", "otro": "x", "rfc": 5}  # fmt: skip
    with sandbox.client() as client:
        body = {"phone_number": "+525512345678", "name": "Dora", "custom_fields": custom}
        client.post("/contacts/v1", json=body).raise_for_status()
    window = with_fields.window
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    window.table.selectRow(0)
    details = window.recent.details
    qtbot.waitUntil(lambda: details.title.text() == "Dora", timeout=10000)
    assert details.field_text("Fecha de nacimiento") == "15/03/1990"
    assert details.field_text("Cliente VIP") == "Sí"
    assert details.field_text("Presupuesto") == "1,500.5"
    assert details.field_text("Sucursal") == "Centro"
    assert details.field_text("otro ✎") == "x"
    assert details.field_text("rfc ✎") == "5"  # a number in a text field: shown as it is
    assert details.field_text("fecha_nacimiento ✎") == ""
