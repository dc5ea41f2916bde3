"""Finding the existing contact ourselves, before creating, for a Mexican number.

Whaapy stores numbers as sent, and whether its duplicate rule sees ``+52 55…`` and
``+52 1 55…`` (the retired mobile ``1``) as one line is unknown (``shared/whaapy-api.md``). An
account may hold either form, made by other tools. So before a Mexican number is created, the
app looks for it itself, by the last 10 digits, and shows the duplicate flow when it is there:

- a contact in the local history with the same number: fetched by id (one request, which also
  proves it still exists; a 404 means it was deleted, and the search below runs);
- otherwise ``POST /contacts/v1/search`` with ``phone_number: {contains: <10 digits>}`` (the
  official filter: phones only, so an e-mail holding the digits is no noise), which finds both
  stored forms (and longer numbers containing those digits, filtered out here), every page of
  it: a match may be on any page. If the server refuses that filter, ``GET ?search=`` instead.

The answer must be readable to be believed: a listed contact without an id or a phone, or more
pages than MAX_PAGES, is not "no match" but a look-up that failed, retried like any other,
because creating on a guess could make the second contact.

The search itself (and what makes an answer readable) is services/phone_search.py, shared
with the hint while typing (services/duplicate_hint.py).

Runs on a sender thread, inside the entry's priority, so the budget (services/scheduler.py)
paces these requests like any other; a failure is retried like the create itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from whaapy_contacts.api import errors as api_errors
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.phone import same_phone
from whaapy_contacts.services.phone_search import (
    MAX_PAGES,
    PAGE_LIMIT,
    contacts_with_phone,
    mexican_key,
)

if TYPE_CHECKING:
    from whaapy_contacts.api.client import ContactsClient

__all__ = ["MAX_PAGES", "PAGE_LIMIT", "find_existing", "found_before_creating", "mexican_key"]


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
    if mexican_key(phone) is None:
        return None
    found = contacts_with_phone(client, phone)  # services/phone_search.py
    if not found:
        return None
    return next((c for c in found if prefer(c)), found[0])


def found_before_creating(existing: Contact) -> api_errors.DuplicateContact:
    """The duplicate the app found itself, as the server's 409 would have said it."""
    return api_errors.DuplicateContact(existing.id, "found before creating")
