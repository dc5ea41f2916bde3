"""Lane: calls run on its own threads, at most ``threads`` at once; results come back in batches."""

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from whaapy_contacts.workers.runner import TaskRunner


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    assert runner.wait(5000)


def taken_until(qtbot, lane, count):
    """Take results as ``ready`` announces them (on the GUI thread) until ``count`` arrived."""
    done, on_gui = [], []

    def take():
        on_gui.append(QThread.currentThread() is QCoreApplication.instance().thread())
        done.extend(lane.take())

    lane.ready.connect(take)
    qtbot.waitUntil(lambda: len(done) >= count, timeout=5000)
    lane.ready.disconnect(take)
    assert on_gui
    assert all(on_gui)
    return done


def test_results_and_errors_come_back_by_key_on_the_gui_thread(qtbot, runner):
    lane = runner.lane("test", 2)
    workers = set()

    def square(i):
        workers.add(threading.get_ident())
        if i == 3:
            raise ValueError("three")
        return i * i

    for i in range(6):
        lane.submit(("n", i), lambda i=i: square(i))
    done = taken_until(qtbot, lane, 6)
    assert sorted(d.key[1] for d in done) == list(range(6))
    by_key = {d.key[1]: d for d in done}
    assert [by_key[i].value for i in (0, 1, 2, 4, 5)] == [0, 1, 4, 16, 25]
    assert isinstance(by_key[3].error, ValueError)
    assert threading.get_ident() not in workers
    assert runner.pending() == 0


def test_no_more_calls_at_once_than_threads(qtbot, runner):
    lane = runner.lane("test", 3)
    gate = threading.Event()
    lock = threading.Lock()
    running, most = [0], [0]

    def call():
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        gate.wait(5)
        with lock:
            running[0] -= 1

    for i in range(10):
        lane.submit(i, call)
    qtbot.waitUntil(lambda: running[0] == 3, timeout=5000)  # the other 7 wait their turn
    assert runner.pending() == 10
    gate.set()
    assert runner.wait(5000)
    assert most[0] == 3
    assert len(lane.take()) == 10


def test_cancel_drops_calls_not_started(qtbot, runner):
    lane = runner.lane("test", 1)
    gate = threading.Event()
    ran = []
    started = threading.Event()
    lane.submit("first", lambda: started.set() or gate.wait(5))
    for i in range(5):
        lane.submit(i, lambda i=i: ran.append(i))
    qtbot.waitUntil(started.is_set, timeout=5000)  # the one thread is busy: 5 wait
    assert lane.cancel() == [0, 1, 2, 3, 4]
    gate.set()
    assert runner.wait(5000)
    assert ran == []
    assert [d.key for d in lane.take()] == ["first"]
    assert runner.pending() == 0
