"""The committed Qt resources are complete and fresh (tools/build_resources.py was rerun)."""

from __future__ import annotations

import importlib.util
import shutil
import struct
from pathlib import Path
from types import ModuleType

import pytest

from whaapy_contacts.domain.countries_data import COUNTRIES

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
FLAGS = RESOURCES / "flags"
MODULE = ROOT / "app" / "whaapy_contacts" / "ui" / "common" / "resources_rc.py"
STALE = "stale: run `python tools/build_resources.py` and commit what it writes"


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_resources", ROOT / "tools" / "build_resources.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path.name
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def generated_code(path: Path) -> list[str]:
    # rcc's header names the Qt version; a patch release with identical data is still fresh.
    return [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]


@pytest.mark.parametrize(("suffix", "size"), [("", (20, 15)), ("@2x", (40, 30))])
def test_every_country_has_a_flag(suffix, size):
    paths = [FLAGS / f"{code.lower()}{suffix}.png" for code in sorted(COUNTRIES)]
    assert [p.name for p in paths if not p.is_file()] == []
    assert {p.name: png_size(p) for p in paths if png_size(p) != size} == {}


def test_flags_stay_small():
    total = sum(p.stat().st_size for p in FLAGS.glob("*.png"))
    assert total < 600 * 1024


def test_flag_licence_is_shipped():
    assert "MIT" in (FLAGS / "LICENSE").read_text(encoding="utf-8")


def test_committed_resources_are_fresh(tmp_path):
    copy = tmp_path / "resources"
    shutil.copytree(RESOURCES, copy)
    qrc, module = load_tool().build(copy, tmp_path / "resources_rc.py")
    assert qrc.read_text(encoding="utf-8") == (RESOURCES / "whaapy.qrc").read_text(
        encoding="utf-8"
    ), STALE
    assert generated_code(module) == generated_code(MODULE), STALE


def test_qrc_lists_only_resource_folders(tmp_path):
    for name in (
        "flags/xx.png",
        "icons/app.svg",
        "i18n/es_MX.qm",
        "i18n/es_MX.ts",
        "icons/.gitkeep",
        "notes.txt",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    files = load_tool().resource_files(tmp_path)
    assert files == ["flags/xx.png", "i18n/es_MX.qm", "icons/app.svg"]
