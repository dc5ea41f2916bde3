"""Every Alt+letter of the window: used once, and it focuses its field, scrolled into view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget


def letter(text: str) -> str | None:
    """The mnemonic of ``text`` ("Campos personali&zados" -> "z"), None if it has none."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def mnemonics(window) -> dict[str, list[QWidget]]:
    found: dict[str, list[QWidget]] = {}
    widgets = [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]
    for widget in widgets:
        if isinstance(widget, (QLabel, QAbstractButton)) and (key := letter(widget.text())):
            found.setdefault(key, []).append(widget)
    for action in window.menuBar().actions():
        if key := letter(action.text()):
            found.setdefault(key, []).append(window.menuBar())
    return found


def shown_in_scroll(form, widget: QWidget) -> bool:
    viewport = form._scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def holds_focus(buddy: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is buddy or buddy.isAncestorOf(focus)
                                  or focus is buddy.focusProxy())  # fmt: skip


def test_every_alt_letter_is_used_once_and_focuses_its_field_in_view(qtbot, stack):
    window, form = stack.window, stack.window.form
    window.resize(1024, 560)  # small enough that "Más datos" scrolls
    form.more_toggle.setChecked(True)
    form.custom_fields.add_row()  # rows make the section taller
    form.external_ids.add_row()
    qtbot.waitUntil(lambda: form._scroll.verticalScrollBar().maximum() > 120)  # it must scroll
    found = mnemonics(window)
    assert {k: len(v) for k, v in found.items() if len(v) > 1} == {}
    labels = {k: w[0] for k, w in found.items() if isinstance(w[0], QLabel) and w[0].buddy()}
    assert {"z", "x", "r"} <= set(labels)  # Campos personalizados, IDs externos, Origen
    for key, label in sorted(labels.items()):
        form.phone.setFocus()
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        buddy = label.buddy()
        assert holds_focus(buddy), (key, label.text(), QApplication.focusWidget())
        if form._inner.isAncestorOf(buddy):
            focus = QApplication.focusWidget()
            qtbot.waitUntil(lambda f=focus: shown_in_scroll(form, f), timeout=2000)


def test_save_is_not_drawn_as_a_default_that_enter_would_press(qtbot, stack, sandbox):
    form = stack.window.form
    assert not form.save_button.isDefault()
    form.phone.setFocus()
    qtbot.keyClicks(form.phone.line_edit(), "55 1234 5678")
    form.name.setFocus()
    qtbot.keyClicks(form.name, "Ana")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)  # plain Enter: nothing is saved
    assert stack.outbox.entries() == []
    assert form.name.text() == "Ana"
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(stack.outbox.entries()) == 1


def test_alt_z_on_no_custom_fields_starts_one_and_alt_x_goes_to_the_first_id(qtbot, stack):
    form = stack.window.form
    form.more_toggle.setChecked(True)
    form.phone.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), "z", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: len(form.custom_fields.values()) == 0 and bool(form.custom_fields._rows)
    )
    assert QApplication.focusWidget() is form.custom_fields._rows[0].key
    form.external_ids.add_row()
    form.phone.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), "x", Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.external_ids._rows[0].key
    assert len(form.external_ids._rows) == 1  # focused, not a second row
