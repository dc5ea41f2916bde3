"""Issue 13, case 7: tags typed with suggestions make no junk and lose nothing.

Enter or Tab takes the highlighted suggestion in one press; a tag that is an existing one but
for case and accents takes the existing spelling; a half-typed tag is never saved silently.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.typing import type_text

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise\(\)|grabbing the keyboard|grabbing the mouse)$"
)
KNOWN = ["Cliente", "Clínica", "Proveedor", "VIP"]


@pytest.fixture
def form(qtbot, stack, sandbox):
    """The account already has the KNOWN tags (on a contact of its own); the form suggests them."""
    with sandbox.client() as client:
        client.post("/contacts/v1", json={"phone_number": "+523398765432", "tags": KNOWN})
    form = stack.window.form
    stack.window.refresh()
    qtbot.waitUntil(lambda: len(form.tags._known) == len(KNOWN), timeout=5000)
    form.tags.entry().setFocus()
    return form


def popup(form):
    return form.tags.completer().popup()


def on_server(sandbox) -> list[dict]:
    """The contacts saved by the test (not the one that holds the account's tags)."""
    with sandbox.client() as client:
        contacts = client.get("/contacts/v1", params={"limit": 100}).json()["contacts"]
    return [c for c in contacts if c["phone_number"] != "+523398765432"]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_enter_or_tab_takes_the_highlighted_suggestion_at_once(qtbot, form, key):
    type_text(qtbot, form.tags.entry(), "clie")
    qtbot.waitUntil(popup(form).isVisible)
    assert popup(form).currentIndex().data() == "Cliente"  # highlighted from the start
    qtbot.keyClick(popup(form), key)  # the popup has the keyboard while it shows
    assert form.tags.tags() == ("Cliente",)
    assert form.tags.entry().text() == ""
    assert not popup(form).isVisible()
    if key == Qt.Key.Key_Tab:
        assert QApplication.focusWidget() is form.stage  # and Tab still moves on


def test_arrow_down_then_enter_takes_that_one(qtbot, form):
    type_text(qtbot, form.tags.entry(), "cl")
    qtbot.waitUntil(popup(form).isVisible)
    qtbot.keyClick(popup(form), Qt.Key.Key_Down)
    qtbot.keyClick(popup(form), Qt.Key.Key_Return)
    assert form.tags.tags() == ("Clínica",)


def test_esc_then_enter_adds_exactly_what_was_typed(qtbot, form):
    type_text(qtbot, form.tags.entry(), "clie")
    qtbot.waitUntil(popup(form).isVisible)
    qtbot.keyClick(popup(form), Qt.Key.Key_Escape)
    assert not popup(form).isVisible()
    qtbot.keyClick(form.tags.entry(), Qt.Key.Key_Return)
    assert form.tags.tags() == ("clie",)


SPELLINGS = [("cliente", "Cliente"), ("CLINICA", "Clínica"), ("vip", "VIP"),
             ("proveedor ", "Proveedor")]  # fmt: skip


@pytest.mark.parametrize(("typed", "kept"), SPELLINGS)
def test_an_existing_tag_in_other_case_or_accents_keeps_its_spelling(qtbot, form, typed, kept):
    type_text(qtbot, form.tags.entry(), typed + ",")
    assert form.tags.tags() == (kept,)
    type_text(qtbot, form.tags.entry(), typed.upper() + ",")  # twice: still one tag
    assert form.tags.tags() == (kept,)


def test_half_typed_start_of_a_tag_is_not_saved_and_says_why(qtbot, stack, form, sandbox):
    form.phone.setFocus()
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    form.tags.entry().setFocus()
    type_text(qtbot, form.tags.entry(), "clie")
    qtbot.keyClick(popup(form), Qt.Key.Key_Escape)
    qtbot.keyClick(form.tags.entry(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.error_text("tags") == (
        "«clie» todavía no es una etiqueta: elige una sugerencia o presiona Enter para agregarla."
    )
    assert QApplication.focusWidget() is form.tags.entry()
    assert form.phone.text() == "55 1234 5678"  # nothing sent, nothing cleared
    assert stack.outbox.entries() == []
    qtbot.keyClick(form.tags.entry(), Qt.Key.Key_Return)  # "it is a new tag": Enter says so
    qtbot.keyClick(form.tags.entry(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(on_server(sandbox)) == 1, timeout=5000)
    assert on_server(sandbox)[0]["tags"] == ["clie"]


@pytest.mark.parametrize(
    ("typed", "sent"), [("cliente", ["Cliente"]), ("feria 2026", ["feria 2026"])]
)
def test_an_unambiguous_typed_tag_becomes_a_chip_before_sending(qtbot, stack, form, sandbox,
                                                                typed, sent):  # fmt: skip
    form.phone.setFocus()
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    form.tags.entry().setFocus()
    type_text(qtbot, form.tags.entry(), typed)
    qtbot.keyClick(form.tags.entry(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.tags.tags() == tuple(sent)  # a chip the person sees, kept for the next one
    assert form.tags.entry().text() == ""
    qtbot.waitUntil(lambda: len(on_server(sandbox)) == 1, timeout=5000)
    assert on_server(sandbox)[0]["tags"] == sent


def shown_suggestions(form) -> list[str]:
    model = form.tags.completer().completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize(
    ("typed", "shown"), [("cli", ["Cliente", "Clínica"]), ("clinica", ["Clínica"]),
                         ("CLÍ", ["Cliente", "Clínica"])]
)  # fmt: skip
def test_suggestions_ignore_accents_as_well_as_case(qtbot, form, typed, shown):
    """Hallway test, finding 8: "cli" suggested only "Cliente"; "clinica" nothing at all."""
    type_text(qtbot, form.tags.entry(), typed)
    qtbot.waitUntil(popup(form).isVisible)
    assert shown_suggestions(form) == shown
    assert popup(form).currentIndex().data() == shown[0]
    qtbot.keyClick(popup(form), Qt.Key.Key_Return)
    assert form.tags.tags() == (shown[0],)


def half_typed_refused(qtbot, form, typed: str) -> None:
    form.phone.setFocus()
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    form.tags.entry().setFocus()
    type_text(qtbot, form.tags.entry(), typed)
    qtbot.keyClick(popup(form), Qt.Key.Key_Escape)
    qtbot.keyClick(form.tags.entry(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.error_text("tags").startswith(f"«{typed}» todavía no es una etiqueta")


def test_the_half_typed_message_goes_when_the_text_becomes_a_tag(qtbot, stack, form):
    """Hallway test, finding 7a: it stayed after Enter made "cli" a tag."""
    half_typed_refused(qtbot, form, "cli")
    qtbot.keyClick(form.tags.entry(), Qt.Key.Key_Return)
    assert form.tags.tags() == ("cli",)
    assert form.error_text("tags") == ""


def test_the_half_typed_message_goes_when_the_entry_empties(qtbot, stack, form):
    half_typed_refused(qtbot, form, "cl")
    qtbot.keyClick(form.tags.entry(), Qt.Key.Key_Backspace)
    assert form.error_text("tags").startswith("«c» todavía no es una etiqueta")  # still true
    qtbot.keyClick(form.tags.entry(), Qt.Key.Key_Backspace)
    assert form.tags.entry().text() == ""
    assert form.error_text("tags") == ""
    assert stack.outbox.entries() == []


def test_typing_on_a_chip_goes_into_the_entry_and_enter_removes_nothing(qtbot, stack):
    """Hallway finding: with a chip focused (← from the entry), "cuatro" was lost and Enter
    removed the chip; now the letters go into the entry and Enter goes back to it."""
    form = stack.window.form
    for tag in ("uno", "dos", "tres"):
        form.tags.add_tag(tag)
    entry = form.tags.entry()
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus, timeout=5000)
    qtbot.keyClick(entry, Qt.Key.Key_Left)  # onto "tres"
    chip = QApplication.focusWidget()
    assert chip is not entry
    qtbot.keyClick(chip, Qt.Key.Key_Return)
    assert form.tags.tags() == ("uno", "dos", "tres")
    assert entry.hasFocus()
    qtbot.keyClick(entry, Qt.Key.Key_Left)
    chip = QApplication.focusWidget()
    qtbot.keyClicks(chip, "cuatro")
    assert entry.text() == "cuatro"
    assert entry.hasFocus()
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert form.tags.tags() == ("uno", "dos", "tres", "cuatro")
