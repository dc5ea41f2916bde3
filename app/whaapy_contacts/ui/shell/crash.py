"""The one handler for unexpected errors: log it, then a calm dialog with a copyable report."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from whaapy_contacts import __version__
from whaapy_contacts.bootstrap.logsetup import KNOWN_SECRETS, redact

log = logging.getLogger("whaapy_contacts.crash")


def build_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """A report safe to paste anywhere: versions, then the traceback, with secrets removed."""
    import platform  # noqa: PLC0415 - only a report needs it, not start-up

    lines = [
        f"Whaapy Contacts {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return redact("\n".join(lines), tuple(KNOWN_SECRETS))


class CrashHandler(QObject):
    """Install with ``sys.excepthook = handler.handle``. Shows at most one dialog at a time.

    ``stored_safely`` says whether the contacts are known to be kept on this computer right now
    (the local file works): only then does the dialog say they are safe."""

    reported = Signal(str)  # the report, after the dialog (tests listen here)

    def __init__(
        self,
        parent_window: QWidget | None = None,
        *,
        interactive: bool = True,
        stored_safely: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__()
        self._window = parent_window
        self._interactive = interactive
        self._stored_safely = stored_safely
        self._showing = False

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report = build_report(exc_type, exc, tb)
        log.error("unexpected error\n%s", report)
        if self._interactive and not self._showing and QApplication.instance() is not None:
            self._showing = True
            try:
                self._show(report)
            finally:
                self._showing = False
        self.reported.emit(report)

    def _show(self, report: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - not needed at start-up

        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashHandler", "Something went wrong"))
        box.setText(self.message())
        box.setDetailedText(report)
        copy = box.addButton(
            QCoreApplication.translate("CrashHandler", "Copy report"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        box.exec()

    def message(self) -> str:
        """Says the saved contacts are safe only when that is known to be true."""
        try:
            safe = self._stored_safely()
        except Exception:  # asking must never be a second crash
            safe = False
        if safe:
            return QCoreApplication.translate(
                "CrashHandler",
                "Something unexpected happened. Your saved contacts are safe. "
                "If it happens again, send this report to support.",
            )
        return QCoreApplication.translate(
            "CrashHandler",
            "Something unexpected happened. Before closing, check that what you typed is "
            "still in the form: it may not have been saved. If it happens again, send this "
            "report to support.",
        )
