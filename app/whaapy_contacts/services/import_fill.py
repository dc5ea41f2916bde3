"""Duplicates that update (issue 18): an imported row whose number the account already has
fills that contact's empty fields, instead of being left out.

Such a row goes through the outbox like the others; the look-up before creating (or the
server's 409) ends it as needing attention with the existing contact's id. Then, here: that
contact is read, only its empty fields are written (``domain/importing/fill.py``: a PATCH that
changes no value, so sending it twice does no harm), and the entry is resolved as merged.
Requests are backlog priority, paced by the account's budget like the creates.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from whaapy_contacts.api.pacing import Priority, priority
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.importing.fill import fill_empty
from whaapy_contacts.domain.outbox import AttentionReason, OutboxEntry, OutboxState

if TYPE_CHECKING:
    from whaapy_contacts.api.client import ContactsClient
    from whaapy_contacts.services.outbox import OutboxService
    from whaapy_contacts.workers.runner import TaskRunner

log = logging.getLogger(__name__)


def needs_fill(entry: OutboxEntry) -> bool:
    return (
        entry.state is OutboxState.ATTENTION
        and entry.reason is AttentionReason.DUPLICATE
        and bool(entry.existing_id)
    )


class FillExisting(QObject):
    """``filled(entry id)`` once the existing contact was updated; ``failed(entry id)`` when it
    could not be (the entry stays "needs attention": the window's duplicate flow can do it)."""

    filled = Signal(str)
    failed = Signal(str)

    def __init__(
        self, outbox: OutboxService, runner: TaskRunner, client: Callable[[], ContactsClient]
    ) -> None:
        super().__init__()
        self._outbox = outbox
        self._runner = runner
        self._client = client
        self._started: set[str] = set()

    def start(self, entry: OutboxEntry) -> None:
        if entry.id in self._started:
            return
        self._started.add(entry.id)
        client, payload, existing_id = self._client(), dict(entry.payload), entry.existing_id

        def fill() -> Contact:
            with priority(Priority.IMPORT):
                existing = client.get_contact(existing_id)
                patch = fill_empty(existing, payload)
                return client.update_contact(existing_id, patch) if patch else existing

        job = self._runner.submit("import-fill", fill)
        job.succeeded.connect(lambda contact: self._done(entry.id, contact))
        job.failed.connect(lambda error: self._failed(entry.id, error))

    def _done(self, entry_id: str, contact: Contact) -> None:
        self._outbox.resolve_with(entry_id, contact)
        self.filled.emit(entry_id)

    def _failed(self, entry_id: str, error: object) -> None:
        log.info("an imported duplicate was not filled in: %r", error)
        self.failed.emit(entry_id)
