"""An extension typed or pasted after the number is left out of the phone, and said so under
the field: never dropped silently (found by the paste engineer, issue 17)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.typing import type_text
from whaapy_contacts.domain.phone import PhoneNotice, normalize_phone

SAID = (
    "La extensión no se guarda en el teléfono (WhatsApp no la usa); anótala en Notas si la "
    "necesitas."
)


@pytest.mark.parametrize(
    "typed", ["55 1234 5678 ext. 12", "+52 55 1234 5678 x204", "Tel: 55 1234 5678 extensión 3"]
)
def test_the_extension_is_left_out_and_said(typed):
    result = normalize_phone(typed)
    assert result.e164 == "+525512345678"
    assert PhoneNotice.EXTENSION_LEFT_OUT in result.notices


def test_a_number_without_an_extension_says_nothing():
    assert normalize_phone("55 1234 5678").notices == ()


def test_typed_in_the_form_it_is_said_under_the_phone(qtbot, stack):
    form = stack.window.form
    box = form.phone.line_edit()
    box.setFocus()
    type_text(qtbot, box, "55 1234 5678 ext 12")
    assert box.text().endswith("ext 12")  # what was typed stays in the box
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # the phone's notes are told on leaving it
    qtbot.waitUntil(form.phone_notice.isVisible, timeout=5000)
    assert SAID in form.phone_notice.text()
