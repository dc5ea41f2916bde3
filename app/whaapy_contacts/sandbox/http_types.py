"""Transport-neutral request, response and error types shared by the sandbox's layers."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

JSON_TYPE = "application/json; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Request:
    """What the application layer sees of an HTTP request."""

    method: str
    path: str
    query: Mapping[str, str] = field(default_factory=dict)
    authorization: str | None = None
    body: bytes = b""


@dataclass(frozen=True)
class Response:
    """A complete response: status, raw body and extra headers (Content-Length is added later)."""

    status: int
    body: bytes
    content_type: str = JSON_TYPE
    headers: tuple[tuple[str, str], ...] = ()


def json_response(status: int, payload: Any, headers: tuple[tuple[str, str], ...] = ()) -> Response:
    """Serialise ``payload`` as UTF-8 JSON (accents kept as they are, like the real API)."""
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return Response(status, body, JSON_TYPE, headers)


class ApiError(Exception):
    """An error the API returns as ``{"error", "message", "details"?, ...extra}``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: Mapping[str, Any] | None = None,
        *,
        extra: Mapping[str, Any] | None = None,
        headers: tuple[tuple[str, str], ...] = (),
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = dict(details) if details is not None else None
        self.extra = dict(extra or {})
        self.headers = headers

    def to_response(self) -> Response:
        payload: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.details is not None:
            payload["details"] = self.details
        payload.update(self.extra)
        return json_response(self.status, payload, self.headers)


def validation_error(details: Mapping[str, list[str]]) -> ApiError:
    """The seed's 400: ``{"error": "validation_error", "message": "Datos inválidos", ...}``."""
    return ApiError(400, "validation_error", "Datos inválidos", details)


def invalid_json() -> ApiError:
    return ApiError(400, "invalid_json", "El cuerpo de la solicitud no es JSON válido")


def not_found(message: str = "Recurso no encontrado") -> ApiError:
    return ApiError(404, "not_found", message)


def contact_not_found() -> ApiError:
    return not_found("Contacto no encontrado")


def parse_json_body(body: bytes) -> Any:
    """Decode a JSON body strictly (no NaN/Infinity); anything else is ``invalid_json``."""
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        raise invalid_json() from exc


def parse_json_object(body: bytes) -> dict[str, Any]:
    """A JSON body that must be an object; other JSON values are a validation error."""
    data = parse_json_body(body)
    if not isinstance(data, dict):
        raise validation_error({"body": [f"Expected object, received {json_type_name(data)}"]})
    return data


def json_type_name(value: Any) -> str:
    """Zod's name for a JSON value's type, as production's messages use it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")
