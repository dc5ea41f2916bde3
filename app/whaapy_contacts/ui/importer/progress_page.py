"""Step 4: sending, with an honest estimate; cancelling asks first and is never the default."""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget

from whaapy_contacts.services.importing import Progress


class ProgressPage(QWidget):
    cancel_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.note = QLabel(
            self.tr("You can close this window and keep typing contacts: the ones you type go "
                    "first, and the import goes on, also after closing the app.")
        )  # fmt: skip
        self.note.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel the import…"))
        self.cancel_button.setAutoDefault(False)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.bar)
        box.addWidget(self.status)
        box.addWidget(self.note)
        box.addWidget(self.cancel_button)
        box.addStretch(1)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.question: QMessageBox | None = None

    def show_progress(self, progress: Progress) -> None:
        name = progress.file_name
        self.title.setVisible(bool(name))
        title = self.tr("Importing «%1»").replace("%1", escape(name))
        self.title.setText(f"<b>{title}</b>")
        self.bar.setRange(0, max(1, progress.total))
        self.bar.setValue(progress.done)
        total = QLocale().toString(progress.total)
        parts = [self.tr("%Ln of %1 sent", "", progress.sent).replace("%1", total)]
        if progress.updated:
            parts.append(self.tr("%Ln existing one(s) filled in", "", progress.updated))
        if progress.existed:
            parts.append(self.tr("%Ln already existed", "", progress.existed))
        if progress.refused:
            parts.append(self.tr("%Ln refused", "", progress.refused))
        if progress.cancelled:
            parts.append(self.tr("%Ln not sent (cancelled)", "", progress.cancelled))
        if progress.limit:
            parts.append(self.tr("Whaapy allows %1 a minute").replace("%1", str(progress.limit)))
        parts.append(self._eta(progress))
        self.status.setText(" · ".join(p for p in parts if p))
        self.cancel_button.setEnabled(not progress.finished)

    def _eta(self, progress: Progress) -> str:
        if progress.finished:
            return ""
        if progress.failing:  # no estimate holds while every send fails (tester t18)
            return self.tr(
                "sending fails for now and is retried on its own (the window's bottom line "
                "says why)"
            )
        if progress.eta_s is None:
            return self.tr("working out how long it will take…")
        if progress.eta_s < 60:
            return self.tr("done in less than a minute")
        minutes = math.ceil(progress.eta_s / 60)
        return self.tr("done in ~%1 min").replace("%1", QLocale().toString(minutes))

    def ask_cancel(self, over: QWidget | None = None) -> None:
        """Says what cancelling does; "Keep importing" is the default and what Esc means.
        ``over``: the window asking when this page is not on screen (the window's line)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel the import?"),
            self.tr("The contacts not sent yet will not be sent. Those already sent stay in "
                    "your contacts, and the few already on their way are finished. The report "
                    "lists every row that was not sent."), parent=over or self)  # fmt: skip
        stop = box.addButton(self.tr("Cancel the import"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep importing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.question = box
        box.exec()
        self.question = None
        if box.clickedButton() is stop:
            self.cancel_confirmed.emit()
