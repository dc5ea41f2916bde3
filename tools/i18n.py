"""Translations: update the .ts from the code, compile .qm, rebuild resources; or check freshness.

    python tools/i18n.py            # lupdate → lrelease → tools/build_resources.py
    python tools/i18n.py --check    # fail if a .ts is stale or unfinished

Two catalogues. ``whaapy_es_MX`` holds every message (the UI is written in English, the layers
below it in Spanish, whose entries it keeps as they are). ``whaapy_en`` holds only the Spanish
messages of the layers below the UI (``QT_TRANSLATE_NOOP`` in ``domain/texts.py``), in English.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
# Catalogue -> (its language, whether it covers the UI's own English strings too).
CATALOGUES = {"whaapy_es_MX": ("es_MX", True), "whaapy_en": ("en", False)}
BIN = Path(sys.executable).parent
SKIP = {"resources_rc.py"}


def sources(with_ui: bool = True) -> list[str]:
    """Python files for lupdate: all of them, or those below the UI that mark Spanish messages."""
    package = ROOT / "app" / "whaapy_contacts"
    files = [p for p in package.rglob("*.py") if p.name not in SKIP]
    if not with_ui:
        files = [p for p in files if "ui" not in p.relative_to(package).parts and _marks(p)]
    return sorted(str(p.relative_to(ROOT)) for p in files)


def _marks(path: Path) -> bool:
    # Also when the formatter put the arguments on the next line.
    return re.search(r'QT_TRANSLATE_NOOP\(\s*"', path.read_text(encoding="utf-8")) is not None


def lupdate(ts: Path, name: str) -> None:
    language, with_ui = CATALOGUES[name]
    cmd = [str(BIN / "pyside6-lupdate"), *sources(with_ui), "-no-obsolete", "-locations", "none"]
    cmd += ["-source-language", "en" if with_ui else "es_MX", "-target-language", language]
    subprocess.run([*cmd, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    cmd = [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) → (translation, type) where type is "" or "unfinished"/"vanished"."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            key = (name, message.findtext("source") or "")
            # A plural (%n) entry is finished only when every one of its forms is.
            forms = [f.text or "" for f in translation.findall("numerusform")]
            text = (forms[-1] if all(forms) else "") if forms else translation.text or ""
            out[key] = (text, translation.get("type", ""))
    return out


def check() -> int:
    problems = []
    for name in CATALOGUES:
        committed = I18N / f"{name}.ts"
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / committed.name
            shutil.copy(committed, fresh)
            lupdate(fresh, name)
            before, after = messages(committed), messages(fresh)
        if set(before) != set(after):
            added = sorted(set(after) - set(before))
            gone = sorted(set(before) - set(after))
            problems.append(f"{committed.name} is stale: new {added[:5]}, gone {gone[:5]}")
        unfinished = [k for k, (text, kind) in before.items() if kind or not text]
        if unfinished:
            problems.append(
                f"{committed.name}: {len(unfinished)} unfinished, e.g. {unfinished[:5]}"
            )
    for problem in problems:
        print("i18n:", problem, file=sys.stderr)
    if problems:
        print("i18n: run `make translations`, then translate what is unfinished", file=sys.stderr)
    return 1 if problems else 0


def update() -> int:
    for name in CATALOGUES:
        ts = I18N / f"{name}.ts"
        lupdate(ts, name)
        left = [k for k, (text, kind) in messages(ts).items() if kind or not text]
        print(f"{ts.name}: {len(left)} unfinished")
        lrelease(ts, I18N / f"{name}.qm")
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_resources.py")], check=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    return check() if parser.parse_args().check else update()


if __name__ == "__main__":
    sys.exit(main())
