"""Whaapy's published limit in the sandbox, over real HTTP: 429s, headers, shared budgets,
``/_sandbox/stats``, and the window's reset (on a clock the test moves: no sleeping)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from whaapy_contacts.sandbox.server import ALL_SCOPES, SandboxServer

KEYS = {"wha_a": ALL_SCOPES, "wha_b": ALL_SCOPES, "wha_c": ALL_SCOPES}


class Clock:
    """The rate window's monotonic clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _server(clock: Clock, rate_limit: int, **options: Any) -> SandboxServer:
    return SandboxServer(keys=KEYS, rate_limit=rate_limit, clock=clock, **options)


@pytest.fixture
def limited(clock: Clock) -> Iterator[SandboxServer]:
    """Three requests a minute, keys a and b in one account, c in its own."""
    with _server(clock, 3, accounts={"wha_c": "otra"}) as server:
        yield server


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    """One client (one SSL context, kept-alive connections) for the module's requests."""
    with httpx.Client(timeout=10) as client:
        yield client


def _get(
    http: httpx.Client, server: SandboxServer, key: str, path: str = "/team/v1"
) -> httpx.Response:
    return http.get(server.url + path, headers={"Authorization": f"Bearer {key}"})


def _stats(http: httpx.Client, server: SandboxServer) -> dict[str, Any]:
    stats: dict[str, Any] = http.get(server.url + "/_sandbox/stats").json()
    return stats


def test_above_the_limit_is_a_429_like_whaapys(http: httpx.Client, limited: SandboxServer) -> None:
    answers = [_get(http, limited, "wha_a") for _ in range(4)]

    assert [r.status_code for r in answers] == [200, 200, 200, 429]
    refused = answers[3]
    assert refused.json() == {"error": "rate_limit_exceeded", "message": "Rate limit excedido"}
    assert refused.headers["content-type"].startswith("application/json")
    assert refused.headers["Retry-After"] == "60"
    assert "Retry-After" not in answers[0].headers


def test_every_answer_carries_the_limit_headers(http: httpx.Client, limited: SandboxServer) -> None:
    before = time.time()
    answers = [
        _get(http, limited, "wha_a"),
        _get(http, limited, "wha_a", "/contacts/v1/00000000-0000-4000-8000-000000000000"),  # a 404
        http.post(limited.url + "/contacts/v1", headers={"Authorization": "Bearer wha_a"}),
        _get(http, limited, "wha_a"),  # the 429
    ]

    assert [r.status_code for r in answers] == [200, 404, 400, 429]
    assert [r.headers["X-RateLimit-Limit"] for r in answers] == ["3"] * 4
    assert [r.headers["X-RateLimit-Remaining"] for r in answers] == ["2", "1", "0", "0"]
    resets = {int(r.headers["X-RateLimit-Reset"]) for r in answers}
    assert len(resets) == 1  # all wait for the first request to leave the window
    assert before + 59 <= resets.pop() <= time.time() + 61  # Unix seconds


def test_keys_of_one_account_share_its_budget(http: httpx.Client, limited: SandboxServer) -> None:
    statuses = [
        _get(http, limited, key).status_code for key in ("wha_a", "wha_b", "wha_a", "wha_b")
    ]
    other = [_get(http, limited, "wha_c").status_code for _ in range(3)]

    assert statuses == [200, 200, 200, 429]
    assert other == [200, 200, 200]  # another account has its own minute


def test_the_window_slides_and_a_refusal_costs_nothing(
    http: httpx.Client, limited: SandboxServer, clock: Clock
) -> None:
    for step in range(3):
        clock.now = 5000.0 + step * 20  # requests at 0, 20 and 40 s
        assert _get(http, limited, "wha_a").status_code == 200
    clock.now = 5050.0
    refused = _get(http, limited, "wha_a")
    clock.now = 5060.0  # the first one leaves the window: exactly one more fits
    allowed = _get(http, limited, "wha_a")
    again = _get(http, limited, "wha_a")

    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "10"
    assert allowed.status_code == 200
    assert again.status_code == 429
    assert again.headers["Retry-After"] == "20"


