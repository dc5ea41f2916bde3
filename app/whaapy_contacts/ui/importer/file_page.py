"""Step 1: the file, how it was read (encoding, separator, sheet) and its first rows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.domain.importing.reading import Table

SAMPLE_ROWS = 8


class FilePage(QWidget):
    """Emits ``chosen(path)`` and ``options_changed()``; shows what the service read."""

    chosen = Signal(str)
    options_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choose_button = QPushButton(self.tr("&Choose a file…"))
        self.path_label = QLabel(self.tr("A CSV file or an Excel workbook (.xlsx)."))
        self.path_label.setWordWrap(True)
        self.encoding = QComboBox()
        self._encodings = {
            "": self.tr("Automatic"),
            "utf-8": "UTF-8",
            "cp1252": self.tr("Windows-1252 (Excel on Windows)"),
            "latin-1": "Latin-1 (ISO-8859-1)",
            "cp850": self.tr("DOS (850)"),
            "utf-16": "UTF-16",
            "mac-roman": self.tr("Mac (Roman)"),
        }
        for code, label in self._encodings.items():
            self.encoding.addItem(label, code)
        self.delimiter = QComboBox()
        for code, label in (
            ("", self.tr("Automatic")), (",", self.tr("Comma (,)")),
            (";", self.tr("Semicolon (;)")), ("\t", self.tr("Tab")), ("|", self.tr("Bar (|)")),
        ):  # fmt: skip
            self.delimiter.addItem(label, code)
        self.sheet = QComboBox()
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.sample = QTableWidget()
        self.sample.setAccessibleName(self.tr("First rows of the file"))
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sample.verticalHeader().hide()  # and with it the corner button, which has no text
        self._layout()
        self.choose_button.clicked.connect(self._ask_path)
        for combo in (self.encoding, self.delimiter, self.sheet):
            combo.activated.connect(lambda _i: self.options_changed.emit())

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.path_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Encoding:"), self.encoding)
        form.addRow(self.tr("&Separator:"), self.delimiter)
        form.addRow(self.tr("S&heet:"), self.sheet)
        for field in (self.encoding, self.delimiter, self.sheet):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(form)
        box.addWidget(self.detected)
        box.addWidget(self.error)
        box.addWidget(self.sample, 1)

    def _ask_path(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), "",
            self.tr("Spreadsheets (*.csv *.txt *.xlsx *.xlsm);;All files (*)"),
        )  # fmt: skip
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> None:
        """The person picked ``path`` (also what tests call instead of the file dialog)."""
        self.path_label.setText(path)
        self.encoding.setCurrentIndex(0)
        self.delimiter.setCurrentIndex(0)
        self.sheet.clear()
        self.chosen.emit(path)

    def options(self) -> tuple[str | None, str | None, str | None]:
        """(encoding, separator, sheet) the person chose; None where it is automatic."""
        return (
            self.encoding.currentData() or None,
            self.delimiter.currentData() or None,
            self.sheet.currentText() or None,
        )

    def show_table(self, table: Table) -> None:
        self.error.hide()
        self._show_sheets(table)
        self.detected.setText(self._describe(table))
        self.sample.clear()
        self.sample.setColumnCount(len(table.headers))
        self.sample.setHorizontalHeaderLabels(list(table.headers))
        rows = table.rows[:SAMPLE_ROWS]
        self.sample.setRowCount(len(rows))
        for r, (_n, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                self.sample.setItem(r, c, QTableWidgetItem(text))
        self.sample.resizeColumnsToContents()

    def _show_sheets(self, table: Table) -> None:
        self.sheet.setEnabled(len(table.sheets) > 1)
        if [self.sheet.itemText(i) for i in range(self.sheet.count())] != list(table.sheets):
            self.sheet.clear()
            self.sheet.addItems(list(table.sheets))
        self.sheet.setCurrentText(table.sheet)

    def _describe(self, table: Table) -> str:
        rows = len(table.rows)
        if not table.encoding:
            text = self.tr("%Ln row(s) in the sheet «%1». If the first rows look wrong, choose "
                           "another sheet.", "", rows)  # fmt: skip
            return text.replace("%1", table.sheet)
        names = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs"),
                 "|": self.tr("bars")}  # fmt: skip
        return (
            self.tr("%Ln row(s), read as %1 and separated by %2. If accents or columns look "
                    "wrong below, choose another encoding or separator.", "", rows)
            .replace("%1", self._encodings.get(table.encoding, table.encoding))
            .replace("%2", names.get(table.delimiter, table.delimiter))
        )  # fmt: skip

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.detected.clear()
        self.sample.clear()
        self.sample.setRowCount(0)
        self.sample.setColumnCount(0)
