"""Injected faults: what the next matching requests suffer (delay, status, truncate, drops, raw).

Faults are kept in order. Each API request consumes the first pending fault whose ``method``
and ``path`` match it: the path exactly (query string and a trailing slash excluded), so
``/contacts/v1`` is the create and list route, not ``/contacts/v1/{id}``.

``raw`` answers verbatim, to replay any hostile answer over real HTTP: ``status``, ``headers``
(names to texts) and ``body`` (text) or ``body_base64`` (bytes, e.g. a gzip bomb).
``Content-Type`` is taken from ``headers``; ``Content-Length`` is always the body's own length
(and ``Transfer-Encoding`` and ``Connection`` are not accepted) so the connection stays usable.
"""

from __future__ import annotations

import base64
import binascii
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from whaapy_contacts.sandbox.http_types import (
    HTML_TYPE,
    ApiError,
    Response,
    json_response,
)

KINDS = ("delay", "status", "truncate", "drop_before", "drop_after_commit", "raw")
MAX_DELAY_MS = 60_000
_COMMON_KEYS = {"kind", "times", "method", "path"}
_KIND_KEYS = {
    "delay": {"ms"},
    "status": {"status", "retry_after", "body", "error", "message"},
    "truncate": set(),
    "drop_before": set(),
    "drop_after_commit": set(),
    "raw": {"status", "headers", "body", "body_base64"},
}
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_FRAMING = {"content-length", "transfer-encoding", "connection"}
MAX_RAW_HEADERS = 64
_ERROR_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found"}
_MESSAGES = {
    "rate_limited": "Demasiadas solicitudes. Intenta de nuevo más tarde.",
    "server_error": "Error interno del servidor",
}


@dataclass
class Fault:
    kind: str
    times: int = 1
    method: str | None = None
    path: str | None = None
    ms: int = 0
    status: int = 500
    retry_after: int | None = None
    body: str = "json"  # "json" | "html" for ``status``; the verbatim text for ``raw``
    headers: dict[str, str] | None = None
    body_base64: str | None = None
    error: str | None = None
    message: str | None = None  # e.g. "Missing required scopes: contacts:write" for a 403

    def matches(self, method: str, path: str) -> bool:
        method_ok = self.method is None or self.method == method.upper()
        return method_ok and (self.path is None or path == self.path)

    def to_json(self) -> dict[str, Any]:
        """The spec as it would be posted, with the remaining ``times``."""
        keys = ("kind", "times", "method", "path", *sorted(_KIND_KEYS[self.kind]))
        values = {key: getattr(self, key) for key in keys}
        return {key: value for key, value in values.items() if value is not None}


