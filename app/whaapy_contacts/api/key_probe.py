"""What a key may do, found without changing anything in the account (issue 14, case 7).

Two requests answer it. Reading: ``GET /contacts/v1?limit=1``. Creating: ``POST /contacts/v1``
with an empty body, which the server checks for scopes before the body (as a gateway does), so
a key without ``contacts:write`` gets 403 "Missing required scopes: ..." and a key with it gets
400 "phone_number is required": nothing is created either way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from whaapy_contacts.api import errors as e

log = logging.getLogger(__name__)

READ_SCOPE = "contacts:read"
WRITE_SCOPE = "contacts:write"


@dataclass(frozen=True)
class KeyAccess:
    """The scopes a key lacks for reading the list and for creating contacts (empty: allowed)."""

    read_missing: tuple[str, ...] = ()
    write_missing: tuple[str, ...] = ()

    @property
    def can_read(self) -> bool:
        return not self.read_missing

    @property
    def can_write(self) -> bool:
        return not self.write_missing

    @property
    def complete(self) -> bool:
        return self.can_read and self.can_write


def missing_for(call: Callable[[], object], scope: str, *, refusal_allows: bool) -> tuple[str, ...]:
    """The scopes ``call`` lacks: () when it was allowed, the server's list (or ``scope`` when
    it named none) on a 403. ``refusal_allows``: a validation refusal (400/422) proves the key
    may do this (the empty create). 401, network errors and the rest propagate."""
    try:
        call()
    except e.MissingScopes as exc:
        return exc.scopes or (scope,)
    except e.ValidationFailed:
        if not refusal_allows:
            raise
        return ()
    else:
        if refusal_allows:  # an empty create was accepted: the server is not like Whaapy
            log.warning("the empty create probe was accepted (status 2xx)")
    return ()
