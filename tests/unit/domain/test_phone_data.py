"""The committed dial codes and example numbers (tools/gen_phone_data.py) against phonenumbers.

The window reads them at start-up instead of importing phonenumbers. If phonenumbers changes,
these fail: run tools/gen_phone_data.py.
"""

from __future__ import annotations

import phonenumbers
import pytest

from whaapy_contacts.domain.countries_data import COUNTRIES
from whaapy_contacts.domain.phone import normalize_phone
from whaapy_contacts.domain.phone_data import DIAL_CODES, EXAMPLES


def test_dial_codes_are_phonenumbers_own():
    expected = {
        region: code
        for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items()
        for region in regions
        if region in COUNTRIES
    }
    assert expected == DIAL_CODES


@pytest.mark.parametrize("region", sorted(EXAMPLES))
def test_each_example_is_a_valid_number_of_its_country(region):
    result = normalize_phone(EXAMPLES[region], region)
    assert result.e164 is not None, (region, EXAMPLES[region], result.reason)
    assert result.region == region or DIAL_CODES[region] == DIAL_CODES.get(result.region or "")


def test_mexico_shows_a_mobile_example():
    assert EXAMPLES["MX"] == "222 123 4567"
    assert normalize_phone(EXAMPLES["MX"], "MX").e164 == "+522221234567"
