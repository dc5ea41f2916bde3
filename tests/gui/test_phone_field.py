"""PhoneField: formatting as you type, the cursor, +code switching, the searchable picker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.domain.phone import PhoneNotice
from whaapy_contacts.ui.common.flags import flag_icon
from whaapy_contacts.ui.form.phone_field import CountryPicker, PhoneField

# The offscreen platform cannot raise windows or grab the keyboard, and says so (a Qt warning)
# each time a popup opens. That is the test platform's limit, not a fault in the widget.
offscreen_popups = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise\(\)|grabbing the keyboard|grabbing the mouse)$"
)


@pytest.fixture
def window(qtbot):
    """A shown, active window holding a PhoneField and another field to move focus to."""
    host = QWidget()
    layout = QVBoxLayout(host)
    # A layout that sizes its window makes the offscreen platform warn that it cannot
    # propagate size hints; the test window needs no minimum size.
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(PhoneField(host))
    layout.addWidget(QLineEdit(host))
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    host.findChild(PhoneField).setFocus()  # the number, as the form does
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    return host


@pytest.fixture
def field(window) -> PhoneField:
    return window.findChild(PhoneField)


@pytest.fixture
def picker(field) -> CountryPicker:
    return field.findChild(CountryPicker)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """keyClicks, plus accented letters (QTest's keyClicks only knows ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def other_field(window) -> QLineEdit:
    return next(w for w in window.findChildren(QLineEdit) if w.parent() is window)


def test_typing_formats_nationally(qtbot, field):
    qtbot.keyClicks(field.line_edit(), "5512345678")
    assert field.text() == "55 1234 5678"
    assert field.result().e164 == "+525512345678"


def test_typing_in_the_middle_keeps_the_cursor_after_the_new_digit(qtbot, field):
    edit = field.line_edit()
    qtbot.keyClicks(edit, "551234567")
    assert field.text() == "55 1234 567"
    edit.setCursorPosition(4)  # "55 1|234 567"
    qtbot.keyClicks(edit, "9")
    assert field.text() == "55 1923 4567"
    assert edit.cursorPosition() == 5
    assert field.text()[: edit.cursorPosition()] == "55 19"


def test_backspace_over_a_separator_deletes_the_digit_before_it(qtbot, field):
    edit = field.line_edit()
    qtbot.keyClicks(edit, "5512345678")
    edit.setCursorPosition(3)  # "55 |1234 5678"
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert field.text().replace(" ", "") == "512345678"
    assert edit.cursorPosition() == 1


def test_delete_before_a_separator_deletes_the_digit_after_it(qtbot, field):
    edit = field.line_edit()
    qtbot.keyClicks(edit, "5512345678")
    edit.setCursorPosition(2)  # "55| 1234 5678"
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert field.text().replace(" ", "") == "552345678"
    assert edit.cursorPosition() == 2


def test_backspace_at_the_end_just_deletes(qtbot, field):
    qtbot.keyClicks(field.line_edit(), "55123")
    qtbot.keyClick(field.line_edit(), Qt.Key.Key_Backspace)
    assert field.text() == "55 12"


def test_pasting_a_legacy_mobile_number_keeps_it_as_typed(qtbot, field):
    QApplication.clipboard().setText("+52 1 81 1234 5678")
    with qtbot.waitSignal(field.edited):
        field.line_edit().paste()
    assert field.text() == "+52 1 81 1234 5678"
    assert field.region() == "MX"
    result = field.result()
    assert result.e164 == "+528112345678"
    assert PhoneNotice.LEGACY_MOBILE_ONE in result.notices


def test_text_the_formatter_gives_up_on_is_left_alone(qtbot, field):
    qtbot.keyClicks(field.line_edit(), "044 55 1234 5678")
    assert field.text() == "044 55 1234 5678"
    assert field.result().e164 == "+525512345678"


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("+57 601 234 5678", "CO", "+576012345678"),
        ("+1 212 555 0100", "US", "+12125550100"),
        ("0057 601 234 5678", "CO", "+576012345678"),
    ],
)
def test_dialling_a_country_code_switches_the_picker(qtbot, field, typed, region, e164):
    qtbot.keyClicks(field.line_edit(), typed)
    assert field.region() == region
    assert field.text().replace(" ", "").replace("-", "") == typed.replace(" ", "")
    assert field.result().e164 == e164


