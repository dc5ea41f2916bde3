"""Step 3: every row as it will be sent, with counts; fix a phone or e-mail, or skip a row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from whaapy_contacts.domain.importing.checking import (
    CheckedRow,
    Counts,
    RowBuilder,
    RowStatus,
    rederive,
)
from whaapy_contacts.domain.importing.mapping import Target, phone_order
from whaapy_contacts.services.importing import Analysis
from whaapy_contacts.ui.importer.preview_model import PreviewModel


class PreviewPage(QWidget):
    """Holds the analysis; each fix checks that row again with the form's rules."""

    def __init__(self, is_known: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_known = is_known
        self.analysis: Analysis | None = None
        self._skipped: set[int] = set()
        self._known: set[str] = set()
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.note = QLabel(
            self.tr("Rows that repeat a phone, or whose phone is already in your contacts, are "
                    "not sent and are listed in the report. Double-click a phone or e-mail to "
                    "fix it; untick a row to leave it out.")
        )  # fmt: skip
        self.note.setWordWrap(True)
        self.problems_only = QCheckBox(self.tr("Show only rows with something to check"))
        self.fill_existing = QCheckBox(
            self.tr("For phones already in your contacts, fill in what that contact is missing "
                    "(nothing it has is changed)")
        )  # fmt: skip
        self.fill_existing.hide()  # shown by the flow when it can do it
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows to import"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Sized from the first rows only: measuring 10,000 would hold the window for a second.
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.verticalHeader().hide()
        box = QVBoxLayout(self)
        box.addWidget(self.counts)
        box.addWidget(self.note)
        box.addWidget(self.fill_existing)
        box.addWidget(self.problems_only)
        box.addWidget(self.table, 1)
        self.problems_only.toggled.connect(self.model.show_problems_only)
        self.model.toggled.connect(self._toggled)
        self.model.edited.connect(self._edited)

    def show_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._skipped = {r.number for r in analysis.rows if r.status is RowStatus.SKIPPED}
        self._known = {r.key for r in analysis.rows if r.status is RowStatus.DUPLICATE_KNOWN}
        self.model.set_rows(analysis.rows)
        self.table.resizeColumnsToContents()
        self._show_counts(analysis.counts)

    def _show_counts(self, counts: Counts) -> None:
        # Each count its own plural ("1 nuevo", "3 nuevos"): Qt's %Ln forms, grouped as the
        # locale writes thousands.
        parts = (
            self.tr("<b>%Ln new</b> to import", "", counts.new),
            self.tr("%Ln repeated in the file", "", counts.duplicate_in_file),
            self.tr("%Ln already in your contacts", "", counts.duplicate_known),
            self.tr("%Ln with errors", "", counts.invalid),
            self.tr("%Ln left out", "", counts.skipped),
        )
        self.counts.setText(" · ".join(parts))

    def _toggled(self, number: int, include: bool) -> None:
        if include:
            self._skipped.discard(number)
        else:
            self._skipped.add(number)
        self._rederive({})

    def _edited(self, number: int, target: Target, text: str) -> None:
        """The fixed value goes into the file's cell it came from, and the row is checked
        again exactly as when it was read."""
        assert self.analysis is not None
        about = self.analysis
        if target not in about.mapping:
            return  # no column of the file holds it: nothing to fix there
        builder = RowBuilder(about.table.headers, about.mapping, about.settings)
        row = next(r for r in about.rows if r.number == number)
        cells = list(row.cells)
        cells[self._column_of(row, target)] = text.strip()
        fixed = builder.check(number, cells)
        if fixed.key and self._is_known(fixed.key):
            self._known.add(fixed.key)
        self._rederive({number: fixed})

    def _column_of(self, row: CheckedRow, target: Target) -> int:
        assert self.analysis is not None
        headers, mapping = self.analysis.table.headers, self.analysis.mapping
        if target is Target.PHONE:
            order = phone_order(headers, mapping)
            return next((i for i in order if row.cells[i]), order[0])
        return mapping.index(target)

    def _rederive(self, fixed: dict[int, CheckedRow]) -> None:
        assert self.analysis is not None
        rows = [fixed.get(r.number, r) for r in self.analysis.rows]
        rows = rederive(rows, self._skipped, self._known)
        self.analysis = replace(self.analysis, rows=tuple(rows))
        self.model.set_rows(rows)
        self._show_counts(self.analysis.counts)
