"""One send, on a sender thread: the request, the duplicate check, and what the answer means.

The outbox (services/outbox.py) hands ``attempt`` to its sender threads and records the
``Outcome`` on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from whaapy_contacts.api import errors as api_errors
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.email import same_email
from whaapy_contacts.domain.fields import every
from whaapy_contacts.domain.phone import same_phone
from whaapy_contacts.services.existing import find_existing, found_before_creating
from whaapy_contacts.workers.lane import Finished

if TYPE_CHECKING:
    from whaapy_contacts.api.client import ContactsClient


def matches_sent(payload: Mapping[str, object], contact: Contact) -> bool:
    """Whether ``contact`` on the server is the one we sent (for a 409 after an ambiguous try):
    every field the payload carries, compared as its ``match`` in domain/fields.py says."""
    return all(
        _same_as_sent(f.match, payload.get(f.name), getattr(contact, f.name))
        for f in every()
        if f.match == "phone" or (f.match and f.name in payload)
    )


def _same_as_sent(match: str, sent: object, have: object) -> bool:
    if match == "phone":
        return same_phone(str(sent or ""), str(have))
    if match == "text":
        return str(sent).strip() == str(have).strip()
    if match == "email":
        return same_email(str(sent), str(have))
    if match == "tags":
        if not isinstance(sent, list) or not isinstance(have, tuple):
            return True  # not sent as a list: nothing to compare
        return {str(t).casefold() for t in sent} == {str(t).casefold() for t in have}
    if match == "keys":
        if not isinstance(sent, Mapping) or not isinstance(have, Mapping):
            return True
        return all(have.get(k) == v for k, v in sent.items())
    return sent == have  # "exact"


@dataclass(frozen=True)
class Outcome:
    """What one attempt found; computed on the worker, recorded on the GUI thread."""

    entry_id: str
    contact: Contact | None = None
    error: BaseException | None = None
    existing: Contact | None = None  # with a 409: the contact that has the phone


def troubled(outcome: Outcome) -> bool:
    """The server could not take it (to retry, or the key was refused), as opposed to sent, or
    for the user to look at."""
    return outcome.contact is None and not isinstance(
        outcome.error, api_errors.DuplicateContact | api_errors.ValidationFailed
    )


def outcome_of(done: Finished) -> Outcome:
    """A lane's result: the attempt's Outcome, or the bug that escaped it."""
    if done.error is not None:
        _generation, entry_id = done.key
        return Outcome(entry_id, error=done.error)
    assert isinstance(done.value, Outcome)
    return done.value


def attempt(
    client: ContactsClient,
    entry_id: str,
    payload: dict[str, object],
    ambiguous: bool,
    local_ids: Sequence[str] | None = None,
) -> Outcome:
    """One try, on a worker. API errors are data here; only bugs escape as exceptions.

    With ``local_ids`` (a Mexican number: see services/existing.py) the existing contact is
    looked for first, by those history rows and then by the last 10 digits, and a match is a
    duplicate without a create.
    """
    try:
        if local_ids is not None:
            client.check_create(payload)
            mine = (lambda c: matches_sent(payload, c)) if ambiguous else (lambda _c: False)
            found = find_existing(client, payload, local_ids, prefer=mine)
            if found is not None:
                return Outcome(entry_id, error=found_before_creating(found), existing=found)
        return Outcome(entry_id, contact=client.create_contact(payload))
    except api_errors.DuplicateContact as dup:
        existing = None
        if ambiguous and dup.existing_id:
            try:
                existing = client.get_contact(dup.existing_id)
            except api_errors.ApiError as exc:
                # Can't compare now: retry later rather than guess either way.
                return Outcome(entry_id, error=exc)
        return Outcome(entry_id, error=dup, existing=existing)
    except api_errors.ApiError as exc:
        return Outcome(entry_id, error=exc)
