"""Issue 16, problems: in practice mode what goes wrong blames the practice server, never Whaapy;
with a real account the same problem still names Whaapy. Real sandbox, real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.typing import type_text
from whaapy_contacts.api import errors
from whaapy_contacts.services.problems import problem_for
from whaapy_contacts.ui.common.texts import render, translated

WAIT_PRACTICE = "El servidor de práctica pide esperar. Intenta de nuevo en 5 min."
WAIT_LIVE = "Whaapy pide esperar. Intenta de nuevo en 5 min."


def save(qtbot, stack, phone: str, name: str) -> None:
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), phone)
    type_text(qtbot, form.name, name)
    qtbot.keyClick(form.phone.line_edit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def select_row_named(qtbot, stack, name: str) -> None:
    model = stack.window.model
    rows = lambda: [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]  # noqa: E731
    qtbot.waitUntil(lambda: bool(rows()), timeout=10000)
    stack.window.table.selectRow(rows()[0])


def test_a_pending_contacts_wait_in_practice_blames_the_practice_server(qtbot, stack, sandbox):
    sandbox.add_faults({"kind": "status", "status": 429, "retry_after": 300, "times": 50,
                        "method": "POST", "path": "/contacts/v1"})  # fmt: skip
    save(qtbot, stack, "55 1234 9876", "Espera")
    outbox = stack.outbox
    qtbot.waitUntil(lambda: any(e.last_error for e in outbox.entries()), timeout=10000)
    select_row_named(qtbot, stack, "Espera")
    note = stack.window.recent.details.note
    qtbot.waitUntil(lambda: note.text() != "", timeout=10000)
    assert note.text() == WAIT_PRACTICE
    assert "Whaapy" not in note.text()
    assert [e.last_error for e in outbox.entries()] == [WAIT_LIVE]  # what is kept is unchanged


def test_a_contact_that_cannot_be_opened_in_practice_blames_the_practice_server(
    qtbot, stack, sandbox
):
    with sandbox.client() as client:
        answer = client.post(
            "/contacts/v1", json={"phone_number": "+525512340000", "name": "Abierta"}
        )
    contact_id = answer.json()["contact"]["id"]
    sandbox.add_faults({"kind": "status", "status": 503, "times": 20, "method": "GET",
                        "path": f"/contacts/v1/{contact_id}"})  # fmt: skip
    stack.window.refresh()
    select_row_named(qtbot, stack, "Abierta")  # listed, then opened by id: 503
    note = stack.window.recent.details.note
    qtbot.waitUntil(lambda: "servidor de práctica" in note.text(), timeout=10000)
    assert note.text() == (
        "El servidor de práctica tiene un problema en este momento. Intenta de nuevo en unos "
        "minutos."
    )


def test_render_says_whaapy_live_and_the_practice_server_in_practice(qapp):
    problem = problem_for(errors.RateLimited(300))
    assert render(problem) == WAIT_LIVE
    assert render(problem, practice=True) == WAIT_PRACTICE


def test_a_kept_message_is_said_in_practice_words_too(qapp):
    kept = errors.RateLimited(300).user_message  # as the outbox keeps it on disk
    assert translated(kept) == WAIT_LIVE
    assert translated(kept, practice=True) == WAIT_PRACTICE


def test_render_in_english_translates_the_template_then_fills_it(english):
    assert render(problem_for(errors.RateLimited(3)), practice=True) == (
        "The practice server asks us to wait a moment. Try again in 3 s."
    )
    missing = render(problem_for(errors.MissingScopes(())))
    assert missing.startswith("The key is missing permissions: (not given).")
    said = render(problem_for(errors.MissingScopes(("contacts:write",))))
    assert "contacts:write" in said


def test_a_value_that_looks_like_a_placeholder_stays_as_it_came(qapp):
    """The template is translated before it is filled: a value is never read as text of ours."""
    problem = problem_for(errors.MissingScopes(("%1 %2", "Datos inválidos")))
    assert render(problem).startswith("A la clave le faltan permisos: %1 %2, Datos inválidos.")
