"""The rate limiter on its own clock: a sliding minute per account, headers, counters."""

from __future__ import annotations

import pytest

from whaapy_contacts.sandbox.limits import Admission, RateLimiter, RequestStats


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _limiter(limit: int, clock: Clock, accounts: dict[str, str] | None = None) -> RateLimiter:
    return RateLimiter(limit, accounts, clock=clock, wall_clock=lambda: 1_700_000_000.0)


def _admit(limiter: RateLimiter, key: str = "k") -> Admission:
    admission = limiter.admit(key)
    assert admission is not None, "a limited sandbox gives a verdict"
    return admission


def test_the_window_slides_one_request_at_a_time() -> None:
    clock = Clock()
    limiter = _limiter(3, clock)
    for step in range(3):
        clock.now = 1000.0 + step * 10  # at 0 s, 10 s, 20 s
        assert _admit(limiter).allowed
    clock.now = 1059.5
    refused = _admit(limiter)
    clock.now = 1060.0  # the first request (at 0 s) leaves the window
    again = _admit(limiter)

    assert (refused.allowed, refused.retry_after, refused.remaining) == (False, 1, 0)
    assert (again.allowed, again.remaining) == (True, 0)


def test_headers_of_an_answer_and_of_a_refusal() -> None:
    clock = Clock()
    limiter = _limiter(2, clock)

    first = _admit(limiter)
    clock.now += 15
    _admit(limiter)
    refused = _admit(limiter)

    assert dict(first.headers()) == {
        "X-RateLimit-Limit": "2",
        "X-RateLimit-Remaining": "1",
        "X-RateLimit-Reset": "1700000060",
    }
    assert dict(refused.headers()) == {
        "Retry-After": "45",
        "X-RateLimit-Limit": "2",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": "1700000045",
    }


def test_refused_requests_do_not_spend_the_budget() -> None:
    clock = Clock()
    limiter = _limiter(1, clock)
    limiter.admit("k")
    for _ in range(50):
        clock.now += 1
        limiter.admit("k")  # refused, again and again

    clock.now = 1060.0
    assert _admit(limiter).allowed


def test_keys_share_their_account_and_other_accounts_have_their_own() -> None:
    clock = Clock()
    limiter = _limiter(2, clock, accounts={"c": "other"})

    verdicts = [_admit(limiter, key).allowed for key in ("a", "b", "a", "c", "c")]

    assert verdicts == [True, True, False, True, True]


def test_zero_is_unlimited_and_a_new_limit_lasts_until_reset() -> None:
    limiter = _limiter(0, Clock())
    assert limiter.admit("k") is None
    limiter.set_limit(1)
    assert _admit(limiter).allowed
    assert not _admit(limiter).allowed
    limiter.reset()
    assert limiter.admit("k") is None


def test_negative_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="0"):
        RateLimiter(-1)


def test_stats_never_name_an_unknown_key() -> None:
    stats = RequestStats({"wha_a": None})
    stats.record("wha_a", rate_limited=False)
    stats.record("wha_a", rate_limited=True)
    stats.record(None, rate_limited=False)

    assert stats.snapshot() == {
        "requests": 3,
        "rate_limited": 1,
        "keys": {"wha_a": {"requests": 2, "rate_limited": 1}},
    }