def test_stats_count_answers_and_429s_per_key(http: httpx.Client, limited: SandboxServer) -> None:
    for key in ("wha_a", "wha_a", "wha_b", "wha_b", "wha_c"):
        _get(http, limited, key)
    _get(http, limited, "wha_typo_SECRET")  # a 401: counted, but its key is never echoed
    http.get(limited.url + "/_sandbox/events")  # control routes are neither counted nor limited

    stats = _stats(http, limited)

    assert stats == {
        "requests": 6,
        "rate_limited": 1,
        "keys": {
            "wha_a": {"requests": 2, "rate_limited": 0},
            "wha_b": {"requests": 2, "rate_limited": 1},
            "wha_c": {"requests": 1, "rate_limited": 0},
        },
    }
    assert "SECRET" not in http.get(limited.url + "/_sandbox/stats").text


def test_reset_forgets_the_window_and_the_counts_and_restores_the_limit(
    http: httpx.Client,
    limited: SandboxServer,
) -> None:
    changed = http.post(limited.url + "/_sandbox/rate-limit", json={"rate_limit": 1})
    first, second = _get(http, limited, "wha_a"), _get(http, limited, "wha_a")
    http.post(limited.url + "/_sandbox/reset").raise_for_status()

    after = [_get(http, limited, "wha_a") for _ in range(3)]

    assert changed.json() == {"rate_limit": 1}
    assert (first.status_code, second.status_code) == (200, 429)
    assert second.headers["X-RateLimit-Limit"] == "1"
    assert [r.status_code for r in after] == [200, 200, 200]
    assert after[0].headers["X-RateLimit-Limit"] == "3"
    assert http.get(limited.url + "/_sandbox/rate-limit").json() == {"rate_limit": 3}
    assert _stats(http, limited)["requests"] == 3


@pytest.mark.parametrize("body", [{"rate_limit": -1}, {"rate_limit": "100"}, {}, []])
def test_a_bad_limit_is_refused(http: httpx.Client, limited: SandboxServer, body: Any) -> None:
    response = http.post(limited.url + "/_sandbox/rate-limit", json=body)

    assert response.status_code == 400
    assert "rate_limit" in response.json()["details"]


def test_zero_is_unlimited_and_says_nothing(http: httpx.Client, clock: Clock) -> None:
    with _server(clock, 0) as server:
        answers = [_get(http, server, "wha_a") for _ in range(150)]

    assert {r.status_code for r in answers} == {200}
    assert not any(name.startswith("x-ratelimit") for name in answers[0].headers)


def test_the_default_is_whaapys_100_a_minute(clock: Clock) -> None:
    with (
        SandboxServer(clock=clock) as server,
        httpx.Client(base_url=server.url, headers={"Authorization": "Bearer wha_sandbox"}) as c,
    ):
        statuses = [c.get("/user-webhooks/events").status_code for _ in range(101)]

    assert statuses == [200] * 100 + [429]


def test_an_injected_status_fault_is_not_the_servers_answer(
    http: httpx.Client, limited: SandboxServer
) -> None:
    fault = {"kind": "status", "status": 503, "times": 2}
    http.post(limited.url + "/_sandbox/faults", json={"faults": [fault]}).raise_for_status()

    statuses = [_get(http, limited, "wha_a").status_code for _ in range(5)]

    assert statuses == [503, 503, 200, 200, 200]
    assert _stats(http, limited)["requests"] == 3


def _cli(*args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "whaapy_contacts.sandbox.cli", "--port", "0", *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


@pytest.mark.parametrize(
    ("accounts", "expected"),
    [((), [200, 200, 429, 429]), (("--account", "dos=wha_b"), [200, 200, 429, 200])],
)
def test_the_command_line_shares_a_budget_unless_told_otherwise(
    http: httpx.Client, accounts: tuple[str, ...], expected: list[int]
) -> None:
    keys = ("--key", "wha_a", "--key", "wha_b", "--rate-limit", "2", *accounts)
    with _cli(*keys) as proc:
        try:
            assert proc.stdout is not None
            url = proc.stdout.readline().strip().removeprefix("listening on ")
            order = ("wha_a", "wha_a", "wha_a", "wha_b")
            statuses = [
                http.get(url + "/team/v1", headers={"Authorization": f"Bearer {key}"}).status_code
                for key in order
            ]
        finally:
            proc.terminate()
            proc.wait(10)

    assert statuses == expected
