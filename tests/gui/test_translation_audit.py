"""Every window, dialog, menu, tooltip and error state, in es-MX: no English left, no empty label.

One walk through the app against the sandbox collects what each screen shows (``audit.shown``);
the checker then reports English source strings, English words and missing labels. The last
tests show that the checker does fail on an untranslated string.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from tests.gui.audit import Checker, Recorder, Seen, shown, unlabelled
from tests.gui.conftest import build_stack, close_stack
from tests.gui.typing import type_text
from whaapy_contacts.api import errors
from whaapy_contacts.services.outbox import QueueStatus
from whaapy_contacts.ui.shell.crash import CrashHandler
from whaapy_contacts.ui.shell.main_window import MainWindow
from whaapy_contacts.ui.shell.shortcuts_dialog import ShortcutsDialog

REAL_MAY_CLOSE = MainWindow._may_close  # captured before the fixture stubs it


class Walk:
    """What the audit has seen so far, screen by screen."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.empty: list[str] = []

    def look(self, root: QWidget, where: str) -> None:
        self.seen += [Seen(f"{where}: {s.where}", s.text) for s in shown(root)]
        self.empty += [f"{where}: {e}" for e in unlabelled(root)]

    def note(self, where: str, *texts: str) -> None:
        self.seen += [Seen(where, t) for t in texts]


@pytest.fixture
def recorder(qapp):
    recorder = Recorder()
    qapp.installTranslator(recorder)
    yield recorder
    qapp.removeTranslator(recorder)


def seed(sandbox) -> None:
    with sandbox.client() as client:
        client.post(
            "/contacts/v1",
            json={
                "phone_number": "+525511112222", "name": "Ana López", "tags": ["vip"],
                "custom_fields": {"contrato": 50000, "activo": True},
                "external_ids": {"hubspot": "h-1"}, "country": "MX", "company": "Acme",
            },
        )  # fmt: skip


def test_every_screen_is_in_spanish(qtbot, sandbox, tmp_path_factory, monkeypatch, recorder):
    seed(sandbox)
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    monkeypatch.setattr(
        QMessageBox, "information", lambda *a: boxes.append(a) or QMessageBox.StandardButton.Ok
    )
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    walk = Walk()
    window = stack.window
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
        walk.look(window, "start")
        walk_form_errors(qtbot, walk, window)
        walk_list_and_editing(qtbot, walk, window, sandbox)
        walk_outbox(qtbot, walk, stack, sandbox)
        walk_states(walk, window)
        walk_dialogs(qtbot, walk, window, sandbox)
        walk_message_boxes(walk, stack, boxes, monkeypatch)
        walk.note("status bar messages", *messages)
    finally:
        close_stack(stack)
    problems = Checker(recorder).problems(walk.seen) + walk.empty
    assert not problems, "\n".join(problems)
    assert len(walk.seen) > 500  # the walk really went through the app


def walk_form_errors(qtbot, walk: Walk, window: MainWindow) -> None:
    form = window.form
    form.more_toggle.setChecked(True)
    type_text(qtbot, form.phone.line_edit(), "55 12")
    form.email.setText("juan.email.com")
    form.postal_code.setText("4410")
    form.avatar_url.setText("ftp://sitio")
    form.source.setCurrentText("x" * 80)
    number = form.custom_fields.add_row()
    number.kind.setCurrentIndex(1)
    number.key.setText("monto")
    number.value.setText("mucho")
    form.external_ids.add_row().value.setText("sin-nombre")
    form.tags.add_tag("cliente")
    for name in ("phone_number", "email", "postal_code", "avatar_url", "source", "custom_fields",
                 "external_ids"):  # fmt: skip
        form.check(name)
    walk.look(window, "form with errors")
    form.clear_all()
    form.phone.set_text("044 33 1234 5678")
    form.check("phone_number")
    walk.look(form, "phone notice")
    form.phone.set_text("+57 601 234 5678")  # a landline in Bogotá
    form.check("phone_number")
    walk.look(form, "landline hint")
    form.summary.set_messages([errors.ServerError().user_message])
    walk.look(form, "form summary")
    form.clear_all()
    form.more_toggle.setChecked(False)


