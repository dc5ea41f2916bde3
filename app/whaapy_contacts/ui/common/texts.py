"""Text the UI did not write, in the user's language; numbers and dates as the locale writes them.

``render`` says a ``Problem`` (services/problems.py): it translates the Problem's template (its
practice wording in practice mode), then fills in its arguments. It is the one place where what
the person is told about a problem is put together.

``translated`` is for the other messages from the domain and the services (Spanish, marked with
``QT_TRANSLATE_NOOP`` in ``domain/texts.py``) that still arrive filled in: field messages, and
what the outbox keeps on disk. With ``--lang en`` the English catalogue ``whaapy_en`` turns them
into English; in Spanish they come back as written. Text a server wrote (its field messages) is
not in any catalogue and is shown as it came.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from whaapy_contacts.domain.texts import CONTEXT, fill, in_practice, templates

if TYPE_CHECKING:
    from datetime import datetime

    from whaapy_contacts.services.problems import Problem

_PLACEHOLDER = re.compile(r"%(\d+)")


def render(problem: Problem, *, practice: bool = False) -> str:
    """What the person reads about ``problem``; in practice the practice server is blamed."""
    wording = QCoreApplication.translate(CONTEXT, problem.wording(practice=practice))
    return fill(wording, *(_argument(value) for value in problem.args))


def _argument(value: object) -> str:
    """An argument that is one of our messages ("(no indicados)") is translated too."""
    return QCoreApplication.translate(CONTEXT, value) if isinstance(value, str) else str(value)


def translated(message: str, *, practice: bool = False) -> str:
    """``message`` in the UI's language, when it is one of ours; otherwise unchanged. In
    practice mode a message that blames Whaapy says its practice wording instead."""
    if not message:
        return message
    found = QCoreApplication.translate(CONTEXT, in_practice(message) if practice else message)
    if found != message:
        return found
    for template, pattern in _patterns(templates()):
        match = pattern.fullmatch(message)
        if match:
            values = [translated(match[f"v{n}"]) for n in _numbers(template)]
            wording = in_practice(template) if practice else template
            return fill(QCoreApplication.translate(CONTEXT, wording), *values)
    return message


def translated_all(messages: Iterable[str]) -> list[str]:
    return [translated(m) for m in messages]


@lru_cache(maxsize=4)
def _patterns(known: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    """A regular expression per template: its text, with each ``%n`` matching any value."""
    compiled = []
    for template in known:
        pieces = _PLACEHOLDER.split(template)  # text, number, text, number, …
        regex = "".join(
            re.escape(piece) if i % 2 == 0 else f"(?P<v{piece}>.+?)"
            for i, piece in enumerate(pieces)
        )
        compiled.append((template, re.compile(regex, re.DOTALL)))
    return compiled


def _numbers(template: str) -> list[str]:
    return sorted(set(_PLACEHOLDER.findall(template)), key=int)


def ui_language() -> str:
    """ "en" when the UI runs in English (``main.install_translators`` sets the locale)."""
    return "en" if QLocale().language() == QLocale.Language.English else "es"


def number_text(value: float) -> str:
    """A number as the locale writes it: 50,000 and 1,500.5 in es-MX (and en-US)."""
    if isinstance(value, bool) or not math.isfinite(value):
        return str(value)
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    shortest = repr(value)  # as many decimals as the value has, no more
    if "e" in shortest:
        return shortest
    decimals = len(shortest.partition(".")[2])
    return locale.toString(value, "f", decimals)


def date_text(moment: datetime) -> str:
    """Day first in Spanish (12/03/2026, es-MX); the locale's short date otherwise."""
    if ui_language() == "es":
        return moment.strftime("%d/%m/%Y")
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), _date_format())


def time_text(moment: datetime, *, seconds: bool = False) -> str:
    """24-hour clock in Spanish (16:05, es-MX); the locale's short time otherwise."""
    if ui_language() == "es":
        return moment.strftime("%H:%M:%S" if seconds else "%H:%M")
    when = QTime(moment.hour, moment.minute, moment.second)
    kind = QLocale.FormatType.LongFormat if seconds else QLocale.FormatType.ShortFormat
    return QLocale().toString(when, QLocale().timeFormat(kind).replace(" t", "").strip())


def _date_format() -> str:
    """The locale's short date with a four-digit year (never "26" for 2026)."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")
