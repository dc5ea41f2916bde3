"""The import, one dialog in five steps: ``ImportFlow(parent, outbox, recent, runner).start()``.

The window opens it from "Importar contactos…" (Ctrl+I). Reading and checking run on a worker
(services/importing.py), so the window stays responsive on a 10,000-row file; sending goes
through the outbox, which keeps going when this dialog is closed, or the app is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.domain.importing.mapping import guess_mapping
from whaapy_contacts.domain.importing.reading import Table
from whaapy_contacts.domain.texts import fill
from whaapy_contacts.services.import_report import SAVE_FAILED, write_report
from whaapy_contacts.services.importing import Analysis, ImportService, Progress
from whaapy_contacts.ui.common.texts import translated
from whaapy_contacts.ui.importer.file_page import FilePage
from whaapy_contacts.ui.importer.mapping_page import MappingPage
from whaapy_contacts.ui.importer.preview_page import PreviewPage
from whaapy_contacts.ui.importer.progress_page import ProgressPage
from whaapy_contacts.ui.importer.report_page import ReportPage

if TYPE_CHECKING:
    from collections.abc import Callable

    from whaapy_contacts.api.client import ContactsClient
    from whaapy_contacts.services.outbox import OutboxService
    from whaapy_contacts.services.recent import RecentService
    from whaapy_contacts.workers.runner import TaskRunner

FILE, MAPPING, PREVIEW, PROGRESS, REPORT = range(5)


class ImportFlow(QDialog):
    def __init__(
        self, parent: QWidget | None, outbox: OutboxService, recent: RecentService,
        runner: TaskRunner, client: Callable[[], ContactsClient] | None = None, *,
        records: Callable[[], Path] | None = None,
    ) -> None:  # fmt: skip
        """With ``client`` (the account's), duplicates can fill the existing contacts; with
        ``records`` (services/import_record.py), an import still being sent, or whose report
        was not closed, comes back (``resume``)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(920, 640)
        self.service = ImportService(
            outbox, runner, recent.ids_with_phone, client=client, records=records
        )
        self.service.setParent(self)
        self.file_page = FilePage()
        self.mapping_page = MappingPage()
        self.preview_page = PreviewPage(lambda key: bool(recent.ids_with_phone(key)))
        self.progress_page = ProgressPage()
        self.report_page = ReportPage()
        self.preview_page.fill_existing.setVisible(self.service.can_fill)
        self.stack = QStackedWidget()
        for page in (self.file_page, self.mapping_page, self.preview_page,
                     self.progress_page, self.report_page):  # fmt: skip
            self.stack.addWidget(page)
        self.step = QLabel()
        self.busy = QLabel()
        self.busy.setWordWrap(True)
        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.close_button = QPushButton(self.tr("Close"))
        self.back_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        self._table: Table | None = None
        self._path = ""
        self._layout()
        self._connect_signals()
        self._go(FILE)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addWidget(self.step)
        box.addWidget(self.stack, 1)
        box.addLayout(buttons)

    def _connect_signals(self) -> None:
        s = self.service
        self.file_page.chosen.connect(self._read)
        self.file_page.options_changed.connect(lambda: self._read(self._path))
        s.table_read.connect(self._table_read)
        s.read_failed.connect(self._failed)
        s.analysed.connect(self._analysed)
        s.progressed.connect(self._progressed)
        s.send_refused.connect(self._send_refused)
        self.mapping_page.changed.connect(self._update_buttons)
        self.preview_page.fill_existing.toggled.connect(self._update_buttons)
        self.progress_page.cancel_confirmed.connect(s.cancel)
        self.report_page.save_requested.connect(self._save_report)
        self.next_button.clicked.connect(self._next)
        self.back_button.clicked.connect(lambda: self._go(self.stack.currentIndex() - 1))
        self.close_button.clicked.connect(self.close)

    def start(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    # --- steps --------------------------------------------------------------------------------

    def _go(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        titles = (
            self.tr("Step 1 of 5: the file"), self.tr("Step 2 of 5: the columns"),
            self.tr("Step 3 of 5: check before importing"), self.tr("Step 4 of 5: sending"),
            self.tr("Step 5 of 5: report"),
        )  # fmt: skip
        self.step.setText(f"<b>{titles[page]}</b>")
        self.busy.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.stack.currentIndex()
        self.back_button.setVisible(page in (MAPPING, PREVIEW))
        self.next_button.setVisible(page < PROGRESS)
        ready = {
            FILE: self._table is not None and bool(self._table.rows),
            MAPPING: self.mapping_page.ready(),
            PREVIEW: self._new_rows() > 0,
        }.get(page, False)
        self.next_button.setEnabled(ready)
        self.next_button.setDefault(ready)
        if page == PREVIEW:
            count = self._new_rows()
            self.next_button.setText(self.tr("&Import %Ln contact(s)", "", count))
        else:
            self.next_button.setText(self.tr("&Next"))
        self.close_button.setText(self.tr("Close") if page >= PROGRESS else self.tr("Cancel"))

    def _new_rows(self) -> int:
        """What "Importar" sends: the new rows, and those that fill existing contacts."""
        analysis = self.preview_page.analysis
        if analysis is None:
            return 0
        known = analysis.counts.duplicate_known if self._fill() else 0
        return analysis.counts.new + known

    def _fill(self) -> bool:
        return self.service.can_fill and self.preview_page.fill_existing.isChecked()

    def _next(self) -> None:
        page = self.stack.currentIndex()
        if page == FILE and self._table is not None:
            self.mapping_page.set_table(self._table, guess_mapping(self._table.headers))
            self._go(MAPPING)
        elif page == MAPPING and self._table is not None:
            self.next_button.setEnabled(False)
            self.busy.setText(self.tr("Checking %Ln row(s)…", "", len(self._table.rows)))
            page_ = self.mapping_page
            self.service.check(self._table, page_.mapping(), page_.settings())
        elif page == PREVIEW and self.preview_page.analysis is not None:
            self.next_button.setEnabled(False)
            analysis = self.preview_page.analysis
            name = Path(self._path).name
            if self.service.send(analysis, fill_existing=self._fill(), file_name=name):
                self._go(PROGRESS)
                self.progress_page.show_progress(self.service.progress())

    def resume(self) -> bool:
        """An import sent before (also before a restart) whose report was not closed: on its
        progress step, or its report once every row is answered. False when there is none."""
        if self.service.restore() is None:
            return False
        self._go(PROGRESS)
        self._progressed(self.service.progress())
        return True

    def holds_import(self) -> bool:
        """An import sent from here whose report has not been closed yet."""
        batch = self.service.batch
        return batch is not None and not batch.record.seen

    def done(self, result: int) -> None:
        """Closed (Close, Esc, the window's X) on the report: it has been seen."""
        if self.stack.currentIndex() == REPORT:
            self.service.report_seen()
        super().done(result)

    # --- answers from the service -------------------------------------------------------------

    def _read(self, path: str) -> None:
        self._path = path
        self._table = None
        self._update_buttons()
        self.busy.setText(self.tr("Reading the file…"))
        self.service.read(path, *self.file_page.options())

    def _table_read(self, table: Table) -> None:
        self._table = table
        self.busy.clear()
        self.file_page.show_table(table)
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.busy.clear()
        if self.stack.currentIndex() == FILE:
            self._table = None
            self.file_page.show_error(translated(message))
        else:
            self.busy.setText(translated(message))
        self._update_buttons()

    def _analysed(self, analysis: Analysis) -> None:
        if self.stack.currentIndex() != MAPPING:
            return  # the person went back meanwhile
        self.preview_page.show_analysis(analysis)
        self.preview_page.model.modelReset.connect(self._update_buttons)
        self.preview_page.model.dataChanged.connect(self._update_buttons)
        self._go(PREVIEW)

    def _progressed(self, progress: Progress) -> None:
        if self.stack.currentIndex() not in (PROGRESS, REPORT):
            return
        self.progress_page.show_progress(progress)
        if progress.finished and self.stack.currentIndex() == PROGRESS:
            self.report_page.show_report(progress, self.service.outcome_rows())
            self._go(REPORT)

    def _send_refused(self) -> None:
        self.busy.setText(
            self.tr("The contacts could not be stored on this computer, so none was sent. "
                    "The message above the form says why; try again once it is solved.")
        )  # fmt: skip
        self._update_buttons()

    def _save_report(self, path: str) -> None:
        batch = self.service.batch
        assert batch is not None
        try:
            write_report(path, batch.record.headers, self.service.outcome_rows(),
                         batch.record.delimiter, translated)  # fmt: skip
        except OSError as exc:
            message = fill(SAVE_FAILED, exc.strerror or type(exc).__name__)
            self.report_page.show_save_error(translated(message))
            return
        self.report_page.show_saved(path)


def restored_import(
    parent: QWidget | None, outbox: OutboxService, recent: RecentService, runner: TaskRunner,
    client: Callable[[], ContactsClient] | None, *, records: Callable[[], Path],
) -> ImportFlow | None:  # fmt: skip
    """At start: the import that comes back, in a dialog not shown yet (the window shows a
    line for it: ui/importer/running_line.py); None when there is none."""
    flow = ImportFlow(parent, outbox, recent, runner, client, records=records)
    if flow.resume():
        return flow
    flow.deleteLater()
    return None


def open_import(
    parent: QWidget | None, outbox: OutboxService, recent: RecentService, runner: TaskRunner,
    client: Callable[[], ContactsClient] | None = None, *,
    records: Callable[[], Path] | None = None,
) -> ImportFlow:  # fmt: skip
    """The one entry point for the window's "Importar contactos…" action: an import not
    finished, or whose report was not closed, comes back first."""
    flow = ImportFlow(parent, outbox, recent, runner, client, records=records)
    flow.resume()
    flow.start()
    return flow