def walk_list_and_editing(qtbot, walk: Walk, window: MainWindow, sandbox) -> None:
    form = window.form
    type_text(qtbot, form.phone.line_edit(), "+52 55 1111 2222")
    form.submit()
    qtbot.waitUntil(form.earlier().isVisible, timeout=5000)
    walk.look(window, "a contact saved earlier was refused")
    form.earlier().open_button.click()
    qtbot.waitUntil(form.duplicate.isVisible, timeout=5000)
    walk.look(window, "duplicate banner")
    form.clear_all()
    window.table.selectRow(0)  # the duplicate, pinned on top as "needs attention"
    walk.look(window, "an entry that needs attention")
    window.table.selectRow(window.model.rowCount() - 1)
    details = window.recent.details
    qtbot.waitUntil(details.edit_button.isEnabled, timeout=5000)
    walk.look(window, "details of a contact")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # Enter on the row: edit it
    assert form.edit_target() is not None
    walk.look(window, "edit mode")
    sandbox.add_faults({"kind": "status", "status": 500, "method": "PATCH", "times": 1})
    form.name.setText("Ana María")
    form.submit()
    qtbot.waitUntil(form.failed_edit().isVisible, timeout=5000)
    walk.look(window, "edit failed")
    form.failed_edit().open_button.click()
    qtbot.waitUntil(lambda: form.error_text("_summary") != "", timeout=5000)
    walk.look(window, "failed edit reopened")
    form.cancel_edit()


def walk_outbox(qtbot, walk: Walk, stack, sandbox) -> None:
    window, form, outbox = stack.window, stack.window.form, stack.outbox
    sandbox.add_faults({"kind": "drop_before", "method": "POST", "times": 1000})
    type_text(qtbot, form.phone.line_edit(), "+52 55 8765 4321")
    form.submit()
    qtbot.waitUntil(window.outbox_status.retry_button.isVisible, timeout=5000)
    window.table.selectRow(0)
    walk.look(window, "pending contact, no connection")
    sandbox.reset()
    qtbot.waitUntil(lambda: outbox.status().pending == 0, timeout=5000)  # none in flight at close


def walk_states(walk: Walk, window: MainWindow) -> None:
    """Error and waiting states reached directly: each would need a slow or odd server."""
    status, banner = window.outbox_status, window.paused_banner
    for problem in (errors.TransportError(), errors.RateLimited(3), errors.ServerError(), None):
        for pending, attention, sending, sender in ((1, 0, 0, True), (3, 2, 1, True),
                                                    (2, 1, 0, False)):  # fmt: skip
            queue = QueueStatus(pending, attention, None, problem, 30.0, sending, sender)
            walk.note("outbox status", status.describe(queue))
    for paused in (errors.Unauthorized(), errors.MissingScopes(("contacts:write",))):
        banner.show_status(QueueStatus(1, 0, paused, paused, None, 0, True))
        walk.look(banner, "paused banner")
        walk.note("outbox status, paused", status.describe(QueueStatus(1, 0, paused, paused,
                                                                       None, 0, True)))  # fmt: skip
    banner.hide()
    footer, note = window.recent.footer, window.recent.empty_note
    now = datetime.now(UTC)
    states = ((False, False, now, ""), (False, False, None, ""), (True, True, None, ""),
              (True, True, now - timedelta(days=3), ""), (True, False, now, ""),
              (None, False, None, errors.ServerError().user_message))  # fmt: skip
    for online, loading, updated, error in states:
        footer.show_state(online=online, loading=loading, updated_at=updated, error=error, now=now)
        footer.show_count(3, 10, filtered=bool(loading))
        walk.look(footer, "list footer")
    for filtered, loading in ((True, False), (False, True), (False, False)):
        note.show_for(0, filtered=filtered, loading=loading)
        walk.look(note, "empty list")
    note.hide()
    window.recent.details.show_placeholder()
    walk.look(window.recent.details, "details placeholder")
    menu = window.form.name.createStandardContextMenu()
    walk.note("a text field's context menu", *(a.text() for a in menu.actions()))
    menu.deleteLater()


