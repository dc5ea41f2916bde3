"""The window active again when a dialog of ours closes and leaves no window with the focus.

A window manager activates the window under a closed dialog; with none (Xvfb, some kiosks) or
when activation is lost, no window is active, so no window shortcut works (Ctrl+Enter, Alt+letter)
and the letters are typed into the field (hallway test, finding 4). It follows focus *window*
changes and the hiding of our dialogs, not every event: nothing runs per keystroke in the window.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

_WATCHED = "whaapy_reactivate"  # a dynamic property: this dialog's Hide is already watched


class Reactivator(QObject):
    """Watches the focus window on behalf of ``window`` (its parent)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        # An owned timer and @Slot methods, and no reference to a dialog: Qt disconnects them
        # when this object goes with the window (a dialog held here was deleted with it, and
        # its "destroyed" called into this dying object).
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._activate_if_closed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_window_changed)

    @Slot(QWindow)
    def _focus_window_changed(self, focused: QWindow | None) -> None:
        if focused is None or not self._is_ours(focused):
            return
        dialog = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is focused),
                      None)  # fmt: skip
        if dialog is None:
            return
        if not dialog.property(_WATCHED):
            dialog.setProperty(_WATCHED, True)
            dialog.installEventFilter(self)  # its Hide only (see eventFilter)
        if not dialog.isVisible():  # told late: it has closed already
            self._later.start()

    def _is_ours(self, focused: QWindow) -> bool:
        if not shiboken6.isValid(self._window):
            return False
        own = self._window.windowHandle()
        parent = focused.transientParent()
        while parent is not None and own is not None:
            if parent is own:
                return True
            parent = parent.transientParent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:
            self._later.start()
        return False

    @Slot()
    def _activate_if_closed(self) -> None:
        """When no window has the focus, or a hidden one (the closed dialog, where no window
        manager moved it on). Not when the person switched to another application, nor when
        another dialog of ours is up."""
        if not shiboken6.isValid(self._window) or not self._window.isVisible():
            return
        focused = QGuiApplication.focusWindow()
        if focused is None or not focused.isVisible():
            self._window.activateWindow()
