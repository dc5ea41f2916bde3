"""Start-up helpers: the deferred start after the first paint, the benchmark probe, and the
cheaper check that replaces PySide6's per-import source scan."""

from __future__ import annotations

import importlib
import json
import sys
import types

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from whaapy_contacts.bootstrap import pyside_startup
from whaapy_contacts.ui.common import flags
from whaapy_contacts.ui.shell.first_paint import after_first_paint


def test_callback_runs_once_after_the_first_paint(qtbot):
    window = QLabel("hello")
    qtbot.addWidget(window)
    calls: list[bool] = []
    after_first_paint(window, lambda: calls.append(window.isVisible()), fallback_ms=60_000)
    assert calls == []
    window.show()
    qtbot.waitUntil(lambda: calls == [True])
    window.repaint()
    window.hide()
    window.show()
    qtbot.waitExposed(window)
    assert calls == [True]  # never again


def test_a_window_that_never_paints_still_starts(qtbot):
    window = QWidget()  # never shown
    qtbot.addWidget(window)
    calls: list[int] = []
    after_first_paint(window, lambda: calls.append(1), fallback_ms=10)
    qtbot.waitUntil(lambda: calls == [1])


def test_holds_pyside_tells_modules_that_imported_pyside_from_those_that_did_not():
    assert pyside_startup.holds_pyside(flags)  # from PySide6.QtGui import QIcon
    assert not pyside_startup.holds_pyside(json)
    only_module = types.ModuleType("only_module")
    only_module.QtCore = importlib.import_module("PySide6.QtCore")
    assert pyside_startup.holds_pyside(only_module)


def test_the_source_scan_is_replaced_for_this_pyside(monkeypatch, tmp_path):
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        pytest.skip("this PySide6 has no __feature__ import hook")
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    assert pyside_startup.use_cheap_pyside_check()
    assert feature._mod_uses_pyside is pyside_startup.holds_pyside
    # PySide6's own check reads the file and finds the word; ours looks at what the module holds.
    name = "whaapy_mentions_pyside_only_in_a_comment"
    (tmp_path / f"{name}.py").write_text("# Nothing from PySide6 here.\nVALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.delitem(feature.pyside_feature_dict, name, raising=False)
    __import__(name)  # through PySide6's replaced __import__
    assert feature.pyside_feature_dict[name] == -1  # -1: "ignore this module"; the scan gave 0
