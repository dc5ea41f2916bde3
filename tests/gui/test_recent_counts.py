"""The recent list's counts use Qt's plural forms (%n): the same words as before, any count."""

from __future__ import annotations

import pytest

from whaapy_contacts.ui.recent.footer import ListFooter

COUNTS = [0, 1, 2, 100_000]


@pytest.mark.parametrize("total", COUNTS)
def test_the_count_in_spanish(qtbot, total):
    footer = ListFooter()
    qtbot.addWidget(footer)
    footer.show_count(total, total, filtered=False)
    assert footer.count_label.text() == f"Contactos: {total}"
    footer.show_count(1, total, filtered=True)
    assert footer.count_label.text() == f"Mostrando 1 de {total}"


@pytest.mark.parametrize("total", COUNTS)
def test_the_count_in_english(qtbot, english, total):
    footer = ListFooter()
    qtbot.addWidget(footer)
    footer.show_count(total, total, filtered=False)
    assert footer.count_label.text() == f"Contacts: {total}"
    footer.show_count(1, total, filtered=True)
    assert footer.count_label.text() == f"Showing 1 of {total}"
