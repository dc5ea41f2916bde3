"""Any Python ``logging`` record at WARNING or above fails the test (qutebrowser's logfail).

A test that expects a warning says so with ``@pytest.mark.allow_log_warnings`` (optionally
``(pattern)``, a regex the message must match).
"""

from __future__ import annotations

import logging
import re
import threading

import pytest


class WarningCollector(logging.Handler):
    """Collects WARNING+ records from every thread."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self._lock_records = threading.Lock()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        with self._lock_records:
            self.records.append(record)

    def unexpected(self, patterns: list[str] | None) -> list[str]:
        with self._lock_records:
            records = list(self.records)
        lines = [f"{r.name}: {r.levelname}: {r.getMessage()}" for r in records]
        if patterns is None:
            return lines
        return [line for line in lines if not any(re.search(p, line) for p in patterns)]


@pytest.fixture(autouse=True)
def fail_on_log_warnings(request: pytest.FixtureRequest):
    collector = WarningCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        yield collector
    finally:
        root.removeHandler(collector)
    marks = list(request.node.iter_markers("allow_log_warnings"))
    if marks and not any(m.args for m in marks):
        return
    patterns = [p for m in marks for p in m.args] if marks else None
    unexpected = collector.unexpected(patterns if marks else None)
    if unexpected:
        pytest.fail("unexpected log warnings:\n" + "\n".join(unexpected), pytrace=False)
