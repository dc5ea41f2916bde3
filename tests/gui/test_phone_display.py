"""Every place a number is shown reads it as Mexicans do, and search by phone reads it as the
form does (issue 13, "Keyboard and layout")."""

from __future__ import annotations

from tests.gui.test_recent_panel import names, seed
from tests.gui.typing import type_text
from whaapy_contacts.ui.recent.model import PHONE


def test_a_number_stored_with_the_old_1_is_shown_without_it_everywhere(qtbot, stack, sandbox):
    # Made by another tool with the old mobile 1 (the sandbox stores the number as sent).
    (stored,) = seed(sandbox, {"phone_number": "+5218112345678"})
    assert stored["phone_number"] == "+5218112345678"
    window, details = stack.window, stack.window.recent.details
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.index(0, PHONE).data() == "+52 81 1234 5678"  # was "+52 18112345678"
    window.table.selectRow(0)
    qtbot.waitUntil(details.edit_button.isEnabled)
    assert details.title.text() == "+52 81 1234 5678"  # no name: the number is the title
    assert details.field_text("Teléfono") == "+52 81 1234 5678"
    details.edit_button.click()
    assert window.form.phone.text() == "+52 1 81 1234 5678"  # as stored, grouped


def test_searching_044_finds_the_number_the_form_accepts_in_that_spelling(qtbot, stack, sandbox):
    seed(
        sandbox,
        {"phone_number": "+525534567890", "name": "Ana"},
        {"phone_number": "+5215598765432", "name": "Beto"},
        {"phone_number": "+528112345678", "name": "Caro"},
    )
    window = stack.window
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    window.focus_search()
    for typed, found in [
        ("044 55 3456", ["Ana"]),
        ("045 55 9876", ["Beto"]),
        ("+52 1 55 9876", ["Beto"]),
        ("00 52 81 1234", ["Caro"]),
        ("01 (81) 1234-5678", ["Caro"]),
        ("\u202a+52 1 55 9876 5432\u202c", ["Beto"]),
    ]:
        window.search.clear()
        type_text(qtbot, window.search, typed)
        qtbot.waitUntil(lambda: names(window.model) == found, timeout=5000)  # noqa: B023
