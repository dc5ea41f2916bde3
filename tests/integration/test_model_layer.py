"""What main.py's worker loads after the first paint: the keyring only when a key was stored
(its import and backend discovery, ~80 ms, then never happen on the GUI thread)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPT = """
import sys
from whaapy_contacts.bootstrap.deferred import load_model_layer
load_model_layer(warm_keyring=sys.argv[1] == "yes")
print("keyring" in sys.modules, "whaapy_contacts.services.outbox" in sys.modules)
"""


@pytest.mark.parametrize(("stored", "expected"), [("yes", "True True"), ("no", "False True")])
def test_the_keyring_is_loaded_ahead_only_when_a_key_was_stored(tmp_path, stored, expected):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHON_KEYRING_BACKEND":
           "keyring.backends.null.Keyring"}  # fmt: skip
    command = [sys.executable, "-c", SCRIPT, stored]
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip().splitlines()[-1] == expected, out.stderr
