"""The first frame's stand-ins for PySide6's ``Qt`` namespace mean what Qt means."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QToolButton

from whaapy_contacts.ui.common import early_qt


def test_the_roles_are_qts():
    assert Qt.ItemDataRole.DisplayRole.value == early_qt.DISPLAY_ROLE
    assert Qt.ItemDataRole.DecorationRole.value == early_qt.DECORATION_ROLE
    assert Qt.ItemDataRole.EditRole.value == early_qt.EDIT_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == early_qt.TOOLTIP_ROLE
    assert Qt.ItemDataRole.UserRole.value == early_qt.USER_ROLE


def test_each_value_sets_the_property_it_names(qtbot):
    label, splitter, button, scroll = QLabel(), QSplitter(), QToolButton(), QScrollArea()
    for widget in (label, splitter, button, scroll):
        qtbot.addWidget(widget)
    early_qt.set_early(label, alignment=early_qt.ALIGN_CENTER,
                       textInteractionFlags=early_qt.SELECTABLE_BY_MOUSE)  # fmt: skip
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    early_qt.set_early(label, alignment=early_qt.ALIGN_TOP)
    assert label.alignment() == Qt.AlignmentFlag.AlignTop
    early_qt.set_early(splitter, orientation=early_qt.VERTICAL)
    assert splitter.orientation() == Qt.Orientation.Vertical
    early_qt.set_early(button, toolButtonStyle=early_qt.TEXT_BESIDE_ICON,
                       arrowType=early_qt.RIGHT_ARROW)  # fmt: skip
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert button.arrowType() == Qt.ArrowType.RightArrow
    early_qt.set_early(button, arrowType=early_qt.DOWN_ARROW)
    assert button.arrowType() == Qt.ArrowType.DownArrow
    early_qt.set_early(scroll, focusPolicy=early_qt.NO_FOCUS)
    assert scroll.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_misspelt_property_is_an_error_not_a_dynamic_property(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="alignmnet"):
        early_qt.set_early(label, alignmnet=early_qt.ALIGN_CENTER)
