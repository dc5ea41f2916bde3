"""The recent-contacts list's use cases: local history, server pages, search, details, edits.

Every server call runs on the runner; outcomes arrive as signals on the GUI thread. The history
(storage/recent.py) is written on the GUI thread and read in bulk on a worker.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from whaapy_contacts.api.errors import NotFound, TransportError
from whaapy_contacts.api.mapping import ContactPage, contact_from_json, contact_to_json
from whaapy_contacts.api.pacing import Priority, priority
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.recent import RecentRow, row_for_contact, server_search_text
from whaapy_contacts.services.account import AccountService
from whaapy_contacts.services.problems import Problem, problem_for
from whaapy_contacts.services.recent_edit import EditsMixin, FailedEdit, Updated
from whaapy_contacts.storage.local_db import StorageError
from whaapy_contacts.storage.paths import account_dir
from whaapy_contacts.storage.recent import FILE_NAME, RecentStore
from whaapy_contacts.workers.runner import TaskRunner

log = logging.getLogger(__name__)

PAGE_SIZE = 50
SEARCH_LIMIT = 50
DETAILS_CACHE = 256
HISTORY_HEAD = 200  # history rows read on the GUI thread at start (about 3 ms)
_UPDATED_KEY = "updated_at"

__all__ = ["FailedEdit", "RecentService", "Updated", "describe_error"]


class RecentService(EditsMixin, QObject):
    """One account's recent contacts. Switching account empties everything and reopens."""

    account_changed = Signal()  # another account: the list must empty and reload
    # list[RecentRow], newest first (object: a list would be copied into a QVariantList,
    # 0.3 s for 100,000 rows)
    history_loaded = Signal(object)
    page_loaded = Signal(object, bool)  # tuple[Contact, ...], first page?
    forgotten = Signal(object)  # list[str] (as history_loaded): ids the server proved deleted
    list_failed = Signal(object)  # an ApiError, or an unexpected one (workers/runner.py)
    state_changed = Signal()  # loading / online / has_more / updated_at changed
    search_loaded = Signal(str, object)  # query, tuple[Contact, ...]
    details_loaded = Signal(object, bool)  # Contact, fresh (False: from history, offline)
    details_failed = Signal(str, object)  # contact id, an exception (as list_failed)
    update_started = Signal()  # an edit is on its way (its contact can't be edited meanwhile)
    contact_updated = Signal(object)  # Updated
    update_failed = Signal(object)  # FailedEdit: the server's answer came (the form moved on)
    validation_failed = Signal(object)  # FieldErrors of an edit not sent (checked here)
    contact_changed = Signal(object)  # Contact: changed elsewhere (the duplicate flow, undo)

    def __init__(
        self,
        account: AccountService,
        runner: TaskRunner,
        *,
        folder: Callable[[str], Path] = account_dir,
        page_size: int | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__()
        self._account = account
        self._runner = runner
        self._folder = folder
        self._clock = clock
        self.page_size = page_size or PAGE_SIZE
        self._store: RecentStore | None = None
        # Late answers are dropped: pages after a refresh or a switch, the rest after a switch.
        self._pages = 0
        self._account_switches = 0
        self._cursor: str | None = None
        self._cache: OrderedDict[str, Contact] = OrderedDict()
        self._fetching: set[str] = set()
        self.loading = False
        self.has_more = False
        self.online: bool | None = None  # None until the first answer (or failure)
        self.updated_at: datetime | None = None
        self._in_flight: dict[str, int] = {}  # contact id -> PATCHes not answered yet

    # --- history --------------------------------------------------------------------------

    def load_history(self) -> None:
        """The account's history through ``history_loaded``: the newest rows at once (a few
        ms, so the list is never blank at start), the rest from a worker."""
        store = self._open()
        if store is None:
            return
        generation, path = self._account_switches, store.path
        head = RecentStore.read_rows(path, limit=HISTORY_HEAD)
        self.history_loaded.emit(head)
        if len(head) < HISTORY_HEAD:
            return
        job = self._runner.submit(
            "recent-history", lambda: RecentStore.read_rows(path, skip=HISTORY_HEAD)
        )
        job.succeeded.connect(lambda rows: self._history_read(generation, rows))
        job.failed.connect(lambda exc: log.warning("history not read: %r", exc))

    def remember(self, contacts: tuple[Contact, ...] | list[Contact], *, mine: bool) -> None:
        """Keep contacts in the history (saved here when ``mine``; else just loaded)."""
        store = self._open()
        if store is None or not contacts:
            return
        items = [(row_for_contact(c), json.dumps(contact_to_json(c))) for c in contacts]
        try:
            store.save(items, mine=mine, seen=time.time())
        except (sqlite3.Error, StorageError) as exc:
            self._history_failed("saved", exc)

    def _history_failed(self, what: str, exc: BaseException) -> None:
        """The history is a cache of the server: a full or read-only disk is said by the outbox
        (which keeps the contacts); here it is closed, to be opened afresh at the next use."""
        log.info("history not %s: %r", what, exc)
        if self._store is not None:
            self._store.close()
            self._store = None

    def stored_contact(self, contact_id: str) -> Contact | None:
        store = self._open()
        text = store.contact_json(contact_id) if store else None
        return contact_from_json(json.loads(text)) if text else None

    def ids_with_phone(self, digits: str) -> list[str]:
        """History contacts with this number (canonical digits), newest first; [] when the
        history can't be read (the server is asked instead: services/existing.py)."""
        store = self._open()
        if store is None:
            return []
        try:
            return store.ids_with_digits(digits)
        except (sqlite3.Error, StorageError) as exc:
            self._history_failed("read", exc)
            return []

    def ids_with_email(self, email: str) -> list[str]:
        """History contacts with this e-mail, newest first; [] when the history can't be read
        (for the hint while typing: services/duplicate_hint.py)."""
        store = self._open()
        if store is None:
            return []
        try:
            return store.ids_with_email(email)
        except (sqlite3.Error, StorageError) as exc:
            self._history_failed("read", exc)
            return []

    def _history_read(self, generation: int, rows: list[RecentRow]) -> None:
        if generation == self._account_switches:
            self.history_loaded.emit(rows)

    def _open(self) -> RecentStore | None:
        if self._store is None:
            path = self._folder(self._account.data_slug) / FILE_NAME
            try:
                self._store = RecentStore(path)
            except (OSError, sqlite3.Error) as exc:
                log.warning("history unavailable at %s: %r", path, exc)
                return None
            stamp = self._store.meta(_UPDATED_KEY)
            self.updated_at = datetime.fromisoformat(stamp) if stamp else None
        return self._store

    # --- pages ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """The newest page again; paging restarts from it."""
        self._pages += 1
        self._cursor = None
        self._request_page(None)

    def server_answered(self) -> None:
        """Another call just got an answer: if the list believed it was offline, ask again
        (its "Sin conexión" stops being true without F5)."""
        if self.online is False and not self.loading:
            self.refresh()

    def load_more(self) -> bool:
        """The next page, if there is one and none is on its way."""
        if self.loading or not self.has_more or self._cursor is None:
            return False
        self._request_page(self._cursor)
        return True

    def _request_page(self, cursor: str | None) -> None:
        client, size, generation = self._account.client(), self.page_size, self._pages
        # The first page is what the person looks at; asked again while it waits for its
        # turn, the newer ask replaces it (one refresh). A later page: the person scrolled.
        merge = "list-first-page" if cursor is None else None

        def fetch() -> ContactPage:
            with priority(Priority.LOOKING, merge):
                return client.list_contacts(limit=size, cursor=cursor)

        job = self._runner.submit("recent-page", fetch)
        job.succeeded.connect(lambda page: self._page_arrived(generation, page, cursor))
        job.failed.connect(lambda exc: self._page_failed(generation, exc))
        self._set_state(loading=True)

    def _page_arrived(self, generation: int, page: ContactPage, cursor: str | None) -> None:
        if generation != self._pages:
            return
        first = cursor is None
        self._cursor = page.next_cursor
        self.remember(page.contacts, mine=False)
        if first:
            self.updated_at = self._clock()
        try:
            if first and self._store is not None and self.updated_at is not None:
                self._store.set_meta(_UPDATED_KEY, self.updated_at.isoformat())
        except (sqlite3.Error, StorageError) as exc:
            self._history_failed("updated", exc)
        self.page_loaded.emit(page.contacts, first)
        self._set_state(loading=False, online=True, has_more=page.has_more)

    def forget(self, contact_id: str) -> None:
        """A contact this app deleted (an undone save): out of the history and the list."""
        self._forget_deleted(contact_id)

    def _forget_deleted(self, contact_id: str) -> None:
        """Forget a contact only on proof that the server no longer has it (a 404 for its id).

        Never from its absence in a page: the order and paging of the real list are known
        only from the vendor's integration node (``sort_by``/``cursor``), so a contact missing
        from a page may simply be elsewhere, and forgetting it would lose a contact we made."""
        store = self._open()
        if store is None:
            return
        try:
            gone = store.forget([contact_id])
        except (sqlite3.Error, StorageError) as exc:
            self._history_failed("updated", exc)
            return
        self._cache.pop(contact_id, None)
        if gone:
            self.forgotten.emit(gone)

    def _page_failed(self, generation: int, exc: object) -> None:
        if generation != self._pages:
            return
        offline = isinstance(exc, TransportError)
        self._set_state(loading=False, online=False if offline else self.online)
        self.list_failed.emit(exc)

    def _set_state(self, **values: object) -> None:
        for name, value in values.items():
            setattr(self, name, value)
        self.state_changed.emit()

    # --- search ---------------------------------------------------------------------------

    def search(self, text: str) -> bool:
        """Ask the server too (``search=``); skipped when offline or for 0-1 characters."""
        text = text.strip()
        if len(text) < 2 or self.online is False:
            return False
        client, generation = self._account.client(), self._account_switches

        def find() -> ContactPage:
            # The next keystroke's search replaces this one if it is still waiting its turn.
            with priority(Priority.LOOKING, merge="search"):
                return client.list_contacts(limit=SEARCH_LIMIT, search=server_search_text(text))

        job = self._runner.submit("recent-search", find)
        job.succeeded.connect(lambda page: self._search_arrived(generation, text, page))
        job.failed.connect(lambda exc: log.info("server search failed: %r", exc))
        return True

    def _search_arrived(self, generation: int, text: str, page: ContactPage) -> None:
        if generation == self._account_switches:
            self.remember(page.contacts, mine=False)
            self.search_loaded.emit(text, page.contacts)

    # --- details --------------------------------------------------------------------------

    def details(self, contact_id: str) -> Contact | None:
        """The full contact if already fetched; else fetch it (``details_loaded`` follows)."""
        cached = self._cache.get(contact_id)
        if cached is not None:
            self._cache.move_to_end(contact_id)
            return cached
        if contact_id not in self._fetching:
            self._fetching.add(contact_id)
            client, generation = self._account.client(), self._account_switches
            job = self._runner.submit(
                "contact-details", lambda: _looking(client.get_contact, contact_id)
            )
            job.succeeded.connect(lambda contact: self._details_arrived(generation, contact))
            job.failed.connect(lambda exc: self._details_failed(generation, contact_id, exc))
            job.finished.connect(lambda: self._fetching.discard(contact_id))
        return None

    def _details_arrived(self, generation: int, contact: Contact) -> None:
        if generation != self._account_switches:
            return
        self._cache_put(contact)
        self.remember((contact,), mine=False)
        self.details_loaded.emit(contact, True)

    def _details_failed(self, generation: int, contact_id: str, exc: object) -> None:
        if generation != self._account_switches:
            return
        stored = self.stored_contact(contact_id) if isinstance(exc, TransportError) else None
        if isinstance(exc, TransportError):
            self._set_state(online=False)
        if stored is not None:
            self.details_loaded.emit(stored, False)
        else:
            self.details_failed.emit(contact_id, exc)
        if isinstance(exc, NotFound):  # said first, then it leaves the list
            self._forget_deleted(contact_id)

    def _cache_put(self, contact: Contact) -> None:
        self._cache[contact.id] = contact
        self._cache.move_to_end(contact.id)
        while len(self._cache) > DETAILS_CACHE:
            self._cache.popitem(last=False)

    # --- account --------------------------------------------------------------------------

    def close(self) -> None:
        """Close the history (after the runner has drained)."""
        if self._store is not None:
            self._store.close()
            self._store = None

    def on_account_changed(self, _mode: object) -> None:
        """Another account (bootstrap/compose.py connects it to ``mode_changed``)."""
        if self._store is not None:
            self._store.close()
        self._store = None
        self._pages += 1
        self._account_switches += 1
        self._cursor = None
        self._cache.clear()
        self.online, self.has_more, self.loading, self.updated_at = None, False, False, None
        self.account_changed.emit()


def _looking(call: Callable[[str], Contact], contact_id: str) -> Contact:
    with priority(Priority.LOOKING):
        return call(contact_id)


def describe_error(exc: object) -> Problem:
    """What the person is told; never an exception's English text (a bug is logged elsewhere)."""
    return problem_for(exc)
