"""The form's layout: "Más datos" lines up with the fields above, nothing clipped that matters,
and at 1024 px wide the form keeps its room."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

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


SHOTS = Path(os.environ.get("WHAAPY_SHOTS", "/work/shots/fixb"))


def nothing_cut_sideways(form) -> list[str]:
    """What shows the form scrolled or cut sideways: the scroll area moved, its content wider
    than what shows of it, or a field's right edge past the visible area."""
    scroll, inner = form._scroll, form._inner
    problems = []
    if scroll.horizontalScrollBar().value() != 0:
        problems.append(f"scrolled sideways by {scroll.horizontalScrollBar().value()}")
    if inner.width() > scroll.viewport().width():
        problems.append(f"content {inner.width()} wider than {scroll.viewport().width()}")
    if scroll.width() > form.width():  # the splitter gave the form less than it needs
        problems.append(f"scroll area {scroll.width()} wider than the form {form.width()}")
    right = min(
        form.width(), scroll.viewport().mapTo(form, QPoint(scroll.viewport().width(), 0)).x()
    )
    for widget in (form.pin, form.name, form.tags, form.company, form.custom_fields):
        edge = widget.mapTo(form, QPoint(widget.width(), 0)).x()
        if widget.isVisible() and edge > right:
            problems.append(f"{widget.objectName() or type(widget).__name__} ends at {edge}")
    return problems


@pytest.mark.parametrize("width", [1024, 1280])
def test_with_more_details_open_nothing_is_cut_at_either_edge(qtbot, stack, width):
    """Hallway test, finding 9: "Fijar" cut at the right with "Más datos" open; after Tab
    reached Etiquetas the form scrolled sideways ("eléfono *", "ombre", "tiquetas")."""
    window, form = stack.window, stack.window.form
    window.resize(width, 700)
    qtbot.waitUntil(lambda: window.width() == width)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form.more_toggle.setChecked(True)
    qtbot.waitUntil(form.company.isVisible)
    form.custom_fields.add_row()
    form.name.setFocus()
    for _ in range(2):  # Nombre -> Correo -> Etiquetas, as the tester did
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.tags.entry()
    SHOTS.mkdir(parents=True, exist_ok=True)  # the grab lays out what is pending, as a paint
    window.grab().save(str(SHOTS / f"more-open-{width}-{os.environ.get('SHOT_TAG', 'after')}.png"))
    assert nothing_cut_sideways(form) == []


@pytest.mark.parametrize("more", [False, True])
def test_the_send_column_shows_its_longest_words_at_1280(qtbot, stack, more):
    """Hallway test, finding 9: "Guardado (prácti…", "Requiere atenc…" in the window as it
    opens on a 1280 px screen (1200 px wide), with "Más datos" closed or open."""
    window, form = stack.window, stack.window.form
    window.resize(1200, 740)
    qtbot.waitUntil(lambda: window.width() == 1200)
    if more:
        form.more_toggle.setChecked(True)
        qtbot.waitUntil(form.company.isVisible)
    table = window.table
    column = table.model().columnCount() - 1
    metrics = table.fontMetrics()
    needed = max(metrics.horizontalAdvance(t) for t in ("Guardado (práctica)", "Requiere atención"))
    window.grab()  # laid out as painted
    assert table.columnWidth(column) >= needed + 16 + 8  # the words, the icon, the padding
    assert table.columnWidth(0) >= 150  # and the names keep room
