"""The account's own fields pass the translation audit and the screen-reader check
(tests/gui/audit.py), empty, filled and with an error each, with the recorder catching any
tr() text nobody translated."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.audit import Checker, Recorder, controls, shown, spoken_name, unlabelled
from tests.gui.conftest import close_stack
from tests.gui.test_custom_fields_form import editor_of, note_under, set_fields, started
from tests.gui.typing import type_text
from whaapy_contacts.sandbox.fields import SAMPLE_FIELDS


@pytest.fixture
def recorder(qapp):
    recorder = Recorder()
    qapp.installTranslator(recorder)
    yield recorder
    qapp.removeTranslator(recorder)


def test_the_accounts_fields_are_in_spanish_and_named(qtbot, sandbox, tmp_path_factory, recorder):
    set_fields(sandbox, SAMPLE_FIELDS)
    stack = started(qtbot, sandbox, tmp_path_factory)
    try:
        form = stack.window.form
        editor = editor_of(form)
        seen = shown(stack.window)
        inputs = [item.widget for item in editor.defined.inputs]
        type_text(qtbot, inputs[4], "12abc")
        type_text(qtbot, inputs[1], "31/02/1990")
        form.check("custom_fields")
        seen += shown(stack.window)
        assert note_under(form, 1) == "Fecha de nacimiento: la fecha «31/02/1990» no existe."
        problems = Checker(recorder).problems(seen) + unlabelled(stack.window)
        assert problems == []
        mine = [w for w in controls(stack.window) if editor.defined.isAncestorOf(w)]
        assert len([w for w in mine if not isinstance(w, QLabel)]) == 5  # and 2 messages
        assert [spoken_name(w) for w in mine if not spoken_name(w)] == []
    finally:
        close_stack(stack)
