"""Issue 17, item 2 (the server part): a number (or e-mail) the local history doesn't hold is
asked of the server once, and a colleague's contact made elsewhere shows "Ya existe: …" under
the field; the real window, real keys, the real sandbox (practice mode)."""

from __future__ import annotations

from datetime import datetime

import httpx
import pytest
from PySide6.QtCore import Qt

from tests.conftest import SandboxHandle
from tests.gui.audit import Checker, Recorder, shown, unlabelled
from tests.gui.conftest import ALREADY_IN_PRACTICE, build_stack, close_stack, open_refused
from tests.gui.test_duplicate_literal import literal, literal_server  # noqa: F401 (fixtures)
from tests.gui.test_phone_typos import retype
from tests.gui.typing import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_as(number: str) -> str:
    """A number as the hint shows it: never broken over two lines."""
    return number.replace(" ", "\u00a0")


ANA_BY_EMAIL = "Ya existe con este correo: Ana López · " + shown_as("+52 55 1234 5678")


def create(sandbox: SandboxHandle, phone: str, name: str, email: str | None = None) -> dict:
    """A contact made elsewhere: on the server only (the app's list never loaded it)."""
    body = {"phone_number": phone, "name": name} | ({"email": email} if email else {})
    with sandbox.client() as client:
        response = client.post("/contacts/v1", json=body)
    assert response.status_code == 200, response.text
    return response.json()["contact"]


def day_of(contact: dict) -> str:
    return datetime.fromisoformat(contact["created_at"]).astimezone().strftime("%d/%m")


def requests_made(sandbox: SandboxHandle) -> int:
    with httpx.Client(base_url=sandbox.url, timeout=10) as control:
        return int(control.get("/_sandbox/stats").json()["requests"])


def settled(qtbot, stack) -> int:
    """The start's requests (list, stages, tags) answered: the count from here is ours."""
    qtbot.waitUntil(lambda: stack.runner.pending() == 0, timeout=10000)
    return 0


def told(stack) -> list[tuple[str, str]]:
    """Every (kind, value) the hint service asked the server about, in order."""
    asked: list[tuple[str, str]] = []
    stack.services.duplicate_hint.server_asked.connect(
        lambda kind, value: asked.append((kind, value))
    )
    return asked


def wait_answered(qtbot, stack, count: int = 1) -> None:
    """The server's answers (or failures) to ``count`` look-ups are in."""
    answers: list[str] = []
    stack.services.duplicate_hint.server_settled.connect(lambda _k, value: answers.append(value))
    qtbot.waitUntil(lambda: len(answers) >= count, timeout=10000)


def type_phone(qtbot, form, text: str) -> None:
    form.phone.setFocus()
    type_text(qtbot, form.phone.line_edit(), text)


def test_a_colleagues_contact_made_elsewhere_is_told_after_one_request(qtbot, stack, sandbox):
    settled(qtbot, stack)
    maria = create(sandbox, "+525512345678", "María García")
    before, asked = requests_made(sandbox), told(stack)
    form = stack.window.form
    type_phone(qtbot, form, "55 1234 567")
    assert asked == []  # not complete yet: nothing asked
    type_text(qtbot, form.phone.line_edit(), "8")
    qtbot.waitUntil(form.existing.isVisible, timeout=10000)
    assert form.existing.text() == f"Ya existe: María García · creado el {day_of(maria)}"
    assert form.existing.view_button.text() == "Ver"
    assert form.existing.edit_button.text() == "Editar ese"
    assert asked == [("phone", "+525512345678")]
    assert requests_made(sandbox) - before == 1
    assert form.name.text() == ""  # before the rest is typed


@pytest.mark.parametrize(
    ("stored", "typed"),
    [("+525512345678", "+52 1 55 1234 5678"), ("+5215512345678", "55 1234 5678"),
     ("+5215512345678", "044 55 1234 5678"), ("+525512345678", "044 55 1234 5678")],
    ids=["+52-stored-typed-+521", "+521-stored-typed-national", "+521-044", "+52-044"],
)  # fmt: skip
def test_either_mexican_form_is_found_on_a_literal_server(
    qtbot,
    literal,  # noqa: F811 (the fixture)
    tmp_path_factory,
    stored,
    typed,
):
    stack = build_stack(qtbot, literal, tmp_path_factory)
    try:
        settled(qtbot, stack)
        create(literal, stored, "Juan Pérez")
        form = stack.window.form
        type_phone(qtbot, form, typed)
        qtbot.waitUntil(form.existing.isVisible, timeout=10000)
        assert form.existing.text().startswith("Ya existe: Juan Pérez · creado el ")
    finally:
        close_stack(stack)