class FaultQueue:
    """Thread-safe ordered list of pending faults."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, faults: list[Fault]) -> None:
        with self._lock:
            self._faults.extend(faults)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [fault.to_json() for fault in self._faults]

    def take(self, method: str, path: str) -> Fault | None:
        """Consume one use of the first fault matching this request, if any."""
        with self._lock:
            for index, fault in enumerate(self._faults):
                if fault.matches(method, path):
                    fault.times -= 1
                    if fault.times <= 0:
                        del self._faults[index]
                    return fault
        return None


# Parsing -----------------------------------------------------------------------------------


def parse_faults(body: Any) -> list[Fault]:
    """``{"faults": [...]}`` to faults; any bad spec rejects the whole batch with a 400."""
    if not isinstance(body, dict) or not isinstance(body.get("faults"), list):
        raise _invalid({"faults": ["Se espera una lista de fallas"]})
    errors: dict[str, list[str]] = {}
    faults = []
    for index, spec in enumerate(body["faults"]):
        problems = fault_problems(spec)
        if problems:
            errors[f"faults[{index}]"] = problems
        else:
            faults.append(_build(spec))
    if errors:
        raise _invalid(errors)
    return faults


def fault_problems(spec: Any) -> list[str]:
    """Everything wrong with one fault spec (empty when valid)."""
    if not isinstance(spec, dict):
        return ["Cada falla debe ser un objeto"]
    kind = spec.get("kind")
    if kind not in KINDS:
        return ["kind debe ser uno de: " + ", ".join(KINDS)]
    unknown = set(spec) - _COMMON_KEYS - _KIND_KEYS[kind]
    problems = [f"Campo desconocido para {kind}: {key}" for key in sorted(unknown)]
    problems += _common_problems(spec)
    problems += _delay_problems(spec) if kind == "delay" else []
    problems += _status_problems(spec) if kind == "status" else []
    problems += _raw_problems(spec) if kind == "raw" else []
    return problems


def _common_problems(spec: Mapping[str, Any]) -> list[str]:
    problems = []
    if "times" in spec and not _is_int(spec["times"], 1, 1_000_000):
        problems.append("times debe ser un entero >= 1")
    if "method" in spec and not (isinstance(spec["method"], str) and spec["method"].isalpha()):
        problems.append("method debe ser un método HTTP, p. ej. POST")
    path = spec.get("path")
    if "path" in spec and not (isinstance(path, str) and path.startswith("/")):
        problems.append("path debe empezar con /")
    return problems


def _delay_problems(spec: Mapping[str, Any]) -> list[str]:
    if _is_int(spec.get("ms"), 0, MAX_DELAY_MS):
        return []
    return [f"ms debe ser un entero entre 0 y {MAX_DELAY_MS}"]


def _status_problems(spec: Mapping[str, Any]) -> list[str]:
    problems = []
    if not _is_int(spec.get("status"), 200, 599):
        problems.append("status debe ser un entero entre 200 y 599")
    if "retry_after" in spec and not _is_int(spec["retry_after"], 0, 86_400):
        problems.append("retry_after debe ser un entero de segundos >= 0")
    if spec.get("body", "json") not in ("json", "html"):
        problems.append('body debe ser "json" o "html"')
    for key in ("error", "message"):
        if key in spec and not isinstance(spec[key], str):
            problems.append(f"{key} debe ser texto")
    return problems


def _raw_problems(spec: Mapping[str, Any]) -> list[str]:
    problems = []
    if not _is_int(spec.get("status"), 200, 599):
        problems.append("status debe ser un entero entre 200 y 599")
    headers = spec.get("headers", {})
    if not isinstance(headers, dict) or len(headers) > MAX_RAW_HEADERS:
        problems.append(f"headers debe ser un objeto de hasta {MAX_RAW_HEADERS} encabezados")
    else:
        problems += [p for name, value in headers.items() for p in _header_problems(name, value)]
    if "body" in spec and not isinstance(spec["body"], str):
        problems.append("body debe ser texto")
    if "body" in spec and "body_base64" in spec:
        problems.append("body y body_base64 no van juntos")
    if "body_base64" in spec and _decoded(spec["body_base64"]) is None:
        problems.append("body_base64 debe ser base64 válido")
    return problems


def _header_problems(name: Any, value: Any) -> list[str]:
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        return [f"Nombre de encabezado inválido: {str(name)[:40]!r}"]
    if name.lower() in _FRAMING:
        return [f"El sandbox pone {name} por su cuenta"]
    if not isinstance(value, str) or any(ch in value for ch in "\r\n\0"):
        return [f"El valor de {name} debe ser texto de una línea"]
    return []


def _decoded(text: Any) -> bytes | None:
    if not isinstance(text, str):
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def _is_int(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _build(spec: Mapping[str, Any]) -> Fault:
    fields = dict(spec)
    if "method" in fields:
        fields["method"] = fields["method"].upper()
    if "path" in fields:
        fields["path"] = fields["path"].rstrip("/") or "/"  # as requests are matched
    if fields["kind"] == "raw":
        fields.setdefault("body", "")
        fields["headers"] = dict(fields.get("headers") or {})
    return Fault(**fields)


def _invalid(details: Mapping[str, list[str]]) -> ApiError:
    return ApiError(400, "invalid_fault", "Especificación de falla inválida", details)


# Responses ---------------------------------------------------------------------------------


def status_response(fault: Fault) -> Response:
    """The canned response of a ``status`` fault, with ``Retry-After`` when asked for."""
    headers: tuple[tuple[str, str], ...] = ()
    if fault.retry_after is not None:
        headers = (("Retry-After", str(fault.retry_after)),)
    if fault.body == "html":
        return Response(fault.status, _html_page(fault.status), HTML_TYPE, headers)
    code = fault.error or _default_code(fault.status)
    message = fault.message or _MESSAGES.get(code, "Error simulado por el sandbox")
    return json_response(fault.status, {"error": code, "message": message}, headers)


def raw_response(fault: Fault) -> Response:
    """A ``raw`` fault's answer, verbatim (Content-Type from its headers, default text)."""
    body = _decoded(fault.body_base64) if fault.body_base64 is not None else None
    if body is None:
        body = fault.body.encode("utf-8")
    headers = fault.headers or {}
    ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    rest = tuple((k, v) for k, v in headers.items() if k.lower() != "content-type")
    return Response(fault.status, body, ctype or "text/plain; charset=utf-8", rest)


def truncated(response: Response) -> Response:
    """The same response with its body cut in half (Content-Length will match the cut)."""
    return Response(
        response.status,
        response.body[: len(response.body) // 2],
        response.content_type,
        response.headers,
    )


def _default_code(status: int) -> str:
    if status == 429:
        return "rate_limited"
    if status >= 500:
        return "server_error"
    return _ERROR_CODES.get(status, "error")


def _html_page(status: int) -> bytes:
    return (
        f"<!DOCTYPE html>\n<html><head><title>{status} Error</title></head>"
        f"<body><h1>{status} Error</h1><p>Upstream proxy error.</p></body></html>\n"
    ).encode()
