"""The recent-contacts table model: rows kept in Python, filtered and sorted in the model.

No QSortFilterProxyModel (PLATFORM-NOTES "Speed"): with 100,000 rows it calls ``data()`` per
comparison. Local outbox entries that are not sent yet are pinned on top; every other row is a
server contact ("Sent"). Data changes are announced as the smallest remove/insert/dataChanged
that describes them, so selection and scroll position survive a page or a save arriving.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from whaapy_contacts.domain.contact import Contact, FunnelStage
from whaapy_contacts.domain.outbox import OutboxEntry, OutboxState
from whaapy_contacts.domain.recent import (
    Predicate,
    RecentRow,
    contact_from_row,
    filter_rows,
    is_phone_query,
    row_filters,
    row_for_contact,
    row_for_entry,
)
from whaapy_contacts.domain.recent_keys import ANY_STAGE, LOCAL_PREFIX
from whaapy_contacts.ui.common.status_icons import status_icon
from whaapy_contacts.ui.common.texts import translated
from whaapy_contacts.ui.recent.text import full_time, phone_text, relative_time, status_text

ContactRole = Qt.ItemDataRole.UserRole + 1  # Contact: full if loaded, else a summary
OutboxEntryRole = Qt.ItemDataRole.UserRole + 2  # OutboxEntry for pinned local rows; else None
StatusRole = Qt.ItemDataRole.UserRole + 3  # OutboxState; server rows are SENT
KeyRole = Qt.ItemDataRole.UserRole + 4  # the row's key: contact id, or "outbox:<id>"
Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("name", "phone", "tags", "stage", "created", "status")
NAME, PHONE, TAGS, STAGE, CREATED, STATUS = range(len(COLUMNS))
_SORT_KEYS: dict[int, Callable[[RecentRow], Any]] = {
    NAME: attrgetter("haystack"),  # starts with the folded name
    PHONE: attrgetter("digits"),
    TAGS: attrgetter("tag_key"),
    STAGE: lambda r: r.stage_name.casefold(),
    CREATED: attrgetter("created"),
    STATUS: attrgetter("created"),  # every unpinned row is "Sent"
}
FULL_CONTACTS_KEPT = 5000  # full Contact objects kept in memory; older rows use their summary


class RecentContactsModel(QAbstractTableModel):
    """Newest first by default. ``more_requested`` asks the owner for the next server page."""

    more_requested = Signal()

    def __init__(self, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._by_key: dict[str, RecentRow] = {}  # server rows
        self._all: list[RecentRow] = []  # server rows in sort order
        self._local: list[RecentRow] = []  # pinned outbox rows, newest first
        self._entries: dict[str, OutboxEntry] = {}  # pinned key -> entry
        # Each pinned entry's row as last built: an import's 10,000 waiting rows are re-read at
        # every refresh, and only the few that changed need building again (issue 18).
        self._built: dict[str, tuple[OutboxEntry, RecentRow]] = {}
        self._contacts: OrderedDict[str, Contact] = OrderedDict()  # full contacts, recent first
        self._rows: list[RecentRow] = []  # what the view shows
        self._stage_names: dict[str, str] = {}
        self._text, self._tag, self._stage = "", "", ANY_STAGE
        self._checks: list[Predicate] = []
        self._sort_column, self._sort_order = CREATED, Qt.SortOrder.DescendingOrder
        self._more = False
        self._practice = False  # the practice server's contacts: "Guardado (práctica)"

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
            QCoreApplication.translate("RecentContactsModel", "Status"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return status_icon(self._state(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == ContactRole:
            return self.contact_at(index.row())
        if role == OutboxEntryRole:
            return self._entries.get(row.key)
        if role == StatusRole:
            return self._state(row)
        if role == KeyRole:
            return row.key
        return None

    def _display(self, row: RecentRow, column: int) -> str:
        if column == NAME:
            return row.name or QCoreApplication.translate("RecentContactsModel", "(no name)")
        if column == PHONE:
            return phone_text(row.phone)
        if column == TAGS:
            return row.tags
        if column == STAGE:
            return row.stage_name
        if column == CREATED:
            return relative_time(row.created_at, self._clock())
        return status_text(self._state(row), practice=self._practice)

    def _tooltip(self, row: RecentRow, column: int) -> str | None:
        if column == CREATED and row.created:
            return full_time(datetime.fromtimestamp(row.created, UTC))
        if column == STATUS:
            entry = self._entries.get(row.key)
            if entry is None:  # the words in full: a narrow column cuts them
                return status_text(OutboxState.SENT, practice=self._practice)
            return translated(
                entry.last_error, practice=self._practice
            ) or QCoreApplication.translate(
                "RecentContactsModel", "Not sent yet: it is sent on its own, nothing to do."
            )
        if column in (NAME, TAGS) and row.name:
            return self._display(row, column) or None
        return None

    def _state(self, row: RecentRow) -> OutboxState:
        entry = self._entries.get(row.key)
        return entry.state if entry is not None else OutboxState.SENT

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python (0.1 s for 100,000 rows); pinned local rows stay on top."""
        if column not in _SORT_KEYS:
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self._rows[i.row()].key, i.column()) for i in before]
        self._all.sort(key=_SORT_KEYS[column], reverse=self._descending())
        self._rows = self._visible()
        where = {r.key: n for n, r in enumerate(self._rows)} if before else {}
        after = [self.index(where[k], c) if k in where else QModelIndex() for k, c in kept]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def canFetchMore(self, parent: Index) -> bool:
        # With a filter on, the server search covers it: paging a whole account to fill a
        # short filtered list would be a flood of requests.
        return not parent.isValid() and self._more and not self.is_filtered()

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._more = False  # until the owner says another page may follow
            self.more_requested.emit()

    # --- reading --------------------------------------------------------------------------

    def contact_at(self, row: int) -> Contact:
        """The full contact if loaded this session, else a summary from the row. An entry not
        sent yet has no server id: its summary's ``id`` is ""."""
        found = self._rows[row]
        if found.key in self._entries:
            return replace(contact_from_row(found), id="")
        return self._contacts.get(found.key) or contact_from_row(found)

    def key_at(self, row: int) -> str:
        return self._rows[row].key

    def row_of(self, key: str) -> int:
        """The visible row with this key, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.key == key), -1)

    def total(self) -> int:
        """Every row, shown or filtered out."""
        return len(self._local) + len(self._all)

    def is_filtered(self) -> bool:
        return bool(self._checks)

    def known_tags(self) -> list[str]:
        """Tags seen on rows (for the tag filter); computed on demand."""
        seen: dict[str, str] = {}
        for row in (*self._local, *self._all):
            for tag in row.tags.split(", ") if row.tags else ():
                seen.setdefault(tag.casefold(), tag)
        return sorted(seen.values(), key=str.casefold)

    # --- changing -------------------------------------------------------------------------

    def set_history(self, rows: list[RecentRow]) -> None:
        """Rows kept locally (newest first). What this session already loaded is fresher."""
        if not self._by_key:
            self.beginResetModel()
            self._by_key = {r.key: r for r in rows}
            self._all = list(self._by_key.values())
            if self._sort_column != CREATED or not self._descending():
                self._all.sort(key=_SORT_KEYS[self._sort_column], reverse=self._descending())
            self._rows = self._visible()
            self.endResetModel()
            return
        known = self._by_key
        fresh = [r for r in rows if r.key not in known]
        if fresh:
            known.update((r.key, r) for r in fresh)
            self._all.extend(fresh)
            self._all.sort(key=_SORT_KEYS[self._sort_column], reverse=self._descending())
            self._show(self._visible())

    def merge_contacts(self, contacts: Iterable[Contact], *, replace: bool = True) -> int:
        """Server contacts: new ones are added, known ones updated in place (unless not
        ``replace``). Returns how many were new."""
        incoming: dict[str, RecentRow] = {}
        for contact in contacts:
            if not replace and contact.id in self._by_key:
                continue
            self._keep_contact(contact)
            incoming[contact.id] = row_for_contact(contact)
        return self._merge(incoming)

    def add_saved(self, contact: Contact) -> None:
        """A contact saved (or updated) from this app: shown at once, with no refetch."""
        self.merge_contacts((contact,))

    def forget(self, keys: Iterable[str]) -> None:
        """Drop rows the server no longer has."""
        gone = {k for k in keys if k in self._by_key}
        if gone:
            for key in gone:
                del self._by_key[key]
                self._contacts.pop(key, None)
            self._all = [r for r in self._all if r.key not in gone]
            self._show(self._visible())

    def set_outbox(self, entries: Iterable[OutboxEntry]) -> None:
        """Entries not sent yet are pinned on top with their state; sent ones become rows."""
        entries = list(entries)
        waiting = [e for e in entries if e.state is not OutboxState.SENT]
        self._entries = {LOCAL_PREFIX + e.id: e for e in waiting}
        local = [self._row_for_entry(e) for e in waiting]
        self._built = {row.key: (e, row) for e, row in zip(waiting, local, strict=True)}
        self._local = sorted(local, key=attrgetter("created"), reverse=True)
        sent = [e.contact for e in entries if e.state is OutboxState.SENT and e.contact]
        if not self.merge_contacts(sent, replace=False):
            self._show(self._visible())

    def _row_for_entry(self, entry: OutboxEntry) -> RecentRow:
        built = self._built.get(LOCAL_PREFIX + entry.id)
        if built is not None and built[0] == entry:
            return built[1]
        return row_for_entry(entry, self._stage_names)

    def set_stages(self, stages: Iterable[FunnelStage]) -> None:
        """Stage names for local entries (they only carry the stage id)."""
        self._stage_names = {s.id: s.name for s in stages}
        self._built.clear()  # their rows name the stage
        if self._entries:
            self.set_outbox([*self._entries.values()])

    def clear(self) -> None:
        self.beginResetModel()
        self._by_key, self._all, self._rows = {}, [], []
        self._local, self._entries = [], {}
        self._built.clear()
        self._contacts.clear()
        self.endResetModel()

    def set_practice(self, practice: bool) -> None:
        if practice != self._practice:
            self._practice = practice
            if self._rows:
                last = len(self._rows) - 1
                self.dataChanged.emit(self.index(0, STATUS), self.index(last, STATUS))

    def set_more_available(self, more: bool) -> None:
        self._more = more

    def times_changed(self) -> None:
        """The clock moved: relative times ("hace 2 min") must be redrawn."""
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, CREATED), self.index(last, CREATED))

    # --- filtering ------------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        self._set_filters(text, self._tag, self._stage)

    def set_tag_filter(self, tag: str) -> None:
        self._set_filters(self._text, tag, self._stage)

    def set_stage_filter(self, stage_id: str | None) -> None:
        self._set_filters(self._text, self._tag, stage_id)

    def _set_filters(self, text: str, tag: str, stage: str | None) -> None:
        narrower = (
            (tag, stage) == (self._tag, self._stage)
            and bool(self._text.strip())
            and text.startswith(self._text)
            and not is_phone_query(self._text)
            and not is_phone_query(text)
        )
        self._text, self._tag, self._stage = text, tag, stage
        self._checks = row_filters(text, tag, stage)
        self.beginResetModel()
        if narrower:  # typing one more letter: only the rows shown can still match
            self._rows = filter_rows(self._rows, self._checks)
        else:
            self._rows = self._visible()
        self.endResetModel()

    # --- internals ------------------------------------------------------------------------

    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _visible(self) -> list[RecentRow]:
        return filter_rows(self._local, self._checks) + filter_rows(self._all, self._checks)

    def _keep_contact(self, contact: Contact) -> None:
        self._contacts[contact.id] = contact
        self._contacts.move_to_end(contact.id, last=False)
        while len(self._contacts) > FULL_CONTACTS_KEPT:
            self._contacts.popitem()

    def _merge(self, incoming: dict[str, RecentRow]) -> int:
        added = [r for k, r in incoming.items() if k not in self._by_key]
        changed = {k: r for k, r in incoming.items() if k in self._by_key and self._by_key[k] != r}
        if not added and not changed:
            return 0
        self._by_key.update(incoming)
        rows = [changed.get(r.key, r) for r in self._all] if changed else self._all
        rows.extend(added)
        rows.sort(key=_SORT_KEYS[self._sort_column], reverse=self._descending())
        self._all = rows
        self._show(self._visible())
        return len(added)

    def _show(self, new: list[RecentRow]) -> None:
        """Move the view from the rows shown to ``new`` with one remove, one insert and one
        dataChanged: everything outside the changed stretch keeps its selection."""
        old = self._rows
        limit = min(len(old), len(new))
        changed: list[int] = []  # rows kept in place whose content changed (first, last)
        head = 0
        while head < limit and old[head].key == new[head].key:
            if old[head] is not new[head] or new[head].key in self._entries:
                changed[1:] = [head] if changed else [head, head]
            head += 1
        tail = 0
        while tail < limit - head and old[-1 - tail].key == new[-1 - tail].key:
            if old[-1 - tail] is not new[-1 - tail]:
                changed.append(len(new) - 1 - tail)
            tail += 1
        if head + tail < len(old):
            self.beginRemoveRows(QModelIndex(), head, len(old) - tail - 1)
            self._rows = old[:head] + old[len(old) - tail :]
            self.endRemoveRows()
        if head + tail < len(new):
            self.beginInsertRows(QModelIndex(), head, len(new) - tail - 1)
            self._rows = new
            self.endInsertRows()
        self._rows = new
        if changed:
            first, last = min(changed), max(changed)
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
