"""Country flag icons from the bundled Qt resources (``:/flags/xx.png`` and ``xx@2x.png``)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QFile, QSize
from PySide6.QtGui import QIcon

# Imported for its side effect: registering the compiled resources with Qt.
from whaapy_contacts.ui.common import resources_rc  # noqa: F401

FLAG_SIZE = QSize(20, 15)  # logical pixels; tools/gen_flags.py renders 1x and 2x of this


@cache
def flag_icon(code: str) -> QIcon:
    """The flag for an ISO 3166-1 alpha-2 code; a null icon for an unknown code.

    Both sizes are added explicitly: ``QIcon(path)`` looks for the ``@2x`` file only when the
    application's own device pixel ratio is above 1 at that moment, so a 1x laptop with a
    high-DPI monitor would get blurry flags on the monitor. Cached, so the country picker
    builds its icons once per process.
    """
    path = f":/flags/{code.lower()}.png"
    icon = QIcon()
    if QFile.exists(path):
        # Selected mode too, or styles tint the highlighted row's flag with the selection colour.
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected):
            icon.addFile(path, FLAG_SIZE, mode)
            icon.addFile(path.replace(".png", "@2x.png"), FLAG_SIZE * 2, mode)
    return icon
