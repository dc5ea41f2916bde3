"""The ``whaapy-sandbox`` options for Whaapy's limits: --rate-limit, --account, --phone-match."""

from __future__ import annotations

import pytest

from whaapy_contacts.sandbox import cli


def test_defaults_are_whaapys() -> None:
    args = cli.build_parser().parse_args([])

    assert (args.rate_limit, args.account, args.phone_match) == (100, [], "canonical")


def test_accounts_map_each_key_to_its_account() -> None:
    accounts = cli.parse_accounts(["ana=wha_a, wha_b", "beto=wha_c"], ["wha_a", "wha_b", "wha_c"])

    assert accounts == {"wha_a": "ana", "wha_b": "ana", "wha_c": "beto"}


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        (["wha_a"], "NAME=KEY"),
        (["=wha_a"], "NAME=KEY"),
        (["ana="], "NAME=KEY"),
        (["ana=wha_x"], "not one of the --key keys"),
        (["ana=wha_a", "beto=wha_a"], "two accounts"),
    ],
)
def test_bad_accounts_are_refused(texts: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        cli.parse_accounts(texts, ["wha_a"])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--rate-limit", "-1"], "--rate-limit"),
        (["--rate-limit", "mucho"], "--rate-limit"),
        (["--account", "ana=wha_nope"], "--account"),
        (["--phone-match", "digits"], "--phone-match"),
    ],
)
def test_bad_options_are_usage_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)

    assert caught.value.code == 2
    assert message in capsys.readouterr().err
