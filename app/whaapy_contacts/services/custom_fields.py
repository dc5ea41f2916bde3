"""The account's own custom fields for the form: the cached ones at once, then Whaapy's.

``refresh()`` (at start, and when the account or mode changes) emits the definitions cached for
the current account, then asks ``GET /contacts/v1/fields`` once on a worker, at background
priority (after the person's requests and the backlog: Whaapy allows 100 a minute). A good
answer is cached and emitted when it differs; a failing or unreadable one changes nothing:
the cached definitions stay, and with none the form offers free key/value rows only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from whaapy_contacts.api.fields import definitions_from_json
from whaapy_contacts.api.mapping import ShapeError
from whaapy_contacts.api.pacing import Priority, priority
from whaapy_contacts.domain.custom_fields import FieldDefinition
from whaapy_contacts.services.account import AccountService
from whaapy_contacts.storage import field_cache
from whaapy_contacts.workers.runner import TaskRunner

log = logging.getLogger(__name__)

Definitions = tuple[FieldDefinition, ...]


def to_json(definitions: Definitions) -> list[dict[str, object]]:
    """The shape the cache keeps (api/fields.py reads it back to the same definitions)."""
    return [
        {"key": d.key, "label": d.label, "type": "integer" if d.whole else d.type,
         "options": [{"value": value, "label": name} for value, name in d.options]}
        for d in definitions
    ]  # fmt: skip


def from_json(data: object) -> Definitions:
    try:
        return definitions_from_json({"fields": data})
    except ShapeError:
        return ()


class CustomFieldsService(QObject):
    """Emits ``definitions_changed(tuple[FieldDefinition, ...])`` on the GUI thread."""

    definitions_changed = Signal(object)
    settled = Signal(bool)  # a request's end: True for a good answer (for tests and tools)

    def __init__(
        self, account: AccountService, runner: TaskRunner, folder: Callable[[str], Path]
    ) -> None:
        super().__init__()
        self._account = account
        self._runner = runner
        self._folder = folder
        self.definitions: Definitions = ()
        self.asked = 0  # requests made (a test checks it asks once per refresh)

    def refresh(self) -> None:
        """The current account's cached definitions now, then Whaapy's in the background."""
        slug = self._account.data_slug
        self._show(from_json(field_cache.read(self._folder(slug), slug)))
        self.asked += 1
        job = self._runner.submit("custom-fields", self._fetch)
        job.succeeded.connect(lambda found: self._fetched(slug, found))
        job.failed.connect(self._failed)

    def _failed(self, exc: object) -> None:
        log.info("custom fields not loaded: %s", type(exc).__name__)
        self.settled.emit(False)

    def _fetch(self) -> Definitions:
        client = self._account.client()  # made on the worker, never on the GUI thread
        with priority(Priority.BACKGROUND, "custom-fields"):
            return client.custom_field_definitions()

    def _fetched(self, slug: str, found: Definitions) -> None:
        if slug == self._account.data_slug:  # else asked for an account no longer current
            field_cache.write(self._folder(slug), slug, to_json(found))
            self._show(found)
        self.settled.emit(True)

    def _show(self, definitions: Definitions) -> None:
        if definitions != self.definitions:
            self.definitions = definitions
            self.definitions_changed.emit(definitions)
