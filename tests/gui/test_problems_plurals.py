"""Issue 16, problems: the status line, the connect dialog and the account notice count with
Qt's %n plural forms, in Spanish and in English (whaapy_en_plurals)."""

from __future__ import annotations

import pytest

from whaapy_contacts.services.outbox import QueueStatus
from whaapy_contacts.services.scheduler import BudgetState
from whaapy_contacts.ui.shell.connect_dialog import ConnectDialog
from whaapy_contacts.ui.shell.outbox_status import OutboxStatus


def pending(count: int, attention: int = 0) -> QueueStatus:
    return QueueStatus(count, attention, None, None, None, 0, True, None)


def paced(count: int) -> QueueStatus:
    return QueueStatus(count, 0, None, None, None, 4, True, BudgetState(100, 0.0, 4, 0, 0, True))


# (status, Spanish, English)
LINES = [
    (pending(1), "1 contacto pendiente", "1 contact pending"),
    (pending(2), "2 contactos pendientes", "2 contacts pending"),
    (pending(0, 1), "1 requiere atención", "1 needs attention"),
    (pending(0, 3), "3 requieren atención", "3 need attention"),
    (pending(2, 1), "2 contactos pendientes · 1 requiere atención",
     "2 contacts pending · 1 needs attention"),
    (paced(1), "1 pendiente · Whaapy permite 100 por minuto · listo en ~1 min",
     "1 pending · Whaapy allows 100 a minute · done in about 1 min"),
    (paced(1500), "1,500 pendientes · Whaapy permite 100 por minuto · listo en ~15 min",
     "1,500 pending · Whaapy allows 100 a minute · done in about 15 min"),
]  # fmt: skip


@pytest.mark.parametrize(("status", "expected", "_in_english"), LINES)
def test_the_status_line_counts_in_spanish(qtbot, status, expected, _in_english):
    line = OutboxStatus()
    qtbot.addWidget(line)
    assert line.describe(status) == expected


@pytest.mark.parametrize(("status", "_in_spanish", "expected"), LINES)
def test_the_status_line_counts_in_english(qtbot, english, status, _in_spanish, expected):
    line = OutboxStatus()
    qtbot.addWidget(line)
    assert line.describe(status) == expected


def test_the_disconnect_question_counts_what_has_not_reached_whaapy(qtbot, stack):
    dialog = ConnectDialog(stack.account)
    qtbot.addWidget(dialog)
    assert dialog._pending_text(1).startswith("1 contacto todavía no llega a Whaapy.")
    assert dialog._pending_text(2).startswith("2 contactos todavía no llegan a Whaapy.")
    assert dialog._pending_text(0) == "Todos los contactos que guardaste ya llegaron a Whaapy."


def test_the_disconnect_question_counts_in_english(qtbot, stack, english):
    dialog = ConnectDialog(stack.account)
    qtbot.addWidget(dialog)
    assert dialog._pending_text(1).startswith("1 contact has not reached Whaapy yet.")
    assert dialog._pending_text(3).startswith("3 contacts have not reached Whaapy yet.")
