"""The packaging rules (packaging/bundle.py), the icon containers and the Linux menu entry."""

from __future__ import annotations

import configparser
import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
PYSIDE = Path(PySide6.__file__).parent
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="ELF files")


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = load("bundle", PACKAGING / "bundle.py")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/lib/libQt6Svg.so.6", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt6Network.dll", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ],
)
def test_which_qt_binaries_ship(dest, kept):
    assert bundle.keep_binary((dest, "/venv/site-packages/" + dest, "BINARY"), True) is kept


def test_linux_system_libraries_come_from_debian_packages_not_the_bundle():
    def kept(source: str, typecode: str = "BINARY", linux: bool = True) -> bool:
        return bundle.keep_binary((Path(source).name, source, typecode), linux)

    assert not kept("/lib/x86_64-linux-gnu/libX11.so.6")
    assert not kept("/usr/lib/x86_64-linux-gnu/libssl.so.3")
    assert kept("/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0")  # the bundle's own Python
    assert kept("/usr/lib/python3.11/lib-dynload/_ssl.so", "EXTENSION")
    assert kept("/opt/python/lib/libpython3.11.so.1.0")
    assert kept("/lib/x86_64-linux-gnu/libX11.so.6", linux=False)


def test_only_qts_spanish_catalogue_ships():
    def kept(dest: str) -> bool:
        return bundle.keep_data((dest, "/x/" + dest, "DATA"))

    assert kept("PySide6/Qt/translations/qtbase_es.qm")
    assert not kept("PySide6/Qt/translations/qtbase_de.qm")
    assert not kept("PySide6/translations/qt_help_es.qm")
    assert kept("certifi/cacert.pem")


@linux_only
def test_elf_needed_reads_the_dynamic_section():
    needed = bundle.elf_needed(next(PYSIDE.glob("QtCore.*.so")))
    assert "libQt6Core.so.6" in needed
    assert any(name.startswith("libshiboken6") for name in needed)
    assert bundle.elf_needed(ROOT / "README.md") == []


@linux_only
def test_libraries_nothing_needs_are_pruned():
    def entry(relative: str, typecode: str = "BINARY") -> tuple[str, str, str]:
        return ("PySide6/" + relative, str(PYSIDE / relative), typecode)

    core = entry("Qt/lib/libQt6Core.so.6")
    module = entry(next(PYSIDE.glob("QtCore.*.so")).name, "EXTENSION")
    icu = entry("Qt/lib/libicuuc.so.73")
    svg = entry("Qt/lib/libQt6Svg.so.6")
    kept = bundle.prune_unneeded([module, core, icu, svg])
    assert [e[0] for e in kept] == [module[0], core[0], icu[0]]


def test_symlinks_to_dropped_files_are_dropped():
    kept = [("PySide6/Qt/lib/libQt6Gui.so.6", "/src", "BINARY")]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/x.so", "../../../libQt6Gui.so.6", "SYMLINK"),
        ("certifi/cacert.pem", "/src/cacert.pem", "DATA"),
    ]
    assert [d[0] for d in bundle.drop_dangling_symlinks(datas, kept)] == [
        "libQt6Gui.so.6",
        "certifi/cacert.pem",
    ]


def test_the_windows_icon_holds_every_size(tmp_path, qapp):
    from PySide6.QtGui import QImageReader

    ico = bundle.write_ico(ROOT / "resources" / "icons", tmp_path / "app.ico")
    reserved, kind, count = struct.unpack("<HHH", ico.read_bytes()[:6])
    assert (reserved, kind, count) == (0, 1, len(bundle.ICO_SIZES))
    reader = QImageReader(str(ico))
    sizes = []
    for _ in range(reader.imageCount()):
        sizes.append(reader.read().width())
        reader.jumpToNextImage()
    assert sorted(sizes) == sorted(bundle.ICO_SIZES)


def test_the_macos_icon_is_a_well_formed_icns(tmp_path):
    data = bundle.write_icns(ROOT / "resources" / "icons", tmp_path / "app.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    offset, kinds = 8, []
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack(">I", data[offset + 4 : offset + 8])
        assert data[offset + 8 : offset + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        offset += length[0]
    assert offset == len(data)
    assert kinds == list(bundle.ICNS_TYPES)


def test_the_menu_entry_is_spanish_and_matches_the_package():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keep keys as written: Name[en], StartupWMClass
    entry.read(PACKAGING / "linux" / "whaapy-contacts.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Name"] == "Whaapy Contactos"
    assert desktop["Comment"].startswith("Captura contactos")
    assert desktop["Exec"] == "whaapy-contacts"  # the launcher build-deb.sh puts on PATH
    assert desktop["Icon"] == "whaapy-contacts"  # the hicolor icons build-deb.sh installs
    assert desktop["StartupWMClass"] == "whaapy-contacts"  # Qt's WM_CLASS (application name)
    assert desktop["Terminal"] == "false"
