"""The ``whaapy-sandbox`` command line: key parsing and the loopback guard."""

from __future__ import annotations

import pytest

from whaapy_contacts.sandbox import cli
from whaapy_contacts.sandbox.server import ALL_SCOPES


@pytest.mark.parametrize(
    ("text", "key", "scopes"),
    [
        ("wha_x", "wha_x", ALL_SCOPES),
        ("wha_x:contacts:read", "wha_x", {"contacts:read"}),
        ("wha_x:contacts:read, team:read", "wha_x", {"contacts:read", "team:read"}),
        ("wha_x:", "wha_x", set()),
    ],
)
def test_parse_key(text: str, key: str, scopes: set[str]) -> None:
    assert cli.parse_key(text) == (key, scopes)


@pytest.mark.parametrize("text", [":contacts:read", "wha_x:contacts:admin"])
def test_parse_key_rejects(text: str) -> None:
    with pytest.raises(ValueError, match=r"key|scopes"):
        cli.parse_key(text)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.5.0.1", True), ("::1", True), ("localhost", True),
     ("0.0.0.0", False), ("192.168.1.10", False), ("example.com", False)],
)  # fmt: skip
def test_is_loopback(host: str, loopback: bool) -> None:
    assert cli.is_loopback(host) is loopback


def test_remote_host_needs_allow_remote(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--host", "0.0.0.0"])

    assert caught.value.code == 2
    assert "--allow-remote" in capsys.readouterr().err


def test_bad_key_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--key", "wha_x:everything"])

    assert caught.value.code == 2
    assert "unknown scopes" in capsys.readouterr().err
