"""While the number is typed: is it already in the local history? (issue 17, item 2, local part)

Asked as soon as the phone is a complete valid number, before the rest is typed; answered on
the GUI thread at once, since it is one indexed query on ``recent_contacts.digits`` (see
bench/bench_duplicate_hint.py). Canonical digits, so +52 and +52 1 find each other. The server
is asked only at saving (services/existing.py): this is a hint, never the proof.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QObject, Signal

from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.phone import canonical_digits
from whaapy_contacts.services.recent import RecentService
from whaapy_contacts.storage.local_db import StorageError

log = logging.getLogger(__name__)


class DuplicateHint(QObject):
    """``look_up(e164)`` answers ``found(e164, Contact | None)``: the newest history contact
    with that number."""

    found = Signal(str, object)  # the number asked about, Contact | None

    def __init__(self, recent: RecentService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recent = recent

    def look_up(self, e164: str) -> None:
        self.found.emit(e164, self.existing(e164))

    def existing(self, e164: str) -> Contact | None:
        if not e164:
            return None
        for contact_id in self._recent.ids_with_phone(canonical_digits(e164)):
            try:
                contact = self._recent.stored_contact(contact_id)
            except (sqlite3.Error, StorageError, ValueError) as exc:
                # A hint that can't be read is no hint; saving still asks the server.
                log.info("history row %s unreadable for the hint: %r", contact_id, exc)
                continue
            if contact is not None:
                return contact
        return None
