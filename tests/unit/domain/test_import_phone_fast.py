"""The import's speed-up (issue 18): the Mexican fast path and the cache of domain/phone.py give
exactly what the full phonenumbers library gives, on the benchmark's 10,000-row file and on
thousands of generated and odd numbers."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from whaapy_contacts.domain import cleaning, phone
from whaapy_contacts.domain.importing.checking import Settings, check_table
from whaapy_contacts.domain.importing.mapping import Target, guess_mapping
from whaapy_contacts.domain.importing.reading import read_file
from whaapy_contacts.domain.phone import normalize_phone, normalize_phone_slow

sys.path.insert(0, str(Path(__file__).parents[3] / "bench"))
from bench_import import write_file

REGIONS = ("MX", "US", "ES", "CO", "GT", "")
PREFIXES = ("", "+52", "+52 1", "52", "521", "044", "045", "01", "1", "0052", "00521", "+")
FOREIGN = (
    "+1 212 555 0123", "+1 (415) 555-2671", "+34 612 345 678", "+57 301 234 5678",
    "+502 5123 4567", "+44 20 7946 0958", "+800 1234 5678", "+999 123 4567", "212 555 0123",
    "612 345 678", "301 234 5678", "5123 4567", "0212 555 0123", "09 1234 5678",
)  # fmt: skip
ODD = (
    "", " ", "abc", "55 1234 5678 ext 12", "55 1234 5678 x3", "55-1234-5678 extensión 4",
    "Cel: 55 1234 5678", "WhatsApp +52 1 55 1234 5678", "tel:+525512345678",
    "\u202a+52 55 1234 5678\u202c", "\u0665\u0665\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668",
    "５５１２３４５６７８", "55 1234 567", "55 1234 56789", "+52 55 1234", "0", "00",
    "+52", "+521", "044", "01 800 123 4567", "800 123 4567", "900 123 4567", "300 123 4567",
    "500 123 4567", "(55) 1234·5678", "55.1234.5678", "55/1234/5678", "+52 (55) 1234-5678",
)  # fmt: skip


def generated(count: int) -> list[str]:
    """Ten-digit numbers of every leading digit, with and without the old prefixes, too short
    and too long, grouped the ways people write them."""
    rng = random.Random(18)
    out: list[str] = []
    for _ in range(count):
        length = rng.choice((7, 8, 9, 10, 10, 10, 10, 11, 12))
        digits = "".join(rng.choice("0123456789") for _ in range(length))
        prefix = rng.choice(PREFIXES)
        grouped = rng.choice((digits, f"{digits[:2]} {digits[2:6]} {digits[6:]}",
                              f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"))  # fmt: skip
        out.append(f"{prefix} {grouped}".strip())
    return out


def assert_identical(monkeypatch, numbers: list[str], regions: tuple[str, ...] = REGIONS) -> int:
    """Every number in every region, fast and cached against the full library; returns how many
    the fast path itself answered (so the comparison is not vacuous)."""
    real, hits = phone._fast_mx, []

    def counted(national, notices):
        found = real(national, notices)
        hits.append(found is not None)
        return found

    monkeypatch.setattr(phone, "_fast_mx", counted)
    phone._normalized.cache_clear()
    for text in numbers:
        for region in regions:
            expected = normalize_phone_slow(text, region)
            assert normalize_phone(text, region) == expected, (text, region)
            assert normalize_phone(text, region) == expected, (text, region)  # from the cache
    phone._normalized.cache_clear()
    return sum(hits)


def test_the_fast_path_gives_the_full_librarys_result_for_the_10000_row_file(tmp_path, monkeypatch):
    path = tmp_path / "expo.csv"
    write_file(path, 10_000)
    table = read_file(path)
    column = guess_mapping(table.headers).index(Target.PHONE)
    numbers = [cells[column] for _n, cells in table.rows]
    assert assert_identical(monkeypatch, numbers, ("MX",)) == 10_000


def test_the_fast_path_gives_the_full_librarys_result_for_generated_and_odd_numbers(monkeypatch):
    numbers = generated(6000) + list(FOREIGN) + list(ODD)
    assert assert_identical(monkeypatch, numbers) > 1000


@pytest.mark.parametrize(
    ("text", "e164", "landline"),
    [
        ("55 1234 5678", "+525512345678", False),
        ("+52 1 55 1234 5678", "+525512345678", False),
        ("044 55 1234 5678", "+525512345678", False),
        ("01 55 1234 5678", "+525512345678", False),
        ("800 123 4567", "+528001234567", False),
    ],
)
def test_the_fast_path_answers_the_common_mexican_forms(text, e164, landline):
    result = normalize_phone(text, "MX")
    assert (result.e164, result.is_landline) == (e164, landline)
    assert result == normalize_phone_slow(text, "MX")


def test_the_whole_check_of_a_file_is_the_same_with_and_without_the_fast_path(
    tmp_path, monkeypatch
):
    path = tmp_path / "expo.csv"
    write_file(path, 2000)
    table = read_file(path)
    mapping, settings = guess_mapping(table.headers), Settings(decimal_comma=True)
    phone._normalized.cache_clear()
    fast = check_table(table, mapping, settings)
    monkeypatch.setattr(phone, "_normalized", lambda c, r: phone._normalize(c, r, fast=False))
    assert check_table(table, mapping, settings) == fast


def test_the_cleanings_ascii_shortcut_gives_what_the_full_cleaning_gives():
    """domain/cleaning.py returns printable ASCII as it is: every ASCII character, alone and
    among others, and every cell of the 10,000-row file's kind, cleaned both ways."""
    rng = random.Random(18)
    singles = [chr(c) for c in range(128)]
    mixed = ["".join(rng.choice(singles) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    cells = ["Panadería 12", "p1@example.com", "06700", "1,50", "Ciudad de México", " a  b "]
    for text in singles + mixed + cells:
        assert cleaning.clean_line(text) == cleaning._clean_line(text), repr(text)
        assert cleaning.clean_multiline(text) == cleaning._clean_multiline(text), repr(text)
