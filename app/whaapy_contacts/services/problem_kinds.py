"""The kinds of problem and the next steps (services/problems.py), light enough for the first frame.

The window's first frame (ui/shell/outbox_status.py) names kinds before the model layer, with
the API's errors and SQLite, is loaded: this module imports nothing of it.
"""

from __future__ import annotations

from enum import Enum


class Kind(Enum):
    """What went wrong, as the person sees it."""

    KEY = "key"  # the key was refused (401) or can't be a key
    SCOPES = "scopes"  # the key lacks permissions (403)
    NOT_FOUND = "not_found"  # 404: the contact is gone
    DUPLICATE = "duplicate"  # 409: that number already has a contact
    FIELDS = "fields"  # the server refused some fields, named
    REFUSED = "refused"  # the server refused the contact without naming a field
    RATE_LIMITED = "rate_limited"  # 429: asked to wait
    SERVER = "server"  # 5xx, or an answer that can't be read
    OFFLINE = "offline"  # no answer at all
    SLOW = "slow"  # no answer in time
    OTHER = "other"  # an API failure of no kind above (the base ApiError)
    STORAGE = "storage"  # this computer's file of contacts
    UNEXPECTED = "unexpected"  # not a known error: a bug, logged elsewhere


class Step(Enum):
    """What will make it work."""

    RETRY = "retry"  # trying again later may work (the outbox does it by itself)
    WAIT = "wait"  # the server asked for a pause; it passes by itself
    FIX_KEY = "fix_key"  # a new key, or the key's permissions
    FIX_FIELDS = "fix_fields"  # correct the marked fields
    CHANGE_CONTACT = "change_contact"  # the contact as it is will never be taken
    RESOLVE_DUPLICATE = "resolve_duplicate"  # view or update the existing contact
    FIX_COMPUTER = "fix_computer"  # disk space, permissions: the app notices by itself
    NOTHING = "nothing"  # nothing to do: it is told, it is over
