"""The form's layout: "Más datos" lines up with the fields above, nothing clipped that matters,
and at 1024 px wide the form keeps its room."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from tests.gui.typing import type_text


def left_in(form, widget) -> int:
    return widget.mapTo(form, QPoint(0, 0)).x()


def test_more_details_fields_line_up_with_the_ones_above(qtbot, stack):
    form = stack.window.form
    form.more_toggle.setChecked(True)
    qtbot.waitUntil(form.company.isVisible)
    above = {left_in(form, w) for w in (form.name, form.email)}
    below = {left_in(form, w) for w in (form.company, form.city, form.postal_code, form.notes)}
    assert len(above) == 1
    assert below == above


def test_a_long_country_shows_its_start_not_its_end(qtbot, stack):
    form = stack.window.form
    picker = form.phone._picker
    form.name.setFocus()
    form.phone.set_region("US")
    assert picker.currentText() == "Estados Unidos +1"
    assert picker.lineEdit().cursorPosition() == 0  # "Estados Uni…", not "dos Unidos +1"
    form.phone.setFocus()
    type_text(qtbot, form.phone.line_edit(), "+44 20 7946 0958")
    assert picker.currentText() == "Reino Unido +44"
    assert picker.lineEdit().cursorPosition() == 0


def test_custom_field_boxes_show_their_placeholder_whole(qtbot, stack):
    form = stack.window.form
    form.more_toggle.setChecked(True)
    row = form.custom_fields.add_row()
    stack.window.resize(1024, 700)
    qtbot.waitUntil(row.key.isVisible)
    for box in (row.key, row.value):
        needed = box.fontMetrics().horizontalAdvance(box.placeholderText())
        assert box.width() > needed, box.placeholderText()


def test_at_1024_px_the_form_keeps_room_for_its_fields(qtbot, stack):
    window, form = stack.window, stack.window.form
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.waitUntil(lambda: form.name.width() >= 220)  # a full name fits
    number = form.phone.line_edit()
    assert number.width() > number.fontMetrics().horizontalAdvance("+52 55 1234 5678")