def test_a_number_changed_while_its_answer_is_on_the_wire_never_shows_it(qtbot, stack, sandbox):
    settled(qtbot, stack)
    create(sandbox, "+525512345678", "María García")
    sandbox.add_faults(
        {"kind": "delay", "ms": 1500, "method": "POST", "path": "/contacts/v1/search"}
    )
    form, asked = stack.window.form, told(stack)
    shown: list[object] = []
    form.existing.shown.connect(shown.append)
    type_phone(qtbot, form, "55 1234 5678")
    qtbot.waitUntil(lambda: asked == [("phone", "+525512345678")], timeout=5000)
    retype(qtbot, form.phone.line_edit(), "55 8765 4321")  # before María's answer
    wait_answered(qtbot, stack, 2)  # María's answer, then the new number's (none)
    assert asked == [("phone", "+525512345678"), ("phone", "+525587654321")]
    assert shown == []
    assert not form.existing.isVisible()
    assert form.phone.text() == "55 8765 4321"
    retype(qtbot, form.phone.line_edit(), "55 1234 5678")  # back: María's answer was kept
    assert form.existing.text().startswith("Ya existe: María García")
    assert len(asked) == 2


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "status", "status": 429, "retry_after": 1},
        {"kind": "status", "status": 500},
        {"kind": "drop_before"},
        {"kind": "raw", "status": 200, "body": '{"contacts": [{"name": "sin id"}]}'},
    ],
    ids=["429", "500", "closed", "unreadable"],
)
def test_a_failed_look_up_shows_nothing_loses_nothing_and_the_save_still_protects(
    qtbot, stack, sandbox, fault
):
    settled(qtbot, stack)
    create(sandbox, "+525512345678", "María García")
    sandbox.add_faults({**fault, "method": "POST", "path": "/contacts/v1/search"})
    form = stack.window.form
    type_phone(qtbot, form, "55 1234 5678")
    type_text(qtbot, form.name, "María G. López")
    wait_answered(qtbot, stack)
    assert not form.existing.isVisible()
    assert (form.phone.text(), form.name.text()) == ("55 1234 5678", "María G. López")
    assert sandbox.faults() == []  # the hint's look-up took the fault, and failed quietly
    qtbot.keyClick(form.name, Qt.Key.Key_Return, CTRL)
    # The save's own look-up (or the server's 409) found her: told, and nothing merged.
    open_refused(qtbot, form, f"«María G. López» no se guardó: {ALREADY_IN_PRACTICE}")
    qtbot.waitUntil(form.duplicate.isVisible, timeout=15000)
    assert form.duplicate.text() == "⚠ Ya existe un contacto con este número: María García"
    assert form.name.text() == "María G. López"


def test_one_request_per_distinct_number_and_no_match_is_remembered(qtbot, stack, sandbox):
    settled(qtbot, stack)
    before, asked = requests_made(sandbox), told(stack)
    form = stack.window.form
    edit = form.phone.line_edit()
    for typed in ("55 1111 2222", "55 3333 4444", "+52 1 55 1111 2222", "044 55 3333 4444",
                  "55 1111 2222"):  # fmt: skip
        retype(qtbot, edit, typed)
        if len(asked) < 2:
            wait_answered(qtbot, stack)
    assert asked == [("phone", "+525511112222"), ("phone", "+525533334444")]
    assert not form.existing.isVisible()
    assert requests_made(sandbox) - before == 2


def test_the_email_of_a_contact_with_another_phone_is_told_under_the_email(qtbot, stack, sandbox):
    settled(qtbot, stack)
    create(sandbox, "+525512345678", "Ana López", email="ana@empresa.mx")
    form, asked = stack.window.form, told(stack)
    type_phone(qtbot, form, "55 8765 4321")
    wait_answered(qtbot, stack)  # that number is new
    type_text(qtbot, form.name, "Ana")
    form.email.setFocus()
    type_text(qtbot, form.email, "Ana@Empresa.mx")
    qtbot.keyClick(form.email, Qt.Key.Key_Tab)  # leaving the field asks
    qtbot.waitUntil(form.existing_email.isVisible, timeout=10000)
    assert form.existing_email.text() == ANA_BY_EMAIL
    assert form.existing_email.view_button.text() == "Ver"
    assert form.existing_email.edit_button.text() == "Editar ese"
    assert asked[-1] == ("email", "Ana@empresa.mx")
    assert not form.existing.isVisible()  # the number typed is another one
    form.email.setFocus()
    qtbot.keyClick(form.email, Qt.Key.Key_Backspace)
    assert not form.existing_email.isVisible()  # no longer that address


