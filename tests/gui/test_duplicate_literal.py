"""Issue 15: against a server that keeps and compares numbers literally
(``whaapy-sandbox --phone-match literal``), typing a number already stored in the other Mexican
form (``+52 1 55…`` / ``+52 55…``) shows the duplicate flow, and never makes a second contact."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt

from tests.conftest import SandboxHandle
from tests.gui.conftest import ALREADY_IN_PRACTICE, build_stack, close_stack, open_refused
from tests.gui.typing import type_text
from whaapy_contacts.sandbox.server import SandboxServer


@pytest.fixture(scope="module")
def literal_server() -> Iterator[SandboxServer]:
    with SandboxServer(rate_limit=0, phone_match="literal") as server:
        yield server


@pytest.fixture
def literal(literal_server) -> Iterator[SandboxHandle]:
    ssl_context = httpx.create_ssl_context()
    with httpx.Client(base_url=literal_server.url, timeout=10, verify=ssl_context) as control:
        handle = SandboxHandle(literal_server.url, control, ssl_context)
        handle.reset()
        yield handle


def create(sandbox: SandboxHandle, phone: str, name: str) -> dict:
    with sandbox.client() as client:
        response = client.post("/contacts/v1", json={"phone_number": phone, "name": name})
        assert response.status_code == 200, response.text
        return response.json()["contact"]


def stored_names(sandbox: SandboxHandle) -> list[str]:
    with sandbox.client() as client:
        page = client.get("/contacts/v1", params={"search": "5512345678"}).json()
    return sorted(c["name"] for c in page["contacts"])


@pytest.mark.parametrize(
    ("stored_as", "typed", "when"),
    [
        ("+5215512345678", "55 1234 5678", "before"),  # in the list (local history) at start
        ("+5215512345678", "55 1234 5678", "after"),  # a colleague's, made after the list loaded
        ("+525512345678", "+52 1 55 1234 5678", "after"),
        ("+5215512345678", "044 55 1234 5678", "after"),
    ],
    ids=["old-form-in-history", "old-form-made-elsewhere", "new-form-typed-old", "044"],
)
def test_other_form_of_a_stored_number_shows_the_duplicate_flow(
    qtbot, literal, tmp_path_factory, stored_as, typed, when
):
    existing = create(literal, stored_as, "María García") if when == "before" else None
    stack = build_stack(qtbot, literal, tmp_path_factory)
    try:
        if existing is None:
            existing = create(literal, stored_as, "María García")
        form = stack.window.form
        type_text(qtbot, form.phone.line_edit(), typed)
        type_text(qtbot, form.name, "María G. López")
        qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

        open_refused(qtbot, form, f"«María G. López» no se guardó: {ALREADY_IN_PRACTICE}")
        qtbot.waitUntil(form.duplicate.isVisible, timeout=10000)
        assert form.duplicate.text() == "⚠ Ya existe un contacto con este número: María García"
        assert form.name.text() == "María G. López"  # what was typed is kept, not merged
        assert stored_names(literal) == ["María García"]  # never a second contact
        entry = stack.outbox.entries()[0]
        assert entry.existing_id == existing["id"]
    finally:
        close_stack(stack)


def save_duplicate(qtbot, stack, literal) -> None:
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    type_text(qtbot, form.name, "Nombre Viejo")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    open_refused(qtbot, form, f"«Nombre Viejo» no se guardó: {ALREADY_IN_PRACTICE}")
    qtbot.waitUntil(form.duplicate.isVisible, timeout=10000)


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "status", "status": 500, "times": 3},
        {"kind": "status", "status": 429, "retry_after": 1, "times": 1},
        {"kind": "drop_before", "times": 2},
    ],
    ids=["500", "429", "dropped"],
)
def test_the_refusal_is_told_even_when_the_look_up_needed_retries(
    qtbot, literal, tmp_path_factory, fault
):
    """Tester's finding: the duplicate was found on a retry and only the row said so."""
    stack = build_stack(qtbot, literal, tmp_path_factory)
    try:
        create(literal, "+5215512345678", "María García")
        literal.add_faults({**fault, "method": "POST", "path": "/contacts/v1/search"})
        save_duplicate(qtbot, stack, literal)  # the banner over the form, then "Abrirlo"
        assert form_says_duplicate(stack)
        assert stored_names(literal) == ["María García"]
    finally:
        close_stack(stack)


def form_says_duplicate(stack) -> bool:
    return stack.window.form.duplicate.text().endswith("María García")


def test_update_that_contact_takes_what_the_form_holds_now(qtbot, literal, tmp_path_factory):
    """Tester's finding: after "Abrirlo", changes made in the form were left out of the update."""
    create(literal, "+5215512345678", "María García")
    stack = build_stack(qtbot, literal, tmp_path_factory)
    try:
        save_duplicate(qtbot, stack, literal)
        form = stack.window.form
        form.name.selectAll()
        type_text(qtbot, form.name, "Nombre Corregido")
        type_text(qtbot, form.email, "nuevo@correo.mx")
        button = form.duplicate.update_button
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
        flow = stack.window.duplicate_flow
        qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=10000)
        assert flow.dialog.rows() == [
            ("Nombre", "María García", "Nombre Corregido"),
            ("Correo", "(vacío)", "nuevo@correo.mx (no se podrá deshacer)"),
        ]
        flow.dialog.reject()
    finally:
        close_stack(stack)
