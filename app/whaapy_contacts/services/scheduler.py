"""One request budget per account, shared by every API call of the app (issue 15).

Whaapy publishes 100 requests a minute (possibly less on some plans) and answers 429 above it.
Every call goes through the account's ``Scheduler`` (the client asks it before each request,
api/pacing.py): it sends nothing it expects to be refused, and the person's own requests go
first. The rules live in ``Pacer``, which has no threads and takes its clocks as arguments, so
they are tested with a fake clock; ``Scheduler`` puts a lock and a condition around it for the
worker threads that make the calls.

The rules:
- **Pacing.** At most ``limit`` requests in any 60 s (a sliding window: the strict reading, so a
  fixed window passes too), spread by a small bucket (``burst`` at once, then one every
  60/limit s) so a backlog never spends a minute's budget in a second and leaves nothing for
  the person. ``limit`` starts at 100 and follows ``X-RateLimit-Limit`` (kept within 1-10,000);
  a second 429 within a minute without that header lowers it by a quarter.
- **The server's count.** ``X-RateLimit-Remaining`` (less what we still have on the wire) and
  ``X-RateLimit-Reset`` say more than our own count (another window or colleague on the same
  account spends the same budget): at 0 nothing goes until the reset, then one request, whose
  answer tells again. No headers at all: our own count alone.
- **Priorities** (api/pacing.py ``Priority``): the contact just saved, then what the person
  looks at, then the backlog of the person's contacts, then the duplicate hint while typing,
  then background refreshes, then an import's rows; first come first served within one.
- **A 429 pauses the whole account** until the server's time (``Retry-After``, else the reset,
  else 10 s), once: the answers of requests already on the wire extend it, they don't add
  pauses. Every server-given wait is bounded to an hour (api/limits.py).
- **A hint waits for quiet** (``Priority.HINT``, "Ya existe: …" while typing): only once no
  request of a higher priority has waited, been on the wire or been answered for ``QUIET_S``.
  Priority alone orders only what waits, and a save's next request (its POST after its
  look-up, the next entry) is asked for a moment after the last answer: a hint granted in that
  moment would take the token the save needs.
- **Merging.** A request with a ``merge`` key replaces a waiting one with the same key (a
  search overtaken by the next keystroke, a second refresh of the list): the older one is
  ``Superseded`` and never sent.
"""

from __future__ import annotations

import heapq
import itertools
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from whaapy_contacts.api.limits import bounded_delay
from whaapy_contacts.api.pacing import Priority, Superseded

WINDOW_S = 60.0
DEFAULT_LIMIT = 100  # Whaapy's published default
MIN_LIMIT, MAX_LIMIT = 1, 10_000  # what a server may claim; anything else is ignored
MAX_BURST = 10
PAUSE_WITHOUT_HINT_S = 10.0  # a 429 that says neither Retry-After nor a reset
QUIET_S = 0.3  # a hint goes once the louder requests have been quiet this long
LOWER_BY = 0.75  # a repeated 429 without X-RateLimit-Limit: the limit we believe, times this

Clock = Callable[[], float]


@dataclass(eq=False)
class Ticket:
    """One request waiting for (or holding) a place in the budget."""

    priority: Priority
    merge: str | None
    seq: int
    state: str = "waiting"  # "granted" | "dropped"

    def __lt__(self, other: Ticket) -> bool:
        return (self.priority, self.seq) < (other.priority, other.seq)


@dataclass(frozen=True)
class BudgetState:
    """What the status line says about pacing."""

    limit: int  # requests a minute we believe in
    paused_for: float  # seconds left of a 429's pause (0: none)
    waiting: int  # requests waiting for the budget
    pauses: int  # 429 pauses so far
    refused: int  # 429s received so far
    told: bool  # the server has said its limit (X-RateLimit-Limit)


@dataclass
class _ServerCount:
    left: int | None = None  # requests the server still allows, less ours on the wire
    reset_at: float | None = None  # monotonic time when it allows more


