"""Words and times as the recent list shows them, in the user's language."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.domain.phone import format_international
from whaapy_contacts.ui.common.texts import date_text, time_text


def relative_time(when: datetime | None, now: datetime | None = None) -> str:
    """ "hace 2 min", "ayer 16:05", "12/03/2026": short, in the user's words."""
    if when is None:
        return ""
    now = now or datetime.now(UTC)
    local, local_now = when.astimezone(), now.astimezone()
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("RecentContactsModel", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("RecentContactsModel", "%1 min ago").replace(
            "%1", str(int(seconds // 60))
        )
    if local.date() == local_now.date():
        return QCoreApplication.translate("RecentContactsModel", "today %1").replace(
            "%1", time_text(local)
        )
    if (local_now.date() - local.date()).days == 1:
        return QCoreApplication.translate("RecentContactsModel", "yesterday %1").replace(
            "%1", time_text(local)
        )
    return date_text(local)


def full_time(when: datetime) -> str:
    """12/03/2026 16:05:09 in es-MX (day first, 24 hours)."""
    local = when.astimezone()
    return f"{date_text(local)} {time_text(local, seconds=True)}"


def status_text(state: OutboxState, *, practice: bool = False) -> str:
    """The send status in words; in practice mode nothing reaches Whaapy, so a contact the
    practice server holds is "Guardado (práctica)", never "Enviado"."""
    if state is OutboxState.SENT and practice:
        return QCoreApplication.translate("RecentContactsModel", "Saved (practice)")
    if state is OutboxState.SENT:
        return QCoreApplication.translate("RecentContactsModel", "Sent")
    if state is OutboxState.PENDING:
        return QCoreApplication.translate("RecentContactsModel", "Pending")
    return QCoreApplication.translate("RecentContactsModel", "Needs attention")


@lru_cache(maxsize=8192)
def phone_text(phone: str) -> str:
    return format_international(phone)  # ~15 µs a call: only for rows actually painted
