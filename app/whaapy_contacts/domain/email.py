"""Email checks with email-validator, offline (no DNS): safe on the GUI thread."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class EmailResult:
    """``normalized`` when the address is usable; otherwise ``reason``, a Spanish message."""

    normalized: str | None
    reason: str | None = None


@functools.lru_cache(maxsize=256)  # a draft's check and its payload ask twice (an import: x10,000)
def check_email(text: str) -> EmailResult:
    """Validate syntax only. Empty input is valid (the field is optional) and gives ``""``."""
    text = (text or "").strip()
    if not text:
        return EmailResult("")
    if "@" not in text:
        return EmailResult(
            None,
            QT_TRANSLATE_NOOP("Messages", "Falta la @ en el correo (ejemplo: nombre@empresa.com)."),
        )
    # Imported here: it costs ~20 ms, and the window should show before anyone types an email.
    from email_validator import EmailNotValidError, validate_email  # noqa: PLC0415

    _remember_domains()
    try:
        info = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return EmailResult(
            None,
            QT_TRANSLATE_NOOP(
                "Messages",
                "El correo no es válido. Revisa que esté bien escrito (nombre@empresa.com).",
            ),
        )
    return EmailResult(info.normalized)


@functools.cache
def _remember_domains() -> None:
    """email-validator checks every address's domain from scratch, about half of its time; an
    import's 10,000 addresses share a few domains (issue 18). The check is a function of the
    domain's text alone (syntax only: no DNS here) and validate_email only reads its answer, so
    answers are remembered; a refused domain raises, which lru_cache never remembers, so it is
    checked and refused each time. Proven identical: tests/unit/domain/test_import_email_cache.py
    """
    import sys  # noqa: PLC0415

    # The submodule, not the function of the same name the package exports.
    module: Any = sys.modules["email_validator.validate_email"]
    check = module.validate_email_domain_name
    module.validate_email_domain_name = functools.lru_cache(maxsize=4096)(check)


def same_email(a: str, b: str) -> bool:
    """email-validator lower-cases only the domain, so compare case-folded."""
    return a.strip().casefold() == b.strip().casefold()
