"""What a screen reader and a keyboard-only user get, read through QAccessible and real keys."""

from __future__ import annotations

import unicodedata
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QWidget,
)

from tests.gui.audit import controls, spoken_description, spoken_name
from tests.gui.conftest import build_stack, close_stack
from tests.gui.typing import type_text
from whaapy_contacts.api import errors
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.services.outbox import QueueStatus
from whaapy_contacts.ui.common.status_icons import status_icon
from whaapy_contacts.ui.recent.model import STATUS
from whaapy_contacts.ui.shell.shortcuts_dialog import ShortcutsDialog


def seed(sandbox) -> None:
    with sandbox.client() as client:
        client.post("/contacts/v1", json={"phone_number": "+525511112222", "name": "Ana"})


def show_everything(qtbot, stack) -> None:
    """Every optional part of the window on screen at once."""
    window, form = stack.window, stack.window.form
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    window.table.selectRow(0)
    qtbot.waitUntil(window.recent.details.edit_button.isEnabled, timeout=5000)
    form.more_toggle.setChecked(True)
    form.custom_fields.add_row().kind.setCurrentIndex(2)  # Yes/No: the flag combo shows
    form.custom_fields.add_row()
    form.external_ids.add_row()
    form.tags.add_tag("vip")
    form.show_duplicate("Ana")
    paused = errors.Unauthorized()
    window.paused_banner.show_status(QueueStatus(1, 0, paused, paused, None, 0, True))
    window.outbox_status.show_status(QueueStatus(1, 0, None, None, 30.0, 0, True))
    QApplication.processEvents()  # rows added to a shown layout appear on the next pass


@pytest.fixture
def full(qtbot, sandbox, tmp_path_factory):
    seed(sandbox)
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    show_everything(qtbot, stack)
    yield stack
    close_stack(stack)


def unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in controls(root):
        name = spoken_name(widget)
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_control_has_a_spoken_name(qtbot, full):
    window, form = full.window, full.window.form
    assert len(controls(window)) > 35
    assert unnamed(window) == []
    assert spoken_name(form.phone.line_edit()) == "Número de teléfono"
    assert spoken_name(form.phone._picker) == "País del teléfono"  # a combo: its label relation
    assert spoken_name(form.country) == "País"
    assert spoken_name(form.name) == "Nombre"  # from the buddy label, without the "&"
    chip = form.tags.findChild(QAbstractButton, "TagChip")
    assert spoken_name(chip) == "Etiqueta vip, presiona para quitarla"
    assert spoken_name(window.recent.tag_filter) == "Filtrar por etiqueta"
    form.load_for_edit(window.recent.details.contact())
    assert unnamed(window) == []  # edit mode: "Cancelar edición" too
    dialog = window.open_connect_dialog()
    qtbot.addWidget(dialog)
    dialog.advanced.setChecked(True)
    assert unnamed(dialog) == []
    assert spoken_name(dialog.key) == "Clave de Whaapy"
    dialog.reject()
    sheet = window.open_shortcuts()
    assert unnamed(sheet) == []
    sheet.reject()


def test_tab_goes_through_every_control_in_visual_order(qtbot, full):
    window = full.window
    start = window.banner.connect_button
    start.setFocus()
    order = [start]
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            break
        order.append(focused)
    reachable = {w for w in controls(window) if w.focusPolicy() & Qt.FocusPolicy.TabFocus}
    assert reachable - set(order) == set()  # every control, and each once
    assert len(order) == len(set(order))
    form, recent = window.form, window.recent
    regions = [_region(w, (window.banner, window.paused_banner, form, recent)) for w in order]
    assert regions == sorted(regions)  # banners, then the form, then the list, then the status bar
    for container in (form.findChild(QWidget, "FormContent"), recent):
        inside = [w for w in order if container.isAncestorOf(w)]
        assert len(inside) > 5
        assert _out_of_reading_order(inside, container) == []


def _region(widget: QWidget, containers: tuple[QWidget, ...]) -> int:
    return next((n for n, c in enumerate(containers) if c.isAncestorOf(widget)), len(containers))


def _out_of_reading_order(widgets: list[QWidget], root: QWidget) -> list[str]:
    """Pairs where the second is above the first, or left of it on the same line."""
    wrong = []
    for a, b in pairwise(widgets):
        top_a, top_b = a.mapTo(root, QPoint(0, 0)), b.mapTo(root, QPoint(0, 0))
        same_line = top_b.y() < top_a.y() + a.height() and top_a.y() < top_b.y() + b.height()
        ok = top_b.x() > top_a.x() if same_line else top_b.y() > top_a.y()
        if not ok:
            wrong.append(f"{spoken_name(a)!r} then {spoken_name(b)!r}")
    return wrong


def test_an_inline_error_is_the_description_and_is_announced(qtbot, stack, monkeypatch):
    heard = []

    def listen(event):
        message = event.message() if event.type() == QAccessible.Event.Announcement else ""
        heard.append((event.type(), event.object(), message))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    form = stack.window.form
    form.email.setFocus()
    type_text(qtbot, form.email, "juan.email.com")
    qtbot.keyClick(form.email, Qt.Key.Key_Tab)  # leaving the field checks it
    error = "Falta la @ en el correo (ejemplo: nombre@empresa.com)."
    assert spoken_description(form.email) == error
    assert (QAccessible.Event.DescriptionChanged, form.email, "") in heard
    assert (QAccessible.Event.Announcement, form.email, error) in heard
    form.email.setFocus()
    type_text(qtbot, form.email, "@empresa.mx")  # fixed while typing: the error goes
    assert error not in spoken_description(form.email)


