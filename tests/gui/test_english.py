"""--lang en: the UI's own English, and the domain's Spanish messages through whaapy_en."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from tests.gui.typing import type_text
from whaapy_contacts.api import errors
from whaapy_contacts.domain.countries import country_name
from whaapy_contacts.ui.common.texts import (
    date_text,
    number_text,
    time_text,
    translated,
    ui_language,
)
from whaapy_contacts.ui.form.contact_form import ContactForm


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (errors.Unauthorized(), "The key is not valid or was revoked."),
        (errors.MissingScopes(("contacts:write",)), "missing permissions: contacts:write. Add"),
        (errors.MissingScopes(()), "missing permissions: (not given). Add them"),
        (errors.RateLimited(3), "Try again in 3 s."),
        (errors.ConnectionRefused(), "Could not connect to the server."),
    ],
)
def test_api_messages_in_english(english, error, expected):
    assert expected in translated(error.user_message)


def test_spanish_keeps_the_domain_messages_as_written():
    message = errors.MissingScopes(("a", "b")).user_message
    assert translated(message) == message
    assert translated("Formato inválido. Usar E.164") == "Formato inválido. Usar E.164"


def test_form_errors_and_notices_in_english(qtbot, english):
    form = ContactForm()
    qtbot.addWidget(form)
    form.show()
    assert form.save_button.text() == "Save"
    type_text(qtbot, form.phone.line_edit(), "55 12")
    form.check("phone_number")
    assert form.error_text("phone_number") == (
        "6 digits missing: Mexican numbers have 10 digits (area code and number)."
    )
    form.phone.clear()
    type_text(qtbot, form.phone.line_edit(), "044 33 1234 5678")
    qtbot.keyClick(form.phone.line_edit(), Qt.Key.Key_Return)
    assert form.phone_notice.text() == "Removed the 044 prefix (not used since 2019)."
    form.email.setText("juan.email.com")
    form.check("email")
    assert form.error_text("email").startswith("The email is missing its @")
    accessible = form.email.accessibleDescription()
    assert accessible.startswith("The email is missing its @")


def test_english_locale(english):
    assert QLocale().language() == QLocale.Language.English
    assert ui_language() == "en"
    assert country_name("DE", ui_language()) == "Germany"
    assert "2026" in date_text(datetime(2026, 3, 12, 16, 5))  # the year in full, whatever the order


def test_spanish_numbers_dates_and_times_follow_es_mx():
    assert ui_language() == "es"
    assert [number_text(v) for v in (50000, 1500.5, -3, 0.25)] == [
        "50,000",
        "1,500.5",
        "-3",
        "0.25",
    ]
    moment = datetime(2026, 3, 12, 16, 5, 9)
    assert date_text(moment) == "12/03/2026"  # day first
    assert time_text(moment) == "16:05"  # 24-hour clock
    assert time_text(moment, seconds=True) == "16:05:09"
