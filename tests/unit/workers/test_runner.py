"""TaskRunner: results and errors arrive by signal, on the GUI thread."""

import threading

import pytest
from PySide6.QtCore import QThread

from whaapy_contacts.workers.runner import TaskRunner


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    assert runner.wait(5000)


def test_result_is_delivered_on_the_gui_thread(qtbot, runner):
    worker_threads = []

    def work():
        worker_threads.append(threading.get_ident())
        return 41 + 1

    job = runner.submit("answer", work)
    seen = {}
    job.succeeded.connect(
        lambda value: seen.update(value=value, gui=QThread.currentThread() is qtbot_gui_thread())
    )
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen == {"value": 42, "gui": True}
    assert worker_threads
    assert worker_threads[0] != threading.get_ident()
    assert runner.pending() == 0


def qtbot_gui_thread():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_exception_becomes_failed_signal_not_a_silent_loss(qtbot, runner):
    def boom():
        raise ValueError("nope")

    job = runner.submit("boom", boom)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    (error,) = blocker.args
    assert isinstance(error, ValueError)
    assert str(error) == "nope"


def test_many_jobs_all_finish(qtbot, runner):
    jobs = [runner.submit(f"n{i}", lambda i=i: i * i) for i in range(20)]
    results = []
    for job in jobs:
        job.succeeded.connect(results.append)
    qtbot.waitUntil(lambda: len(results) == 20, timeout=5000)
    assert sorted(results) == [i * i for i in range(20)]
