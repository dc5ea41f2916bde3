"""The sandbox application: authentication, routing and scopes, independent of sockets.

Order of checks for API routes, as a gateway would do them: key (401), the account's rate
limit (429), route (404/405), scopes (403), then the handler. ``/_sandbox/*`` control routes
need no key and are never limited or counted.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Mapping

from whaapy_contacts.sandbox.faults import FaultQueue
from whaapy_contacts.sandbox.fields import FieldBook
from whaapy_contacts.sandbox.http_types import ApiError, Request, Response, not_found
from whaapy_contacts.sandbox.limits import Admission, RateLimiter, RequestStats
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
RATE_LIMITED_CODE = "rate_limit_exceeded"
RATE_LIMITED_MESSAGE = "Rate limit excedido"  # Whaapy's own wording (its API overview)


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
    """Turns a ``Request`` into a ``Response``. Thread-safe: the store, faults and limits lock."""

    def __init__(
        self,
        store: SandboxStore,
        keys: Mapping[str, frozenset[str]],
        limiter: RateLimiter | None = None,
        fields: FieldBook | None = None,
    ) -> None:
        self.store = store
        self.keys = dict(keys)
        self.faults = FaultQueue()
        self.limiter = limiter if limiter is not None else RateLimiter(0)
        self.stats = RequestStats(self.keys)
        self.fields = fields if fields is not None else FieldBook()

    def handle(self, request: Request) -> Response:
        """Answer ``request``; errors become JSON error responses, never exceptions."""
        if is_control_path(request.path):
            return self._answer(request, lambda: self._control(request))
        key = self._known_key(request.authorization)
        admission = self.limiter.admit(key) if key is not None else None
        limited = admission is not None and not admission.allowed
        if limited:
            response = ApiError(429, RATE_LIMITED_CODE, RATE_LIMITED_MESSAGE).to_response()
        else:
            response = self._answer(request, lambda: self._dispatch(request))
        self.stats.record(key, rate_limited=limited)
        return _with_limit_headers(response, admission)

    def _answer(self, request: Request, serve: Callable[[], Response]) -> Response:
        try:
            return serve()
        except ApiError as exc:
            return exc.to_response()
        except StoreClosedError:
            return ApiError(503, "unavailable", "El sandbox se está deteniendo").to_response()
        except Exception:
            logger.exception("unhandled error for %s %s", request.method, request.path)
            return ApiError(500, "server_error", "Error interno del servidor").to_response()

    def _control(self, request: Request) -> Response:
        handler, params = self._resolve(CONTROL_ROUTES, request, granted=None)
        return handler(self._context(request, params))

    def _dispatch(self, request: Request) -> Response:
        granted = self._authenticate(request.authorization)
        handler, params = self._resolve(API_ROUTES, request, granted)
        return handler(self._context(request, params))

    def _context(self, request: Request, params: dict[str, str]) -> Context:
        return Context(
            request, params, self.store, self.faults, self.limiter, self.stats, self.fields
        )

    def _known_key(self, authorization: str | None) -> str | None:
        """The bearer token when it is one of our keys (its account's budget is charged)."""
        token = _bearer(authorization)
        return token if token is not None and token in self.keys else None

    def _authenticate(self, authorization: str | None) -> frozenset[str]:
        token = _bearer(authorization)
        scopes = self.keys.get(token) if token is not None else None
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


def _with_limit_headers(response: Response, admission: Admission | None) -> Response:
    if admission is None:
        return response
    return dataclasses.replace(response, headers=(*response.headers, *admission.headers()))


def _bearer(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, or None for any other."""
    scheme, _, token = (authorization or "").strip().partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None
