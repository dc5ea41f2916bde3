"""While typing: is this number, or this e-mail, saved already? (issue 17, item 2)

Asked as soon as the phone is a complete valid number (and again once the e-mail is a valid
address), before the rest is typed:

- **the local history** first, on the GUI thread at once: one indexed query (canonical digits,
  so +52, +52 1 and 044 find each other; the e-mail by its own index), see
  bench/bench_duplicate_hint.py;
- **the server** only when the history has nothing (a colleague's contact made elsewhere),
  with the look-up the save makes (services/phone_search.py), on a worker, through the account's
  budget at ``Priority.HINT``: after every save, so it never delays one; its first page only
  (``HINT_PAGES``: a further match is the save's to find). Each distinct number
  or address is asked once per ``ANSWER_KEPT_S`` (its answer, a match or "no match", is kept;
  a failure is kept ``FAILURE_KEPT_S``). One request at a time: a number typed while one is on
  the wire waits for it, and only the latest of each kind waits.

A hint, never the proof: any failure (429, 500, a timeout, offline) only means no hint, said in
the log; the save asks the server again (services/existing.py). Answers are delivered for the
number or address asked; the form shows one only if it still holds that one (stale answers are
dropped there, ui/form/existing_hint.py).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from whaapy_contacts.api.pacing import Priority, priority
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.phone import canonical_digits
from whaapy_contacts.services.phone_search import contacts_with_email, contacts_with_phone
from whaapy_contacts.services.recent import RecentService
from whaapy_contacts.storage.local_db import StorageError

if TYPE_CHECKING:
    from whaapy_contacts.api.client import ContactsClient
    from whaapy_contacts.workers.runner import TaskRunner

log = logging.getLogger(__name__)

ANSWER_KEPT_S = 300.0  # a match or "no match" is believed for 5 minutes
FAILURE_KEPT_S = 60.0  # a failed look-up is not asked again for a minute (the budget)
HINT_PAGES = 1  # a hint reads the first page only: one request per number, even if a server
# answers "more" forever (a match further on is left to the save's look-up)
PHONE, EMAIL = "phone", "email"

Search = Callable[["ContactsClient", str, int], list[Contact]]
_SEARCHES: dict[str, Search] = {PHONE: contacts_with_phone, EMAIL: contacts_with_email}


def _key(kind: str, value: str) -> str:
    return canonical_digits(value) if kind == PHONE else value.strip().casefold()


@dataclass
class _Kept:
    until: float
    contact: Contact | None


@dataclass
class _Server:
    """What was asked of the server, what is on the wire, and what waits."""

    kept: dict[tuple[str, str], _Kept] = field(default_factory=dict)
    on_wire: tuple[str, str] | None = None  # (kind, key)
    asked_as: dict[tuple[str, str], str] = field(default_factory=dict)  # value to answer for
    waiting: dict[str, str] = field(default_factory=dict)  # kind -> value (the latest)
    generation: int = 0  # answers from before an account switch are dropped


class DuplicateHint(QObject):
    """``look_up(e164)`` answers ``found(e164, Contact | None)``; ``look_up_email(address)``
    answers ``email_found(address, Contact | None)``. A server answer comes later, and only
    when it names a contact."""

    found = Signal(str, object)  # the number asked about, Contact | None
    email_found = Signal(str, object)  # the address asked about, Contact | None
    server_asked = Signal(str, str)  # kind, value: a request is made (tests, the benchmark)
    server_settled = Signal(str, str)  # kind, value: its answer (or failure) is in

    def __init__(
        self,
        recent: RecentService,
        client: Callable[[], ContactsClient] | None = None,
        runner: TaskRunner | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._recent = recent
        self._client = client  # None: the history alone (no server asked)
        self._runner = runner
        self._clock = clock
        self._server = _Server()

    # --- asking ---------------------------------------------------------------------------

    def look_up(self, e164: str) -> None:
        local = self.existing(e164)
        self.found.emit(e164, local)
        if local is None and e164:
            self._ask_server(PHONE, e164)

    def look_up_email(self, address: str) -> None:
        local = self._newest(self._recent.ids_with_email(address)) if address else None
        self.email_found.emit(address, local)
        if local is None and address:
            self._ask_server(EMAIL, address)

    def existing(self, e164: str) -> Contact | None:
        """The newest history contact with this number."""
        if not e164:
            return None
        return self._newest(self._recent.ids_with_phone(canonical_digits(e164)))

    def busy(self) -> bool:
        """A look-up is on the wire or waits (tests, the benchmark)."""
        return self._server.on_wire is not None or bool(self._server.waiting)

    def forget(self, *_args: object) -> None:
        """Another account: nothing asked of the previous one holds, or arrives."""
        self._server = _Server(generation=self._server.generation + 1)

    # --- the history ----------------------------------------------------------------------

    def _newest(self, contact_ids: list[str]) -> Contact | None:
        for contact_id in contact_ids:
            try:
                contact = self._recent.stored_contact(contact_id)
            except (sqlite3.Error, StorageError, ValueError) as exc:
                # A hint that can't be read is no hint; saving still asks the server.
                log.info("history row %s unreadable for the hint: %r", contact_id, exc)
                continue
            if contact is not None:
                return contact
        return None

    # --- the server -----------------------------------------------------------------------

    def _ask_server(self, kind: str, value: str) -> None:
        if self._client is None or self._runner is None:
            return
        server, wanted = self._server, (kind, _key(kind, value))
        kept = server.kept.get(wanted)
        if kept is not None and kept.until > self._clock():
            if kept.contact is not None:
                self._deliver(kind, value, kept.contact)
            return
        if server.on_wire == wanted:
            server.asked_as[wanted] = value  # its answer is for the latest spelling
        elif server.on_wire is not None:
            server.waiting[kind] = value  # replaces an older one of this kind
        else:
            self._send(kind, value)

    def _send(self, kind: str, value: str) -> None:
        assert self._client is not None
        assert self._runner is not None
        server, make_client, search = self._server, self._client, _SEARCHES[kind]
        wanted = (kind, _key(kind, value))
        server.on_wire, server.asked_as[wanted] = wanted, value

        def ask() -> list[Contact]:
            with priority(Priority.HINT):
                return search(make_client(), value, HINT_PAGES)

        self.server_asked.emit(kind, value)
        job = self._runner.submit("duplicate-hint", ask)
        generation = server.generation
        job.succeeded.connect(lambda found: self._answered(generation, wanted, found))
        job.failed.connect(lambda exc: self._failed(generation, wanted, exc))

    def _answered(self, generation: int, wanted: tuple[str, str], found: list[Contact]) -> None:
        if generation != self._server.generation:
            return
        contact = found[0] if found else None
        self._server.kept[wanted] = _Kept(self._clock() + ANSWER_KEPT_S, contact)
        value = self._settled(wanted)
        if contact is not None:
            self._deliver(wanted[0], value, contact)
        self.server_settled.emit(wanted[0], value)
        self._next()

    def _failed(self, generation: int, wanted: tuple[str, str], exc: object) -> None:
        if generation != self._server.generation:
            return
        # Quiet by design (the module docstring): no hint; the save's own look-up protects.
        log.info("no hint from the server for a %s: %s", wanted[0], type(exc).__name__)
        self._server.kept[wanted] = _Kept(self._clock() + FAILURE_KEPT_S, None)
        self.server_settled.emit(wanted[0], self._settled(wanted))
        self._next()

    def _settled(self, wanted: tuple[str, str]) -> str:
        self._server.on_wire = None
        return self._server.asked_as.pop(wanted, "")

    def _next(self) -> None:
        waiting = self._server.waiting
        for kind in (PHONE, EMAIL):
            value = waiting.pop(kind, None)
            if value is not None:
                self._ask_server(kind, value)
                if self._server.on_wire is not None:
                    return

    def _deliver(self, kind: str, value: str, contact: Contact) -> None:
        (self.found if kind == PHONE else self.email_found).emit(value, contact)
