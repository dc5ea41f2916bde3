"""Values from PySide6's ``Qt`` namespace for code that runs in the window's first frame.

PySide6 builds the whole ``Qt`` namespace (~90 Python enums, ~15 ms of cold start measured by
bench/bench_startup.py) the first time anything in it is used. The first frame does without it:
what it needs from ``Qt`` is set through Qt's property system, or compared as item-data roles,
with these values (tests/gui/test_early_qt.py checks each against PySide6's own). Code that runs
later reads ``QtCore.Qt`` when it runs; the probe (``WHAAPY_STARTUP_PROBE=modules``) and
tests/integration/test_startup_imports.py check that the first frame never built it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt.ItemDataRole: item models get roles as plain ints.
DISPLAY_ROLE = 0
DECORATION_ROLE = 1
EDIT_ROLE = 2
TOOLTIP_ROLE = 3
USER_ROLE = 0x0100

# For set_early(): Qt's property system converts ints to the property's enum.
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter
ALIGN_TOP = 0x0020  # Qt.AlignmentFlag.AlignTop
VERTICAL = 0x2  # Qt.Orientation.Vertical
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
TEXT_BESIDE_ICON = 2  # Qt.ToolButtonStyle.ToolButtonTextBesideIcon
RIGHT_ARROW = 4  # Qt.ArrowType.RightArrow
DOWN_ARROW = 2  # Qt.ArrowType.DownArrow
SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse


def set_early(target: QObject, **properties: int) -> None:
    """``target.setProperty(name, value)`` for Qt properties only (a typo would otherwise
    make a dynamic property, silently)."""
    for name, value in properties.items():
        if not target.setProperty(name, value):
            raise ValueError(f"{type(target).__name__} has no Qt property {name!r}")
