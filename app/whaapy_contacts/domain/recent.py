"""Rows of the recent-contacts list: a compact, searchable summary of a contact or outbox entry.

A row is a plain tuple so 100,000 of them load, filter and sort fast (PLATFORM-NOTES "Speed"):
everything a filter or a sort needs is precomputed once, when the row is made.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import NamedTuple

from whaapy_contacts.domain.cleaning import clean_line
from whaapy_contacts.domain.contact import Contact, FunnelStage
from whaapy_contacts.domain.countries import fold
from whaapy_contacts.domain.outbox import OutboxEntry
from whaapy_contacts.domain.phone import canonical_digits
from whaapy_contacts.domain.phone_format import best_search_digits, search_fragments
from whaapy_contacts.domain.recent_keys import ANY_STAGE, LOCAL_PREFIX

_PHONE_QUERY = re.compile(r"^\+?[\d\s\-\u2010-\u2015.()/]*\d[\d\s\-\u2010-\u2015.()/]*$")
_TAG_SEP = "\x1f"


class RecentRow(NamedTuple):
    """One line of the list. Field order is the storage column order (storage/recent.py)."""

    key: str  # the contact id, or LOCAL_PREFIX + outbox id
    created: float  # POSIX seconds; 0.0 when unknown
    name: str  # as shown
    phone: str  # E.164 as stored
    digits: str  # canonical digits of the phone, for phone-fragment search
    tags: str  # "vip, cliente", as shown
    tag_key: str  # folded tags between separators, for the tag filter and sorting
    stage_id: str
    stage_name: str
    haystack: str  # folded "name\nemail company tags\ndigits": text search and name sort

    @property
    def is_local(self) -> bool:
        return self.key.startswith(LOCAL_PREFIX)

    @property
    def created_at(self) -> datetime | None:
        return datetime.fromtimestamp(self.created, UTC) if self.created else None


def make_row(
    key: str,
    *,
    name: str,
    phone: str,
    tags: Sequence[str] = (),
    stage: FunnelStage | None = None,
    created_at: datetime | None = None,
    extra_text: Sequence[str] = (),
) -> RecentRow:
    digits = canonical_digits(phone)
    folded_tags = [fold(t) for t in tags]
    rest = fold(" ".join((*extra_text, *tags)))
    return RecentRow(
        key=key,
        created=created_at.timestamp() if created_at else 0.0,
        name=name,
        phone=phone,
        digits=digits,
        tags=", ".join(tags),
        tag_key=_TAG_SEP + _TAG_SEP.join(folded_tags) + _TAG_SEP if tags else "",
        stage_id=stage.id if stage else "",
        stage_name=stage.name if stage else "",
        haystack=f"{fold(name)}\n{rest}\n{digits}",
    )


def row_for_contact(contact: Contact) -> RecentRow:
    return make_row(
        contact.id,
        name=contact.display_name,
        phone=contact.phone_number,
        tags=contact.tags,
        stage=contact.funnel_stage,
        created_at=contact.created_at,
        extra_text=(contact.email, contact.company),
    )


def row_for_entry(entry: OutboxEntry, stage_names: dict[str, str]) -> RecentRow:
    """A local (not yet sent) entry; the stage name comes from the stages we know."""
    stage_id = str(entry.payload.get("funnel_stage_id") or "")
    stage = FunnelStage(stage_id, stage_names.get(stage_id, "")) if stage_id else None
    return make_row(
        LOCAL_PREFIX + entry.id,
        name=entry.name,
        phone=entry.phone_number,
        tags=entry.tags,
        stage=stage,
        created_at=entry.created_at,
        extra_text=(str(entry.payload.get("email", "")), str(entry.payload.get("company", ""))),
    )


def contact_from_row(row: RecentRow) -> Contact:
    """A summary Contact for a row whose full contact is not in memory (details fill the rest)."""
    stage = FunnelStage(row.stage_id, row.stage_name) if row.stage_id else None
    tags = tuple(t for t in row.tags.split(", ") if t)
    return Contact(
        id=row.key,
        phone_number=row.phone,
        name=row.name,
        tags=tags,
        funnel_stage=stage,
        created_at=row.created_at,
    )


# --- filtering ---------------------------------------------------------------------------

Predicate = Callable[[RecentRow], bool]


def row_filters(text: str, tag: str = "", stage_id: str | None = ANY_STAGE) -> list[Predicate]:
    """Predicates a row must all pass, cheapest first. An empty list means "every row".

    Text ignores case and accents; each word must appear (name, email, company, tags, phone).
    A phone-like query ("55 12", "+52 55-12") matches the digits of the number however the
    number was formatted.
    """
    checks: list[Predicate] = []
    if stage_id is not ANY_STAGE:
        checks.append(lambda r: r.stage_id == stage_id)
    if tag:
        key = _TAG_SEP + fold(tag.strip()) + _TAG_SEP
        checks.append(lambda r: key in r.tag_key)
    text = clean_line(text).strip()
    if is_phone_query(text):
        # As the form reads numbers: "044 55 3456", "+52 1 55…", "00 52…" find +52 55 3456…
        # One C-level search per row (a generator of `in` tests per row doubled a keystroke's
        # worst time over 100,000 rows).
        fragments = search_fragments(text)
        found = re.compile("|".join(map(re.escape, fragments))).search
        checks.append(lambda r: bool(fragments) and found(r.digits) is not None)
    else:
        checks.extend(_contains(word) for word in fold(text).split())
    return checks


def _contains(word: str) -> Predicate:
    return lambda r: word in r.haystack


def is_phone_query(text: str) -> bool:
    """Digits, maybe with a leading + and the separators people type ("55 12-34"), and
    whatever invisible marks a copy from WhatsApp wraps them in."""
    return bool(_PHONE_QUERY.match(clean_line(text).strip()))


def server_search_text(text: str) -> str:
    """What to send as a server's ``search=``: a phone-like query as its digits past any
    prefix the form accepts ("044 55 3456" asks for "553456"), anything else as typed."""
    text = clean_line(text).strip()
    return best_search_digits(text) if is_phone_query(text) else text


def filter_rows(rows: list[RecentRow], checks: list[Predicate]) -> list[RecentRow]:
    """Rows passing every check, in order. One pass per check: later passes see fewer rows."""
    for check in checks:
        rows = [r for r in rows if check(r)]
    return rows if checks else list(rows)
