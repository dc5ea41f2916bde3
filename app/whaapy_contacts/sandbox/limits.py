"""Whaapy's published request limit, enforced per account, and the sandbox's request counters.

Whaapy documents 100 requests a minute and a 429 above it; how it counts is unknown. This is a
**sliding window**: an account never gets more than N answers in any 60 seconds (a log of the
accepted requests' times). A client that paces itself to it passes a fixed window too, which
allows up to 2N across a window boundary, while a client tuned to a fixed window's reset (a
burst at each full minute) is refused here: the stricter choice tests the app the hard way. It
also makes ``Retry-After`` exact: the moment the oldest request in the window leaves it.

A refused request does not spend budget: under a sliding window a client retrying too soon
would otherwise lock itself out for as long as it kept trying.

Every key of one account shares its budget (colleagues on one business compete, as they may on
the real server). ``0`` means unlimited (benchmarks that measure our own overhead).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

DEFAULT_RATE_LIMIT = 100
DEFAULT_ACCOUNT = "default"
WINDOW_S = 60.0

Clock = Callable[[], float]


@dataclass(frozen=True)
class Admission:
    """The limiter's verdict on one request, and the headers every answer carries."""

    allowed: bool
    limit: int
    remaining: int
    reset_at: float  # Unix time when the oldest counted request leaves the window
    retry_after: int  # whole seconds until one more request is allowed (0 if allowed now)

    def headers(self) -> tuple[tuple[str, str], ...]:
        headers = (
            ("X-RateLimit-Limit", str(self.limit)),
            ("X-RateLimit-Remaining", str(self.remaining)),
            ("X-RateLimit-Reset", str(math.ceil(self.reset_at))),
        )
        return (("Retry-After", str(self.retry_after)), *headers) if not self.allowed else headers


class RateLimiter:
    """Thread-safe sliding-window limiter: ``limit`` requests per ``WINDOW_S`` per account."""

    def __init__(
        self,
        limit: int = DEFAULT_RATE_LIMIT,
        accounts: Mapping[str, str] | None = None,
        clock: Clock = time.monotonic,
        wall_clock: Clock = time.time,
    ) -> None:
        if limit < 0:
            raise ValueError("the rate limit must be 0 (unlimited) or more")
        self.configured_limit = limit
        self.limit = limit
        self._accounts = dict(accounts or {})
        self._clock, self._wall_clock = clock, wall_clock
        self._lock = threading.Lock()
        self._windows: dict[str, deque[float]] = {}

    def account_of(self, key: str) -> str:
        return self._accounts.get(key, DEFAULT_ACCOUNT)

    def admit(self, key: str) -> Admission | None:
        """Count one request for ``key``'s account; ``None`` when there is no limit."""
        with self._lock:
            if self.limit == 0:
                return None
            now = self._clock()
            window = self._windows.setdefault(self.account_of(key), deque())
            while window and window[0] <= now - WINDOW_S:
                window.popleft()
            allowed = len(window) < self.limit
            if allowed:
                window.append(now)
            return self._verdict(allowed, window, now)

    def _verdict(self, allowed: bool, window: deque[float], now: float) -> Admission:
        frees_at = window[0] + WINDOW_S if window else now
        wait = max(0.0, frees_at - now)
        return Admission(
            allowed=allowed,
            limit=self.limit,
            remaining=max(0, self.limit - len(window)),
            reset_at=self._wall_clock() + wait,
            retry_after=0 if allowed else max(1, math.ceil(wait)),
        )

    def set_limit(self, limit: int) -> None:
        """A new limit from now on (a plan with less, say); what was counted still counts."""
        if limit < 0:
            raise ValueError("the rate limit must be 0 (unlimited) or more")
        with self._lock:
            self.limit = limit

    def reset(self) -> None:
        """Forget every window and go back to the limit the sandbox was started with."""
        with self._lock:
            self._windows.clear()
            self.limit = self.configured_limit


class RequestStats:
    """Requests answered and 429s sent for the limit, in total and per configured key.

    A request with an unknown or missing key counts in the totals only: a key typed by mistake
    (perhaps a real one) is never echoed back by ``GET /_sandbox/stats``.
    """

    def __init__(self, keys: Mapping[str, Any]) -> None:
        self._keys = tuple(keys)
        self._lock = threading.Lock()
        self._total: dict[str, int] = {}
        self._per_key: dict[str, dict[str, int]] = {}
        self.reset()

    def record(self, key: str | None, rate_limited: bool) -> None:
        with self._lock:
            counters = [self._total]
            if key in self._per_key:
                counters.append(self._per_key[key])
            for counter in counters:
                counter["requests"] += 1
                counter["rate_limited"] += int(rate_limited)

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            keys = {key: dict(counter) for key, counter in self._per_key.items()}
            return {**self._total, "keys": keys}

    def reset(self) -> None:
        with self._lock:
            self._total = {"requests": 0, "rate_limited": 0}
            self._per_key = {key: {"requests": 0, "rate_limited": 0} for key in self._keys}
