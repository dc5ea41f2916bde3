"""The sandbox application: authentication, routing and scopes, independent of sockets.

Order of checks for API routes, as a gateway would do them: key (401), route (404/405),
scopes (403), then the handler. ``/_sandbox/*`` control routes need no key.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

from whaapy_contacts.sandbox.faults import FaultQueue
from whaapy_contacts.sandbox.http_types import ApiError, Request, Response, not_found
from whaapy_contacts.sandbox.routes import (
    ALL_SCOPES,
    API_ROUTES,
    CONTROL_ROUTES,
    Context,
    Handler,
    Route,
    find_route,
)
from whaapy_contacts.sandbox.store import SandboxStore, StoreClosedError

logger = logging.getLogger(__name__)

CONTROL_PREFIX = "/_sandbox"
UNAUTHORIZED_MESSAGE = "API key inválida o revocada"


def is_control_path(path: str) -> bool:
    return path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/")


def normalise_keys(
    keys: Mapping[str, Iterable[str]] | None, default_key: str
) -> dict[str, frozenset[str]]:
    """``None`` means one key with every scope; unknown scope names are a ``ValueError``."""
    if keys is None:
        return {default_key: ALL_SCOPES}
    result = {key: frozenset(scopes) for key, scopes in keys.items()}
    for key, scopes in result.items():
        unknown = scopes - ALL_SCOPES
        if unknown:
            raise ValueError(f"unknown scopes for key {key!r}: {', '.join(sorted(unknown))}")
    return result


class SandboxApp:
    """Turns a ``Request`` into a ``Response``. Thread-safe: the store and fault queue lock."""

    def __init__(self, store: SandboxStore, keys: Mapping[str, frozenset[str]]) -> None:
        self.store = store
        self.keys = dict(keys)
        self.faults = FaultQueue()

    def handle(self, request: Request) -> Response:
        """Answer ``request``; errors become JSON error responses, never exceptions."""
        try:
            return self._dispatch(request)
        except ApiError as exc:
            return exc.to_response()
        except StoreClosedError:
            return ApiError(503, "unavailable", "El sandbox se está deteniendo").to_response()
        except Exception:
            logger.exception("unhandled error for %s %s", request.method, request.path)
            return ApiError(500, "server_error", "Error interno del servidor").to_response()

    def _dispatch(self, request: Request) -> Response:
        if is_control_path(request.path):
            handler, params = self._resolve(CONTROL_ROUTES, request, granted=None)
        else:
            granted = self._authenticate(request.authorization)
            handler, params = self._resolve(API_ROUTES, request, granted)
        return handler(Context(request, params, self.store, self.faults))

    def _authenticate(self, authorization: str | None) -> frozenset[str]:
        scheme, _, token = (authorization or "").strip().partition(" ")
        scopes = self.keys.get(token.strip()) if scheme.lower() == "bearer" else None
        if scopes is None:
            raise ApiError(401, "unauthorized", UNAUTHORIZED_MESSAGE)
        return scopes

    def _resolve(
        self, routes: tuple[Route, ...], request: Request, granted: frozenset[str] | None
    ) -> tuple[Handler, dict[str, str]]:
        found = find_route(routes, request.path)
        if found is None:
            raise not_found("Ruta no encontrada")
        route, params = found
        if request.method not in route.methods:
            allow = ", ".join(sorted(route.methods))
            raise ApiError(
                405, "method_not_allowed", "Método no permitido", headers=(("Allow", allow),)
            )
        required, handler = route.methods[request.method]
        missing = [scope for scope in required if granted is not None and scope not in granted]
        if missing:
            raise ApiError(403, "forbidden", "Missing required scopes: " + ", ".join(missing))
        return handler, params
