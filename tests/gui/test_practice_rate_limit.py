"""Practice mode answers as Whaapy would: 100 requests a minute (the self-test: no limit)."""

from __future__ import annotations

from types import SimpleNamespace

import httpx
import pytest

from whaapy_contacts.bootstrap import deferred as app_main
from whaapy_contacts.bootstrap import practice


@pytest.fixture
def data_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def _statuses(sandbox: practice.EmbeddedSandbox, count: int) -> list[int]:
    url, key = sandbox.start()
    try:
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}) as client:
            return [client.get("/user-webhooks/events").status_code for _ in range(count)]
    finally:
        sandbox.stop()


def test_the_practice_sandbox_allows_whaapys_100_a_minute(data_home):
    assert _statuses(practice.EmbeddedSandbox(), 101) == [200] * 100 + [429]


@pytest.mark.parametrize(("smoke", "limit"), [(False, 100), (True, 0)])
def test_the_self_test_alone_runs_it_unlimited(qapp, data_home, smoke, limit):
    args = SimpleNamespace(base_url=None, smoke=smoke)
    layer = app_main.ModelLayer(qapp, args, window=None)
    try:
        sandbox = layer.build().sandbox  # the services as main builds them
        assert sandbox is not None
        assert sandbox.rate_limit == limit
    finally:
        layer.close()
