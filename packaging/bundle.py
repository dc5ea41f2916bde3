"""What the frozen bundle keeps: the rules whaapy-contacts.spec applies to PyInstaller's lists.

Everything here is plain Python (no PyInstaller import), so tests/unit/test_packaging.py checks it.
A TOC entry is PyInstaller's ``(dest_name, source_path, typecode)``.

* Qt plugins: the platforms this app runs on (X11, offscreen for the smoke test, Windows, macOS),
  input methods (dead keys and compose for accented letters) and widget styles. Not the GTK3 theme
  (it drags in the whole GTK stack, ~20 MB), nor image formats (PNG is built into QtGui), SVG,
  networking, TLS, Wayland, EGLFS or evdev.
* Translations: only Qt's own Spanish ``qtbase_es.qm``; ours are compiled into resources_rc.
* Linux system libraries (``/usr/lib``, ``/lib``) stay out of the bundle: the .deb depends on
  the Debian packages instead (packaging/linux/depends.py), so they get security updates.
* Any bundled library no kept binary needs (ELF DT_NEEDED, transitively) is dropped.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

Entry = tuple[str, str, str]

# Relative to a Qt plugins folder: the plugins that ship. Everything else is left out.
KEEP_PLUGINS = re.compile(
    r"^(platforms/(lib)?q(xcb|offscreen|windows|cocoa)\.(so|dll|dylib)"
    r"|platforminputcontexts/.*"
    r"|xcbglintegrations/.*"
    r"|styles/.*)$"
)
KEEP_TRANSLATIONS = {"qtbase_es.qm"}
# Qt libraries only the dropped plugins and modules use (names without lib prefix or suffix).
UNUSED_QT_LIBS = re.compile(
    r"Qt6(Network|Svg|OpenGL|Pdf|Qml\w*|Quick\w*|VirtualKeyboard|Wayland\w*|WlShell\w*"
    r"|EglFS\w*|EglFs\w*)\b"
)
# Python modules the app never imports but whose hooks would pull in Qt libraries or data.
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "PySide6.QtOpenGL",
    "PySide6.QtDBus",
    "PySide6.QtTest",
    "tkinter",
    "unittest",
    "pydoc",
    "readline",  # from the stdlib, for interactive prompts: one less system library to depend on
    # phonenumbers' geocoder, carrier and time-zone tables: 45 MB of source the app never reads.
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
]
# The keyring backends are found through entry points at run time, so name them for the analysis.
HIDDEN_IMPORTS = [
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
]
SYSTEM_LIB_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
ELF_MAGIC = b"\x7fELF"
DT_NEEDED = 1
PT_DYNAMIC = 2


def qt_relative(dest: str, folder: str) -> str | None:
    """The part of ``dest`` after ``.../Qt/<folder>/`` (or ``PySide6/<folder>/``), else None."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    for index, part in enumerate(parts[:-1]):
        if part == folder and index > 0 and parts[index - 1] in {"Qt", "PySide6"}:
            return "/".join(parts[index + 1 :])
    return None


def keep_data(entry: Entry) -> bool:
    """Translations: only Qt's Spanish base catalogue."""
    name = qt_relative(entry[0], "translations")
    return name is None or name in KEEP_TRANSLATIONS


def keep_binary(entry: Entry, linux: bool) -> bool:
    dest, source, typecode = entry
    plugin = qt_relative(dest, "plugins")
    if plugin is not None:
        return bool(KEEP_PLUGINS.match(plugin))
    if UNUSED_QT_LIBS.search(PurePosixPath(dest.replace("\\", "/")).name):
        return False
    return not (linux and is_system_library(source, typecode))


def is_system_library(source: str, typecode: str) -> bool:
    """A distribution's shared library (not an extension module, not libpython)."""
    name = PurePosixPath(source).name
    return (
        typecode == "BINARY"
        and source.startswith(SYSTEM_LIB_DIRS)
        and not name.startswith("libpython")
    )


def elf_needed(path: Path) -> list[str]:
    """DT_NEEDED sonames of an ELF file; [] for anything that is not ELF."""
    data = path.read_bytes()
    if data[:4] != ELF_MAGIC:
        return []
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    header = struct.unpack_from(order + ("QQQ" if wide else "III"), data, 24)
    program_off = header[1]
    size, count = struct.unpack_from(order + "HH", data, 54 if wide else 42)
    for index in range(count):
        base = program_off + index * size
        kind = struct.unpack_from(order + "I", data, base)[0]
        if kind == PT_DYNAMIC:
            return _dynamic_needed(data, base, wide, order)
    return []


