"""The right-hand side of the window: search, filters, the recent list, details and status.

A view: it builds the widgets, tells its presenter (presenter.py) what the person did, and
renders what the presenter decides. The first frame shows the panel's widgets with the list
"loading": the table model and the details view (and the domain they need) come with
``attach``, after the first paint.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Signal
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

from whaapy_contacts.domain.recent_keys import ANY_STAGE
from whaapy_contacts.ui.common.a11y import name_combo
from whaapy_contacts.ui.common.decor import make_title
from whaapy_contacts.ui.common.early_qt import VERTICAL, set_early
from whaapy_contacts.ui.common.status_icons import SMALL_ICON
from whaapy_contacts.ui.recent.columns import fit_columns, status_width
from whaapy_contacts.ui.recent.footer import EmptyNote, ListFooter
from whaapy_contacts.ui.recent.presenter import RecentPresenter
from whaapy_contacts.ui.recent.widgets import DetailsPlaceholder, TagFilter, tab_after

if TYPE_CHECKING:
    from datetime import datetime

    from whaapy_contacts.domain.contact import Contact, FunnelStage
    from whaapy_contacts.domain.outbox import OutboxEntry
    from whaapy_contacts.services.recent import RecentService
    from whaapy_contacts.ui.recent.details import ContactDetailsView
    from whaapy_contacts.ui.recent.model import RecentContactsModel

_COLUMN_WIDTHS = (0, 128, 100, 90, 88, 112)
DETAILS_LINES = 10
LIST_MIN_ROWS = 4
_NO_STAGE = ""


class RecentPanel(QWidget):
    """Self-contained once given its service (``attach``); the window wires the form to its
    signals. Until then (the window's first frame) the list shows that it is loading."""

    # Contact: load it into the form in edit mode (object: the domain is not loaded in the
    # first frame, when this class is made).
    edit_requested = Signal(object)
    outbox_entry_activated = Signal(str)  # an outbox entry id: reopen it in the form
    outbox_entry_discard_requested = Signal(str)  # an outbox entry id: ask, then drop it
    outbox_rows_needed = Signal()  # the list was emptied: pin the unsent entries again

    # Set by attach(), with the domain: the first frame shows the list loading.
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
        self._watched: QWidget | None = None  # the window whose activation means "back"
        self.presenter = RecentPresenter(self, clock=clock, monotonic=monotonic)
        self._build()
        self._connect_ui()
        self.presenter.update_status()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        title = make_title(QLabel(self.tr("Recent contacts"), self))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search recent contacts (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search recent contacts"))
        self.search.setClearButtonEnabled(True)
        self.tag_filter = TagFilter(self)
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
        split.addWidget(DetailsPlaceholder(self))  # the details view, until attach()
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.footer)

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
        presenter = self.presenter
        self.search.textChanged.connect(presenter.search_changed)
        self.tag_filter.about_to_open.connect(self._fill_tags)
        self.tag_filter.currentIndexChanged.connect(presenter.apply_tag_filter)
        self.stage_filter.currentIndexChanged.connect(presenter.apply_stage_filter)
        self.table.activated.connect(presenter.activated)  # Enter, or a double click
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)

    def attach(self, service: RecentService) -> None:
        """The list's model and details view (they load the domain), and the service."""
        from whaapy_contacts.ui.recent.details import ContactDetailsView  # noqa: PLC0415
        from whaapy_contacts.ui.recent.model import RecentContactsModel  # noqa: PLC0415

        presenter = self.presenter
        self.model = model = RecentContactsModel(presenter.clock)
        self.details = ContactDetailsView(self)
        placeholder = self._split.replaceWidget(1, self.details)
        if placeholder is not None:
            placeholder.deleteLater()
        self._give_details_room()
        tab_after(self.table, self.details)  # made last, it would come after the status bar
        self._setup_columns()
        self._attached = True
        # The header is as wide as the rows' area, and resized with it: its resizes fit the
        # columns (the table's own Resize comes before its viewport's new width).
        self.table.horizontalHeader().installEventFilter(self)
        self._fit_columns()
        # What was typed or picked before the list had a model applies to it now.
        presenter.attach(service, model, self.details)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        from PySide6.QtGui import QKeySequence, QShortcut  # noqa: PLC0415 - after the paint

        delete = QShortcut(QKeySequence("Del"), self.table, self._delete_pressed)
        delete.setContext(QtCore.Qt.ShortcutContext.WidgetShortcut)  # only in the list
        self.details.edit_requested.connect(self.edit_requested)
        self.details.entry_requested.connect(self.outbox_entry_activated)
        self.details.discard_requested.connect(self.outbox_entry_discard_requested)
        model.modelReset.connect(presenter.restore_selection)
        model.rowsRemoved.connect(presenter.restore_selection)
        model.rowsInserted.connect(presenter.update_status)
        model.modelReset.connect(presenter.update_status)
        model.rowsRemoved.connect(presenter.update_status)
        # The service's signals: bootstrap/compose.py.
        presenter.update_status()

    # --- what the window calls ------------------------------------------------------------

    def refresh(self) -> None:
        self.presenter.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def add_saved_many(self, contacts: list[Contact]) -> None:
        self.presenter.add_saved_many(contacts)

    def set_outbox(self, entries: Iterable[OutboxEntry]) -> None:
        self.presenter.set_outbox(entries)

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
        self.presenter.set_stages(stages)

    def set_practice(self, practice: bool) -> None:
        """Practice mode: what the practice server holds is not "Enviado" (it isn't in Whaapy)."""
        self.presenter.practice = practice  # and its problems don't blame Whaapy (texts.render)
        self.details.practice = practice
        self.model.set_practice(practice)

    def add_tags(self, tags: Iterable[str]) -> None:
        self.presenter.add_tags(tags)

    def show_contact(self, contact_id: str, contact: Contact | None = None) -> None:
        self.presenter.show_contact(contact_id, contact)

    def activation_changed(self, active: bool) -> None:
        self.presenter.activation_changed(active)

    def update_status(self) -> None:
        self.presenter.update_status()

    # --- what the presenter reads and renders ---------------------------------------------

    def search_text(self) -> str:
        return self.search.text()

    def tag_choice(self) -> str:
        return str(self.tag_filter.currentData() or "")

    def stage_choice(self) -> str | None:
        return self.stage_filter.currentData()  # type: ignore[no-any-return]

    def show_list_state(
        self,
        *,
        online: bool | None,
        loading: bool,
        updated_at: datetime | None,
        error: str,
        now: datetime | None = None,
    ) -> None:
        self.footer.show_state(
            online=online, loading=loading, updated_at=updated_at, error=error, now=now
        )

    def show_rows(self, shown: int, total: int, *, filtered: bool, loading: bool) -> None:
        self.footer.show_count(shown, total, filtered=filtered)
        self.empty_note.show_for(shown, filtered=filtered, loading=loading)

    def has_selection(self) -> bool:
        return self.table.selectionModel().hasSelection()

    def select_row(self, row: int, *, scroll: bool = False) -> None:
        self.table.selectRow(row)
        if scroll:
            self.table.scrollTo(self.model.index(row, 0))

    # --- events ---------------------------------------------------------------------------

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

    def _fill_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag in self.presenter.tags_to_offer():
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)

    def _scrolled(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        self.presenter.scrolled(bar.maximum() - value)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.presenter.current_changed(current.row())

    def _delete_pressed(self) -> None:
        self.presenter.delete_pressed(self.table.currentIndex())
