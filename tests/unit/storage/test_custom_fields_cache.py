"""The custom field definitions kept on this computer (storage/field_cache.py): per account,
replaced whole, and never an error: what can't be read is as if nothing were stored."""

from __future__ import annotations

import pytest

from whaapy_contacts.domain.custom_fields import FieldDefinition
from whaapy_contacts.services.custom_fields import from_json, to_json
from whaapy_contacts.storage import field_cache

DEFINITIONS = (
    FieldDefinition("rfc", "RFC"),
    FieldDefinition("nivel", "Nivel", "select", ((1, "Bajo"), ("a", "Alto"))),
    FieldDefinition("vip", "Cliente VIP", "boolean"),
)


def test_written_and_read_back_the_same(tmp_path):
    assert field_cache.write(tmp_path, "training", to_json(DEFINITIONS))
    assert from_json(field_cache.read(tmp_path, "training")) == DEFINITIONS


def test_another_accounts_file_is_not_this_ones(tmp_path):
    field_cache.write(tmp_path, "live-abc", to_json(DEFINITIONS))
    assert field_cache.read(tmp_path, "training") is None


@pytest.mark.parametrize(
    "text", ["", "{", "[1, 2]", '{"account": "training"}', '{"account": "training", "fields": 5}']
)
def test_a_damaged_file_is_as_none(tmp_path, text):
    (tmp_path / field_cache.FILE_NAME).write_text(text, encoding="utf-8")
    assert from_json(field_cache.read(tmp_path, "training")) == ()


def test_no_file_and_a_huge_file_are_none(tmp_path):
    assert field_cache.read(tmp_path, "training") is None
    (tmp_path / field_cache.FILE_NAME).write_bytes(b" " * (field_cache.MAX_BYTES + 1))
    assert field_cache.read(tmp_path, "training") is None


def test_a_folder_that_is_not_there_is_reported_not_raised(tmp_path):
    assert field_cache.write(tmp_path / "missing", "training", to_json(DEFINITIONS)) is False
    assert field_cache.read(tmp_path / "missing", "training") is None
