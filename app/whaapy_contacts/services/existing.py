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

Runs on a sender thread, inside the entry's priority, so the budget (services/scheduler.py)
paces these requests like any other; a failure is retried like the create itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from whaapy_contacts.api import errors as api_errors
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.phone import MX_CODE, canonical_digits, same_phone

if TYPE_CHECKING:
    from whaapy_contacts.api.client import ContactsClient
    from whaapy_contacts.api.mapping import ContactPage

log = logging.getLogger(__name__)

PAGE_LIMIT = 100  # Whaapy's largest page
MAX_PAGES = 10  # 1,000 numbers holding the same 10 digits is not an account: a broken answer


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
    digits = key[len(MX_CODE) :]
    wanted = {"phone_number": {"contains": digits}}
    try:
        found = _every_page(
            lambda cursor: client.search_contacts(filters=wanted, limit=PAGE_LIMIT, cursor=cursor),
            phone,
        )
    except (api_errors.ValidationFailed, api_errors.NotFound) as exc:
        # The filter refused (400/422), or no search route here (404): the free text instead.
        log.info("phone filter refused (%s): looking up by search=", exc)
        try:
            found = _every_page(
                lambda cursor: client.list_contacts(limit=PAGE_LIMIT, search=digits, cursor=cursor),
                phone,
            )
        except (api_errors.ValidationFailed, api_errors.NotFound) as again:  # try later
            raise api_errors.BadResponse(f"look-up refused: {again}") from again
    if not found:
        return None
    return next((c for c in found if prefer(c)), found[0])


def _every_page(read: Callable[[str | None], ContactPage], phone: str) -> list[Contact]:
    """The contacts with ``phone`` on the first page that has any, or [] after the last."""
    cursor: str | None = None
    for _ in range(MAX_PAGES):
        page = read(cursor)
        if any(not c.id or not c.phone_number for c in page.contacts):
            raise api_errors.BadResponse("look-up answer lists a contact without id or phone")
        matches = [c for c in page.contacts if same_phone(phone, c.phone_number)]
        if matches or not page.has_more:
            return matches
        cursor = page.next_cursor
    raise api_errors.BadResponse(f"look-up answer with more than {MAX_PAGES} pages")


def found_before_creating(existing: Contact) -> api_errors.DuplicateContact:
    """The duplicate the app found itself, as the server's 409 would have said it."""
    return api_errors.DuplicateContact(existing.id, "found before creating")