def mnemonics(root: QWidget) -> list[str]:
    """Alt+letter keys in ``root`` right now: buddy labels, buttons, group boxes, menus."""
    texts = []
    for widget in [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]:
        buddy_label = isinstance(widget, QLabel) and widget.buddy() is not None
        if buddy_label or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    if isinstance(root, QMainWindow):
        texts += [a.text() for a in root.menuBar().actions()]
    keys = []
    for text in texts:
        at = text.replace("&&", "").find("&")
        if at >= 0:
            letter = unicodedata.normalize("NFKD", text.replace("&&", "")[at + 1])[0]
            keys.append(letter.casefold())
    return keys


def _repeated(keys: list[str]) -> list[str]:
    return sorted({k for k in keys if keys.count(k) > 1})


def test_alt_letters_are_unique_in_spanish(qtbot, full):
    keys = mnemonics(full.window)
    assert len(keys) >= 20
    assert _repeated(keys) == []
    dialog = full.window.open_connect_dialog()
    qtbot.addWidget(dialog)
    dialog.disconnect_button.show()
    assert _repeated(mnemonics(dialog)) == []


def test_alt_letters_are_unique_in_english(qtbot, sandbox, tmp_path_factory, english):
    seed(sandbox)
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    try:
        show_everything(qtbot, stack)
        keys = mnemonics(stack.window)
        assert "&Phone *" in [w.text() for w in stack.window.findChildren(QLabel)]
        assert _repeated(keys) == []
        dialog = stack.window.open_connect_dialog()
        qtbot.addWidget(dialog)
        dialog.disconnect_button.show()
        assert _repeated(mnemonics(dialog)) == []
    finally:
        close_stack(stack)


def test_f1_lists_every_shortcut_of_the_window(qtbot, stack):
    window = stack.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.form.phone.line_edit(), Qt.Key.Key_F1)
    sheet = window.findChild(ShortcutsDialog)
    assert sheet is not None
    qtbot.waitUntil(sheet.isVisible)
    assert sheet.windowTitle() == "Atajos de teclado"
    portable = QKeySequence.SequenceFormat.PortableText
    registered = {s.key().toString(portable) for s in window.findChildren(QShortcut)}
    registered |= {a.shortcut().toString(portable) for a in window.findChildren(type(
        window.shortcuts_action)) if not a.shortcut().isEmpty()}  # fmt: skip
    registered = {"Ctrl+Return" if k == "Ctrl+Enter" else k for k in registered}
    registered.add("Esc")  # the window's keyPressEvent, so that popups take theirs first
    assert registered == sheet.sequences()
    qtbot.keyClick(sheet.tree, Qt.Key.Key_Escape)
    assert not sheet.isVisible()


def test_status_is_told_by_text_and_shape_not_colour_alone(qtbot, stack):
    shapes = set()
    for state in OutboxState:
        grey = status_icon(state).pixmap(32, 32).toImage()
        grey = grey.convertToFormat(QImage.Format.Format_Grayscale8)
        shapes.add(bytes(grey.constBits()))
        assert grey.pixelColor(16, 16) != QColor(0, 0, 0, 0)
    assert len(shapes) == len(OutboxState)  # still three different pictures without colour
    model = stack.window.model
    assert model.headerData(STATUS, Qt.Orientation.Horizontal) == "Envío"  # not the address


def test_tags_are_removed_from_the_keyboard(qtbot, stack):
    tags = stack.window.form.tags
    entry = tags.entry()
    entry.setFocus()
    for tag in ("uno", "dos", "tres"):
        type_text(qtbot, entry, tag)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.keyClick(entry, Qt.Key.Key_Left)  # at the start of the empty entry: onto the tags
    assert spoken_name(QApplication.focusWidget()) == "Etiqueta tres, presiona para quitarla"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert spoken_name(QApplication.focusWidget()) == "Etiqueta dos, presiona para quitarla"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert tags.tags() == ("uno", "tres")
    assert spoken_name(QApplication.focusWidget()) == "Etiqueta tres, presiona para quitarla"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert QApplication.focusWidget() is entry


def test_text_that_used_to_be_cut_fits(qtbot, stack):
    """Seen in the screenshots (tools/screenshots_dpi.py): these were cut with "…"."""
    window = stack.window
    table, metrics = window.table, window.table.fontMetrics()
    needed = metrics.horizontalAdvance("Requiere atención") + 16
    assert table.columnWidth(STATUS) > needed
    entry = window.form.tags.entry()
    assert entry.width() > entry.fontMetrics().horizontalAdvance(entry.placeholderText())
    sheet = window.open_shortcuts()
    qtbot.waitUntil(sheet.isVisible)
    tree = sheet.tree
    for item in tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
        if item.parent() is not None:
            text = item.text(1)
            rect = tree.visualItemRect(item)
            assert (
                tree.columnViewportPosition(1) + tree.fontMetrics().horizontalAdvance(text)
                < rect.right()
            ), text
    sheet.reject()
