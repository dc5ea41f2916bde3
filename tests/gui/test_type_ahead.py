"""Issue 13, case 1: typing ahead during a slow save is never lost nor merged into the saved one.

The sandbox answers the first create after 5 s. Contact A is saved with Ctrl+Enter and
contact B is typed at once, every field by keyboard; A's answer (created, refused fields, a
duplicate, a timeout) arrives while B is half typed. B must stay exactly as typed, and both
must end up on the server with their own fields.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import ALREADY_IN_PRACTICE, build_stack, close_stack
from tests.gui.typing import type_text
from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.domain.contact import FunnelStage
from whaapy_contacts.domain.outbox import OutboxState

SLOW_MS = 5000
BAD_STAGE = FunnelStage(id="00000000-0000-4000-8000-000000000000", name="Vieja")


@dataclass(frozen=True)
class Person:
    phone: str
    name: str
    email: str
    tag: str
    company: str
    city: str
    notes: str
    field: tuple[str, str]
    external: tuple[str, str]
    stage: int  # index in the stage box


A = Person("55 1111 2222", "Rapido Uno", "uno@rapido.mx", "feria", "Acme", "León", "Nota uno",
           ("Color", "rojo"), ("hubspot", "h-1"), 1)  # fmt: skip
B = Person("55 4444 2222", "Rapido Dos", "dos@rapido.mx", "expo", "Beta", "Puebla", "Nota dos",
           ("Talla", "M"), ("zoho", "z-2"), 0)  # fmt: skip


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, mods)


def type_top(qtbot, form, p: Person) -> None:
    """Phone, name, e-mail and a tag: Tab from field to field, as a person does."""
    assert QApplication.focusWidget() is form.phone.line_edit()
    type_text(qtbot, form.phone.line_edit(), p.phone)
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), p.name)
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), p.email)
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), p.tag + ",")
    form.stage.setCurrentIndex(p.stage)


def type_more(qtbot, form, p: Person) -> None:
    """ "Más datos": company, notes, one custom field and one external ID."""
    form.company.setFocus()
    type_text(qtbot, form.company, p.company)
    form.city.setFocus()
    type_text(qtbot, form.city, p.city)
    form.notes.setFocus()
    type_text(qtbot, form.notes, p.notes)
    key(qtbot, Qt.Key.Key_Tab)  # from the notes to "Agregar campo personalizado"
    assert QApplication.focusWidget() is form.custom_fields.focusProxy()
    key(qtbot, Qt.Key.Key_Space)
    type_text(qtbot, QApplication.focusWidget(), p.field[0])
    key(qtbot, Qt.Key.Key_Tab)  # the value (its type box comes after it)
    type_text(qtbot, QApplication.focusWidget(), p.field[1])
    form.external_ids.focusProxy().setFocus()
    key(qtbot, Qt.Key.Key_Space)
    type_text(qtbot, QApplication.focusWidget(), p.external[0])
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), p.external[1])
    form.phone.setFocus()


def shown(form) -> dict[str, object]:
    draft = form.draft()
    return {
        "phone": draft.phone_number, "name": draft.name, "email": draft.email,
        "tags": draft.tags, "company": draft.company, "city": draft.city, "notes": draft.notes,
        "custom_fields": dict(draft.custom_fields), "external_ids": dict(draft.external_ids),
    }  # fmt: skip


def expected(p: Person, carried_tags: tuple[str, ...] = ()) -> dict[str, object]:
    return {
        "phone": p.phone, "name": p.name, "email": p.email, "tags": (*carried_tags, p.tag),
        "company": p.company, "city": p.city, "notes": p.notes, "custom_fields": dict([p.field]),
        "external_ids": dict([p.external]),
    }  # fmt: skip


def on_server(sandbox) -> dict[str, dict]:
    with sandbox.client() as client:
        contacts = client.get("/contacts/v1", params={"limit": 100}).json()["contacts"]
    return {c["name"]: c for c in contacts}


def ctrl_enter(qtbot) -> None:
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


OUTCOMES = ["created", "refused", "duplicate", "timeout"]


@pytest.fixture
def slow_stack(qtbot, sandbox, tmp_path_factory, request):
    outcome = request.param
    factory = ContactsClient
    if outcome == "timeout":
        factory = lambda url, k: ContactsClient(url, k, timeout=1.5)  # noqa: E731
    stack = build_stack(qtbot, sandbox, tmp_path_factory, factory)
    yield stack, outcome
    close_stack(stack)


@pytest.mark.parametrize("slow_stack", OUTCOMES, indirect=True)
def test_contact_typed_during_a_slow_save_is_the_next_one(qtbot, slow_stack, sandbox):
    stack, outcome = slow_stack
    window, form = stack.window, stack.window.form
    if outcome == "refused":
        form.set_stages((BAD_STAGE,))  # deleted on the server since the list was loaded
    if outcome == "duplicate":
        with sandbox.client() as client:
            client.post("/contacts/v1", json={"phone_number": "+525511112222", "name": "Ya"})
    sandbox.add_faults({"kind": "delay", "ms": SLOW_MS, "method": "POST", "path": "/contacts/v1"})
    form.more_toggle.setChecked(True)
    form.phone.setFocus()
    type_top(qtbot, form, A)
    type_more(qtbot, form, A)
    assert shown(form) == expected(A)
    ctrl_enter(qtbot)

    # At once: a fresh form (the tag and stage carried over, nothing else), A in the status.
    carried = form.tags.tags()
    assert carried == (A.tag,)
    blank = dict.fromkeys(("phone", "name", "email", "company", "city", "notes"), "")
    assert shown(form) == {**blank, "tags": carried, "custom_fields": {}, "external_ids": {}}
    assert window.statusBar().currentMessage() == "Guardando «Rapido Uno»…"
    assert QApplication.focusWidget() is form.phone.line_edit()

    type_top(qtbot, form, B)  # half of B before A's answer, the rest after it
    assert not on_server(sandbox).get("Rapido Uno")
    assert window.saving.watching()
    qtbot.waitUntil(lambda: not window.saving.watching(), timeout=SLOW_MS + 8000)
    type_more(qtbot, form, B)
    assert shown(form) == expected(B, carried)
    (entry_a,) = [e for e in stack.outbox.entries()]

    if outcome == "created":
        qtbot.waitUntil(lambda: "Rapido Uno" in on_server(sandbox))
        assert window.statusBar().currentMessage() == "Guardado: Rapido Uno"
    elif outcome == "timeout":
        assert "Guardado como pendiente" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: "Rapido Uno" in on_server(sandbox), timeout=15000)
    else:
        banner = form.earlier()
        assert banner.isVisible()
        reason = ALREADY_IN_PRACTICE if outcome == "duplicate" else (
            "el servidor de práctica rechazó algunos de sus datos.")  # fmt: skip
        assert banner.text() == f"«Rapido Uno» no se guardó: {reason}"
        assert stack.outbox.entry(entry_a.id).state is OutboxState.ATTENTION
    assert shown(form) == expected(B, carried)  # A's answer never touched B

    ctrl_enter(qtbot)
    qtbot.waitUntil(lambda: "Rapido Dos" in on_server(sandbox), timeout=10000)
    stored = on_server(sandbox)
    b = stored["Rapido Dos"]
    assert (b["phone_number"], b["email"], b["company"], b["city"], b["notes"]) == (
        "+525544442222", B.email, B.company, B.city, B.notes,
    )  # fmt: skip
    assert b["tags"] == [A.tag, B.tag]
    assert (b["custom_fields"], b["external_ids"]) == (dict([B.field]), dict([B.external]))
    if outcome in ("created", "timeout"):
        a = stored["Rapido Uno"]
        assert (a["phone_number"], a["email"], a["company"], a["city"], a["notes"]) == (
            "+525511112222", A.email, A.company, A.city, A.notes,
        )  # fmt: skip
        assert (a["custom_fields"], a["external_ids"]) == (dict([A.field]), dict([A.external]))
        assert len(stored) == 2
    else:
        assert "Rapido Uno" not in stored
        _open_refused_contact(qtbot, form, outcome)


def _open_refused_contact(qtbot, form, outcome: str) -> None:
    """The refused A is one button away, with its fields as typed and what was wrong."""
    qtbot.waitUntil(lambda: form.phone.text() == "")
    qtbot.mouseClick(form.earlier().open_button, Qt.MouseButton.LeftButton)
    assert shown(form) == expected(A)
    assert not form.earlier().isVisible()
    if outcome == "duplicate":
        qtbot.waitUntil(form.duplicate.isVisible)
    else:
        assert form.error_text("funnel_stage_id") == "Etapa del funnel no encontrada"


def test_ctrl_enter_twice_makes_one_contact_and_no_error(qtbot, stack, sandbox):
    form = stack.window.form
    sandbox.add_faults({"kind": "delay", "ms": 1500, "method": "POST", "path": "/contacts/v1"})
    type_text(qtbot, form.phone.line_edit(), "55 2222 3333")
    ctrl_enter(qtbot)
    ctrl_enter(qtbot)  # a second press on the fresh form
    assert form.error_text("phone_number") == ""
    qtbot.waitUntil(lambda: not stack.window.saving.watching(), timeout=8000)
    assert len(on_server(sandbox)) == 1
    assert len(stack.outbox.entries()) == 1


def test_the_refused_banner_goes_when_its_contact_no_longer_waits(qtbot, stack, sandbox,
                                                                  tmp_path):  # fmt: skip
    from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
    from whaapy_contacts.storage.outbox import OutboxStore

    form = stack.window.form
    with sandbox.client() as client:
        client.post("/contacts/v1", json={"phone_number": "+525511112222", "name": "Ya"})
    type_text(qtbot, form.phone.line_edit(), "55 1111 2222")
    ctrl_enter(qtbot)
    qtbot.waitUntil(form.earlier().isVisible, timeout=5000)
    # Another account's outbox (switching account): that contact isn't waiting here any more.
    other = OutboxStore(tmp_path / "local.sqlite3", (contact_to_json, contact_from_json))
    stack.outbox.switch(other, tmp_path / "outbox.lock")
    assert not form.earlier().isVisible()


def test_the_refused_banner_is_in_tab_order_where_it_shows(qtbot, stack, sandbox):
    form = stack.window.form
    with sandbox.client() as client:
        client.post("/contacts/v1", json={"phone_number": "+525511112222", "name": "Ya"})
    type_text(qtbot, form.phone.line_edit(), "55 1111 2222")
    ctrl_enter(qtbot)
    qtbot.waitUntil(form.earlier().isVisible, timeout=5000)
    stack.window.banner.connect_button.setFocus()  # the practice banner, above the form
    order = []
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    banner = form.earlier()
    assert order == [banner.open_button, banner.close_button, form.phone._picker]
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.phone.line_edit()