@dataclass
class Pacer:
    """The budget's rules. Not thread-safe: ``Scheduler`` holds a lock around it."""

    limit: int = DEFAULT_LIMIT
    clock: Clock = time.monotonic
    wall: Clock = time.time  # for X-RateLimit-Reset, which is Unix seconds
    pauses: int = 0
    refused: int = 0
    told: bool = False
    _waiting: list[Ticket] = field(default_factory=list)
    _merging: dict[str, Ticket] = field(default_factory=dict)
    _sent: deque[float] = field(default_factory=deque)
    _tokens: float = -1.0  # -1: full at the first look
    _refilled: float = 0.0
    _paused_until: float = 0.0
    _last_refusal: float | None = None
    _server: _ServerCount = field(default_factory=_ServerCount)
    _on_wire: int = 0
    _louder_on_wire: int = 0  # granted requests above Priority.HINT not answered yet
    _louder_at: float = -math.inf  # when one was last added, granted or answered
    _seq: itertools.count[int] = field(default_factory=itertools.count)
    _closed: bool = False

    def __post_init__(self) -> None:
        self.limit = _bounded_limit(self.limit) or DEFAULT_LIMIT

    # --- requests -----------------------------------------------------------------------

    def add(self, priority: Priority, merge: str | None = None) -> Ticket:
        ticket = Ticket(priority, merge, next(self._seq))
        if priority < Priority.HINT:
            self._louder_at = self.clock()
        if self._closed:
            ticket.state = "dropped"
            return ticket
        if merge is not None:
            older = self._merging.pop(merge, None)
            if older is not None and older.state == "waiting":
                older.state = "dropped"
            self._merging[merge] = ticket
        heapq.heappush(self._waiting, ticket)
        return ticket

    def grant(self) -> Ticket | None:
        """The first waiting request, if one may be sent now (it is then counted as sent)."""
        self._drop_settled()
        if not self._waiting or self.wait_time() > 0 or self._hint_wait() > 0:
            return None
        ticket = heapq.heappop(self._waiting)
        if ticket.merge is not None and self._merging.get(ticket.merge) is ticket:
            del self._merging[ticket.merge]
        now = self.clock()
        ticket.state = "granted"
        self._tokens -= 1
        self._sent.append(now)
        self._on_wire += 1
        if ticket.priority < Priority.HINT:
            self._louder_on_wire += 1
            self._louder_at = now
        if self._server.left is not None:
            self._server.left -= 1
        return ticket

    def wait_time(self) -> float:
        """Seconds until the budget allows one more request (0: now)."""
        now = self.clock()
        waits = [self._paused_until - now, self._server_wait(now), self._window_wait(now)]
        self._refill(now)
        if self._tokens < 1:
            waits.append((1 - self._tokens) * WINDOW_S / self.limit)
        return max(0.0, *waits)

    def next_wait(self) -> float | None:
        """How long a waiting request may sleep before looking again; None if none waits."""
        self._drop_settled()
        return None if not self._waiting else max(0.001, self.wait_time(), self._hint_wait())

    def settle(self, ticket: Ticket, status: int | None, headers: Mapping[str, str]) -> None:
        """What came back for a granted request (``status`` None: no answer)."""
        if ticket.state != "granted":
            return
        ticket.state = "settled"
        self._on_wire = max(0, self._on_wire - 1)
        now = self.clock()
        if ticket.priority < Priority.HINT:
            self._louder_on_wire = max(0, self._louder_on_wire - 1)
            self._louder_at = now
        told_limit = _bounded_limit(_integer(headers.get("x-ratelimit-limit")))
        if told_limit is not None:
            self.limit, self.told = told_limit, True
        reset_in = self._reset_in(headers)
        left = _integer(headers.get("x-ratelimit-remaining"))
        if left is not None and 0 <= left <= MAX_LIMIT:
            self._server.left = max(0, left - self._on_wire)
            self._server.reset_at = now + (WINDOW_S if reset_in is None else reset_in)
        elif status is not None:
            self._server = _ServerCount()  # the server stopped telling: our own count alone
        if status == 429:
            self._refusal(now, headers, reset_in, told_limit is not None)

    def close(self) -> None:
        """Every waiting request is dropped, and every later one."""
        self._closed = True
        for ticket in self._waiting:
            ticket.state = "dropped"
        self._waiting.clear()
        self._merging.clear()

    def state(self) -> BudgetState:
        self._drop_settled()
        paused = max(0.0, self._paused_until - self.clock())
        return BudgetState(
            self.limit, paused, len(self._waiting), self.pauses, self.refused, self.told
        )

    # --- the rules --------------------------------------------------------------------------

    def _refusal(
        self, now: float, headers: Mapping[str, str], reset_in: float | None, told: bool
    ) -> None:
        self.refused += 1
        retry = bounded_delay(_number(headers.get("retry-after")))
        wait = retry if retry is not None else reset_in
        until = now + (PAUSE_WITHOUT_HINT_S if wait is None else wait)
        if now >= self._paused_until:
            self.pauses += 1  # one pause, however many answers on the wire say the same
        self._paused_until = max(self._paused_until, until)
        self._server = _ServerCount(0, self._paused_until)
        repeated = self._last_refusal is not None and now - self._last_refusal < WINDOW_S
        if repeated and not told:
            self.limit = max(MIN_LIMIT, int(self.limit * LOWER_BY))
        self._last_refusal = now

    def _hint_wait(self) -> float:
        """Seconds a hint at the head of the queue still waits for quiet (0: it may go)."""
        if self._waiting[0].priority != Priority.HINT:
            return 0.0
        if self._louder_on_wire:
            return QUIET_S  # looked at again when they are answered (settle notifies)
        return max(0.0, self._louder_at + QUIET_S - self.clock())

    def _server_wait(self, now: float) -> float:
        count = self._server
        if count.left is None or count.left > 0 or count.reset_at is None:
            return 0.0
        if now >= count.reset_at:
            # More allowed now: one goes, and its answer tells again (if no answer comes,
            # the next looks after a short while).
            self._server = _ServerCount(1, now + PAUSE_WITHOUT_HINT_S)
            return 0.0
        return count.reset_at - now

    def _window_wait(self, now: float) -> float:
        while self._sent and self._sent[0] <= now - WINDOW_S:
            self._sent.popleft()
        if len(self._sent) < self.limit:
            return 0.0
        return self._sent[-self.limit] + WINDOW_S - now

    def _refill(self, now: float) -> None:
        burst = float(max(1, min(MAX_BURST, self.limit // 10)))
        if self._tokens < 0 and not self._sent:
            self._tokens, self._refilled = burst, now
            return
        gained = max(0.0, now - self._refilled) * self.limit / WINDOW_S
        self._tokens, self._refilled = min(burst, self._tokens + gained), now

    def _reset_in(self, headers: Mapping[str, str]) -> float | None:
        reset = _number(headers.get("x-ratelimit-reset"))
        return None if reset is None else bounded_delay(reset - self.wall())

    def _drop_settled(self) -> None:
        while self._waiting and self._waiting[0].state != "waiting":
            heapq.heappop(self._waiting)


class Scheduler:
    """The account's budget for the worker threads: ``acquire`` blocks until a request may go
    (the client calls it, api/pacing.py ``Gate``)."""

    def __init__(
        self, limit: int = DEFAULT_LIMIT, *, clock: Clock = time.monotonic,
        wall: Clock = time.time,
    ) -> None:  # fmt: skip
        self._cond = threading.Condition()
        self._pacer = Pacer(limit, clock, wall)

    def acquire(self, priority: Priority, merge: str | None = None) -> Ticket:
        with self._cond:
            ticket = self._pacer.add(priority, merge)
            self._cond.notify_all()  # a request this one replaced stops waiting
            while ticket.state == "waiting":
                if self._pacer.grant() is not None:
                    self._cond.notify_all()  # maybe another thread's request
                    continue
                self._cond.wait(self._pacer.next_wait())
            if ticket.state == "dropped":
                raise Superseded("replaced by a newer request, or the account was closed")
            return ticket

    def settle(self, ticket: object, status: int | None, headers: Mapping[str, str]) -> None:
        assert isinstance(ticket, Ticket)
        with self._cond:
            self._pacer.settle(ticket, status, headers)
            self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            self._pacer.close()
            self._cond.notify_all()

    def state(self) -> BudgetState:
        with self._cond:
            return self._pacer.state()


def _integer(value: str | None) -> int | None:
    number = _number(value)
    return None if number is None or number != int(number) else int(number)


def _number(value: str | None) -> float | None:
    """A header's number; None when absent, not a plain number, or not finite."""
    text = (value or "").strip()[:32]
    try:
        number = float(text) if text and text.isascii() else None
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) else None


def _bounded_limit(value: int | None) -> int | None:
    return value if value is not None and MIN_LIMIT <= value <= MAX_LIMIT else None
