"""A line in the window for an import that came back after a restart (issue 18):
"Importando «feria.csv»: 412 de 1,000 enviados · listo en ~4 min [Ver] [Cancelar lo que falta…]".

Shown instead of opening the dialog at start, so keys typed into the form right after start go
to the form. "Ver" opens the dialog on its progress (or report); cancelling asks first, as the
dialog does ("Seguir importando" is the default). Once every row is answered it says so until
the report is seen.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from whaapy_contacts.services.importing import Progress
    from whaapy_contacts.ui.importer.flow import ImportFlow


class ImportLine(QFrame):
    def __init__(self, flow: ImportFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)  # the file's name escaped
        self.view_button = QPushButton(self.tr("View"))
        self.cancel_button = QPushButton(self.tr("Cancel what is left…"))
        for button in (self.view_button, self.cancel_button):
            button.setAutoDefault(False)
        box = QHBoxLayout(self)
        box.setContentsMargins(8, 4, 8, 4)
        box.addWidget(self.label, 1)
        box.addWidget(self.view_button)
        box.addWidget(self.cancel_button)
        self.view_button.clicked.connect(flow.start)
        self.cancel_button.clicked.connect(lambda: flow.progress_page.ask_cancel(self.window()))
        flow.service.progressed.connect(self.show_progress)
        flow.finished.connect(self._closed)
        self.show_progress(flow.service.progress())

    def show_progress(self, progress: Progress) -> None:
        name = escape(progress.file_name)
        if progress.finished:
            text = self.tr("The import of «%1» is finished: see its report.").replace("%1", name)
            self.view_button.setText(self.tr("See the report"))
        else:
            status = escape(self.flow.progress_page.status.text())  # the dialog's words
            text = self.tr("Importing «%1»").replace("%1", name) + ": " + status
        self.label.setText(text)
        self.cancel_button.setVisible(not progress.finished)

    def _closed(self, _result: int) -> None:
        """The dialog was closed: once its report has been seen, this line has done its job."""
        batch = self.flow.service.batch
        if batch is None or batch.record.seen:
            self.hide()
            self.deleteLater()
