"""Print the Debian ``Depends:`` of a frozen bundle, computed from its ELF files.

Usage: ``python packaging/linux/depends.py dist/whaapy-contacts``

Every ELF file's DT_NEEDED sonames, less those the bundle carries itself, are found on this
(build) system with ``ldconfig -p``, owned by a package through ``dpkg-query -S``, and versioned
by that package's ``shlibs`` entry (``libc 6 libc6 (>= 2.36)``): the same minimal versions
dpkg-shlibdeps would use without symbols files. A soname that can't be resolved is an error.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bundle import elf_needed  # packaging/bundle.py

# ELF e_machine -> the tag ldconfig -p prints for that architecture's libraries.
LDCONFIG_TAGS = {62: "x86-64", 183: "AArch64"}
SONAME = re.compile(r"^(?P<name>.+?)(?:\.so\.(?P<version>.+)|-(?P<dashver>[0-9.]+)\.so)$")


def elf_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p))


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def machine(path: Path) -> int:
    data = path.read_bytes()[:20]
    order = "little" if data[5] == 1 else "big"
    return int.from_bytes(data[18:20], order)


def external_sonames(root: Path) -> set[str]:
    files = elf_files(root)
    carried = {p.name for p in root.rglob("*")}
    return {name for f in files for name in elf_needed(f)} - carried


def ldconfig_paths(tag: str | None) -> dict[str, str]:
    """soname -> path for this architecture, from the dynamic linker's cache."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = {}
    for line in out.splitlines()[1:]:
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match and (tag is None or tag in match.group(2)):
            found.setdefault(match.group(1), match.group(3))
    return found


def owner(path: str) -> str:
    """The package (``name:arch``) that ships ``path``; merged-/usr aware."""
    alternatives = [path, path.removeprefix("/usr") if path.startswith("/usr/") else "/usr" + path]
    for candidate in alternatives:
        result = subprocess.run(
            ["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False
        )
        if result.returncode == 0:  # "libx11-6:amd64: /usr/lib/x86_64-linux-gnu/libX11.so.6"
            return result.stdout.split(": ", 1)[0].split(", ")[0]
    raise LookupError(f"no package ships {path}")


def shlibs_dependency(package: str, soname: str) -> str:
    """The dependency the package's shlibs file gives for ``soname``, else its bare name."""
    match = SONAME.match(soname)
    name = package.split(":", maxsplit=1)[0]
    if not match:
        return name
    libname, version = match.group("name"), match.group("version") or match.group("dashver")
    result = subprocess.run(
        ["dpkg-query", "--control-show", package, "shlibs"],
        capture_output=True,
        text=True,
        check=False,
    )
    for line in result.stdout.splitlines():
        fields = line.split(None, 3) if not line.startswith("udeb:") else []
        if len(fields) >= 3 and fields[0] == libname and fields[1] == version:
            return " ".join(fields[2:])
    return name


def depends(root: Path) -> list[str]:
    files = elf_files(root)
    tag = LDCONFIG_TAGS.get(machine(files[0])) if files else None
    paths = ldconfig_paths(tag)
    missing = sorted(s for s in external_sonames(root) if s not in paths)
    if missing:
        raise LookupError("not found on this system: " + ", ".join(missing))
    result: dict[str, str] = {}
    for soname in sorted(external_sonames(root)):
        package = owner(paths[soname])
        result.setdefault(package.split(":", maxsplit=1)[0], shlibs_dependency(package, soname))
    return sorted(set(result.values()))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        print(", ".join(depends(Path(argv[1]))))
    except LookupError as exc:
        print(f"depends.py: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
