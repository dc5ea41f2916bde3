"""The preview's rows as a Qt model: 10,000 rows without 60,000 widgets, filtered in the model."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from whaapy_contacts.domain.importing.checking import CheckedRow, RowStatus, spoken
from whaapy_contacts.domain.importing.mapping import Target
from whaapy_contacts.domain.phone_format import format_international
from whaapy_contacts.ui.common.texts import translated

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("import", "row", "status", "name", "phone", "email", "reason")
EDITABLE = {"phone": Target.PHONE, "email": Target.EMAIL}


class PreviewModel(QAbstractTableModel):
    """``toggled(row number, include)`` and ``edited(row number, target, text)`` go to the page,
    which checks the row again and gives the model the new rows."""

    toggled = Signal(int, bool)
    edited = Signal(int, object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CheckedRow] = []
        self._shown: list[int] = []
        self._problems_only = False
        self._headers = (
            self.tr("Import"), self.tr("Row"), self.tr("Status"), self.tr("Name"),
            self.tr("Phone"), self.tr("Email"), self.tr("What to fix"),
        )  # fmt: skip
        self._status = {
            RowStatus.NEW: self.tr("New"),
            RowStatus.DUPLICATE_IN_FILE: self.tr("Repeated in the file"),
            RowStatus.DUPLICATE_KNOWN: self.tr("Already in your contacts"),
            RowStatus.INVALID: self.tr("Has errors"),
            RowStatus.SKIPPED: self.tr("Skipped"),
        }

    def set_rows(self, rows: Sequence[CheckedRow]) -> None:
        """New statuses; the view keeps its place when the same rows stay shown."""
        shown = self._shown
        self._rows = list(rows)
        self._filter()
        if shown == self._shown and shown:
            last = self.index(len(shown) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.endResetModel()

    def show_problems_only(self, only: bool) -> None:
        self.beginResetModel()
        self._problems_only = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self._shown = [
            i for i, r in enumerate(self._rows)
            if not self._problems_only or r.status is not RowStatus.NEW
        ]  # fmt: skip

    def row_at(self, view_row: int) -> CheckedRow:
        return self._rows[self._shown[view_row]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = COLUMNS[index.column()]
        if column == "import" and self.row_at(index.row()).status not in _NEVER_SENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "import":
            # A row with errors can't go until it is fixed, and a repeat of an earlier row
            # never goes (that row does): shown unticked, not tickable (tester t18).
            out = row.status in (RowStatus.SKIPPED, *_NEVER_SENT)
            return Qt.CheckState.Unchecked if out else Qt.CheckState.Checked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "reason":
            return self._text(row, column) or None
        return None

    def _text(self, row: CheckedRow, column: str) -> str | None:
        if column == "row":
            return str(row.number)
        if column == "status":
            return self._status[row.status]
        if column == "name":
            return row.draft.name
        if column == "phone":  # as Mexicans read it: +52 55 1234 5678
            sent = row.check.payload.get("phone_number")
            return format_international(str(sent)) if sent else row.draft.phone_number
        if column == "email":
            return str(row.check.payload.get("email") or row.draft.email)
        if column == "reason":
            return spoken(row.reasons, translated)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "import":
            include = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            self.toggled.emit(row.number, include)
            return True
        if role == Qt.ItemDataRole.EditRole and column in EDITABLE:
            self.edited.emit(row.number, EDITABLE[column], str(value))
            return True
        return False


_NEVER_SENT = (RowStatus.INVALID, RowStatus.DUPLICATE_IN_FILE)
