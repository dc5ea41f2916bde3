"""The right-hand side of the window: search, filters, the recent list, details and status.

The first frame shows the panel's widgets with the list "loading": the table model and the
details view (and the domain they need) come with ``attach``, after the first paint.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.domain.recent_keys import ANY_STAGE, LOCAL_PREFIX
from whaapy_contacts.ui.common.a11y import name_combo
from whaapy_contacts.ui.common.decor import make_title
from whaapy_contacts.ui.common.early_qt import VERTICAL, set_early
from whaapy_contacts.ui.common.status_icons import SMALL_ICON
from whaapy_contacts.ui.common.texts import translated
from whaapy_contacts.ui.recent.columns import fit_columns, status_width
from whaapy_contacts.ui.recent.footer import EmptyNote, ListFooter

if TYPE_CHECKING:
    from datetime import datetime

    from whaapy_contacts.domain.contact import Contact, FunnelStage
    from whaapy_contacts.domain.outbox import OutboxEntry
    from whaapy_contacts.domain.recent import RecentRow
    from whaapy_contacts.services.recent import RecentService, Updated
    from whaapy_contacts.ui.recent.details import ContactDetailsView
    from whaapy_contacts.ui.recent.model import RecentContactsModel

LOCAL_FILTER_MS = 150  # the list narrows as the user types: ≤ 50 ms of work per keystroke
SERVER_SEARCH_MS = 450  # the server is asked once typing pauses
NEAR_END_ROWS = 20  # the next page is asked this many rows before the end
AWAY_REFRESH_S = 60.0  # coming back to the window after this long refreshes the list
EMPTY_PAGES_CHAINED = 10  # pages already in the history are skipped, this many at most
CLOCK_TICK_MS = 30_000  # "hace 2 min" is redrawn this often
_COLUMN_WIDTHS = (0, 128, 100, 90, 88, 112)
DETAILS_LINES = 10
LIST_MIN_ROWS = 4
_NO_STAGE = ""


class _TagFilter(QComboBox):
    """Fills its tag list when opened (collecting tags over 100,000 rows is not free)."""

    about_to_open = Signal()

    def showPopup(self) -> None:
        self.about_to_open.emit()
        super().showPopup()


def _tab_after(anchor: QWidget, widget: QWidget) -> None:
    """Put the controls in ``widget`` right after ``anchor`` in the Tab order."""
    chain: list[QWidget] = []
    current = widget.nextInFocusChain()
    while current is not None and widget.isAncestorOf(current):
        if current.focusPolicy() != QtCore.Qt.FocusPolicy.NoFocus:  # Qt ignores those
            chain.append(current)
        current = current.nextInFocusChain()
    for before, after in zip([anchor, *chain], chain, strict=False):
        QWidget.setTabOrder(before, after)


def _now() -> datetime:
    from datetime import UTC, datetime  # noqa: PLC0415 - not needed for the first frame

    return datetime.now(UTC)


class _DetailsPlaceholder(QWidget):
    """Where the details view goes, as it looks with nothing selected (until attach)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        note = QLabel(
            QCoreApplication.translate(
                "ContactDetailsView", "Select a contact to see all its details."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(note)
        layout.addStretch(1)


class RecentPanel(QWidget):
    """Self-contained once given its service (``attach``); the window wires the form to its
    signals. Until then (the window's first frame) the list shows that it is loading."""

    edit_requested = Signal(object)  # Contact: load it into the form in edit mode
    outbox_entry_activated = Signal(str)  # an outbox entry id: reopen it in the form
    outbox_entry_discard_requested = Signal(str)  # an outbox entry id: ask, then drop it
    outbox_rows_needed = Signal()  # the list was emptied: pin the unsent entries again

    # Set by attach(), with the domain: the first frame shows the list loading.
    _service: RecentService
    model: RecentContactsModel
    details: ContactDetailsView

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._attached = False
        self._clock = clock or _now
        self._monotonic = monotonic
        self._away_since: float | None = None
        self._watched: QWidget | None = None  # the window whose activation means "back"
        self._selected_key = ""  # the selected row, found again after a reset
        self._pending_key = ""  # the contact whose details are shown or on their way
        self._full_shown = False  # the details pane holds a full, fresh contact (editable)
        self._empty_pages = 0
        self._error = ""
        self._remembered: set[str] = set()  # outbox entries already kept in the history
        self._account_tags: set[str] = set()
        self._stages: list[FunnelStage] = []
        self._build()
        self._connect_ui()
        self.update_status()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        title = make_title(QLabel(self.tr("Recent contacts"), self))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search recent contacts (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search recent contacts"))
        self.search.setClearButtonEnabled(True)
        self.tag_filter = _TagFilter(self)
        name_combo(self.tag_filter, self.tr("Filter by tag"))
        self.tag_filter.addItem(self.tr("All tags"), "")
        self.stage_filter = QComboBox(self)
        name_combo(self.stage_filter, self.tr("Filter by funnel stage"))
        self.set_stages(())
        self.table = QTableView(self)
        self._setup_table()
        self.empty_note = EmptyNote(self.table)
        self.footer = ListFooter(self)
        self.status_line, self.count_label = self.footer.status_line, self.footer.count_label
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.stage_filter, 1)
        self._split = split = QSplitter()  # QSplitter(self) makes PySide6 check Qt.Orientation
        split.setParent(self)  # at once: made without a parent, it would come last in Tab
        set_early(split, orientation=VERTICAL)
        split.addWidget(self.table)
        split.addWidget(_DetailsPlaceholder(self))  # the details view, until attach()
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.footer)
        self._local_timer = QTimer(self, singleShot=True, interval=LOCAL_FILTER_MS)
        self._server_timer = QTimer(self, singleShot=True, interval=SERVER_SEARCH_MS)
        self._tick = QTimer(self, interval=CLOCK_TICK_MS)
        self._tick.start()

    def _setup_table(self) -> None:
        """What the table is before it has a model (its columns come with it, in attach)."""
        table = self.table
        table.setAccessibleName(self.tr("Recent contacts"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setAlternatingRowColors(True)
        table.setIconSize(QSize(SMALL_ICON, SMALL_ICON))
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), not a trap

    def _setup_columns(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        table.setModel(self.model)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(
            (*_COLUMN_WIDTHS[:-1], status_width(self.table, _COLUMN_WIDTHS[-1]))
        ):
            if width:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                table.setColumnWidth(column, width)
        header.setSortIndicator(4, QtCore.Qt.SortOrder.DescendingOrder)  # newest first
        table.setSortingEnabled(True)

    def _give_details_room(self) -> None:
        """The details pane shows ~10 lines (it showed 3.5), the list at least ~5 rows."""
        lines = self.fontMetrics().lineSpacing()
        self.details.setMinimumHeight(DETAILS_LINES * lines)
        self.table.setMinimumHeight(
            LIST_MIN_ROWS * self.table.verticalHeader().defaultSectionSize()
        )
        self._split.setStretchFactor(0, 1)
        self._split.setStretchFactor(1, 1)

    def _fit_columns(self, width: int | None = None) -> None:
        if self._attached:
            fit_columns(self.table, _COLUMN_WIDTHS, width)

    def _connect_ui(self) -> None:
        self.search.textChanged.connect(self._search_changed)
        self._local_timer.timeout.connect(self._apply_search)
        self._server_timer.timeout.connect(self._search_server)
        self.tag_filter.about_to_open.connect(self._fill_tags)
        self.tag_filter.currentIndexChanged.connect(self._apply_tag_filter)
        self.stage_filter.currentIndexChanged.connect(self._apply_stage_filter)
        self.table.activated.connect(self._activated)  # Enter, or a double click
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._tick.timeout.connect(self._clock_ticked)

    def attach(self, service: RecentService) -> None:
        """The list's model and details view (they load the domain), and the service."""
        from whaapy_contacts.ui.recent.details import ContactDetailsView  # noqa: PLC0415
        from whaapy_contacts.ui.recent.model import RecentContactsModel  # noqa: PLC0415

        self._service = service
        self.model = model = RecentContactsModel(self._clock)
        self.details = ContactDetailsView(self)
        placeholder = self._split.replaceWidget(1, self.details)
        if placeholder is not None:
            placeholder.deleteLater()
        self._give_details_room()
        _tab_after(self.table, self.details)  # made last, it would come after the status bar
        self._setup_columns()
        self._attached = True
        # The header is as wide as the rows' area, and resized with it: its resizes fit the
        # columns (the table's own Resize comes before its viewport's new width).
        self.table.horizontalHeader().installEventFilter(self)
        self._fit_columns()
        # What was typed or picked before the list had a model applies to it now.
        model.set_stages(self._stages)
        self._apply_search()
        self._apply_tag_filter()
        self._apply_stage_filter()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        from PySide6.QtGui import QKeySequence, QShortcut  # noqa: PLC0415 - after the paint

        delete = QShortcut(QKeySequence("Del"), self.table, self._delete_pressed)
        delete.setContext(QtCore.Qt.ShortcutContext.WidgetShortcut)  # only in the list
        self.details.edit_requested.connect(self.edit_requested)
        self.details.entry_requested.connect(self.outbox_entry_activated)
        self.details.discard_requested.connect(self.outbox_entry_discard_requested)
        model.modelReset.connect(self._restore_selection)
        model.rowsRemoved.connect(self._restore_selection)
        model.rowsInserted.connect(self.update_status)
        model.modelReset.connect(self.update_status)
        model.rowsRemoved.connect(self.update_status)
        # The service's signals: bootstrap/compose.py.
        self.update_status()

    # --- what the window calls ------------------------------------------------------------

    def start(self) -> None:
        """The local history at once (from a worker), then the newest page from the server."""
        self._service.load_history()
        self.refresh()

    def refresh(self) -> None:
        self._error = ""
        self._empty_pages = 0
        self._service.refresh()
        self.update_status()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def add_saved_many(self, contacts: list[Contact]) -> None:
        """Contacts saved from this app (a group the outbox sent): on top at once, kept in the
        history; one merge and one history write for all of them."""
        self.model.merge_contacts(contacts)
        self._service.remember(contacts, mine=True)

    def set_outbox(self, entries: Iterable[OutboxEntry]) -> None:
        """The outbox as it stands: unsent entries pinned on top, sent ones kept as contacts."""
        from whaapy_contacts.domain.outbox import OutboxState  # noqa: PLC0415 - after the paint

        entries = list(entries)
        self.model.set_outbox(entries)
        sent = [e for e in entries if e.state is OutboxState.SENT and e.contact is not None]
        fresh = [e for e in sent if e.id not in self._remembered]
        self._remembered.update(e.id for e in fresh)
        self._service.remember([e.contact for e in fresh if e.contact], mine=True)
        self._refresh_local_details()

    def set_stages(self, stages: Iterable[FunnelStage]) -> None:
        stages = list(stages)
        current = self.stage_filter.currentData()
        self.stage_filter.blockSignals(True)
        self.stage_filter.clear()
        self.stage_filter.addItem(self.tr("All stages"), ANY_STAGE)
        self.stage_filter.addItem(self.tr("(no stage)"), _NO_STAGE)
        for stage in stages:
            self.stage_filter.addItem(stage.name, stage.id)
        found = self.stage_filter.findData(current) if current is not None else 0
        self.stage_filter.setCurrentIndex(max(0, found))
        self.stage_filter.blockSignals(False)
        self._stages = stages
        if self._attached:
            self.model.set_stages(stages)

    def set_practice(self, practice: bool) -> None:
        """Practice mode: what the practice server holds is not "Enviado" (it isn't in Whaapy)."""
        self.model.set_practice(practice)

    def add_tags(self, tags: Iterable[str]) -> None:
        """Tags of the account (the tag filter offers them with those seen on rows)."""
        self._account_tags.update(tags)

    def show_contact(self, contact_id: str, contact: Contact | None = None) -> None:
        """Show one contact's details (the duplicate banner's "View contact"), selecting its
        row when it is in the list."""
        row = self.model.row_of(contact_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._show_details(contact_id, contact)

    def activation_changed(self, active: bool) -> None:
        """The window lost or regained focus: back after a while away means a refresh."""
        if not active:
            self._away_since = self._monotonic()
            return
        away, self._away_since = self._away_since, None
        if away is not None and self._monotonic() - away > AWAY_REFRESH_S and self._attached:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # Only the top-level window is told about activation (not its children): watch it.
        if self._watched is not self.window():
            self._watched = self.window()
            self._watched.installEventFilter(self)
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.horizontalHeader() and event.type() == QEvent.Type.Resize:
            self._fit_columns(event.size().width())  # type: ignore[attr-defined]
        if watched is self._watched and event.type() == QEvent.Type.ActivationChange:
            self.activation_changed(self._watched.isActiveWindow())
        return False

    # --- search and filters ---------------------------------------------------------------

    def _search_server(self) -> None:
        if self._attached:
            self._service.search(self.search.text())

    def _search_changed(self) -> None:
        self._local_timer.start()
        self._server_timer.start()

    def _apply_search(self) -> None:
        if self._attached:
            self.model.set_filter(self.search.text())

    def _apply_tag_filter(self) -> None:
        if self._attached:
            self.model.set_tag_filter(str(self.tag_filter.currentData() or ""))

    def _apply_stage_filter(self) -> None:
        if self._attached:
            self.model.set_stage_filter(self.stage_filter.currentData())

    def _fill_tags(self) -> None:
        current = self.tag_filter.currentData()
        # The account's own spelling wins over a row's ("VIP" vs "vip").
        seen = self.model.known_tags() if self._attached else ()
        tags = {t.casefold(): t for t in (*seen, *self._account_tags)}
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag in sorted(tags.values(), key=str.casefold):
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)

    # --- list -----------------------------------------------------------------------------

    def _scrolled(self, value: int) -> None:
        if not self._attached:
            return
        bar = self.table.verticalScrollBar()
        if bar.maximum() - value <= NEAR_END_ROWS and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())

    def _history_loaded(self, rows: list[RecentRow]) -> None:
        self.model.set_history(rows)

    def _page_loaded(self, contacts: tuple[Contact, ...], first: bool) -> None:
        self._error = ""
        added = self.model.merge_contacts(contacts)
        self._empty_pages = 0 if first or added else self._empty_pages + 1
        # Everything on that page was already here (from the history): look further back.
        if not first and not added and self._empty_pages < EMPTY_PAGES_CHAINED:
            self._service.load_more()

    def _state_changed(self) -> None:
        service = self._service
        self.model.set_more_available(service.has_more and not service.loading)
        self.details.set_editable(self._editable())
        self.update_status()

    def _list_failed(self, exc: object) -> None:
        from whaapy_contacts.services.recent import describe_error  # noqa: PLC0415 - start-up

        self._error = translated(describe_error(exc))
        self.update_status()

    def _account_changed(self) -> None:
        self._remembered.clear()
        self._account_tags.clear()
        self._selected_key = ""
        self.model.clear()
        self.details.show_placeholder()
        # The outbox may have switched to this account's store before the list heard of it:
        # its entries are pinned again from whichever store is current (either order ends true).
        self.outbox_rows_needed.emit()
        self._service.load_history()

    def _clock_ticked(self) -> None:
        if self._attached:
            self.model.times_changed()
            if self._service.online is False and not self._service.loading:
                self.refresh()  # offline: look again now and then, so it shows when it's back
        self.update_status()

    def update_status(self) -> None:
        if not self._attached:  # the window's first frame: the list is on its way
            self.footer.show_state(online=None, loading=True, updated_at=None, error="")
            self.footer.show_count(0, 0, filtered=False)
            self.empty_note.show_for(0, filtered=False, loading=True)
            return
        service, model = self._service, self.model
        self.footer.show_state(
            online=service.online,
            loading=service.loading,
            updated_at=service.updated_at,
            error=self._error,
            now=self._clock(),
        )
        filtered = model.is_filtered()
        self.footer.show_count(model.rowCount(), model.total(), filtered=filtered)
        self.empty_note.show_for(model.rowCount(), filtered=filtered, loading=service.loading)

    # --- selection and details ------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        key = self.model.key_at(current.row())
        self._selected_key = key
        if key != self.details.shown_key():
            self._show_details(key)

    def _restore_selection(self) -> None:
        """After a reset (filter, history) the view forgets its selection: find it again."""
        if not self._selected_key or self.table.selectionModel().hasSelection():
            return
        row = self.model.row_of(self._selected_key)
        if row >= 0:
            self.table.selectRow(row)

    def _activated(self, index: QModelIndex) -> None:
        """An entry that needs the user opens in the form; a saved contact, to be edited."""
        from whaapy_contacts.domain.outbox import OutboxEntry, OutboxState  # noqa: PLC0415
        from whaapy_contacts.ui.recent.model import OutboxEntryRole  # noqa: PLC0415

        entry = index.data(OutboxEntryRole)
        if isinstance(entry, OutboxEntry):
            if entry.state is OutboxState.ATTENTION:
                self.outbox_entry_activated.emit(entry.id)
            return
        button = self.details.edit_button
        if self.details.shown_key() == self.model.key_at(index.row()) and button.isEnabled():
            button.click()

    def _delete_pressed(self) -> None:
        """Supr on an entry that needs attention: discard it (the window asks first)."""
        from whaapy_contacts.domain.outbox import OutboxEntry, OutboxState  # noqa: PLC0415
        from whaapy_contacts.ui.recent.model import OutboxEntryRole  # noqa: PLC0415

        entry = self.table.currentIndex().data(OutboxEntryRole)
        if isinstance(entry, OutboxEntry) and entry.state is OutboxState.ATTENTION:
            self.outbox_entry_discard_requested.emit(entry.id)

    def _show_details(self, key: str, known: Contact | None = None) -> None:
        if key.startswith(LOCAL_PREFIX):
            self._show_entry(key)
            return
        self._pending_key = key
        full = self._service.details(key)
        self._full_shown = full is not None
        if full is not None:
            self.details.show_contact(full, editable=self._editable())
            return
        row = self.model.row_of(key)
        summary = known or (self.model.contact_at(row) if row >= 0 else None)
        loading = self.tr("Loading all the details…")
        if summary is not None:
            self.details.show_contact(summary, note=loading)
        else:
            self.details.show_placeholder()
            self.details.set_note(loading)

    def _show_entry(self, key: str) -> None:
        from whaapy_contacts.domain.outbox import OutboxEntry  # noqa: PLC0415 - after the paint
        from whaapy_contacts.ui.recent.model import OutboxEntryRole  # noqa: PLC0415 - the same

        self._pending_key, self._full_shown = key, False
        row = self.model.row_of(key)
        entry = self.model.index(row, 0).data(OutboxEntryRole) if row >= 0 else None
        if isinstance(entry, OutboxEntry):
            stage_id = str(entry.payload.get("funnel_stage_id") or "")
            stage = self.stage_filter.itemText(self.stage_filter.findData(stage_id))
            self.details.show_entry(entry, stage if stage_id else "")

    def _refresh_local_details(self) -> None:
        key = self.details.shown_key()
        if key.startswith(LOCAL_PREFIX):
            if self.model.row_of(key) >= 0:
                self._show_entry(key)
            else:
                self.details.show_placeholder()

    def _details_loaded(self, contact: Contact, fresh: bool) -> None:
        if fresh:
            self.model.merge_contacts((contact,))
        if contact.id != self._pending_key:
            return
        note = "" if fresh else self.tr("No connection: these are the details saved here.")
        self._full_shown = fresh
        self.details.show_contact(contact, note=note, editable=fresh and self._editable())

    def _details_failed(self, contact_id: str, exc: object) -> None:
        from whaapy_contacts.services.recent import describe_error  # noqa: PLC0415 - start-up

        if contact_id == self._pending_key:
            self.details.set_note(translated(describe_error(exc)))

    def _contact_updated(self, updated: Updated) -> None:
        self._contact_changed(updated.contact)

    def _contact_changed(self, contact: Contact) -> None:
        """The server's new copy, in the list and, if shown, in the details pane."""
        self.model.add_saved(contact)
        if self.details.shown_key() == contact.id:
            self._full_shown = True
            self.details.show_contact(contact, editable=self._editable())

    def _editable(self) -> bool:
        """Editing needs the full contact, fresh from the server, and the server reachable."""
        service = self._service
        busy = service.is_updating(self.details.shown_key())  # its edit is on its way
        return self._full_shown and service.online is not False and not busy