def _dynamic_needed(data: bytes, phdr: int, wide: bool, order: str) -> list[str]:
    if wide:
        offset, _vaddr, _paddr, filesz = struct.unpack_from(order + "QQQQ", data, phdr + 8)
        entry_format = order + "qQ"
    else:
        offset, _vaddr, _paddr, filesz = struct.unpack_from(order + "IIII", data, phdr + 4)
        entry_format = order + "iI"
    step = struct.calcsize(entry_format)
    entries = [struct.unpack_from(entry_format, data, offset + i) for i in range(0, filesz, step)]
    strtab = next((value for tag, value in entries if tag == 5), None)  # DT_STRTAB (an address)
    if strtab is None:
        return []
    strtab_off = _address_to_offset(data, strtab, wide, order)
    names = []
    for tag, value in entries:
        if tag == 0:
            break
        if tag == DT_NEEDED:
            end = data.index(b"\0", strtab_off + value)
            names.append(data[strtab_off + value : end].decode())
    return names


def _address_to_offset(data: bytes, address: int, wide: bool, order: str) -> int:
    """Map a virtual address to a file offset through the PT_LOAD segments."""
    program_off = struct.unpack_from(order + ("Q" if wide else "I"), data, 32 if wide else 28)[0]
    size, count = struct.unpack_from(order + "HH", data, 54 if wide else 42)
    for index in range(count):
        base = program_off + index * size
        if struct.unpack_from(order + "I", data, base)[0] != 1:  # PT_LOAD
            continue
        if wide:
            offset, vaddr, _paddr, filesz = struct.unpack_from(order + "QQQQ", data, base + 8)
        else:
            offset, vaddr, _paddr, filesz = struct.unpack_from(order + "IIII", data, base + 4)
        if vaddr <= address < vaddr + filesz:
            return address - vaddr + offset
    return address


def is_plain_library(entry: Entry) -> bool:
    """A shared library only reached through DT_NEEDED (not a plugin, module or libpython)."""
    dest, _source, typecode = entry
    name = PurePosixPath(dest).name
    return (
        typecode == "BINARY"
        and name.startswith("lib")
        and ".so" in name
        and qt_relative(dest, "plugins") is None
        and not name.startswith("libpython")
    )


def prune_unneeded(binaries: list[Entry]) -> list[Entry]:
    """Drop plain libraries that nothing kept needs; roots are modules, plugins, libpython."""
    by_name = {PurePosixPath(dest).name: entry for entry in binaries for dest in [entry[0]]}
    wanted = {PurePosixPath(e[0]).name for e in binaries if not is_plain_library(e)}
    queue = list(wanted)
    while queue:
        entry = by_name.get(queue.pop())
        if entry is None:
            continue
        for soname in elf_needed(Path(entry[1])):
            if soname in by_name and soname not in wanted:
                wanted.add(soname)
                queue.append(soname)
    return [e for e in binaries if PurePosixPath(e[0]).name in wanted]


def drop_dangling_symlinks(datas: Iterable[Entry], kept: Iterable[Entry]) -> list[Entry]:
    """PyInstaller's SYMLINK entries point at bundled files; keep only those still bundled."""
    present = {str(PurePosixPath(dest)) for dest, _source, _type in kept}
    result = []
    for entry in datas:
        dest, target, typecode = entry
        if typecode == "SYMLINK":
            resolved = PurePosixPath(dest).parent / target
            if str(PurePosixPath(*_normalise(resolved.parts))) not in present:
                continue
        result.append(entry)
    return result


def _normalise(parts: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if part == "..":
            out.pop()
        elif part != ".":
            out.append(part)
    return out or ["."]


# --- icon containers for Windows and macOS, written from the PNGs at build time -------------

ICNS_TYPES = {  # OSType -> source PNG size (the "@2x" types reuse the next size up)
    b"icp4": 16,
    b"icp5": 32,
    b"ic11": 32,
    b"icp6": 64,
    b"ic12": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic13": 256,
}
ICO_SIZES = (16, 32, 48, 64, 128, 256)


def icon_png(icons: Path, size: int) -> bytes:
    return (icons / f"whaapy-contacts-{size}.png").read_bytes()


def write_ico(icons: Path, out: Path) -> Path:
    """A Windows .ico holding PNG images (Vista and later read these)."""
    images = [icon_png(icons, size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, png in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(header + entries + b"".join(images))
    return out


def write_icns(icons: Path, out: Path) -> Path:
    """A macOS .icns holding PNG images."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(png)) + png
        for kind, size in ICNS_TYPES.items()
        for png in [icon_png(icons, size)]
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    return out
