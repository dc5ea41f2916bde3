"""Paste to fill (issue 17, item 1) through the real window: the clipboard and Ctrl+V with real
key events, drops of files and text, against the sandbox. Nothing reaches the server until
the person saves; then exactly what the form shows does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from tests.gui.test_main_window import save, server_contacts

CTRL = Qt.KeyboardModifier.ControlModifier
VCARDS = Path(__file__).parents[1] / "data" / "vcards"


def vcard(name: str) -> str:
    from whaapy_contacts.domain.paste import text_of_file

    return text_of_file((VCARDS / name).read_bytes())


def paste_into(qtbot, widget, text: str) -> None:
    """As the person does: the text on the clipboard, the box focused, Ctrl+V."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)
    qtbot.keyClick(widget, Qt.Key.Key_V, CTRL)


def drop_on(widget, mime: QMimeData) -> QDropEvent:
    """A drag that enters ``widget`` and is dropped there (Qt's own events, in order)."""
    from PySide6.QtGui import QDragEnterEvent

    at = QPointF(widget.rect().center())
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(int(at.x()), int(at.y())), actions, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(at, actions, mime, buttons, mods)
    QApplication.sendEvent(widget, drop)
    return drop


def nothing_sent(stack, sandbox) -> None:
    assert server_contacts(sandbox) == []
    assert stack.outbox.store.pending_count() == 0 if hasattr(stack.outbox, "store") else True


def banner_of(form):
    return form.paste.session().banner


def test_whatsapp_android_card_fills_name_and_phone_and_nothing_is_sent(qtbot, stack, sandbox):
    form = stack.window.form
    paste_into(qtbot, form.phone.line_edit(), vcard("whatsapp_android.vcf"))
    assert form.name.text() == "Juan Pérez"
    assert form.phone.text() == "+52 1 55 1234 5678"
    banner = banner_of(form)
    assert banner.isVisible()
    assert banner.text() == "Se llenaron 2 campos con lo pegado: Nombre, Teléfono."
    assert banner.undo_button.text() == "Deshacer"
    assert set(form.paste.session().highlighted()) == {"name", "phone_number"}
    assert server_contacts(sandbox) == []
    save(qtbot, stack)
    (stored,) = server_contacts(sandbox)
    assert (stored["name"], stored["phone_number"]) == ("Juan Pérez", "+525512345678")
    assert not banner.isVisible()
    assert form.paste.session().highlighted() == {}
