"""Outbox entries: every contact the user saved, from the moment it is saved until it is sent."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.validation import FieldErrors


class OutboxState(Enum):
    """Where a saved contact stands. The list shows SENT as "Enviado", the rest as below."""

    PENDING = "pending"  # waiting for its (next) attempt: "Pendiente"
    SENT = "sent"  # the server has it; ``contact`` is the server's copy: "Enviado"
    ATTENTION = "attention"  # the user must act (field errors, a duplicate): "Requiere atención"


class AttentionReason(Enum):
    """Why an entry needs the user."""

    VALIDATION = "validation"  # the server rejected fields: ``field_errors``
    DUPLICATE = "duplicate"  # another contact already has this phone: ``existing_id``


IMPORT_BATCH = "import_batch"  # in an imported entry's stored draft: which import it came with


@dataclass(frozen=True)
class OutboxEntry:
    """One saved contact and everything we know of its delivery."""

    id: str  # local id (uuid), stable across restarts
    created_at: datetime
    payload: Mapping[str, object]  # exactly what is POSTed (checked, normalised, no nulls)
    draft: Mapping[str, object]  # what was typed, to reopen it in the form
    state: OutboxState
    attempts: int = 0
    last_error: str = ""  # Spanish, for the user
    next_attempt_at: datetime | None = None
    contact: Contact | None = None  # the server's copy once sent
    reason: AttentionReason | None = None
    field_errors: FieldErrors = field(default_factory=FieldErrors)
    existing_id: str = ""  # with DUPLICATE
    ambiguous: bool = False  # an attempt may have reached the server (timeout, dropped)
    # The person undid this save (services/outbox_undo.py): never POSTed again; deleted on
    # the server if it is there, then it leaves the outbox. Kept in the file, across restarts.
    undo: bool = False

    @property
    def from_import(self) -> bool:
        """A row of a spreadsheet import (services/importing.py marks its drafts)."""
        return IMPORT_BATCH in self.draft

    @property
    def phone_number(self) -> str:
        return str(self.payload.get("phone_number", ""))

    @property
    def name(self) -> str:
        return str(self.payload.get("name", ""))

    @property
    def tags(self) -> tuple[str, ...]:
        tags = self.payload.get("tags")
        return tuple(str(t) for t in tags) if isinstance(tags, list) else ()
