"""The message icons the first frame loads from the resources are what the painters draw now."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from whaapy_contacts.ui.common.status_icons import (
    MESSAGE_KINDS,
    MESSAGE_PAINTERS,
    SIZES,
    draw,
    message_icon,
    message_icon_path,
)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@pytest.mark.parametrize("kind", MESSAGE_KINDS)
def test_the_committed_pngs_are_the_painters_drawings(qapp, kind):
    for size in SIZES:
        committed = QImage(str(RESOURCES / message_icon_path(kind, size)))
        drawn = draw(MESSAGE_PAINTERS[kind], size).toImage()
        assert not committed.isNull(), f"missing: run tools/render_icons.py ({kind}, {size})"
        assert committed.convertToFormat(drawn.format()) == drawn, (
            f"{kind} at {size} px changed: run tools/render_icons.py and build_resources.py"
        )


@pytest.mark.parametrize("kind", MESSAGE_KINDS)
def test_the_bundled_icon_has_every_size(qapp, kind):
    icon = message_icon(kind)
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(SIZES)
    image = icon.pixmap(16, 16).toImage()
    assert image.pixelColor(8, 8).alpha() == 255  # a drawn shape, not an empty square
    assert image.pixelColor(0, 0).alpha() < 255  # on a transparent background
