"""The request budget's rules (services/scheduler.py), on a fake clock: no threads, no sleeps."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from whaapy_contacts.api.pacing import Priority, Superseded
from whaapy_contacts.services.scheduler import (
    MAX_BURST,
    PAUSE_WITHOUT_HINT_S,
    WINDOW_S,
    Pacer,
    Scheduler,
    Ticket,
)

WALL0 = 1_800_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def wall(self) -> float:
        return WALL0 + self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


def pacer(clock: Clock, limit: int = 100) -> Pacer:
    return Pacer(limit, clock, clock.wall)


def drain(p: Pacer, clock: Clock, seconds: float, step: float = 0.01) -> list[tuple[float, Ticket]]:
    """Grant whatever the budget allows while the fake clock runs for ``seconds``; each granted
    request is answered at once with no headers (a server that says nothing)."""
    granted: list[tuple[float, Ticket]] = []
    end = clock.now + seconds
    while clock.now < end:
        while (ticket := p.grant()) is not None:
            granted.append((clock.now, ticket))
            p.settle(ticket, 200, {})
        clock.advance(step)
    return granted


def test_without_any_headers_it_paces_to_100_a_minute(clock: Clock) -> None:
    p = pacer(clock)
    for _ in range(300):
        p.add(Priority.BACKLOG)
    granted = drain(p, clock, 3 * WINDOW_S)
    times = [t for t, _ in granted]
    # Never more than 100 in any 60 s, and about 100 a minute.
    for i, start in enumerate(times):
        assert sum(1 for t in times[i:] if t < start + WINDOW_S) <= 100
    assert 290 <= len(times) <= 300
    # A small burst at once, then spread out: the backlog never spends a minute in a second.
    assert sum(1 for t in times if t < times[0] + 1.0) <= MAX_BURST + 2


def test_priority_order_the_typed_contact_first(clock: Clock) -> None:
    p = pacer(clock, limit=60)  # burst 6, then one a second
    backlog = [p.add(Priority.BACKLOG) for _ in range(20)]
    refresh = p.add(Priority.BACKGROUND)
    while p.grant() is not None:  # the burst goes to the backlog, in order
        pass
    assert [t.state for t in backlog[:6]] == ["granted"] * 6
    details = p.add(Priority.LOOKING)
    typed = p.add(Priority.TYPED)
    order = [t for _, t in drain(p, clock, 4.0)][:3]
    assert order == [typed, details, backlog[6]]
    assert refresh.state == "waiting"  # background waits for the whole backlog


def test_one_pause_per_429_however_many_answers_say_it(clock: Clock) -> None:
    p = pacer(clock)
    for _ in range(8):
        p.add(Priority.BACKLOG)
    on_wire = [p.grant() for _ in range(4)]
    assert all(on_wire)
    refused = {"retry-after": "7"}
    for ticket in on_wire:  # every request on the wire comes back 429
        assert ticket is not None
        p.settle(ticket, 429, refused)
        clock.advance(0.1)
    state = p.state()
    assert (state.pauses, state.refused) == (1, 4)
    assert p.grant() is None  # the whole account waits: every kind of request
    p.add(Priority.TYPED)
    assert p.grant() is None
    assert 6.5 < p.wait_time() <= 7.0
    clock.advance(7.0)
    assert p.grant() is not None
    assert p.state().paused_for == 0


def test_a_429_without_hints_still_pauses(clock: Clock) -> None:
    p = pacer(clock)
    p.add(Priority.BACKLOG)
    ticket = p.grant()
    assert ticket is not None
    p.settle(ticket, 429, {})
    assert p.wait_time() == pytest.approx(PAUSE_WITHOUT_HINT_S)


@pytest.mark.parametrize(
    ("headers", "limit", "pause"),
    [
        ({"retry-after": "300000000000"}, 100, 3600.0),  # the year 11533: an hour at most
        ({"retry-after": "-5"}, 100, 0.0),
        ({"retry-after": "nan"}, 100, PAUSE_WITHOUT_HINT_S),
        ({"retry-after": "inf"}, 100, PAUSE_WITHOUT_HINT_S),
        ({"retry-after": "1", "x-ratelimit-limit": "0"}, 100, 1.0),  # not a limit
        ({"retry-after": "1", "x-ratelimit-limit": "99999999"}, 100, 1.0),
        ({"retry-after": "1", "x-ratelimit-limit": "2.5"}, 100, 1.0),
        ({"retry-after": "1", "x-ratelimit-limit": "10000"}, 10000, 1.0),
        ({"retry-after": "1", "x-ratelimit-limit": "1"}, 1, 1.0),
        ({"x-ratelimit-reset": str(WALL0 + 10**12)}, 100, 3600.0),
    ],
)
def test_server_values_are_bounded(
    clock: Clock, headers: dict[str, str], limit: int, pause: float
) -> None:
    p = pacer(clock)
    p.add(Priority.BACKLOG)
    ticket = p.grant()
    assert ticket is not None
    p.settle(ticket, 429, headers)
    assert p.limit == limit
    assert p.state().paused_for == pytest.approx(pause)


def test_the_server_saying_less_lowers_the_pace(clock: Clock) -> None:
    p = pacer(clock)
    for _ in range(100):
        p.add(Priority.BACKLOG)
    first = p.grant()
    assert first is not None
    p.settle(first, 200, {"x-ratelimit-limit": "20"})
    assert p.limit == 20
    granted = drain(p, clock, WINDOW_S)
    assert len(granted) <= 19  # 20 a minute, less the one already sent


def test_repeated_429s_without_a_limit_header_lower_it(clock: Clock) -> None:
    p = pacer(clock)
    for _ in range(3):
        p.add(Priority.BACKLOG)
    for _ in range(2):
        ticket = p.grant()
        assert ticket is not None
        p.settle(ticket, 429, {"retry-after": "1"})
        clock.advance(1.0)
    assert p.limit == 75


def test_remaining_zero_waits_for_the_reset_then_one_goes(clock: Clock) -> None:
    p = pacer(clock)
    for _ in range(5):
        p.add(Priority.BACKLOG)
    ticket = p.grant()
    assert ticket is not None
    # Another window on the account spent the rest: the server's count wins over ours.
    p.settle(
        ticket, 200, {"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(clock.wall() + 12)}
    )
    assert p.grant() is None
    assert p.wait_time() == pytest.approx(12.0)
    clock.advance(12.0)
    assert p.grant() is not None
    assert p.grant() is None  # only one, until its answer says how many are left


def test_remaining_counts_what_is_still_on_the_wire(clock: Clock) -> None:
    p = pacer(clock)
    for _ in range(6):
        p.add(Priority.BACKLOG)
    wire = [p.grant() for _ in range(3)]
    assert all(wire)
    reset = {"x-ratelimit-reset": str(clock.wall() + 30)}
    assert wire[0] is not None
    p.settle(wire[0], 200, {"x-ratelimit-remaining": "2", **reset})  # 2 left, 2 on the wire
    assert p.grant() is None


def test_a_superseded_search_is_dropped_and_a_second_refresh_merges(clock: Clock) -> None:
    p = pacer(clock, limit=10)  # burst 1
    p.add(Priority.BACKLOG)
    assert p.grant() is not None  # the burst is spent: the rest waits
    searches = [p.add(Priority.LOOKING, merge="search") for _ in range(3)]
    refreshes = [p.add(Priority.BACKGROUND, merge="list-first") for _ in range(2)]
    assert [t.state for t in searches] == ["dropped", "dropped", "waiting"]
    assert [t.state for t in refreshes] == ["dropped", "waiting"]
    granted = [t for _, t in drain(p, clock, 20.0)]
    assert granted == [searches[-1], refreshes[-1]]
    assert p.state().waiting == 0


def test_the_scheduler_wakes_a_superseded_caller(qtbot: QtBot) -> None:
    scheduler = Scheduler(limit=1)
    scheduler.acquire(Priority.BACKLOG)  # the whole minute's budget
    caught: list[BaseException] = []

    def search() -> None:
        try:
            scheduler.acquire(Priority.LOOKING, merge="search")
        except Superseded as exc:
            caught.append(exc)

    older = threading.Thread(target=search)
    older.start()
    qtbot.waitUntil(lambda: scheduler.state().waiting == 1, timeout=10000)
    newer = threading.Thread(target=search)
    newer.start()
    older.join(5)
    assert not older.is_alive()
    assert len(caught) == 1
    scheduler.close()  # and closing drops the newer one too
    newer.join(5)
    assert not newer.is_alive()
    assert len(caught) == 2
