"""bootstrap/collector.py: garbage is collected on the GUI thread, by a timer, not by Python
wherever it allocates."""

from __future__ import annotations

import gc

from whaapy_contacts.bootstrap.collector import MainThreadCollector


def test_the_collector_turns_automatic_collection_off_and_collects_on_its_timer(qtbot, qapp):
    was = gc.isenabled()
    collector = MainThreadCollector()
    try:
        assert not gc.isenabled()
        cycles = []
        for _ in range(gc.get_threshold()[0] + 10):  # past generation 0's threshold
            a: list = []
            a.append(a)
            cycles.append(a)
        cycles.clear()
        assert gc.get_count()[0] > gc.get_threshold()[0]
        qtbot.waitUntil(lambda: gc.get_count()[0] < gc.get_threshold()[0], timeout=5000)
    finally:
        collector.stop()
        if not was:
            gc.disable()
    assert gc.isenabled() or not was