def walk_dialogs(qtbot, walk: Walk, window: MainWindow, sandbox) -> None:
    dialog = window.open_connect_dialog()
    walk.look(dialog, "connect dialog")
    dialog.connect_account()  # no key yet
    walk.look(dialog, "connect dialog, no key")
    dialog.advanced.setChecked(True)
    dialog.base_url.setText("http://ejemplo.com")
    dialog.key.setText("wha_probando")
    dialog.test_connection()
    walk.look(dialog, "connect dialog, insecure address")
    dialog.base_url.setText(sandbox.url)
    dialog.show_key.click()
    dialog.disconnect_button.show()
    dialog.test_connection()
    qtbot.waitUntil(lambda: "revocada" in dialog.message_text(), timeout=5000)
    walk.look(dialog, "connect dialog, key refused")
    for exc in (errors.MissingScopes(("contacts:write",)), errors.ConnectionRefused(),
                errors.NotFound(), RuntimeError("boom")):  # fmt: skip
        walk.note("connect dialog explains", dialog.explain(exc))
    dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.form.name, Qt.Key.Key_F1)
    sheet = window.findChild(ShortcutsDialog)
    assert sheet is not None
    qtbot.waitUntil(sheet.isVisible)
    walk.look(sheet, "keyboard shortcuts")
    sheet.reject()


def walk_message_boxes(walk: Walk, stack, boxes: list, monkeypatch) -> None:
    window = stack.window
    window.form.name.setText("Alguien")
    window.ask_clear()  # asks before clearing
    monkeypatch.setattr(MainWindow, "_may_close", REAL_MAY_CLOSE)
    window.close()  # asks before quitting with a half-typed contact
    monkeypatch.setattr(MainWindow, "_may_close", lambda self: True)
    stack.account.session_only = True  # a computer with no usable keyring
    window.presenter.connected()
    CrashHandler(window)._show("Traceback (most recent call last): …")
    for box in boxes:
        if isinstance(box, QMessageBox):
            box.show()
            walk.look(box, "message box")
            box.hide()
        else:
            walk.note("message box", *(a for a in box[1:] if isinstance(a, str)))
    assert len(boxes) >= 4


# --- the checker itself can fail -----------------------------------------------------------


@pytest.fixture
def panel(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_checker_reports_a_tr_string_missing_from_the_catalogue(panel, recorder):
    QPushButton(QCoreApplication.translate("ContactForm", "Launch the rockets"), panel)
    QLabel(QCoreApplication.translate("ContactForm", "Save"), panel)  # "Guardar": fine
    problems = Checker(recorder).problems(shown(panel))
    assert problems == ["English source text in QPushButton text: 'Launch the rockets'"]


def test_checker_reports_english_from_the_catalogue_or_anywhere(panel, recorder):
    QLabel("Save the contact (Ctrl+Enter)", panel)  # a catalogue source shown untranslated
    edit = QLineEdit(panel)
    edit.setToolTip("Type it here, please")  # never went through tr()
    edit.setPlaceholderText("ej. 55 1234 5678")
    problems = Checker(recorder).problems(shown(panel))
    assert problems == [
        "English source text in QLabel : 'Save the contact (Ctrl+Enter)'",
        "English words in QLineEdit tooltip: 'Type it here, please'",
    ]


def test_checker_reports_missing_labels(panel):
    QPushButton("", panel)
    QPushButton(QIcon.fromTheme("edit-clear"), "", panel).setIcon(QIcon())
    QLabel("", panel).setBuddy(QLineEdit(panel))
    assert unlabelled(panel) == [
        "QWidget: a window with no title",
        "QPushButton: a button with no text and no icon",
        "QPushButton: a button with no text and no icon",
        "QLabel: an empty label for QLineEdit",
    ]
