"""Accessible names where Qt needs help: combo boxes without a visible label."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel


def name_combo(combo: QComboBox, name: str) -> QLabel:
    """Give ``combo`` an accessible ``name`` on every platform.

    On Linux Qt reports a combo box's *current value* as its accessible name and ignores
    ``setAccessibleName`` (qtbase ``complexwidgets.cpp``, ``QAccessibleComboBox::text``: "on
    Linux we use relations for this"): screen readers find the name through the label whose buddy
    the combo is. So a hidden buddy label carries the name there, and ``setAccessibleName`` does
    elsewhere. Call it once the combo has its parent; the label is that parent's child.
    """
    combo.setAccessibleName(name)
    label = QLabel(name, combo.parentWidget())
    label.setObjectName("A11yName")
    label.setBuddy(combo)
    label.hide()
    return label
