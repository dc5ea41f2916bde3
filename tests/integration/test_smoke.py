"""`whaapy-contacts --smoke` end to end, in a subprocess, as the installed app runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SECRET_SERVICE = bool(os.environ.get("WHAAPY_TEST_SECRET_SERVICE"))
SAVED = (
    "[  ok] practice contact saved and listed: Prueba de humo, +525512345678, "
    "prueba.humo@ejemplo.mx"
)
SPANISH = "[  ok] Spanish interface: the app's catalogue and Qt's own (qtbase_es) are loaded"


def run_smoke(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    """The app with --smoke, offscreen, in Spanish; TMPDIR and user folders in ``tmp_path``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", **extra)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "TMPDIR"):
        env[name] = str(tmp_path / name.lower())
        Path(env[name]).mkdir()
    command = [sys.executable, "-m", "whaapy_contacts.main", "--smoke"]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_smoke_saves_a_practice_contact_and_leaves_no_trace(tmp_path):
    extra = {"WHAAPY_SMOKE_REQUIRE_KEYRING": "1"} if SECRET_SERVICE else {}
    report = tmp_path / "report.txt"
    result = run_smoke(tmp_path, WHAAPY_SMOKE_REPORT=str(report), **extra)
    assert result.returncode == 0, result.stdout + result.stderr
    assert report.read_text(encoding="utf-8") == result.stdout
    lines = result.stdout.splitlines()
    assert lines[-1] == "SMOKE OK"
    assert any(line.startswith("[  ok] window shown on the 'offscreen' platform") for line in lines)
    assert SAVED in lines
    assert SPANISH in lines
    assert any("confirmed in the embedded sandbox at http://127.0.0.1:" in line for line in lines)
    keyring_line = next(line for line in lines if "keyring:" in line)
    if SECRET_SERVICE:
        assert keyring_line.endswith("a throwaway secret round-tripped"), keyring_line
    else:  # no Secret Service here: said plainly, and not a failure of the app
        assert "keyring.backends.SecretService.Keyring loads" in keyring_line
    # The user's own folders are untouched, and the throwaway one is gone.
    for name in ("xdg_data_home", "xdg_config_home", "xdg_state_home", "tmpdir"):
        assert files_under(tmp_path / name) == [], name


def test_smoke_never_uses_a_real_key(tmp_path):
    result = run_smoke(tmp_path, WHAAPY_API_KEY="wha_real_account_key")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WHAAPY_API_KEY ignored: the smoke test runs in practice mode only" in result.stdout
    assert "wha_real_account_key" not in result.stdout + result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="makes the Secret Service unreachable")
def test_a_failed_check_exits_1_and_keeps_the_evidence(tmp_path):
    result = run_smoke(
        tmp_path, WHAAPY_SMOKE_REQUIRE_KEYRING="1", DBUS_SESSION_BUS_ADDRESS="unix:path=/nowhere"
    )
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "SMOKE FAILED"
    assert any(line.startswith("[FAIL] keyring:") for line in lines), lines
    # The rest still ran and is reported: one failure does not hide the others' results.
    assert SAVED in lines
    kept = list((tmp_path / "tmpdir").glob("whaapy-smoke-*"))
    assert len(kept) == 1
    assert str(kept[0]) in lines[0]
