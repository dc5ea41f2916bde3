"""Where the unsent contacts stand: a status line with "Reintentar ahora", and the paused banner."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from whaapy_contacts.services.problem_kinds import Kind
from whaapy_contacts.ui.common.decor import Banner
from whaapy_contacts.ui.common.status_icons import message_icon
from whaapy_contacts.ui.common.texts import render

if TYPE_CHECKING:
    from whaapy_contacts.services.outbox import OutboxService, QueueStatus
    from whaapy_contacts.services.problems import Problem


class OutboxStatus(QWidget):
    """ "Sin conexión · 2 contactos pendientes · se reintentará en 30 s  [Reintentar ahora]".

    Hidden until ``attach`` gives it the outbox to describe."""

    _outbox: OutboxService  # set by attach()
    _practice = False  # the practice server is not Whaapy: it must not be blamed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Sending status"))
        self.retry_button = QPushButton(self.tr("Retry no&w"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.retry_button)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self.refresh)
        self.hide()

    def attach(self, outbox: OutboxService) -> None:
        """The outbox to describe (its signals reach ``show_status`` and ``refresh``:
        bootstrap/compose.py)."""
        self._outbox = outbox
        self.refresh()

    def refresh(self) -> None:
        self.show_status(self._outbox.status())

    def text(self) -> str:
        return self.label.text()

    def set_practice(self, practice: bool) -> None:
        self._practice = practice
        if hasattr(self, "_outbox"):
            self.refresh()

    def stop(self) -> None:
        """The window is closing: no more countdown (it reads the outbox every second)."""
        self._tick.stop()

    def show_status(self, status: QueueStatus) -> None:
        text = self.describe(status)
        self.label.setText(text)
        waiting = status.pending > 0 or status.attention > 0
        self.setVisible(bool(text))
        # Waiting for the budget is no failure: "Reintentar ahora" would change nothing.
        self.retry_button.setVisible(status.pending > 0 and not self._paced(status))
        if waiting and not self._tick.isActive():
            self._tick.start()
        elif not waiting:
            self._tick.stop()

    def describe(self, status: QueueStatus) -> str:
        parts: list[str] = []
        if status.pending and self._paced(status):
            parts.append(self._pace(status))
        elif status.pending:
            parts.append(self._problem(status))
            parts.append(self.tr("%n contact(s) pending", "", status.pending))
            parts.append(self._when(status))
        if status.attention:
            parts.append(self.tr("%n need(s) attention", "", status.attention))
        return " · ".join(p for p in parts if p)

    @staticmethod
    def _paced(status: QueueStatus) -> bool:
        """Waiting for Whaapy's request budget (or a 429's pause), not for a fault: said as
        pacing, never as an error."""
        budget = status.budget
        if budget is None or status.paused_by is not None or not status.sender:
            return False
        problem = status.problem
        if problem is not None and problem.kind is not Kind.RATE_LIMITED:
            return False
        return budget.waiting > 0 or budget.paused_for > 0

    def _pace(self, status: QueueStatus) -> str:
        """ "37 pendientes · Whaapy permite 100 por minuto · listo en ~1 min"."""
        budget = status.budget
        assert budget is not None
        requests = max(status.requests, status.pending)  # a Mexican number costs two
        seconds = budget.paused_for + requests * 60.0 / budget.limit
        minutes = max(1, math.ceil(seconds / 60))
        count = self.tr("%Ln pending", "", status.pending)  # %Ln: 1,500 as the locale writes it
        if self._practice:
            allows = self.tr("practice allows %1 a minute").replace("%1", f"{budget.limit:,}")
        else:
            allows = self.tr("Whaapy allows %1 a minute").replace("%1", f"{budget.limit:,}")
        ready = self.tr("done in about %1 min").replace("%1", f"{minutes:,}")
        return " · ".join((count, allows, ready))

    def _problem(self, status: QueueStatus) -> str:
        if status.paused_by is not None:
            return self.tr("Sending paused")
        if self._storage_failing():  # not the network, not another window
            return self.tr("Waiting until this computer can save")
        if not status.sender:
            return self.tr("Another window is sending")
        headline = self._headline(status.problem)
        if headline:
            return headline
        return self.tr("Sending…") if status.sending else ""

    def _headline(self, problem: Problem | None) -> str:
        """The status line's few words for the last error; the practice server is not Whaapy."""
        if problem is None:
            return ""
        # kind: (what is said live, what is said in practice)
        headlines = {
            Kind.SLOW: (self.tr("Whaapy is slow to answer"),  # it answers, slowly
                        self.tr("The practice server is slow to answer")),
            Kind.OFFLINE: (self.tr("No connection"),
                           self.tr("The practice server is not answering")),
            Kind.RATE_LIMITED: (self.tr("Whaapy asked us to wait"),
                                self.tr("The practice server asked us to wait")),
            Kind.SERVER: (self.tr("Whaapy is having trouble"),
                          self.tr("The practice server is having trouble")),
        }  # fmt: skip
        live, practice = headlines.get(problem.kind, ("", ""))
        return practice if self._practice else live

    def _storage_failing(self) -> bool:
        outbox = getattr(self, "_outbox", None)  # describe() may run before attach()
        return outbox is not None and outbox.storage.problem is not None

    def _when(self, status: QueueStatus) -> str:
        if status.paused_by is not None or status.sending or status.next_retry_in is None:
            return ""
        if self._storage_failing():  # sent once it can be recorded, not then
            return ""
        seconds = round(status.next_retry_in)
        if seconds <= 0:
            return ""
        if seconds >= 90:  # "3597 s" means nothing to a person: minutes, rounded up
            minutes = math.ceil(seconds / 60)
            return self.tr("retrying in %1 min").replace("%1", f"{minutes:,}")
        return self.tr("retrying in %1 s").replace("%1", str(seconds))


class PausedBanner(Banner):
    """The key was refused: nothing is sent until the user fixes it. Nothing is dropped either."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("#fde7e9", "#c50f1f", "#3b0509", parent, icon=message_icon("error"))
        self.setObjectName("PausedBanner")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.fix_button = QPushButton(self.tr("Fix the key…"), self)
        self.row.addWidget(self.label, 1)
        self.row.addWidget(self.fix_button)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_status(self, status: QueueStatus) -> None:
        problem = status.paused_problem
        if problem is None:
            self.hide()
            return
        kept = self.tr("Sending is paused; your contacts are kept and will go out once it's fixed.")
        self.label.setText(f"{render(problem)} {kept}")
        self.show()
