"""The status line while the outbox waits for Whaapy's request budget (issue 15): plain Spanish
with an honest estimate, never an error; and the real window, paced by a limiting sandbox."""

from __future__ import annotations

import random

import pytest

from whaapy_contacts.api import errors as api_errors
from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.bootstrap.compose import wire_status_line
from whaapy_contacts.domain.contact import ContactDraft
from whaapy_contacts.domain.validation import check_draft
from whaapy_contacts.sandbox.server import ALL_SCOPES, DEFAULT_KEY, SandboxServer
from whaapy_contacts.services.outbox import OutboxService, QueueStatus
from whaapy_contacts.services.scheduler import BudgetState, Scheduler
from whaapy_contacts.storage.outbox import OutboxStore
from whaapy_contacts.ui.shell.outbox_status import OutboxStatus
from whaapy_contacts.workers.runner import TaskRunner


def queue(
    pending: int,
    budget: BudgetState | None,
    error: api_errors.ApiError | None = None,
    requests: int = 0,
):
    return QueueStatus(pending, 0, None, error, None, 4, True, budget, requests)


@pytest.mark.parametrize(
    ("pending", "budget", "error", "expected"),
    [
        (37, BudgetState(100, 0.0, 3, 0, 0, True), None,
         "37 pendientes · Whaapy permite 100 por minuto · listo en ~1 min"),
        (300, BudgetState(100, 0.0, 4, 0, 0, False), None,
         "300 pendientes · Whaapy permite 100 por minuto · listo en ~3 min"),
        (1, BudgetState(20, 0.0, 1, 0, 0, True), None,
         "1 pendiente · Whaapy permite 20 por minuto · listo en ~1 min"),
        # A 429's pause counts in the estimate, and is pacing: not an error.
        (50, BudgetState(100, 45.0, 4, 1, 3, True), api_errors.RateLimited("429"),
         "50 pendientes · Whaapy permite 100 por minuto · listo en ~2 min"),
        (2500, BudgetState(1000, 0.0, 4, 0, 0, True), None,
         "2,500 pendientes · Whaapy permite 1,000 por minuto · listo en ~3 min"),
    ],
)  # fmt: skip
def test_a_paced_outbox_says_so_in_plain_spanish(qtbot, pending, budget, error, expected):
    status = OutboxStatus()
    qtbot.addWidget(status)
    text = status.describe(queue(pending, budget, error))
    assert text == expected
    assert "atención" not in text


def test_the_estimate_counts_the_look_up_before_each_mexican_number(qtbot):
    """Each Mexican number is looked for before it is created (services/existing.py): two
    requests of the budget, so 300 of them take ~6 min at 100 a minute, not ~3."""
    status = OutboxStatus()
    qtbot.addWidget(status)
    budget = BudgetState(100, 0.0, 4, 0, 0, False)
    assert status.describe(queue(300, budget, requests=600)).endswith("listo en ~6 min")
    assert status.describe(queue(300, budget, requests=450)).endswith("listo en ~5 min")


def test_the_outbox_counts_what_its_pending_entries_cost(qapp, tmp_path):
    store = OutboxStore(tmp_path / "local.sqlite3", (contact_to_json, contact_from_json))
    for phone in ("55 1234 5678", "+52 1 33 1234 5678", "+34 612 345 678"):
        store.add(check_draft(ContactDraft(phone_number=phone)).payload, {})
    runner = TaskRunner()
    service = OutboxService(store, lambda: None, runner, tmp_path / "outbox.lock")  # type: ignore[arg-type,return-value]
    service.pump = lambda: None  # nothing is sent: only the count is read
    try:
        status = service.status()
        assert (status.pending, status.requests) == (3, 5)
    finally:
        service.close()
        runner.wait(5000)


def test_not_waiting_for_the_budget_is_the_usual_line(qtbot):
    status = OutboxStatus()
    qtbot.addWidget(status)
    idle = BudgetState(100, 0.0, 0, 0, 0, True)
    assert status.describe(queue(2, idle)) == "Enviando… · 2 contactos pendientes"
    offline = api_errors.ConnectionRefused("refused")
    busy = BudgetState(100, 0.0, 2, 0, 0, True)
    assert status.describe(queue(2, busy, offline)).startswith("Sin conexión")


def test_the_status_line_follows_a_real_paced_drain(qtbot, qapp, tmp_path):
    """A backlog against a sandbox at 60 a minute: the line shows the pace while it drains."""
    with SandboxServer(keys={DEFAULT_KEY: ALL_SCOPES}, rate_limit=60) as server:
        store = OutboxStore(tmp_path / "local.sqlite3", (contact_to_json, contact_from_json))
        for i in range(15):
            checked = check_draft(ContactDraft(phone_number=f"55 6{i:07d}"))
            store.add(checked.payload, {})
        runner = TaskRunner()
        scheduler = Scheduler()
        client = ContactsClient(server.url, DEFAULT_KEY, timeout=5.0, gate=scheduler)
        service = OutboxService(
            store, lambda: client, runner, tmp_path / "outbox.lock", rng=random.Random(1),
            budget=scheduler.state,
        )  # fmt: skip
        line = OutboxStatus()
        qtbot.addWidget(line)
        try:
            wire_status_line(line, service)  # as the app connects it
            service.pump()
            qtbot.waitUntil(
                lambda: "Whaapy permite 60 por minuto · listo en ~1 min" in line.text(),
                timeout=20000,
            )
            assert line.text().split(" ")[1] == "pendientes"
            assert not line.retry_button.isVisibleTo(line)  # nothing failed: nothing to retry
        finally:
            line.stop()
            scheduler.close()
            runner.wait(10000)
            service.close()
            client.close()


def test_a_long_wait_is_said_in_minutes_and_practice_never_blames_whaapy(qtbot):
    status = OutboxStatus()
    qtbot.addWidget(status)
    capped = QueueStatus(1, 0, None, api_errors.RateLimited("429"), 3597.0, 0, True, None)
    assert status.describe(capped) == (
        "Whaapy pidió esperar · 1 contacto pendiente · se reintentará en 60 min"
    )
    soon = QueueStatus(1, 0, None, api_errors.RateLimited("429"), 30.0, 0, True, None)
    assert status.describe(soon).endswith("se reintentará en 30 s")
    status.set_practice(True)
    assert status.describe(capped) == (
        "El servidor de práctica pidió esperar · 1 contacto pendiente · se reintentará en 60 min"
    )
    paced = queue(37, BudgetState(100, 0.0, 3, 0, 0, True))
    assert status.describe(paced) == (
        "37 pendientes · la práctica permite 100 por minuto · listo en ~1 min"
    )
    offline = QueueStatus(1, 0, None, api_errors.ConnectionRefused("x"), 5.0, 0, True, None)
    assert "Whaapy" not in status.describe(offline)