def test_the_email_is_asked_once_it_stops_changing(qtbot, stack, sandbox):
    settled(qtbot, stack)
    create(sandbox, "+525512345678", "Ana López", email="ana@empresa.mx")
    form, asked = stack.window.form, told(stack)
    form.email.setFocus()
    type_text(qtbot, form.email, "ana@empresa.mx")
    assert asked == []  # not while the keys come
    qtbot.waitUntil(form.existing_email.isVisible, timeout=10000)
    assert form.email.hasFocus()
    assert asked == [("email", "ana@empresa.mx")]


def test_an_invalid_email_is_not_asked(qtbot, stack, sandbox):
    settled(qtbot, stack)
    form, asked = stack.window.form, told(stack)
    form.email.setFocus()
    type_text(qtbot, form.email, "ana@empresa")
    qtbot.keyClick(form.email, Qt.Key.Key_Tab)
    assert asked == []
    assert not form.existing_email.isVisible()


def test_the_same_contact_by_phone_and_email_is_told_once(qtbot, stack, sandbox):
    settled(qtbot, stack)
    create(sandbox, "+525512345678", "Ana López", email="ana@empresa.mx")
    form = stack.window.form
    type_phone(qtbot, form, "55 1234 5678")
    qtbot.waitUntil(form.existing.isVisible, timeout=10000)
    form.email.setFocus()
    type_text(qtbot, form.email, "ana@empresa.mx")
    qtbot.keyClick(form.email, Qt.Key.Key_Tab)
    wait_answered(qtbot, stack)
    assert form.existing.text().startswith("Ya existe: Ana López")
    assert not form.existing_email.isVisible()
    retype(qtbot, form.phone.line_edit(), "55 8765 4321")  # another number: the e-mail is hers
    wait_answered(qtbot, stack)
    assert not form.existing.isVisible()
    assert form.existing_email.text() == ANA_BY_EMAIL
    retype(qtbot, form.phone.line_edit(), "55 1234 5678")  # hers again: told under the phone
    assert form.existing.text().startswith("Ya existe: Ana López")
    assert not form.existing_email.isVisible()


def test_the_email_in_the_local_history_is_told_without_the_server(qtbot, stack, sandbox):
    create(sandbox, "+525512345678", "Ana López", email="ana@empresa.mx")
    stack.window.refresh()
    qtbot.waitUntil(lambda: stack.recent.ids_with_email("ANA@empresa.mx") != [], timeout=10000)
    settled(qtbot, stack)
    form, asked = stack.window.form, told(stack)
    form.email.setFocus()
    type_text(qtbot, form.email, "ana@empresa.mx")
    qtbot.keyClick(form.email, Qt.Key.Key_Tab)
    assert form.existing_email.text() == ANA_BY_EMAIL
    assert asked == []


def test_view_and_edit_that_one_work_from_a_server_only_match(qtbot, stack, sandbox):
    settled(qtbot, stack)
    maria = create(sandbox, "+5215512345678", "María García")
    form, details = stack.window.form, stack.window.recent.details
    type_phone(qtbot, form, "55 1234 5678")
    qtbot.waitUntil(form.existing.isVisible, timeout=10000)
    qtbot.mouseClick(form.existing.view_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: details.title.text() == "María García" and details.isVisible())
    qtbot.mouseClick(form.existing.edit_button, Qt.MouseButton.LeftButton)
    editing = form.edit_target()
    assert editing is not None
    assert editing.id == maria["id"]
    assert form.name.text() == "María García"


def test_in_edit_mode_nothing_is_asked(qtbot, stack, sandbox):
    settled(qtbot, stack)
    create(sandbox, "+525512345678", "María García", email="maria@empresa.mx")
    form, asked = stack.window.form, told(stack)
    type_phone(qtbot, form, "55 1234 5678")
    qtbot.waitUntil(form.existing.isVisible, timeout=10000)
    qtbot.mouseClick(form.existing.edit_button, Qt.MouseButton.LeftButton)
    assert form.edit_target() is not None
    form.email.setFocus()
    qtbot.keyClick(form.email, Qt.Key.Key_End)
    qtbot.keyClick(form.email, Qt.Key.Key_Backspace)
    type_text(qtbot, form.email, "x")
    qtbot.keyClick(form.email, Qt.Key.Key_Tab)
    assert asked == [("phone", "+525512345678")]
    assert not form.existing_email.isVisible()


@pytest.fixture
def recorder(qapp):
    recorder = Recorder()
    qapp.installTranslator(recorder)
    yield recorder
    qapp.removeTranslator(recorder)


