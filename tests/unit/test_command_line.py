"""The command line: the no-argument fast path answers exactly what argparse would."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from whaapy_contacts.bootstrap.app import parse_args


def test_no_arguments_gives_argparses_defaults():
    fast = vars(parse_args([]))
    parsed = vars(parse_args(["--lang", "es"]))  # goes through argparse
    assert fast.keys() == parsed.keys()
    assert {**parsed, "lang": None} == fast


def test_arguments_are_parsed():
    args = parse_args(["--base-url", "https://api.example.mx", "--lang", "en", "--smoke"])
    assert (args.base_url, args.lang, args.smoke) == ("https://api.example.mx", "en", True)


def test_bad_arguments_and_help_still_come_from_argparse():
    run = [sys.executable, "-c", "import sys; from whaapy_contacts.bootstrap.app import "
           "parse_args; parse_args(sys.argv[1:])"]  # fmt: skip
    bad = subprocess.run([*run, "--lang", "fr"], capture_output=True, text=True, check=False)
    assert bad.returncode == 2
    assert "invalid choice: 'fr'" in bad.stderr
    help_ = subprocess.run([*run, "--help"], capture_output=True, text=True, check=False)
    assert help_.returncode == 0
    assert "--base-url" in help_.stdout


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("http://example.com", "La dirección debe empezar con https://"),
        ("http://[::1", "El nombre del servidor no es válido"),
        ("http://127.0.0.1:abc", "El puerto"),
        ("http://127.0.0.1:99999", "El puerto"),
        ("https://api whaapy.com", "no puede tener espacios"),
    ],
)
def test_a_bad_base_url_is_a_usage_error_in_spanish(url, says):
    """Exit 2 with one plain line, before any window (no crash dialog)."""
    run = [sys.executable, "-m", "whaapy_contacts.main", "--base-url", url]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    bad = subprocess.run(run, capture_output=True, text=True, check=False, env=env, timeout=60)
    assert bad.returncode == 2
    assert says in bad.stderr
    assert "Traceback" not in bad.stderr
    assert bad.stdout == ""


def test_a_good_base_url_is_kept_without_its_trailing_slash():
    assert parse_args(["--base-url", " http://127.0.0.1:8000/ "]).base_url == (
        "http://127.0.0.1:8000"
    )
