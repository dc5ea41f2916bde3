"""What a failed save or edit means for the form: the one place such an answer is sorted."""

from __future__ import annotations

from typing import NamedTuple

from whaapy_contacts.api.errors import ApiError, ValidationFailed
from whaapy_contacts.domain.validation import FieldErrors


class Failure(NamedTuple):
    field_errors: FieldErrors | None  # the server refused these fields ("_": none named)
    message: str  # the Spanish message (ui/common/texts.py translates it)

    @property
    def names_fields(self) -> bool:
        """The refusal marks at least one field of the form."""
        return bool(set(self.field_errors or {}) - {"_"})


def failure_of(exc: object) -> Failure:
    """A known answer (an ApiError) as the form shows it; anything else is a bug, raised again
    for the excepthook rather than dressed up as the server's answer."""
    if not isinstance(exc, ApiError):
        raise exc if isinstance(exc, BaseException) else RuntimeError(repr(exc))
    fields = exc.field_errors if isinstance(exc, ValidationFailed) else None
    return Failure(fields, exc.user_message)
