"""Ctrl+Z: typing in the focused box first, then the newest live offer (ui/common/undo_key.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from whaapy_contacts.ui.common.undo_key import UndoKey


def _window(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    edit = QLineEdit(window)
    layout.addWidget(edit)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=5000)
    return window, edit


def test_typing_is_undone_before_the_offer(qtbot):
    _, edit = _window(qtbot)
    undo = UndoKey.instance()
    ran: list[str] = []
    offer = undo.offer("fill", lambda: ran.append("fill"))
    try:
        QTest.keyClicks(edit, "abc")
        QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert edit.text() == ""
        assert ran == []
        QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert ran == ["fill"]
        QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert ran == ["fill"]  # taken once
    finally:
        undo.withdraw(offer)


def test_newest_offer_first_and_withdrawn_or_expired_ones_never_run(qtbot):
    _, edit = _window(qtbot)
    undo = UndoKey.instance()
    ran: list[str] = []
    old = undo.offer("old", lambda: ran.append("old"))
    gone = undo.offer("gone", lambda: ran.append("gone"))
    expired = undo.offer("expired", lambda: ran.append("expired"), ms=0)
    undo.withdraw(gone)
    with qtbot.waitSignal(undo.taken, timeout=5000) as taken:
        QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert taken.args == ["old"]
    assert ran == ["old"]
    assert undo.current() is None
    undo.withdraw(old)
    undo.withdraw(expired)


def test_an_offer_made_after_the_typing_is_undone_first(qtbot):
    """Hallway test: typing "juanita@", then a paste that filled the form, then Ctrl+Z emptied
    the e-mail instead of undoing the fill. The newest action goes first."""
    _, edit = _window(qtbot)
    undo = UndoKey.instance()
    QTest.keyClicks(edit, "juanita@")
    ran: list[str] = []
    offer = undo.offer("fill", lambda: ran.append("fill"))
    try:
        QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert ran == ["fill"]
        assert edit.text() == "juanita@"  # untouched: it was older than the fill
        QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert edit.text() == ""  # then the box's own typing, as always
    finally:
        undo.withdraw(offer)
