"""The GUI tests' app is wired as the shipped one: for every signal of every service and of the
window's parts that talk to them, the same number of receivers in the conftest stack as in
the app built the way main.py builds it (bootstrap/deferred.py ModelLayer, real practice
server, real settings file), because both go through bootstrap/compose.py."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import SIGNAL, QMetaMethod, QObject

from tests.gui.conftest import build_stack, close_stack
from whaapy_contacts.bootstrap.deferred import ModelLayer
from whaapy_contacts.services.account import Mode
from whaapy_contacts.ui.shell.main_window import MainWindow

_BASE_SIGNALS = QObject.staticMetaObject.methodCount()  # destroyed(), objectNameChanged()


def receivers(obj: QObject) -> dict[str, int]:
    """Each signal of ``obj`` (QObject's own aside) and how many slots it reaches."""
    meta = obj.metaObject()
    counts = {}
    for index in range(_BASE_SIGNALS, meta.methodCount()):
        method = meta.method(index)
        if method.methodType() == QMetaMethod.MethodType.Signal:
            signature = bytes(method.methodSignature().data()).decode()
            counts[signature] = obj.receivers(SIGNAL(signature))
    return counts


def connections(window: MainWindow, services) -> dict[str, dict[str, int]]:
    """The signals between the services and the window, by the part that sends them."""
    parts = {
        "account": services.account,
        "contacts": services.contacts,
        "outbox": services.outbox,
        "storage": services.outbox.storage,
        "recent": services.recent,
        "form": window.form,
        "panel": window.recent,
        "model": window.model,
        "saving": window.saving,
        "duplicate_flow": window.duplicate_flow,
        "retry_button": window.outbox_status.retry_button,
    }
    return {name: receivers(part) for name, part in parts.items()}


@pytest.fixture
def shipped(qtbot, qapp, monkeypatch, tmp_path):
    """The app as main.py builds it after the first paint, in practice mode, on its own
    data, settings and log folders (never the user's)."""
    for name in ("DATA", "CONFIG", "STATE", "CACHE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    monkeypatch.delenv("WHAAPY_API_KEY", raising=False)
    window = MainWindow()
    qtbot.addWidget(window)
    layer = ModelLayer(qapp, SimpleNamespace(base_url=None, smoke=False), window)
    layer.load()
    qtbot.waitUntil(lambda: window.attached, timeout=15000)
    assert layer.services is not None
    assert layer.services.account.mode is Mode.TRAINING
    yield window, layer.services
    window.close()
    layer.close()


def test_the_tests_app_has_the_connections_of_the_shipped_one(
    qtbot, sandbox, tmp_path_factory, shipped
):
    window, services = shipped
    stack = build_stack(qtbot, sandbox, tmp_path_factory, online=False)
    try:
        tested = connections(stack.window, stack.services)
        assert tested == connections(window, services)
        # The shipped wiring includes the account switch: the outbox follows the account.
        assert tested["account"]["mode_changed(PyObject)"] >= 4
    finally:
        close_stack(stack)


def test_the_comparison_sees_a_missing_connection(qtbot, sandbox, tmp_path_factory, shipped):
    """It can fail: one connection less (here the recent list no longer following the account;
    before issue 16 the tests' hand-built app lacked the outbox's) is a difference."""
    window, services = shipped
    stack = build_stack(qtbot, sandbox, tmp_path_factory, online=False)
    try:
        stack.account.mode_changed.disconnect(stack.recent.on_account_changed)
        tested, real = connections(stack.window, stack.services), connections(window, services)
        assert tested != real
        assert tested["account"]["mode_changed(PyObject)"] == (
            real["account"]["mode_changed(PyObject)"] - 1
        )
    finally:
        stack.account.mode_changed.connect(stack.recent.on_account_changed)
        close_stack(stack)