def test_both_hints_are_in_spanish_for_the_audit(qtbot, stack, sandbox, recorder):
    """The translation audit (tests/gui/audit.py) over the form with both server hints shown."""
    settled(qtbot, stack)
    create(sandbox, "+525512345678", "María García")
    create(sandbox, "+525587654321", "", email="sin.nombre@empresa.mx")
    create(sandbox, "+525511112222", "Ana López", email="ana@empresa.mx")
    form = stack.window.form
    type_phone(qtbot, form, "55 1234 5678")
    qtbot.waitUntil(form.existing.isVisible, timeout=10000)
    seen = shown(form)
    for address, says in (
        ("sin.nombre@empresa.mx", "Ya existe con este correo: " + shown_as("+52 55 8765 4321")),
        (
            "ana@empresa.mx",
            "Ya existe con este correo: Ana López · " + shown_as("+52 55 1111 2222"),
        ),
    ):
        form.email.setFocus()
        form.email.selectAll()
        type_text(qtbot, form.email, address)
        qtbot.keyClick(form.email, Qt.Key.Key_Tab)
        qtbot.waitUntil(form.existing_email.isVisible, timeout=10000)
        assert form.existing_email.text() == says
        seen += shown(form)
    problems = Checker(recorder).problems(seen) + unlabelled(form)
    assert not problems, "\n".join(problems)
    assert any("Ya existe con este correo" in s.text for s in seen)


def test_a_number_of_another_country_made_elsewhere_is_told_too(qtbot, stack, sandbox):
    settled(qtbot, stack)
    create(sandbox, "+34612345678", "Lucía Ruiz")
    form, asked = stack.window.form, told(stack)
    type_phone(qtbot, form, "+34 612 34 56 78")
    qtbot.waitUntil(form.existing.isVisible, timeout=10000)
    assert form.existing.text().startswith("Ya existe: Lucía Ruiz · creado el ")
    assert asked == [("phone", "+34612345678")]


def test_a_contact_saved_here_is_told_from_the_history_after_a_no_match(qtbot, stack, sandbox):
    """'No match' is kept, but the history is asked first: once saved, it is said at once."""
    settled(qtbot, stack)
    form, asked = stack.window.form, told(stack)
    type_phone(qtbot, form, "55 2468 1357")
    wait_answered(qtbot, stack)
    type_text(qtbot, form.name, "Pedro Páramo")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: stack.recent.ids_with_phone("525524681357") != [], timeout=10000)
    type_phone(qtbot, form, "55 2468 1357")
    assert form.existing.text().startswith("Ya existe: Pedro Páramo · creado el ")
    assert asked == [("phone", "+525524681357")]


def test_another_account_forgets_what_was_asked_and_drops_late_answers(qtbot, stack, sandbox):
    settled(qtbot, stack)
    sandbox.add_faults(
        {"kind": "delay", "ms": 1500, "method": "POST", "path": "/contacts/v1/search"}
    )
    create(sandbox, "+525512345678", "María García")
    form, asked = stack.window.form, told(stack)
    shown: list[object] = []
    form.existing.shown.connect(shown.append)
    type_phone(qtbot, form, "55 1234 5678")
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    with qtbot.waitSignal(stack.account.mode_changed, timeout=10000):
        stack.account.connect_account(sandbox.key, sandbox.url)  # on the wire meanwhile
    qtbot.waitUntil(lambda: stack.runner.pending() == 0, timeout=10000)
    assert form.phone.text() == "55 1234 5678"  # still typed: only the answer was dropped
    assert shown == []  # the first account's answer never arrived
    assert not stack.services.duplicate_hint.busy()
    retype(qtbot, form.phone.line_edit(), "55 1234 5678")  # this account's own answer
    qtbot.waitUntil(form.existing.isVisible, timeout=10000)


def test_a_server_that_always_says_more_costs_one_request(qtbot, stack, sandbox):
    settled(qtbot, stack)
    page = ('{"contacts": [{"id": "otro", "phone_number": "+529999999999"}], '
            '"pagination": {"has_more": true, "next_cursor": "siempre"}}')  # fmt: skip
    json_type = {"Content-Type": "application/json"}
    sandbox.add_faults({"kind": "raw", "status": 200, "headers": json_type, "body": page,
                        "times": 20, "method": "POST", "path": "/contacts/v1/search"})  # fmt: skip
    form = stack.window.form
    type_phone(qtbot, form, "55 1234 5678")
    wait_answered(qtbot, stack)
    # A raw fault is answered before the sandbox counts requests: count what it has left.
    assert [f["times"] for f in sandbox.faults()] == [19]
    assert not form.existing.isVisible()
