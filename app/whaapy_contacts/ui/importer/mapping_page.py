"""Step 2: what each column becomes, the country of numbers without +, and the batch's tag."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.domain.importing.checking import Settings
from whaapy_contacts.domain.importing.mapping import LABELS, Target
from whaapy_contacts.domain.importing.reading import Table
from whaapy_contacts.ui.common.texts import translated
from whaapy_contacts.ui.form.country_picker import CountryPicker

EXAMPLES = 3  # values shown beside each column


class MappingPage(QWidget):
    """One row per column of the file: its name, examples from it, and a choice of target."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(
            self.tr("Check what each column of the file is. Columns you leave as «Don't import» "
                    "are not sent; «Custom field» keeps them under the column's name.")
        )  # fmt: skip
        self.intro.setWordWrap(True)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")]
        )
        self.columns.setAccessibleName(self.tr("Columns of the file"))
        self.columns.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.verticalHeader().hide()
        self.country = CountryPicker(self)  # with its parent: its line edit must outlive __init__
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("for example: Expo 2026"))
        self.tag.setAccessibleName(self.tr("Tag for every imported contact"))
        self.warning = QLabel(self.tr("Choose which column has the phone: it is required."))
        self.warning.setStyleSheet("color: #b00020;")
        self.warning.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Numbers without + are from:"), self.country)
        form.addRow(self.tr("&Tag for this import:"), self.tag)
        label = form.labelForField(self.tag)
        if isinstance(label, QLabel):
            label.setBuddy(self.tag)
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addWidget(self.columns, 1)
        box.addWidget(self.warning)
        box.addLayout(form)
        self._combos: list[QComboBox] = []
        self._decimal_comma = False

    def set_table(self, table: Table, mapping: Sequence[Target]) -> None:
        self._decimal_comma = table.delimiter == ";"
        self.columns.setRowCount(len(table.headers))
        self._combos = []
        for row, (header, target) in enumerate(zip(table.headers, mapping, strict=True)):
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            examples = [cells[row] for _n, cells in table.rows[:200] if cells[row]][:EXAMPLES]
            self.columns.setItem(row, 1, QTableWidgetItem(" · ".join(examples)))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Import «%1» as").replace("%1", header))
            for choice in Target:
                combo.addItem(translated(LABELS[choice]), choice)
            combo.setCurrentIndex(list(Target).index(target))
            combo.currentIndexChanged.connect(self._changed)
            self.columns.setCellWidget(row, 2, combo)
            self._combos.append(combo)
        self.columns.resizeColumnsToContents()
        self._changed()

    def _changed(self) -> None:
        self.warning.setVisible(not self.ready())
        self.changed.emit()

    def set_target(self, column: int, target: Target) -> None:
        self._combos[column].setCurrentIndex(list(Target).index(target))

    def mapping(self) -> tuple[Target, ...]:
        return tuple(combo.currentData() for combo in self._combos)

    def ready(self) -> bool:
        return Target.PHONE in self.mapping()

    def settings(self) -> Settings:
        return Settings(self.country.region(), self.tag.text().strip(), self._decimal_comma)
