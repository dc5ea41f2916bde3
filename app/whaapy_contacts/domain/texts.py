"""User-visible text below the UI: Spanish, marked for Qt's lupdate without importing Qt.

The domain, the API client and the services write their messages in Spanish (the product's first
language) and mark each one with ``QT_TRANSLATE_NOOP(CONTEXT, "…")``. ``pyside6-lupdate`` finds
those calls in Python source, so the messages land in ``resources/i18n/*.ts`` under ``CONTEXT``;
``whaapy_en.ts`` translates them to English. The UI shows them through
``ui/common/texts.py::translated``, the one place that asks Qt for the translation.

A message with a value in it is written as a *template* with Qt's ``%1``, ``%2`` placeholders,
registered with ``template()`` and filled with ``fill()``: the UI matches a filled message back to
its template, translates the template and puts the values back.
"""

from __future__ import annotations

CONTEXT = "Messages"

_TEMPLATES: list[str] = []
_PRACTICE: dict[str, str] = {}  # a message that blames Whaapy -> what it says in practice mode


# Named as Qt's C++ macro: that name is what lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Returns ``text``; the call only marks it for lupdate (as Qt's own macro does)."""
    del context
    return text


def template(text: str) -> str:
    """Register a marked message that has ``%1``… placeholders; returns it unchanged."""
    if text not in _TEMPLATES:
        _TEMPLATES.append(text)
    return text


def templates() -> tuple[str, ...]:
    """Every registered template (those of modules imported so far)."""
    return tuple(_TEMPLATES)


def practice_wording(live: str, practice: str) -> str:
    """Register what ``live`` says in practice mode, where the practice server answers, not
    Whaapy (services/problems.py registers them); returns ``practice``."""
    _PRACTICE[live] = practice
    return practice


def in_practice(text: str) -> str:
    """``text`` as practice mode says it: its registered practice wording, or itself."""
    return _PRACTICE.get(text, text)


def fill(text: str, *values: object) -> str:
    """``%1``, ``%2``… replaced by ``values`` in one pass (a value containing "%2" stays)."""
    out = text
    for number in range(len(values), 0, -1):  # %10 before %1
        out = out.replace(f"%{number}", "\0" + str(number) + "\0")
    for number, value in enumerate(values, start=1):
        out = out.replace("\0" + str(number) + "\0", str(value))
    return out
