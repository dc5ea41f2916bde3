"""The outbox's side of its local file: recovery, another window's writes, the send lock when
the folder went away, and reads and autosaves that a failing disk must not turn into dialogs.

A part of ``services.outbox.OutboxService`` (it uses the service's store, lock and signals).

Only one app instance sends a given account's outbox: it holds a QLockFile in the account's
folder (stale locks of killed processes are taken over). What another instance saves into the
file is noticed within a second (``StorageWatch.others_wrote``) and sent by the one sending.

The local file can fail (a full disk, a read-only folder, a damaged or deleted file): every such
``StorageError`` goes to ``storage`` (services/storage_watch.py), which says it once and finds
out when it is over. A contact that can't be stored is refused (``submit`` returns None, the form
keeps it); answers that can't be recorded are kept in memory and recorded once it works again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from whaapy_contacts.api.mapping import ShapeError, contact_from_json, contact_to_json
from whaapy_contacts.domain.contact import Contact, ContactDraft, draft_to_dict
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.storage.local_db import StorageError

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile, SignalInstance

    from whaapy_contacts.domain.outbox import OutboxEntry
    from whaapy_contacts.services.storage_watch import StorageWatch
    from whaapy_contacts.storage.outbox import OutboxStore

EDIT_OF = "edit_of"  # a draft's key: the saved contact it changes (its API JSON)

log = logging.getLogger("whaapy_contacts.services.outbox")

_R = TypeVar("_R")


class LocalFileMixin:
    """Needs the service's ``_store``, ``storage``, ``_lock``, ``_sender`` and these methods."""

    _store: OutboxStore
    storage: StorageWatch
    _lock: QLockFile
    _sender: bool  # this instance holds the send lock
    _lock_logged: bool | None  # what was last logged about holding it
    _others_mark: str  # the last change another window made that was reported here
    entries_changed: SignalInstance
    entry_changed: SignalInstance

    if TYPE_CHECKING:  # the service's own

        def pump(self) -> None: ...
        def _flush(self) -> None: ...

    def _storage_recovered(self) -> None:
        self._flush()  # answers that could not be recorded, first
        self.entries_changed.emit()
        self.pump()

    def _relock(self) -> None:
        """The folder went away with the file (its lock file too): take the lock again, or
        another window could take it and both would send."""
        if self._sender and not Path(self._lock.fileName()).exists():
            log.info("the send lock file went away: taking it again")
            self._lock.unlock()  # before a new lock file exists: it must not remove that one
            self._sender = False
            self._take_lock()

    def _others_wrote(self) -> None:
        """Another window saved (or sent) something: show it, and send it if we are the sender.
        What the other one sent is reported as sent here too (the list shows it as sent, not a
        pinned row that vanishes)."""
        if not self._sender:
            mark = self._others_mark
            none: list[OutboxEntry] = []
            sent, self._others_mark = self._read(lambda: self._store.sent_since(mark), (none, mark))
            for entry in sent:
                self.entry_changed.emit(entry)
        self._read(self._store.refresh_undo_marks, None)  # an undo asked in the other window
        self.entries_changed.emit()
        self.pump()

    def _take_lock(self) -> bool:
        if not self._sender:
            self._sender = self._lock.tryLock(0)
            if self._sender != self._lock_logged:  # said once, not at every retry
                self._lock_logged = self._sender
                log.info("this instance sends the outbox: %s", self._sender)
        return self._sender

    def entries(self) -> list[OutboxEntry]:
        return self._read(self._store.entries, [])

    def entry(self, entry_id: str) -> OutboxEntry:
        return self._store.get(entry_id)

    def has_pending(self) -> bool:
        """Whether anything is still to be sent (in flight, due or waiting for a retry)."""
        return self._read(lambda: self._store.has(OutboxState.PENDING), False)

    def unsent(self) -> list[OutboxEntry]:
        """Entries not on the server yet (pending, or needing the user), oldest first."""
        return self._read(
            lambda: self._store.entries((OutboxState.PENDING, OutboxState.ATTENTION)), []
        )

    def save_form_draft(self, draft: ContactDraft | None, edit_of: Contact | None = None) -> None:
        """The autosave: a disk that can't take it is said once (the banner), never a dialog.
        ``edit_of``: the draft is a change to that saved contact (kept with it, so a restart
        brings back the edit, not a new contact that would be a duplicate)."""
        saved: dict[str, object] | None = None
        if draft is not None:
            saved = draft_to_dict(draft)
            if edit_of is not None:
                saved[EDIT_OF] = contact_to_json(edit_of)
        try:
            self._store.save_form_draft(saved)
        except StorageError as exc:
            self.storage.report(exc)

    def form_draft(self) -> Mapping[str, object] | None:
        return self._read(self._store.form_draft, None)

    @staticmethod
    def draft_edit_of(saved: Mapping[str, object]) -> Contact | None:
        """The saved contact a stored draft changes (None: a new contact's draft). A snapshot
        that can't be read any more is logged, and the draft comes back as typed."""
        if EDIT_OF not in saved:
            return None
        try:
            return contact_from_json(saved[EDIT_OF])
        except ShapeError:
            log.warning("the stored edit names a contact that can't be read")
            return None

    def _read(self, read: Callable[[], _R], default: _R) -> _R:
        """A read; a damaged file is reported (moved aside, started afresh) and read again."""
        for _ in range(2):
            try:
                return read()
            except StorageError as exc:
                self.storage.report(exc)
        return default
