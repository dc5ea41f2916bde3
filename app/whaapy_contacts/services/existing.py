"""Finding the existing contact ourselves, before creating, for a Mexican number.

Whaapy stores numbers as sent, and whether its duplicate rule sees ``+52 55…`` and
``+52 1 55…`` (the retired mobile ``1``) as one line is unknown (``shared/whaapy-api.md``). An
account may hold either form, made by other tools. So before a Mexican number is created, the
app looks for it itself, by the last 10 digits, and shows the duplicate flow when it is there:

- a contact in the local history with the same number: fetched by id (one request, which also
  proves it still exists; a 404 means it was deleted, and the search below runs);
- otherwise ``GET /contacts/v1?search=<10 digits>``, which finds both stored forms (and other
  numbers containing those digits, which are filtered out here).

Runs on a sender thread, inside the entry's priority, so the budget (services/scheduler.py)
paces these requests like any other; a failure is retried like the create itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from whaapy_contacts.api import errors as api_errors
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.phone import MX_CODE, canonical_digits, same_phone

if TYPE_CHECKING:
    from whaapy_contacts.api.client import ContactsClient

SEARCH_LIMIT = 20  # contacts whose number contains the 10 digits: a handful at most


def mexican_key(phone: str) -> str | None:
    """The canonical digits (``52`` + 10) of a Mexican number, else None."""
    digits = canonical_digits(phone)
    if digits.startswith(MX_CODE) and len(digits) == len(MX_CODE) + 10:
        return digits
    return None


def find_existing(
    client: ContactsClient,
    payload: Mapping[str, object],
    local_ids: Sequence[str],
    prefer: Callable[[Contact], bool] = lambda _c: False,
) -> Contact | None:
    """The contact on the server that has ``payload``'s number in either form, or None.

    ``local_ids`` are history rows with that number (newest first). ``prefer`` picks among
    several matches (the one we may have sent ourselves). API errors propagate: the caller
    retries later rather than create blind.
    """
    phone = str(payload.get("phone_number", ""))
    for contact_id in local_ids:
        try:
            contact = client.get_contact(contact_id)
        except api_errors.NotFound:
            continue  # deleted since: look on the server
        if same_phone(phone, contact.phone_number):
            return contact
    key = mexican_key(phone)
    if key is None:
        return None
    page = client.list_contacts(limit=SEARCH_LIMIT, search=key[len(MX_CODE) :])
    matches = [c for c in page.contacts if same_phone(phone, c.phone_number)]
    if not matches:
        return None
    return next((c for c in matches if prefer(c)), matches[0])


def found_before_creating(existing: Contact) -> api_errors.DuplicateContact:
    """The duplicate the app found itself, as the server's 409 would have said it."""
    return api_errors.DuplicateContact(existing.id, "found before creating")
