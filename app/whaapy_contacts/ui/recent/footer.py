"""What the recent list says about itself: when it was updated, how many rows, why it is empty."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QWidget

from whaapy_contacts.ui.common.early_qt import ALIGN_CENTER, set_early
from whaapy_contacts.ui.common.texts import date_text, time_text

if TYPE_CHECKING:
    from datetime import datetime


class ListFooter(QWidget):
    """Under the list: its state (updated, updating, no connection) and the row count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_line = QLabel(self)
        self.status_line.setWordWrap(True)
        self.count_label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_line, 1)
        layout.addWidget(self.count_label)

    def show_state(
        self,
        *,
        online: bool | None,
        loading: bool,
        updated_at: datetime | None,
        error: str,
        now: datetime | None = None,
    ) -> None:
        """``online`` is None until the server first answered (or failed to). ``now`` is
        needed with ``updated_at``."""
        when = self._when(updated_at, now) if updated_at and now else ""
        if online is False:
            why = error or self.tr("No connection to Whaapy.")
            text = why + " " + self.tr("Showing what is saved on this computer.")
            if when:
                text += " " + self.tr("Last updated %1.").replace("%1", when)
        elif error:
            text = error
        elif loading:
            text = self.tr("Updating… (last updated %1)").replace("%1", when) if when else ""
            text = text or self.tr("Updating…")
        else:
            text = self.tr("Updated %1").replace("%1", when) if when else ""
        self.status_line.setText(text)

    def show_count(self, shown: int, total: int, *, filtered: bool) -> None:
        # %n: Qt's plural forms (a language may word "1 contact" and "5 contacts" apart).
        if filtered:
            text = self.tr("Showing %1 of %n", "", total).replace("%1", str(shown))
        else:
            text = self.tr("Contacts: %n", "", total)
        self.count_label.setText(text)

    def _when(self, moment: datetime, now: datetime) -> str:
        local = moment.astimezone()
        clock = time_text(local)
        if local.date() == now.astimezone().date():
            return self.tr("today at %1").replace("%1", clock)
        return self.tr("on %1 at %2").replace("%1", date_text(local)).replace("%2", clock)


class EmptyNote(QLabel):
    """Over a table with no rows: why there is nothing to show.

    A child of the table laid over the area under its header, not of its viewport: asking for
    the viewport from Python made PySide6 set up every QWidget subclass it knows (~10 ms of
    start-up, bench/bench_startup.py).
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._header = view.horizontalHeader()
        self.setObjectName("EmptyNote")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Mid))
        self.setPalette(palette)
        self.setMargin(24)
        set_early(self, alignment=ALIGN_CENTER)  # in the first frame: see early_qt.py
        self.setWordWrap(True)
        view.installEventFilter(self)
        self._header.installEventFilter(self)
        self.hide()

    def show_for(self, rows: int, *, filtered: bool, loading: bool) -> None:
        if rows:
            self.hide()
            return
        if filtered:
            text = self.tr("No contact matches the search or the filters.")
        elif loading:
            text = self.tr("Loading contacts…")
        else:
            text = self.tr("No contacts yet. The ones you save will appear here, newest first.")
        self.setText(text)
        self._place()
        self.show()

    def _place(self) -> None:
        area = self._view.contentsRect()
        if not self._header.isHidden():
            area.setTop(area.top() + self._header.height())
        self.setGeometry(area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self._view, self._header) and event.type() == QEvent.Type.Resize:
            self._place()
        return False
