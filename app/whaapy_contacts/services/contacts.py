"""Contact use cases: save (with the duplicate flow), update, and the form's reference data."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from whaapy_contacts.api.errors import ApiError, ValidationFailed
from whaapy_contacts.api.pacing import Priority, priority
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.validation import update_payload
from whaapy_contacts.services.account import AccountService
from whaapy_contacts.workers.runner import TaskRunner

log = logging.getLogger(__name__)
T = TypeVar("T")


def _background(call: Callable[[], T], merge: str) -> T:
    """Reference data nobody waits for: after the person's requests and the backlog; asked
    again while waiting, once."""
    with priority(Priority.BACKGROUND, merge):
        return call()


@dataclass(frozen=True)
class Duplicate:
    """A saved contact whose phone already belongs to a contact on the server."""

    entry_id: str  # the outbox entry that hit the duplicate
    payload: Mapping[str, object]
    existing_id: str
    existing: Contact | None  # None when fetching it failed


class ContactService(QObject):
    """Reads, and the duplicate flow's update; saving goes through the outbox (services.outbox).

    Every call runs on the runner; outcomes arrive as signals on the GUI thread.
    """

    save_started = Signal()
    duplicate_found = Signal(object)  # Duplicate (with the existing contact, when fetched)
    existing_updated = Signal(object, object)  # Duplicate, Contact: the update went through
    save_failed = Signal(object)  # ApiError (or an unexpected exception)
    validation_failed = Signal(object)  # FieldErrors from the server, for the update
    stages_loaded = Signal(object)  # tuple[FunnelStage, ...]
    tags_loaded = Signal(object)  # tuple[str, ...]

    def __init__(self, account: AccountService, runner: TaskRunner) -> None:
        super().__init__()
        self._account = account
        self._runner = runner
        self._saving = False

    @property
    def saving(self) -> bool:
        return self._saving

    def find_duplicate(
        self, entry_id: str, payload: Mapping[str, object], existing_id: str
    ) -> None:
        """Fetch who already has the phone, for the banner; the banner shows even if this fails."""
        client = self._account.client()
        job = self._runner.submit("get-existing", lambda: client.get_contact(existing_id))

        def found(existing: Contact | None) -> None:
            self.duplicate_found.emit(Duplicate(entry_id, payload, existing_id, existing))

        job.succeeded.connect(found)
        job.failed.connect(
            lambda err: found(None) if isinstance(err, ApiError) else self._failed(err)
        )

    def update_existing(
        self, duplicate: Duplicate, patch: Mapping[str, object] | None = None
    ) -> bool:
        """Apply the typed fields to the existing contact (the duplicate banner's action):
        ``patch`` is what the person chose in the preview; by default everything typed."""
        if self._saving:
            return False
        body = dict(patch) if patch is not None else update_payload(duplicate.payload)
        if not body and duplicate.existing is not None:
            # Nothing differs: the existing contact already is what was typed.
            self.existing_updated.emit(duplicate, duplicate.existing)
            return True
        client = self._account.client()
        job = self._runner.submit(
            "update-contact", lambda: client.update_contact(duplicate.existing_id, body)
        )
        self._saving = True
        self.save_started.emit()
        job.succeeded.connect(lambda c: self._updated(duplicate, c))
        job.failed.connect(self._failed)
        return True

    def load_reference_data(self) -> None:
        """Funnel stages and account tags for the form; failures are quiet (cached/empty)."""
        client = self._account.client()
        stages = self._runner.submit("stages", lambda: _background(client.funnel_stages, "stages"))
        stages.succeeded.connect(self.stages_loaded.emit)
        stages.failed.connect(lambda exc: log.info("stages not loaded: %s", exc))
        tags = self._runner.submit("tags", lambda: _background(client.account_tags, "tags"))
        tags.succeeded.connect(self.tags_loaded.emit)
        tags.failed.connect(lambda exc: log.info("tags not loaded: %s", exc))

    # --- outcomes ---------------------------------------------------------------------------

    def _updated(self, duplicate: Duplicate, contact: Contact) -> None:
        self._saving = False
        self.existing_updated.emit(duplicate, contact)

    def _failed(self, exc: object) -> None:
        self._saving = False
        if isinstance(exc, ValidationFailed):
            self.validation_failed.emit(exc.field_errors)
        self.save_failed.emit(exc)
