"""The command line: the no-argument fast path answers exactly what argparse would."""

from __future__ import annotations

import subprocess
import sys

from whaapy_contacts.main import parse_args


def test_no_arguments_gives_argparses_defaults():
    fast = vars(parse_args([]))
    parsed = vars(parse_args(["--lang", "es"]))  # goes through argparse
    assert fast.keys() == parsed.keys()
    assert {**parsed, "lang": None} == fast


def test_arguments_are_parsed():
    args = parse_args(["--base-url", "https://api.example.mx", "--lang", "en", "--smoke"])
    assert (args.base_url, args.lang, args.smoke) == ("https://api.example.mx", "en", True)


def test_bad_arguments_and_help_still_come_from_argparse():
    run = [sys.executable, "-c", "import sys; from whaapy_contacts.main import parse_args; "
           "parse_args(sys.argv[1:])"]  # fmt: skip
    bad = subprocess.run([*run, "--lang", "fr"], capture_output=True, text=True, check=False)
    assert bad.returncode == 2
    assert "invalid choice: 'fr'" in bad.stderr
    help_ = subprocess.run([*run, "--help"], capture_output=True, text=True, check=False)
    assert help_.returncode == 0
    assert "--base-url" in help_.stdout