@offscreen_popups
@pytest.mark.parametrize(
    ("query", "region"),
    [("colo", "CO"), ("co", "CO"), ("57", "CO"), ("+57", "CO"), ("méx", "MX"), ("mex", "MX")],
)
def test_searching_the_picker_and_pressing_enter_selects(qtbot, field, picker, query, region):
    if region == "MX":
        field.set_region("AR")
    picker.setFocus()
    type_text(qtbot, picker, query)
    with qtbot.waitSignal(field.edited):
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert field.region() == region
    assert picker.currentText() == picker.itemText(picker.currentIndex())


@offscreen_popups
def test_choosing_from_the_completion_popup_selects(qtbot, field, picker):
    picker.setFocus()
    qtbot.keyClicks(picker, "colo")
    popup = picker.findChild(QCompleter).popup()
    qtbot.waitUntil(popup.isVisible)
    with qtbot.waitSignal(picker.country_picked) as picked:
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picked.args == ["CO"]
    assert not popup.isVisible()


@offscreen_popups
def test_garbage_in_the_picker_then_leaving_keeps_the_country(qtbot, window, field, picker):
    field.set_region("CO")
    picker.setFocus()
    qtbot.keyClicks(picker, "zzzz")
    other_field(window).setFocus()
    qtbot.waitUntil(lambda: picker.currentText() == picker.itemText(picker.currentIndex()))
    assert field.region() == "CO"
    assert picker.currentText().startswith("Colombia")


def test_the_placeholder_follows_the_region(field):
    mexican = field.line_edit().placeholderText()
    field.set_region("CO")
    colombian = field.line_edit().placeholderText()
    assert mexican.startswith("Ej.:")
    assert colombian.startswith("Ej.:")
    assert mexican != colombian


def test_picking_a_country_reformats_a_national_number(qtbot, field):
    qtbot.keyClicks(field.line_edit(), "6012345678")
    field.set_region("CO")
    assert field.text() == "601 2345678"


def test_edited_fires_on_typing_and_editing_finished_on_leaving(qtbot, window, field):
    with qtbot.waitSignal(field.edited):
        qtbot.keyClicks(field.line_edit(), "5")
    with qtbot.waitSignal(field.editing_finished):
        other_field(window).setFocus()


def test_programmatic_changes_do_not_emit_edited(qtbot, field):
    with qtbot.assertNotEmitted(field.edited):
        field.set_region("CO")
        field.set_text("+525512345678")
        field.clear()


def test_set_text_formats_and_follows_the_country(field):
    field.set_text("+525512345678")
    assert field.text() == "+52 55 1234 5678"
    assert field.region() == "MX"
    field.clear()
    assert field.text() == ""
    assert field.region() == "MX"


def test_focus_goes_to_the_number(qtbot, field):
    field.setFocus()
    qtbot.waitUntil(field.line_edit().hasFocus)


def test_accessible_names(field, picker):
    assert field.line_edit().accessibleName()
    assert picker.accessibleName()


@offscreen_popups
def test_escape_abandons_a_search(qtbot, field, picker):
    picker.setFocus()
    qtbot.keyClicks(picker, "colo")
    qtbot.keyClick(picker, Qt.Key.Key_Escape)
    assert field.region() == "MX"
    assert picker.currentText() == picker.itemText(picker.currentIndex())


def test_flag_icons_come_in_two_resolutions(qapp):
    sizes = flag_icon("MX").availableSizes()
    assert QSize(20, 15) in sizes
    assert QSize(40, 30) in sizes
    assert flag_icon("ZZ").isNull()


def test_tab_goes_country_then_number_as_they_look(qtbot, window, field, picker):
    """In visual order (issue 8): Tab stops at the country, then the number; setFocus() on the
    field still means the number, where typing goes."""
    before = QLineEdit(window)
    before.show()  # added after the window was shown
    QWidget.setTabOrder(before, picker)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(picker.hasFocus)
    qtbot.keyClick(picker, Qt.Key.Key_Tab)
    qtbot.waitUntil(field.line_edit().hasFocus)
    qtbot.keyClick(field.line_edit(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(picker.hasFocus)
    field.setFocus()
    qtbot.waitUntil(field.line_edit().hasFocus)


def test_focusing_the_field_again_does_not_end_the_number_editing(qtbot, field):
    """The form refocuses the field after each save: that must not check the empty number."""
    qtbot.keyClicks(field.line_edit(), "55")
    with qtbot.assertNotEmitted(field.editing_finished):
        field.setFocus()
    assert field.line_edit().hasFocus()
