"""The hint's look-ups while typing (services/duplicate_hint.py) never take a save's turn: the
budget's rule for ``Priority.HINT`` (services/scheduler.py), on a fake clock."""

from __future__ import annotations

import pytest

from whaapy_contacts.api.pacing import Priority
from whaapy_contacts.services.scheduler import QUIET_S, Pacer


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def pacer(clock: Clock) -> Pacer:
    return Pacer(100, clock, lambda: 1_800_000_000.0 + clock.now)


def test_a_hint_alone_goes_at_once():
    budget = pacer(Clock())
    hint = budget.add(Priority.HINT)
    assert budget.grant() is hint


def test_a_hint_asked_first_still_goes_after_the_saves_waiting():
    budget = pacer(Clock())
    hint = budget.add(Priority.HINT)
    saves = [budget.add(Priority.BACKLOG), budget.add(Priority.TYPED)]
    assert [budget.grant(), budget.grant()] == [saves[1], saves[0]]
    assert hint.state == "waiting"


def test_a_hint_goes_before_an_import_draining():
    """An import of thousands drains at the budget's pace for an hour: the hint being typed
    meanwhile is not starved behind it."""
    clock = Clock()
    budget = pacer(clock)
    backlog = [budget.add(Priority.IMPORT) for _ in range(50)]
    assert budget.grant() is backlog[0]
    budget.settle(backlog[0], 200, {})
    hint = budget.add(Priority.HINT)
    clock.now += 1
    assert budget.grant() is hint


def test_a_hint_waits_while_a_save_is_on_the_wire_and_for_quiet_after_its_answer():
    clock = Clock()
    budget = pacer(clock)
    save = budget.add(Priority.BACKLOG)
    assert budget.grant() is save
    hint = budget.add(Priority.HINT)
    clock.now += 5  # a slow answer: still on the wire
    assert budget.grant() is None
    budget.settle(save, 200, {})
    assert budget.grant() is None  # its POST comes next: the token is the save's
    assert budget.next_wait() == pytest.approx(QUIET_S)
    next_part = budget.add(Priority.BACKLOG)
    assert budget.grant() is next_part
    budget.settle(next_part, 200, {})
    clock.now += QUIET_S
    assert budget.grant() is hint


def test_background_refreshes_still_go_after_the_hint():
    budget = pacer(Clock())
    refresh = budget.add(Priority.BACKGROUND)
    hint = budget.add(Priority.HINT)
    assert [budget.grant(), budget.grant()] == [hint, refresh]
