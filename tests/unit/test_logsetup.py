"""Logs and crash reports never carry the key or the Authorization header; the log rotates."""

import logging
import sys

import pytest

from whaapy_contacts.bootstrap.logsetup import KNOWN_SECRETS, RotatingLog, redact, setup_logging
from whaapy_contacts.ui.shell.crash import build_report

KEY = "wha_" + "abcdefghijklmnopqrstuvwxyz012345"  # built, so no key-like string is committed


def test_redact_bearer_header_and_wha_tokens():
    text = f"headers={{'Authorization': 'Bearer {KEY}'}} key={KEY} other=fine"
    out = redact(text)
    assert KEY not in out
    assert "fine" in out
    assert "[REDACTED]" in out


def test_known_secret_without_prefix_is_redacted():
    assert "s3cr3t-value" not in redact("x s3cr3t-value y", ("s3cr3t-value",))


@pytest.mark.allow_log_warnings(r"sending Authorization")
def test_rotating_log_file_is_redacted(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = setup_logging(tmp_path)
        logging.getLogger("t").warning("sending Authorization: Bearer %s", KEY)
        for handler in root.handlers:
            handler.flush()
        content = path.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[len(before) :]:
            handler.close()
            root.removeHandler(handler)
    assert "sending Authorization" in content
    assert KEY not in content


def test_crash_report_is_redacted():
    KNOWN_SECRETS.append("plainsecretvalue")
    try:
        try:
            raise RuntimeError(f"failed with {KEY} and plainsecretvalue")
        except RuntimeError:
            report = build_report(*sys.exc_info())
    finally:
        KNOWN_SECRETS.remove("plainsecretvalue")
    assert "RuntimeError" in report
    assert KEY not in report
    assert "plainsecretvalue" not in report


def test_the_log_rotates_at_its_size_and_keeps_five_old_files(tmp_path):
    path = tmp_path / "app.log"
    handler = RotatingLog(path, max_bytes=300, backups=5)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("rotation-test")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(60):
            logger.warning("line %02d %s", n, "x" * 40)  # 49 bytes with the newline
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["app.log", *(f"app.log.{n}" for n in range(1, 6))]  # never a .6
    assert all(p.stat().st_size <= 300 for p in tmp_path.iterdir())
    newest = path.read_text(encoding="utf-8").splitlines()
    assert newest[-1].startswith("line 59")
    previous = (tmp_path / "app.log.1").read_text(encoding="utf-8").splitlines()
    assert int(previous[-1].split()[1]) + 1 == int(newest[0].split()[1])  # nothing lost between


def test_a_log_folder_that_cannot_be_written_leaves_logging_to_stderr(tmp_path, capsys):
    """A read-only (or full) disk must not stop the app at its first log line."""
    from tests.disks import read_only

    root = logging.getLogger()
    before = list(root.handlers)
    with read_only(tmp_path):
        try:
            assert setup_logging(tmp_path) is None
            logging.getLogger("t").info("still logging")
        finally:
            for handler in root.handlers[len(before) :]:
                handler.close()
                root.removeHandler(handler)
    assert "still logging" in capsys.readouterr().err
