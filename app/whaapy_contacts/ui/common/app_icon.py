"""The app's icon, every size from the bundled resources: window, taskbar and dialogs use it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from whaapy_contacts.ui.common import resources_rc  # noqa: F401 - registers :/icons

# The PNGs tools/render_icons.py writes; the installers ship the same files.
SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addFile(f":/icons/whaapy-contacts-{size}.png", QSize(size, size))
    return icon
