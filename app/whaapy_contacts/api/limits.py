"""Every bound the client puts on what a server may make it do, in one place.

A server that misbehaves (or a proxy in between) must never make the app wait for ever, read
without end, or schedule a retry in the year 11533. These numbers are documented in the
``ApiError`` tree (api/errors.py) and in the README's outbox table.
"""

from __future__ import annotations

import math

# The longest wait a server can ask for (Retry-After, an HTTP date, X-RateLimit-Reset): longer
# values are taken as this. An hour keeps a typed contact from waiting out an absurd answer.
MAX_RETRY_AFTER_S = 3600.0

# Every request ends within this, however the server drips its headers or body: connect,
# write, headers and body together. Per-read timeouts alone let a drip last for ever.
TOTAL_DEADLINE_S = 30.0

# The most we read of one answer, counted after decompression (a gzip bomb is never unpacked
# past it). A contact is a few kilobytes; a page of 100 contacts well under a megabyte.
MAX_ANSWER_BYTES = 1 << 20  # one contact, an error, the stages, the team
MAX_LIST_ANSWER_BYTES = 2 << 20  # a page of the list or a search, the account's tags

# The largest request body we send. Whaapy's limit is not published; the sandbox refuses more
# than 1,000,000 bytes. A contact this large is refused before sending, with a message.
MAX_REQUEST_BYTES = 512 * 1024

# JSON nested deeper than this is not a contact (and SQLite's JSON functions stop at 1000).
MAX_JSON_DEPTH = 64

# Numbers with more digits than this are not data we can use (Python refuses past 4,300).
MAX_NUMBER_DIGITS = 100


def bounded_delay(seconds: float | None) -> float | None:
    """A server-given delay made safe: None when absent or not a number, at most an hour."""
    if seconds is None or not isinstance(seconds, int | float) or math.isnan(seconds):
        return None
    return min(MAX_RETRY_AFTER_S, max(0.0, float(seconds)))
