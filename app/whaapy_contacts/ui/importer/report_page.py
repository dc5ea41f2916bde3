"""Step 5: the counts, and the rows not created with the reason, to save as a CSV."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.domain.importing.checking import Reason, spoken
from whaapy_contacts.services.import_record import ReportLine
from whaapy_contacts.services.importing import Progress
from whaapy_contacts.ui.common.texts import translated


class ReportPage(QWidget):
    save_requested = Signal(str)  # a path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(0, 4)
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Name"), self.tr("Phone"), self.tr("Why it was not imported")]
        )
        self.rows.setAccessibleName(self.tr("Rows not imported"))
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.verticalHeader().hide()
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.horizontalHeader().setResizeContentsPrecision(200)
        self.save_button = QPushButton(self.tr("&Save the report…"))
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.rows, 1)
        box.addWidget(self.save_button)
        box.addWidget(self.saved)
        self.save_button.clicked.connect(self._ask_path)

    def show_report(
        self, progress: Progress, left: list[tuple[ReportLine, tuple[Reason, ...]]]
    ) -> None:
        parts = [
            self.tr("<b>%Ln contact(s) imported.</b>", "", progress.sent),
            self.tr("%Ln already existed", "", progress.existed),
            self.tr("%Ln not imported (listed below: save the report to fix them and import "
                    "them again).", "", len(left)),
        ]  # fmt: skip
        text = f"{parts[0]} {parts[1]} · {parts[2]}"
        if progress.updated:
            filled = self.tr("%Ln contact(s) that already existed were filled in with what they "
                             "were missing.", "", progress.updated)  # fmt: skip
            text = f"{text} {filled}"
        self.summary.setText(text)
        self.rows.setRowCount(len(left))
        for r, (row, reason) in enumerate(left):
            for c, text in enumerate(
                (str(row.number), row.name, row.phone, spoken(reason, translated))
            ):
                self.rows.setItem(r, c, QTableWidgetItem(text))
        self.rows.resizeColumnsToContents()
        self.save_button.setEnabled(bool(left))

    def _ask_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), self.tr("rows-not-imported.csv"),
            self.tr("CSV file (*.csv)"),
        )  # fmt: skip
        if path:
            self.save_requested.emit(path)

    def show_saved(self, path: str) -> None:
        self.saved.setText(self.tr("Saved in %1").replace("%1", path))

    def show_save_error(self, message: str) -> None:
        self.saved.setText(message)
