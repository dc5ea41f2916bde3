"""Render resources/icons/whaapy-contacts.svg to PNGs at the sizes desktops ask for, and the
message icons (error, note, warning) that the window's first frame shows.

Usage: ``python tools/render_icons.py`` then ``python tools/build_resources.py``. The app icon's
PNGs go into the Qt resources (the window icon) and into the installers (hicolor icons, .ico,
.icns), so the running app never needs QtSvg. The message icons are drawn by the app's own
painters (ui/common/status_icons.py); drawing them at start-up would cost ~15 ms (see that module).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from whaapy_contacts.ui.common.status_icons import MESSAGE_PAINTERS, draw, message_icon_path
from whaapy_contacts.ui.common.status_icons import SIZES as MESSAGE_SIZES

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "whaapy-contacts.svg"
SIZES = (16, 32, 48, 64, 128, 256)
SUPERSAMPLE = 4  # render larger, then scale down smoothly: crisper edges at 16 and 32 px


def png_path(size: int, icons: Path = ICONS) -> Path:
    return icons / f"whaapy-contacts-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    big = QImage(size * SUPERSAMPLE, size * SUPERSAMPLE, QImage.Format.Format_ARGB32_Premultiplied)
    big.fill(Qt.GlobalColor.transparent)
    painter = QPainter(big)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, big.width(), big.height()))
    painter.end()
    small = big.scaled(
        size,
        size,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return small.convertToFormat(QImage.Format.Format_ARGB32)


def render_messages(resources: Path = ROOT / "resources") -> list[Path]:
    written = []
    for kind, painter in MESSAGE_PAINTERS.items():
        for size in MESSAGE_SIZES:
            path = resources / message_icon_path(kind, size)
            if not draw(painter, size).save(str(path), "PNG"):
                raise OSError(f"cannot write {path}")
            written.append(path)
    return written


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in render_messages():
        print(f"{path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        path = png_path(size)
        if not render(renderer, size).save(str(path), "PNG"):
            print(f"cannot write {path}", file=sys.stderr)
            return 1
        print(f"{path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
