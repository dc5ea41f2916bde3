"""Contact use cases: save (with the duplicate flow), update, and the form's reference data."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from whaapy_contacts.api.errors import ApiError, DuplicateContact, ValidationFailed
from whaapy_contacts.domain.contact import Contact, ContactDraft
from whaapy_contacts.domain.validation import check_draft, update_payload
from whaapy_contacts.services.account import AccountService
from whaapy_contacts.workers.runner import TaskRunner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Duplicate:
    """A save hit an existing contact with the same phone."""

    draft: ContactDraft
    payload: Mapping[str, object]
    existing_id: str
    existing: Contact | None  # None when fetching it failed


@dataclass(frozen=True)
class Saved:
    contact: Contact
    notices: tuple[str, ...]
    updated: bool = False  # True when an existing contact was patched


class ContactService(QObject):
    """Every call runs on the runner; outcomes arrive as signals on the GUI thread."""

    validation_failed = Signal(object)  # FieldErrors (client-side or the server's)
    save_started = Signal()
    contact_saved = Signal(object)  # Saved
    duplicate_found = Signal(object)  # Duplicate
    save_failed = Signal(object)  # ApiError (or an unexpected exception)
    stages_loaded = Signal(object)  # tuple[FunnelStage, ...]
    tags_loaded = Signal(object)  # tuple[str, ...]
    recent_loaded = Signal(object)  # ContactPage
    recent_failed = Signal(object)  # ApiError
    contact_loaded = Signal(object)  # Contact
    contact_load_failed = Signal(object)  # ApiError

    def __init__(self, account: AccountService, runner: TaskRunner) -> None:
        super().__init__()
        self._account = account
        self._runner = runner
        self._saving = False

    @property
    def saving(self) -> bool:
        return self._saving

    def save(self, draft: ContactDraft) -> bool:
        """Check, then create on a worker. Returns False if nothing was sent (busy or invalid)."""
        if self._saving:
            return False  # one click makes at most one contact
        checked = check_draft(draft)
        if not checked.ok:
            self.validation_failed.emit(checked.errors)
            return False
        notices = checked.notices.get("phone_number", ())
        payload = dict(checked.payload)
        client = self._account.client()
        job = self._runner.submit("create-contact", lambda: client.create_contact(payload))
        self._begin()
        job.succeeded.connect(lambda c: self._saved(Saved(c, notices)))
        job.failed.connect(lambda exc: self._create_failed(exc, draft, payload))
        return True

    def update_existing(self, duplicate: Duplicate) -> bool:
        """Apply the typed fields to the existing contact (the duplicate banner's action)."""
        if self._saving:
            return False
        patch = update_payload(duplicate.payload)
        client = self._account.client()
        job = self._runner.submit(
            "update-contact", lambda: client.update_contact(duplicate.existing_id, patch)
        )
        self._begin()
        job.succeeded.connect(lambda c: self._saved(Saved(c, (), updated=True)))
        job.failed.connect(self._failed)
        return True

    def load_reference_data(self) -> None:
        """Funnel stages and account tags for the form; failures are quiet (cached/empty)."""
        client = self._account.client()
        stages = self._runner.submit("stages", client.funnel_stages)
        stages.succeeded.connect(self.stages_loaded.emit)
        stages.failed.connect(lambda exc: log.info("stages not loaded: %s", exc))
        tags = self._runner.submit("tags", client.account_tags)
        tags.succeeded.connect(self.tags_loaded.emit)
        tags.failed.connect(lambda exc: log.info("tags not loaded: %s", exc))

    def load_recent(self, limit: int = 50) -> None:
        client = self._account.client()
        job = self._runner.submit("recent", lambda: client.list_contacts(limit=limit))
        job.succeeded.connect(self.recent_loaded.emit)
        job.failed.connect(self.recent_failed.emit)

    def load_contact(self, contact_id: str) -> None:
        client = self._account.client()
        job = self._runner.submit("get-contact", lambda: client.get_contact(contact_id))
        job.succeeded.connect(self.contact_loaded.emit)
        job.failed.connect(self.contact_load_failed.emit)

    # --- outcomes ---------------------------------------------------------------------------

    def _begin(self) -> None:
        self._saving = True
        self.save_started.emit()

    def _saved(self, saved: Saved) -> None:
        self._saving = False
        self.contact_saved.emit(saved)

    def _failed(self, exc: object) -> None:
        self._saving = False
        if isinstance(exc, ValidationFailed):
            self.validation_failed.emit(exc.field_errors)
        self.save_failed.emit(exc)

    def _create_failed(self, exc: object, draft: ContactDraft, payload: dict[str, object]) -> None:
        if not isinstance(exc, DuplicateContact):
            self._failed(exc)
            return
        client = self._account.client()
        job = self._runner.submit("get-existing", lambda: client.get_contact(exc.existing_id))

        def found(existing: Contact | None) -> None:
            self._saving = False
            self.duplicate_found.emit(Duplicate(draft, payload, exc.existing_id, existing))

        job.succeeded.connect(found)
        # The duplicate stands even if we can't fetch it; an unexpected error is still reported.
        job.failed.connect(
            lambda err: found(None) if isinstance(err, ApiError) else self._failed(err)
        )
