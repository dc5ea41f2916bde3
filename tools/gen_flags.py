"""Render resources/flags/xx.png and xx@2x.png from the flag-icons SVGs (a dev-time tool).

Usage (the npm registry is reachable; flag-icons is MIT, see resources/flags/LICENSE)::

    cd /tmp && npm pack flag-icons@7.5.0 && tar xzf flag-icons-7.5.0.tgz   # the committed set
    python tools/gen_flags.py /tmp/package          # then: python tools/build_resources.py

Windows has no flag emoji, so the app ships these small PNGs in its Qt resources.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from whaapy_contacts.domain.countries_data import COUNTRIES

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "flags"
BASE_SIZE = (20, 15)  # 4:3, the shape of the flag-icons "4x3" set
SCALES = {"": 1, "@2x": 2}
# A faint outline keeps white-edged flags (Japan, Finland...) visible on a white popup.
OUTLINE = QColor(0, 0, 0, 50)
PLACEHOLDER = QColor(200, 200, 200)
SIZE_BUDGET = 600 * 1024
SUPERSAMPLE = 4  # render 4x larger, then scale down: no seams between stripes
OPAQUE_ALPHA = 200  # below this a pixel is see-through (only Nepal has such pixels)


def render(svg: Path | None, scale: int) -> QImage:
    """One flag at ``scale`` times the base size; a grey rectangle when ``svg`` is None."""
    width, height = BASE_SIZE[0] * scale, BASE_SIZE[1] * scale
    flag = render_svg(svg, width, height) if svg else None
    if flag is not None and not is_opaque(flag):
        # Nepal's flag is not rectangular: keep its transparency, and no outline.
        return flag.convertToFormat(QImage.Format.Format_ARGB32)
    image = QImage(width, height, QImage.Format.Format_RGB888)
    image.fill(PLACEHOLDER if flag is None else Qt.GlobalColor.white)
    painter = QPainter(image)
    if flag is not None:
        painter.drawImage(0, 0, flag)
    painter.setPen(QPen(OUTLINE, 1))
    painter.drawRect(QRectF(0.5, 0.5, width - 1, height - 1))
    painter.end()
    # Opaque PNGs without an alpha channel are noticeably smaller.
    return image


def render_svg(svg: Path, width: int, height: int) -> QImage:
    """Render supersampled, then scale down: stripes meeting at fractional pixels get no seams."""
    big = QImage(
        width * SUPERSAMPLE, height * SUPERSAMPLE, QImage.Format.Format_ARGB32_Premultiplied
    )
    big.fill(Qt.GlobalColor.transparent)
    painter = QPainter(big)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter, QRectF(0, 0, big.width(), big.height()))
    painter.end()
    return big.scaled(
        width,
        height,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def is_opaque(image: QImage) -> bool:
    """No clearly see-through pixel (faint edge antialiasing does not count)."""
    return all(
        image.pixelColor(x, y).alpha() >= OPAQUE_ALPHA
        for y in range(image.height())
        for x in range(image.width())
    )


def write_flag(code: str, svg_dir: Path) -> bool:
    """Write both sizes of one flag; False when the SVG is missing (placeholder written)."""
    svg = svg_dir / f"{code.lower()}.svg"
    found = svg.is_file()
    for suffix, scale in SCALES.items():
        target = OUT_DIR / f"{code.lower()}{suffix}.png"
        # quality 0 = strongest zlib compression for PNG; it is lossless. The stubs want bytes
        # for the format, but PySide6 6.11 rejects bytes at run time and takes a str.
        image = render(svg if found else None, scale)
        if not image.save(str(target), "PNG", 0):  # type: ignore[call-overload]
            raise OSError(f"could not write {target}")
    return found


def svg_dir_from(arg: Path) -> Path:
    """Accept the unpacked npm package root or its flags/4x3 folder."""
    candidate = arg / "flags" / "4x3"
    return candidate if candidate.is_dir() else arg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="unpacked flag-icons package (or its flags/4x3)")
    args = parser.parse_args(argv)
    svg_dir = svg_dir_from(args.source)
    if not svg_dir.is_dir():
        parser.error(f"no SVG folder at {svg_dir}")
    _app = QGuiApplication(sys.argv[:1])
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    missing = [code for code in sorted(COUNTRIES) if not write_flag(code, svg_dir)]
    total = sum(p.stat().st_size for p in OUT_DIR.glob("*.png"))
    print(f"{len(COUNTRIES)} flags, {total / 1024:.0f} KB in {OUT_DIR.relative_to(ROOT)}")
    if missing:
        print("grey placeholder for:", " ".join(missing))
    if total > SIZE_BUDGET:
        print(f"over the {SIZE_BUDGET // 1024} KB budget", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
