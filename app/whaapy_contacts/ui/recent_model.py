"""The recent-contacts table model: data kept in Python, filtered and ordered in the model."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.countries import fold
from whaapy_contacts.domain.phone import format_international

ContactRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("name", "phone", "tags", "stage", "created")


def relative_time(when: datetime | None, now: datetime | None = None) -> str:
    """ "hace 2 min", "ayer 16:05", "12/03/2026" — short, in the user's words."""
    if when is None:
        return ""
    now = now or datetime.now(UTC)
    local, local_now = when.astimezone(), now.astimezone()
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("RecentContactsModel", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("RecentContactsModel", "%1 min ago").replace(
            "%1", str(int(seconds // 60))
        )
    if local.date() == local_now.date():
        return QCoreApplication.translate("RecentContactsModel", "today %1").replace(
            "%1", local.strftime("%H:%M")
        )
    if (local_now.date() - local.date()).days == 1:
        return QCoreApplication.translate("RecentContactsModel", "yesterday %1").replace(
            "%1", local.strftime("%H:%M")
        )
    return local.strftime("%d/%m/%Y")


class RecentContactsModel(QAbstractTableModel):
    """Newest first. ``add_saved`` puts a just-created contact on top without a refetch."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[Contact] = []
        self._rows: list[Contact] = []
        self._filter = ""

    # --- Qt contract ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        titles = (
            QCoreApplication.translate("RecentContactsModel", "Name"),
            QCoreApplication.translate("RecentContactsModel", "Phone"),
            QCoreApplication.translate("RecentContactsModel", "Tags"),
            QCoreApplication.translate("RecentContactsModel", "Stage"),
            QCoreApplication.translate("RecentContactsModel", "Created"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact = self._rows[index.row()]
        if role == ContactRole:
            return contact
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(contact, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "created" and contact.created_at:
            return contact.created_at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
        return None

    @staticmethod
    def _display(contact: Contact, column: str) -> str:
        if column == "name":
            return contact.display_name or QCoreApplication.translate(
                "RecentContactsModel", "(no name)"
            )
        if column == "phone":
            return format_international(contact.phone_number)
        if column == "tags":
            return ", ".join(contact.tags)
        if column == "stage":
            return contact.funnel_stage.name if contact.funnel_stage else ""
        return relative_time(contact.created_at)

    # --- data -----------------------------------------------------------------------------

    def contact_at(self, row: int) -> Contact:
        return self._rows[row]

    def set_contacts(self, contacts: Iterable[Contact]) -> None:
        """Replace with a server page, keeping contacts saved here that the page doesn't have."""
        fresh = list(contacts)
        ids = {c.id for c in fresh}
        kept = [c for c in self._all if c.id not in ids and c.created_at is not None]
        merged = sorted([*fresh, *kept], key=_newest_first)
        self.beginResetModel()
        self._all = merged
        self._rows = self._filtered()
        self.endResetModel()

    def add_saved(self, contact: Contact) -> None:
        """A contact saved (or updated) from this app: on top at once, or updated in place."""
        self._all = [c for c in self._all if c.id != contact.id]
        self._all.insert(0, contact)
        for row, existing in enumerate(self._rows):
            if existing.id == contact.id:
                self._rows[row] = contact
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return
        if self._matches(contact):
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, contact)
            self.endInsertRows()

    def set_filter(self, text: str) -> None:
        self._filter = fold(text.strip())
        self.beginResetModel()
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[Contact]:
        return [c for c in self._all if self._matches(c)] if self._filter else list(self._all)

    def _matches(self, contact: Contact) -> bool:
        if not self._filter:
            return True
        digits = "".join(ch for ch in self._filter if ch.isdigit())
        if digits and digits == self._filter.replace(" ", "").lstrip("+"):
            return digits in contact.phone_number
        haystack = fold(
            " ".join((contact.display_name, contact.email, contact.company, *contact.tags))
        )
        return self._filter in haystack


def _newest_first(contact: Contact) -> float:
    return -(contact.created_at.timestamp() if contact.created_at else 0.0)
