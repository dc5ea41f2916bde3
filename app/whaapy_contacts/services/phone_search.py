"""Asking the server who has a number, or an e-mail: every page, and only readable answers.

Shared by the look-up before a create (services/existing.py) and the hint while typing
(services/duplicate_hint.py), so both ask the same way and believe the same answers:

- ``POST /contacts/v1/search`` with the official filter (``phone_number: {contains: digits}``
  or ``email: {eq: address}``), every page of it, since a match may be on any page; if the
  server refuses that filter (400/422) or has no search route (404), ``GET ?search=`` instead;
- a listed contact without an id or a phone, or more than MAX_PAGES pages, is a look-up that
  failed (``BadResponse``), never "no match".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from whaapy_contacts.api import errors as api_errors
from whaapy_contacts.domain.contact import Contact
from whaapy_contacts.domain.email import same_email
from whaapy_contacts.domain.phone import MX_CODE, canonical_digits, same_phone

if TYPE_CHECKING:
    from whaapy_contacts.api.client import ContactsClient
    from whaapy_contacts.api.mapping import ContactPage

log = logging.getLogger(__name__)

PAGE_LIMIT = 100  # Whaapy's largest page
MAX_PAGES = 10  # 1,000 numbers holding the same 10 digits is not an account: a broken answer
MEXICAN_DIGITS = 10  # a Mexican number is found by its last 10 digits, in either stored form

Matches = Callable[[Contact], bool]


def mexican_key(phone: str) -> str | None:
    """The canonical digits (``52`` + 10) of a Mexican number, else None."""
    digits = canonical_digits(phone)
    if digits.startswith(MX_CODE) and len(digits) == len(MX_CODE) + MEXICAN_DIGITS:
        return digits
    return None


def search_digits(phone: str) -> str:
    """What to ask the server for: a Mexican number's last 10 digits (they find ``+52 55…``
    and ``+52 1 55…`` alike), any other number's canonical digits."""
    key = mexican_key(phone)
    return key[len(MX_CODE) :] if key is not None else canonical_digits(phone)


def contacts_with_phone(
    client: ContactsClient, phone: str, pages: int = MAX_PAGES
) -> list[Contact]:
    """Server contacts with ``phone`` in any stored form, from the first page that has any
    (``pages`` fewer than MAX_PAGES: read no further, and not found there is [])."""
    digits = search_digits(phone)
    if not digits:
        return []
    wanted = {"phone_number": {"contains": digits}}
    return _filter_then_text(
        client, wanted, digits, lambda c: same_phone(phone, c.phone_number), pages
    )


def contacts_with_email(
    client: ContactsClient, email: str, pages: int = MAX_PAGES
) -> list[Contact]:
    """Server contacts with this e-mail (ignoring case), as ``contacts_with_phone``."""
    address = email.strip()
    if not address:
        return []
    matches: Matches = lambda c: same_email(address, c.email)  # noqa: E731
    return _filter_then_text(client, {"email": {"eq": address}}, address, matches, pages)


def _filter_then_text(
    client: ContactsClient, wanted: Mapping[str, object], text: str, matches: Matches,
    pages: int,
) -> list[Contact]:  # fmt: skip
    try:
        return every_page(
            lambda cursor: client.search_contacts(filters=wanted, limit=PAGE_LIMIT, cursor=cursor),
            matches,
            pages,
        )
    except (api_errors.ValidationFailed, api_errors.NotFound) as exc:
        # The filter refused (400/422), or no search route here (404): the free text instead.
        log.info("search filter refused (%s): looking up by search=", exc)
        try:
            return every_page(
                lambda cursor: client.list_contacts(limit=PAGE_LIMIT, search=text, cursor=cursor),
                matches,
                pages,
            )
        except (api_errors.ValidationFailed, api_errors.NotFound) as again:  # try later
            raise api_errors.BadResponse(f"look-up refused: {again}") from again


def every_page(
    read: Callable[[str | None], ContactPage], matches: Matches, pages: int = MAX_PAGES
) -> list[Contact]:
    """The contacts that match on the first page that has any, or [] after the last."""
    cursor: str | None = None
    for _ in range(pages):
        page = read(cursor)
        if any(not c.id or not c.phone_number for c in page.contacts):
            raise api_errors.BadResponse("look-up answer lists a contact without id or phone")
        found = [c for c in page.contacts if matches(c)]
        if found or not page.has_more:
            return found
        cursor = page.next_cursor
    if pages < MAX_PAGES:
        return []  # asked to read only so far (a hint): not there, no hint
    raise api_errors.BadResponse(f"look-up answer with more than {MAX_PAGES} pages")
