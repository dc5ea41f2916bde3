"""The durable outbox (SQLite, WAL, fsync on commit): every saved contact, before any network call.

Also keeps every attempt, and the autosaved half-typed form. Used from one thread (the GUI's):
each call is a short local transaction. Two app instances share the file safely (SQLite locks);
only the one holding the send lock (``services.outbox``) sends.

The file can fail (storage/local_db.py): every error of a public method is a ``StorageError``.
A damaged file is moved aside at opening; a read-only one is opened for reading and every write
is refused; a file deleted while open is put back before the next write (and on ``check()``).
The file's format (schema, values as stored) is in storage/outbox_rows.py.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.outbox import AttentionReason, OutboxEntry, OutboxState
from whaapy_contacts.storage.local_db import classify
from whaapy_contacts.storage.local_store import LocalFileStore, storage_errors
from whaapy_contacts.storage.outbox_rows import (
    ENTRY_AS_JSON,
    SCHEMA,
    SQLITE_NEEDED,
    ContactCodec,
    OldSQLite,
    add_columns,
    add_columns_read_only,
    connect,
    due_epoch,
    dump,
    entry_from_row,
    now_text,
    stored_epoch,
)

__all__ = ["SQLITE_NEEDED", "ContactCodec", "OldSQLite", "OutboxStore"]


@storage_errors
class OutboxStore(LocalFileStore):
    """Entries in save order. ``codec`` turns a Contact to/from JSON (the API's wire shape)."""

    def __init__(self, path: Path | str, codec: ContactCodec) -> None:
        if sqlite3.sqlite_version_info < SQLITE_NEEDED:
            needed = ".".join(map(str, SQLITE_NEEDED))
            raise OldSQLite(f"SQLite {sqlite3.sqlite_version} is too old: {needed} is needed")
        self._to_json, self._from_json = codec
        super().__init__(Path(path), connect, SCHEMA)
        (add_columns if self.writable else add_columns_read_only)(self._db)
        # Whether some entry may carry an undo mark: without one, sending reads nothing more
        # (each SQLite step on the GUI thread waits for the GIL from busy sender threads).
        self._undo_marks = self._any_undo()
        self._log_rows: list[tuple[str, str, str, str]] = []  # written when the batch commits

    @contextmanager
    def _tx(self, *, fsync: bool = True) -> Iterator[sqlite3.Connection]:
        """A write transaction on its own, or a part of the enclosing ``batch()``."""
        if self._depth:
            yield self._db
            return
        with self.batch(fsync=fsync):
            yield self._db

    @contextmanager
    def batch(self, *, fsync: bool) -> Iterator[None]:
        """Several writes in one transaction: one commit, one fsync at most.

        ``fsync=False`` survives a crash or kill of the app (the WAL is in the OS cache) but not
        a power cut; the next fsync'd commit makes it durable as well. SQLite only honours the
        synchronous level set before BEGIN, so the whole batch has one level.
        """
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            self._begin(fsync)
        except (sqlite3.Error, OSError) as exc:
            raise classify(exc, self.path) from exc
        self._depth = 1
        try:
            yield
            if self._log_rows:  # the batch's attempt log, in one statement (one SQLite step)
                self._db.execute(
                    "INSERT INTO outbox_attempts (outbox_id, at, outcome, detail) SELECT "
                    "json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
                    "json_extract(value, '$[2]'), json_extract(value, '$[3]') "
                    "FROM json_each(?) ORDER BY key",
                    (json.dumps(self._log_rows),),
                )
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sqlite3.Error | OSError):
                raise classify(exc, self.path) from exc
            raise
        else:
            self._commit()
        finally:
            self._depth = 0
            self._log_rows.clear()

    # --- writing ------------------------------------------------------------------------------

    def add(self, payload: Mapping[str, object], draft: Mapping[str, object]) -> OutboxEntry:
        """Store a saved contact durably. Returns once it is on disk."""
        import uuid  # noqa: PLC0415 - here, not at start-up: with platform, ~3 ms

        entry_id = str(uuid.uuid4())
        now = now_text()
        with self._tx() as db:
            (seq,) = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox").fetchone()
            db.execute(
                "INSERT INTO outbox (id, seq, created_at, updated_at, state, payload, draft) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (entry_id, seq, now, now, OutboxState.PENDING.value, dump(payload), dump(draft)),
            )
        return self.get(entry_id)

    def add_many(
        self, items: Collection[tuple[Mapping[str, object], Mapping[str, object]]]
    ) -> list[str]:
        """Many contacts (an import, issue 18) in one transaction, all or none; their ids."""
        import uuid  # noqa: PLC0415 - as in add()

        now = now_text()
        ids = [str(uuid.uuid4()) for _ in items]
        with self._tx() as db:
            (seq,) = db.execute("SELECT COALESCE(MAX(seq), 0) FROM outbox").fetchone()
            db.executemany(
                "INSERT INTO outbox (id, seq, created_at, updated_at, state, payload, draft) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    (entry_id, seq + n, now, now, OutboxState.PENDING.value, dump(p), dump(d))
                    for n, (entry_id, (p, d)) in enumerate(zip(ids, items, strict=True), 1)
                ),
            )
        return ids

    def replace_payload(
        self, entry_id: str, payload: Mapping[str, object], draft: Mapping[str, object]
    ) -> OutboxEntry:
        """The user fixed an entry that needed attention: send the new version instead."""
        with self._tx() as db:
            db.execute(
                "UPDATE outbox SET payload=?, draft=?, state=?, reason=NULL, field_errors=NULL, "
                "existing_id='', last_error='', next_attempt_at=NULL, updated_at=? WHERE id=?",
                (dump(payload), dump(draft), OutboxState.PENDING.value, now_text(), entry_id),
            )
        return self.get(entry_id)

    def discard(self, entry_id: str) -> bool:
        """The person discarded an entry that needs attention: it leaves the outbox. What was
        typed stays in the attempt log (never shown, but not destroyed). False if the entry is
        not waiting for the person (sent, pending or gone meanwhile)."""
        with self._tx() as db:
            row = db.execute(
                "SELECT payload FROM outbox WHERE id=? AND state=? AND in_flight=0",
                (entry_id, OutboxState.ATTENTION.value),
            ).fetchone()
            if row is None:
                return False
            db.execute("DELETE FROM outbox WHERE id=?", (entry_id,))
            self._log(entry_id, "discarded", row["payload"])
        return True

    def discard_unsent(self, entry_ids: Collection[str]) -> list[str]:
        """A cancelled import (issue 18): those of ``entry_ids`` never attempted leave the
        outbox, logged as ``discard`` does. One tried even once may be on the server: it stays
        and is finished. Returns the ids removed."""
        removed: list[str] = []
        with self._tx() as db:
            for entry_id in entry_ids:
                row = db.execute(
                    "SELECT payload FROM outbox WHERE id=? AND state=? AND attempts=0 "
                    "AND in_flight=0",
                    (entry_id, OutboxState.PENDING.value),
                ).fetchone()
                if row is not None:
                    db.execute("DELETE FROM outbox WHERE id=?", (entry_id,))
                    self._log(entry_id, "discarded", row["payload"])
                    removed.append(entry_id)
        return removed

    def withdraw(self, entry_id: str, *, maybe_sent: bool = False) -> bool:
        """Undo of a save: a pending entry none of whose attempts may have reached the server
        (not in flight, never ambiguous) leaves the outbox, logged as ``discard`` does. False
        otherwise: it is on its way, or may be on the server already. With ``maybe_sent`` an
        ambiguous one leaves too (not in flight): the undo then looks for it on the server."""
        ambiguous = "" if maybe_sent else " AND ambiguous=0"
        with self._tx() as db:
            row = db.execute(
                f"SELECT payload FROM outbox WHERE id=? AND state=? AND in_flight=0{ambiguous}",
                (entry_id, OutboxState.PENDING.value),
            ).fetchone()
            if row is None:
                return False
            db.execute("DELETE FROM outbox WHERE id=?", (entry_id,))
            self._log(entry_id, "discarded", row["payload"])
        return True

    def mark_undo(self, entry_id: str) -> str:
        """The person undid this save (services/outbox_undo.py), in one transaction:

        - ``"withdrawn"``: pending and none of its attempts may have reached the server: it
          left the outbox (as ``withdraw``);
        - ``"nothing"``: it needed the person (nothing was created): it left the outbox;
        - ``"marked"`` / ``"marked-sent"``: it may be (or is) on the server: marked ``undo``
          and due now; from then on it is never POSTed again, only looked for and deleted;
        - ``"gone"``: not in the outbox (discarded meanwhile).
        """
        with self._tx() as db:
            row = db.execute(
                "SELECT payload, state, in_flight, ambiguous FROM outbox WHERE id=?", (entry_id,)
            ).fetchone()
            if row is None:
                return "gone"
            state, idle = OutboxState(row["state"]), not row["in_flight"]
            if idle and (state is OutboxState.ATTENTION or (
                    state is OutboxState.PENDING and not row["ambiguous"])):  # fmt: skip
                db.execute("DELETE FROM outbox WHERE id=?", (entry_id,))
                self._log(entry_id, "discarded", row["payload"])
                return "withdrawn" if state is OutboxState.PENDING else "nothing"
            db.execute(
                "UPDATE outbox SET undo=1, next_attempt_at=NULL, updated_at=? WHERE id=?",
                (now_text(), entry_id),
            )
            self._log(entry_id, "undo", "")
        self._undo_marks = True
        return "marked-sent" if state is OutboxState.SENT else "marked"

    def finish_undo(self, entry_id: str, outcome: str, detail: str = "") -> None:
        """An undo done (deleted on the server, or proved never there): the entry leaves."""
        with self._tx() as db:
            db.execute("DELETE FROM outbox WHERE id=? AND undo=1", (entry_id,))
            self._log(entry_id, f"undo-{outcome}", detail)
        self._undo_marks = self._any_undo()

    def refresh_undo_marks(self) -> None:
        """Another connection (another window) may have marked an undo."""
        self._undo_marks = self._any_undo()

    def _any_undo(self) -> bool:
        return self._db.execute("SELECT 1 FROM outbox WHERE undo=1 LIMIT 1").fetchone() is not None

    def mark_undo_retry(self, entry_id: str, error: str, next_attempt_at: float) -> None:
        """An undo's request failed: tried again later; the entry keeps its state (a sent one
        stays sent, a pending one is never POSTed)."""
        with self._tx() as db:
            db.execute(
                "UPDATE outbox SET in_flight=0, last_error=?, next_attempt_at=?, updated_at=? "
                "WHERE id=?",
                (error, stored_epoch(next_attempt_at), now_text(), entry_id),
            )
            self._log(entry_id, "undo-retry", error)

    def drop_undo(self, entry_id: str, error: str) -> None:
        """The server refused the DELETE for good: the undo ends; the contact stays sent."""
        with self._tx() as db:
            db.execute(
                "UPDATE outbox SET undo=0, in_flight=0, next_attempt_at=NULL, updated_at=? "
                "WHERE id=? AND state=?",
                (now_text(), entry_id, OutboxState.SENT.value),
            )
            self._log(entry_id, "undo-refused", error)
        self._undo_marks = self._any_undo()

    def undoing(self) -> list[OutboxEntry]:
        """Entries whose undo is not finished (marked in this session or an earlier one)."""
        rows = self._db.execute("SELECT * FROM outbox WHERE undo=1 ORDER BY seq").fetchall()
        return [self._entry(r) for r in rows]

    def begin_attempts(self, entry_ids: list[str]) -> None:
        """Mark the attempts *before* the requests, so a crash mid-send is known to be ambiguous.

        The service marks an entry when it hands it to its senders, which may be a moment before
        its request leaves; after a crash such an entry is checked like one that was sent.
        Not fsync'd (it would halve throughput): a power cut can lose the mark, and then a retry
        that meets our own contact shows it as a duplicate to check, which loses nothing.
        One statement for all of them.
        """
        if not entry_ids:
            return
        with self._tx(fsync=False) as db:
            db.execute(
                "UPDATE outbox SET attempts=attempts+1, in_flight=1, updated_at=? "
                f"WHERE id IN ({','.join('?' * len(entry_ids))})",
                (now_text(), *entry_ids),
            )

    def end_unstarted(self, entry_ids: list[str]) -> None:
        """Undo ``begin_attempts``: these requests were never sent (taken back before)."""
        if not entry_ids:
            return
        with self._tx(fsync=False) as db:
            db.execute(
                "UPDATE outbox SET attempts=attempts-1, in_flight=0 "
                f"WHERE in_flight=1 AND id IN ({','.join('?' * len(entry_ids))})",
                entry_ids,
            )

    def mark_sent(self, entry_id: str, contact: Contact, outcome: str = "sent") -> None:
        self.mark_sent_many([(entry_id, contact)], outcome)

    def mark_sent_many(self, sent: list[tuple[str, Contact]], outcome: str = "sent") -> None:
        """``mark_sent`` for several entries, in one statement (each SQLite step hands the GIL
        to a busy sender thread and waits to get it back)."""
        if not sent:
            return
        contacts = dump({entry_id: self._to_json(contact) for entry_id, contact in sent})
        now = now_text()
        with self._tx() as db:
            db.execute(
                "UPDATE outbox SET state=?, contact=j.value, last_error='', next_attempt_at=NULL, "
                "reason=NULL, in_flight=0, updated_at=? FROM json_each(?) AS j "
                "WHERE outbox.id=j.key",
                (OutboxState.SENT.value, now, contacts),
            )
            self._log_rows.extend((entry_id, now, outcome, c.id) for entry_id, c in sent)

    @staticmethod
    def as_sent(entry: OutboxEntry, contact: Contact) -> OutboxEntry:
        """``entry`` as ``mark_sent`` leaves it, without reading it back."""
        return replace(
            entry, state=OutboxState.SENT, contact=contact, last_error="", next_attempt_at=None,
            reason=None,
        )  # fmt: skip

    def mark_retry(
        self, entry_id: str, error: str, next_attempt_at: float, *, ambiguous: bool
    ) -> None:
        with self._tx() as db:
            db.execute(  # an entry undone while on the wire is looked for at once
                "UPDATE outbox SET in_flight=0, ambiguous=MAX(ambiguous, ?), last_error=?, "
                "next_attempt_at=CASE WHEN undo=1 THEN NULL ELSE ? END, state=?, updated_at=? "
                "WHERE id=?",
                (int(ambiguous), error, stored_epoch(next_attempt_at), OutboxState.PENDING.value,
                 now_text(), entry_id),
            )  # fmt: skip
            self._log(entry_id, "retry", error)

    def mark_attention(
        self,
        entry_id: str,
        reason: AttentionReason,
        message: str,
        *,
        field_errors: Mapping[str, tuple[str, ...]] | None = None,
        existing_id: str = "",
    ) -> None:
        self._finish(
            entry_id, reason.value, message,
            state=OutboxState.ATTENTION.value, reason=reason.value, last_error=message,
            field_errors=dump({k: list(v) for k, v in (field_errors or {}).items()}),
            existing_id=existing_id, next_attempt_at=None,
        )  # fmt: skip

    def mark_paused(self, entry_id: str, error: str) -> None:
        """The key was refused: the attempt didn't count against the entry; it stays pending."""
        with self._tx() as db:
            db.execute(
                "UPDATE outbox SET in_flight=0, last_error=?, updated_at=? WHERE id=?",
                (error, now_text(), entry_id),
            )
            self._log(entry_id, "paused", error)

    def bring_forward(self, latest: float) -> int:
        """Pending entries due after ``latest`` (an absurd wait stored by an older version), or
        at a time that is not a number, become due now: none waits for ever."""
        with self._tx() as db:
            cursor = db.execute(
                "UPDATE outbox SET next_attempt_at=NULL WHERE state=? AND next_attempt_at IS NOT "
                "NULL AND (typeof(next_attempt_at) NOT IN ('integer', 'real') "
                "OR next_attempt_at>?)",
                (OutboxState.PENDING.value, latest),
            )
        return cursor.rowcount

    def retry_all_now(self) -> int:
        with self._tx() as db:
            cursor = db.execute(
                "UPDATE outbox SET next_attempt_at=NULL WHERE state=? OR undo=1",
                (OutboxState.PENDING.value,),
            )
        return cursor.rowcount

    def recover_after_crash(self) -> int:
        """Attempts cut short by a crash or kill may have reached the server: mark ambiguous."""
        with self._tx() as db:
            cursor = db.execute(
                "UPDATE outbox SET in_flight=0, ambiguous=1, next_attempt_at=NULL WHERE in_flight=1"
            )
        return cursor.rowcount

    def _finish(self, entry_id: str, outcome: str, detail: str, **columns: Any) -> None:
        sets = ", ".join(f"{name}=?" for name in columns)
        now = now_text()
        with self._tx() as db:
            db.execute(
                f"UPDATE outbox SET {sets}, in_flight=0, updated_at=? WHERE id=?",
                (*columns.values(), now, entry_id),
            )
            self._log(entry_id, outcome, detail, now)

    def _log(self, entry_id: str, outcome: str, detail: str, at: str | None = None) -> None:
        """Add to the attempt log (within the current transaction)."""
        self._log_rows.append((entry_id, at or now_text(), outcome, detail))

    # --- reading ------------------------------------------------------------------------------

    def get(self, entry_id: str) -> OutboxEntry:
        row = self._db.execute("SELECT * FROM outbox WHERE id=?", (entry_id,)).fetchone()
        if row is None:
            raise KeyError(entry_id)
        return self._entry(row)

    def last_change(self) -> str:
        """When an entry last changed (compare with ``sent_since``)."""
        found = self._db.execute("SELECT max(updated_at) FROM outbox").fetchone()[0]
        return str(found or "")

    def sent_since(self, mark: str) -> tuple[list[OutboxEntry], str]:
        """Entries marked sent after ``mark`` (a ``last_change``), oldest change first (what
        another window sent), and the mark to ask with next time."""
        rows = self._db.execute(
            "SELECT * FROM outbox WHERE state=? AND updated_at > ? ORDER BY updated_at, seq",
            (OutboxState.SENT.value, mark),
        ).fetchall()
        return [self._entry(row) for row in rows], str(rows[-1]["updated_at"]) if rows else mark

    def entries(self, states: tuple[OutboxState, ...] | None = None) -> list[OutboxEntry]:
        """Oldest first."""
        if states is None:
            rows = self._db.execute("SELECT * FROM outbox ORDER BY seq").fetchall()
        else:
            marks = ",".join("?" * len(states))
            rows = self._db.execute(
                f"SELECT * FROM outbox WHERE state IN ({marks}) ORDER BY seq",
                [s.value for s in states],
            ).fetchall()
        return [self._entry(r) for r in rows]

    def entries_of_batch(self, key: str, batch_id: str) -> list[OutboxEntry]:
        """The entries whose stored draft has ``key`` = ``batch_id`` (an import, issue 18),
        oldest first."""
        rows = self._db.execute(
            "SELECT * FROM outbox WHERE json_extract(draft, '$.' || ?) = ? ORDER BY seq",
            (key, batch_id),
        ).fetchall()
        return [self._entry(r) for r in rows]

    def counts(self) -> dict[OutboxState, int]:
        """How many entries are in each state (cheap: no rows are read)."""
        rows = self._db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall()
        found = {OutboxState(state): count for state, count in rows}
        return {state: found.get(state, 0) for state in OutboxState}

    def pending_mexican(self) -> int:
        """Pending entries with a Mexican number: each is looked for before it is created
        (services/existing.py), so it costs two requests of the budget, not one."""
        row = self._db.execute(
            "SELECT COUNT(*) FROM outbox WHERE state=? "
            "AND json_extract(payload, '$.phone_number') LIKE '+52%'",
            (OutboxState.PENDING.value,),
        ).fetchone()
        return int(row[0])

    def has(self, state: OutboxState) -> bool:
        """Whether any entry is in ``state`` (cheaper than ``counts``)."""
        row = self._db.execute("SELECT 1 FROM outbox WHERE state=? LIMIT 1", (state.value,))
        return row.fetchone() is not None

    def begin_due(self, now: float, exclude: Collection[str], limit: int) -> list[OutboxEntry]:
        """Pending entries whose next attempt is due, oldest first, each marked by
        ``begin_attempts`` (in one statement); returned as they now are (``attempts`` counts the
        one beginning)."""
        rows = self._due_rows(now, exclude, limit, undo=True) if self._undo_marks else []
        rows += self._due_rows(now, exclude, limit - len(rows)) if len(rows) < limit else []
        self.begin_attempts([r["id"] for r in rows])
        return [self._entry(r, attempts=r["attempts"] + 1) for r in rows]

    def _due_rows(
        self, now: float, exclude: Collection[str], limit: int, *, undo: bool = False
    ) -> list[dict[str, Any]]:
        """As ``ENTRY_AS_JSON`` objects, read in one SQLite step (see ``mark_sent_many``).
        Pending entries to send, or (``undo``) entries of any state whose undo is due."""
        which = "undo=1" if undo else f"state='{OutboxState.PENDING.value}' AND undo=0"
        (found,) = self._db.execute(
            f"SELECT json_group_array(json_object({ENTRY_AS_JSON})) FROM ("
            f"SELECT * FROM outbox WHERE {which} "
            "AND (next_attempt_at IS NULL OR next_attempt_at<=?)"
            " AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT ?)",
            (now, json.dumps(list(exclude)), limit),
        ).fetchone()
        rows: list[dict[str, Any]] = json.loads(found)
        return sorted(rows, key=lambda r: int(r["seq"]))  # the aggregate's order is not promised

    def next_due_at(self) -> float | None:
        """When the next pending entry (or undo) is due (0 = now); None when nothing is."""
        pending = OutboxState.PENDING.value
        now = self._db.execute(
            "SELECT 1 FROM outbox WHERE state=? AND next_attempt_at IS NULL LIMIT 1", (pending,)
        ).fetchone()
        if now:
            return 0.0
        (when,) = self._db.execute(
            "SELECT MIN(next_attempt_at) FROM outbox WHERE state=?", (pending,)
        ).fetchone()
        found = [due_epoch(when)] if when is not None else []
        if self._undo_marks:  # read only when some entry may carry one (see __init__)
            (marked, undo, timed) = self._db.execute(
                "SELECT COUNT(*), MIN(next_attempt_at), COUNT(next_attempt_at) FROM outbox "
                "WHERE undo=1"
            ).fetchone()
            if marked > timed:  # one of them is due now
                return 0.0
            found += [due_epoch(undo)] if undo is not None else []
        return min(found) if found else None

    def _entry(self, row: Mapping[str, Any], attempts: int | None = None) -> OutboxEntry:
        return entry_from_row(row, self._from_json, attempts)

    # --- the half-typed form ------------------------------------------------------------------

    def save_form_draft(self, draft: Mapping[str, object] | None) -> None:
        with self._tx() as db:
            if draft is None:
                db.execute("DELETE FROM form_draft WHERE slot='form'")
            else:
                db.execute(
                    "INSERT OR REPLACE INTO form_draft (slot, draft, updated_at) "
                    "VALUES ('form', ?, ?)",
                    (dump(draft), now_text()),
                )

    def form_draft(self) -> dict[str, object] | None:
        row = self._db.execute("SELECT draft FROM form_draft WHERE slot='form'").fetchone()
        return json.loads(row["draft"]) if row else None
