"""The sandbox's custom field definitions: what ``GET /contacts/v1/fields`` answers.

Whaapy's shape is unknown (whaapy-api.md), so the sandbox answers one plausible shape by
default, ``{"fields": [{"key", "name", "type", "options"?}]}``, and a test may make it answer
any JSON at all (``POST /_sandbox/fields`` with that JSON as the body, until the next reset;
``SandboxServer(fields=...)`` or ``whaapy-sandbox --fields FILE`` from the start).
"""

from __future__ import annotations

import copy
import threading
from typing import Any

SAMPLE_FIELDS: dict[str, Any] = {
    "fields": [
        {"key": "rfc", "name": "RFC", "type": "text"},
        {"key": "fecha_nacimiento", "name": "Fecha de nacimiento", "type": "date"},
        {"key": "vip", "name": "Cliente VIP", "type": "boolean"},
        {"key": "sucursal", "name": "Sucursal", "type": "select",
         "options": ["Norte", "Centro", "Sur"]},
        {"key": "presupuesto", "name": "Presupuesto", "type": "number"},
    ]
}  # fmt: skip


class FieldBook:
    """The answer of the fields route: the one started with, or one a test set (thread-safe)."""

    def __init__(self, answer: Any = None) -> None:
        self._initial = copy.deepcopy(SAMPLE_FIELDS if answer is None else answer)
        self._answer = copy.deepcopy(self._initial)
        self._lock = threading.Lock()

    def answer(self) -> Any:
        with self._lock:
            return copy.deepcopy(self._answer)

    def set(self, answer: Any) -> None:
        with self._lock:
            self._answer = copy.deepcopy(answer)

    def reset(self) -> None:
        with self._lock:
            self._answer = copy.deepcopy(self._initial)
