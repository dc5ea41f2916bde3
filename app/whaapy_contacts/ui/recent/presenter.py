"""What the recent list does: when to filter and search, when to page, refresh and what to show.

``RecentPanel`` (panel.py) is the view: it builds the widgets, tells this presenter what the
person did, and renders what it is told. This presenter decides, with the list's model, the
details view and the service (given by ``attach``, after the first paint). Before that it only
remembers what was typed or picked, which then applies to the model.

In the first frame: no domain, no dates, no ``Qt`` enums at import (ui/common/early_qt.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QTimer

from whaapy_contacts.domain.recent_keys import LOCAL_PREFIX
from whaapy_contacts.ui.common.texts import render

if TYPE_CHECKING:
    from datetime import datetime

    from whaapy_contacts.domain.contact import Contact, FunnelStage
    from whaapy_contacts.domain.outbox import OutboxEntry
    from whaapy_contacts.domain.recent import RecentRow
    from whaapy_contacts.services.recent import RecentService, Updated
    from whaapy_contacts.ui.recent.details import ContactDetailsView
    from whaapy_contacts.ui.recent.model import RecentContactsModel
    from whaapy_contacts.ui.recent.panel import RecentPanel

LOCAL_FILTER_MS = 150  # the list narrows as the user types: ≤ 50 ms of work per keystroke
SERVER_SEARCH_MS = 450  # the server is asked once typing pauses
NEAR_END_ROWS = 20  # the next page is asked this many rows before the end
AWAY_REFRESH_S = 60.0  # coming back to the window after this long refreshes the list
EMPTY_PAGES_CHAINED = 10  # pages already in the history are skipped, this many at most
CLOCK_TICK_MS = 30_000  # "hace 2 min" is redrawn this often


def _now() -> datetime:
    from datetime import UTC, datetime  # noqa: PLC0415 - not needed for the first frame

    return datetime.now(UTC)


class RecentPresenter(QObject):
    """The list's decisions; ``view`` renders them. ``clock`` and ``monotonic`` are injected
    so tests move time instead of waiting for it."""

    # Set by attach(), with the domain: the first frame shows the list loading.
    _service: RecentService
    model: RecentContactsModel
    details: ContactDetailsView

    practice = False  # the practice server answers: its problems never blame Whaapy

    def __init__(
        self,
        view: RecentPanel,
        *,
        clock: Callable[[], datetime] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._attached = False
        self.clock = clock or _now
        self._monotonic = monotonic
        self._away_since: float | None = None
        self._selected_key = ""  # the selected row, found again after a reset
        self._pending_key = ""  # the contact whose details are shown or on their way
        self._full_shown = False  # the details pane holds a full, fresh contact (editable)
        self._empty_pages = 0
        self._error = ""
        self._remembered: set[str] = set()  # outbox entries already kept in the history
        self._account_tags: set[str] = set()
        self._stages: list[FunnelStage] = []
        self._local_timer = QTimer(self, singleShot=True, interval=LOCAL_FILTER_MS)
        self._local_timer.timeout.connect(self.apply_search)
        self._server_timer = QTimer(self, singleShot=True, interval=SERVER_SEARCH_MS)
        self._server_timer.timeout.connect(self._search_server)
        self._tick = QTimer(self, interval=CLOCK_TICK_MS)
        self._tick.timeout.connect(self._clock_ticked)
        self._tick.start()

    def attach(
        self, service: RecentService, model: RecentContactsModel, details: ContactDetailsView
    ) -> None:
        """The service, the model and the details view: what was typed or picked before
        applies to the model now."""
        self._service, self.model, self.details = service, model, details
        self._attached = True
        model.set_stages(self._stages)
        self.apply_search()
        self.apply_tag_filter()
        self.apply_stage_filter()

    # --- what the window asks -------------------------------------------------------------

    def refresh(self) -> None:
        self._error = ""
        self._empty_pages = 0
        self._service.refresh()
        self.update_status()

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

    def set_stages(self, stages: list[FunnelStage]) -> None:
        self._stages = stages
        if self._attached:
            self.model.set_stages(stages)

    def add_tags(self, tags: Iterable[str]) -> None:
        """Tags of the account (the tag filter offers them with those seen on rows)."""
        self._account_tags.update(tags)

    def show_contact(self, contact_id: str, contact: Contact | None = None) -> None:
        """Show one contact's details (the duplicate banner's "View contact"), selecting its
        row when it is in the list."""
        row = self.model.row_of(contact_id)
        if row >= 0:
            self._view.select_row(row, scroll=True)
        self._show_details(contact_id, contact)

    def activation_changed(self, active: bool) -> None:
        """The window lost or regained focus: back after a while away means a refresh."""
        if not active:
            self._away_since = self._monotonic()
            return
        away, self._away_since = self._away_since, None
        if away is not None and self._monotonic() - away > AWAY_REFRESH_S and self._attached:
            self.refresh()

    # --- search and filters ---------------------------------------------------------------

    def search_changed(self) -> None:
        self._local_timer.start()
        self._server_timer.start()

    def _search_server(self) -> None:
        if self._attached:
            self._service.search(self._view.search_text())

    def apply_search(self) -> None:
        if self._attached:
            self.model.set_filter(self._view.search_text())

    def apply_tag_filter(self) -> None:
        if self._attached:
            self.model.set_tag_filter(self._view.tag_choice())

    def apply_stage_filter(self) -> None:
        if self._attached:
            self.model.set_stage_filter(self._view.stage_choice())

    def tags_to_offer(self) -> list[str]:
        """The tag filter's list: tags seen on rows and the account's; the account's own
        spelling wins over a row's ("VIP" vs "vip")."""
        seen = self.model.known_tags() if self._attached else ()
        tags = {t.casefold(): t for t in (*seen, *self._account_tags)}
        return sorted(tags.values(), key=str.casefold)

    # --- list -----------------------------------------------------------------------------

    def scrolled(self, rows_left: int) -> None:
        """The list was scrolled: near its end, the next page."""
        if self._attached and rows_left <= NEAR_END_ROWS and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())

    def history_loaded(self, rows: list[RecentRow]) -> None:
        self.model.set_history(rows)

    def page_loaded(self, contacts: tuple[Contact, ...], first: bool) -> None:
        self._error = ""
        added = self.model.merge_contacts(contacts)
        self._empty_pages = 0 if first or added else self._empty_pages + 1
        # Everything on that page was already here (from the history): look further back.
        if not first and not added and self._empty_pages < EMPTY_PAGES_CHAINED:
            self._service.load_more()

    def state_changed(self) -> None:
        service = self._service
        self.model.set_more_available(service.has_more and not service.loading)
        self.details.set_editable(self._editable())
        self.update_status()

    def list_failed(self, exc: object) -> None:
        from whaapy_contacts.services.recent import describe_error  # noqa: PLC0415 - start-up

        self._error = render(describe_error(exc), practice=self.practice)
        self.update_status()

    def account_changed(self) -> None:
        self._remembered.clear()
        self._account_tags.clear()
        self._selected_key = ""
        self.model.clear()
        self.details.show_placeholder()
        # The outbox may have switched to this account's store before the list heard of it:
        # its entries are pinned again from whichever store is current (either order ends true).
        self._view.outbox_rows_needed.emit()
        self._service.load_history()

    def _clock_ticked(self) -> None:
        if self._attached:
            self.model.times_changed()
            if self._service.online is False and not self._service.loading:
                self.refresh()  # offline: look again now and then, so it shows when it's back
        self.update_status()

    def update_status(self) -> None:
        if not self._attached:  # the window's first frame: the list is on its way
            self._view.show_list_state(online=None, loading=True, updated_at=None, error="")
            self._view.show_rows(0, 0, filtered=False, loading=True)
            return
        service, model = self._service, self.model
        self._view.show_list_state(
            online=service.online,
            loading=service.loading,
            updated_at=service.updated_at,
            error=self._error,
            now=self.clock(),
        )
        shown, filtered = model.rowCount(), model.is_filtered()
        self._view.show_rows(shown, model.total(), filtered=filtered, loading=service.loading)

    # --- selection and details ------------------------------------------------------------

    def current_changed(self, row: int) -> None:
        key = self.model.key_at(row)
        self._selected_key = key
        if key != self.details.shown_key():
            self._show_details(key)

    def restore_selection(self) -> None:
        """After a reset (filter, history) the view forgets its selection: find it again."""
        if not self._selected_key or self._view.has_selection():
            return
        row = self.model.row_of(self._selected_key)
        if row >= 0:
            self._view.select_row(row)

    def activated(self, index: QModelIndex) -> None:
        """An entry that needs the user opens in the form; a saved contact, to be edited."""
        entry = self._entry_at(index)
        if entry is not None:
            if self._needs_attention(entry):
                self._view.outbox_entry_activated.emit(entry.id)
            return
        button = self.details.edit_button
        if self.details.shown_key() == self.model.key_at(index.row()) and button.isEnabled():
            button.click()

    def delete_pressed(self, index: QModelIndex) -> None:
        """Supr on an entry that needs attention: discard it (the window asks first)."""
        entry = self._entry_at(index)
        if entry is not None and self._needs_attention(entry):
            self._view.outbox_entry_discard_requested.emit(entry.id)

    def _entry_at(self, index: QModelIndex) -> OutboxEntry | None:
        from whaapy_contacts.domain.outbox import OutboxEntry  # noqa: PLC0415 - after the paint
        from whaapy_contacts.ui.recent.model import OutboxEntryRole  # noqa: PLC0415 - the same

        entry = index.data(OutboxEntryRole)
        return entry if isinstance(entry, OutboxEntry) else None

    @staticmethod
    def _needs_attention(entry: OutboxEntry) -> bool:
        from whaapy_contacts.domain.outbox import OutboxState  # noqa: PLC0415 - after the paint

        return entry.state is OutboxState.ATTENTION

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
        loading = QCoreApplication.translate("RecentPanel", "Loading all the details…")
        if summary is not None:
            self.details.show_contact(summary, note=loading)
        else:
            self.details.show_placeholder()
            self.details.set_note(loading)

    def _show_entry(self, key: str) -> None:
        self._pending_key, self._full_shown = key, False
        row = self.model.row_of(key)
        entry = self._entry_at(self.model.index(row, 0)) if row >= 0 else None
        if entry is not None:
            stage_id = str(entry.payload.get("funnel_stage_id") or "")
            names = {stage.id: stage.name for stage in self._stages}
            self.details.show_entry(entry, names.get(stage_id, "") if stage_id else "")

    def _refresh_local_details(self) -> None:
        key = self.details.shown_key()
        if key.startswith(LOCAL_PREFIX):
            if self.model.row_of(key) >= 0:
                self._show_entry(key)
            else:
                self.details.show_placeholder()

    def details_loaded(self, contact: Contact, fresh: bool) -> None:
        if fresh:
            self.model.merge_contacts((contact,))
        if contact.id != self._pending_key:
            return
        note = (
            ""
            if fresh
            else QCoreApplication.translate(
                "RecentPanel", "No connection: these are the details saved here."
            )
        )
        self._full_shown = fresh
        self.details.show_contact(contact, note=note, editable=fresh and self._editable())

    def details_failed(self, contact_id: str, exc: object) -> None:
        from whaapy_contacts.services.recent import describe_error  # noqa: PLC0415 - start-up

        if contact_id == self._pending_key:
            self.details.set_note(render(describe_error(exc), practice=self.practice))

    def contact_updated(self, updated: Updated) -> None:
        self.contact_changed(updated.contact)

    def contact_changed(self, contact: Contact) -> None:
        """The server's new copy, in the list and, if shown, in the details pane."""
        self.model.add_saved(contact)
        if self.details.shown_key() == contact.id:
            self._full_shown = True
            self.details.show_contact(contact, editable=self._editable())

    def edit_state_changed(self) -> None:
        """An edit started or failed: its contact can't (or can again) be edited."""
        self.details.set_editable(self._editable())

    def _editable(self) -> bool:
        """Editing needs the full contact, fresh from the server, and the server reachable."""
        service = self._service
        busy = service.is_updating(self.details.shown_key())  # its edit is on its way
        return self._full_shown and service.online is not False and not busy
