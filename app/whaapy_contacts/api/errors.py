"""The one exception tree of the API client. httpx errors are converted only in client.py.

::

    ApiError                        every failure of a Whaapy call; .user_message is Spanish
    ├── AuthError                   the key is the problem: pause and ask the user to fix it
    │   ├── Unauthorized            401: invalid or revoked key
    │   └── MissingScopes(scopes)   403: the key lacks scopes, listed
    ├── NotFound                    404: no such contact (or route)
    ├── DuplicateContact(existing_id)   409 duplicate_contact
    ├── ValidationFailed(field_errors)  400/422 validation_error: per-field messages
    ├── RateLimited(retry_after)    429; retry_after in seconds or None
    ├── ServerError(status)         5xx, with a JSON or an HTML body
    ├── BadResponse                 an answer we cannot read: HTML/non-JSON, truncated, wrong shape,
    │                               or an unexpected status
    └── TransportError              no HTTP answer at all
        ├── ConnectionRefused       nothing listens there (or a firewall refuses)
        ├── NameResolutionFailed    DNS failed: usually no internet
        ├── ConnectionDropped       closed mid-request or mid-response (may have been processed)
        └── RequestTimeout          timed out (a read timeout may have been processed)

``retryable`` says whether trying the same request later may succeed; ``ambiguous`` says the
server may have processed the request even though we got no usable answer (so a retried create
must reconcile through the duplicate rule): dropped connections, read timeouts, 5xx, unreadable
bodies. Refused connections, DNS failures and 429 are not ambiguous: nothing was processed.

``user_message`` is marked for translation: the UI shows it through ``ui/texts.py::translated``
(English with ``--lang en``). Field messages the server sent stay as it wrote them.
"""

from __future__ import annotations

from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP, fill, template
from whaapy_contacts.domain.validation import FieldErrors

# Messages with a value in them (the UI translates them: domain/texts.py).
MISSING_SCOPES = template(
    QT_TRANSLATE_NOOP(
        "Messages",
        "A la clave le faltan permisos: %1. "
        "Agrégalos en app.whaapy.com → Configuración → Claves de API.",
    )
)
SCOPES_UNKNOWN = QT_TRANSLATE_NOOP("Messages", "(no indicados)")
RATE_LIMITED_FOR = template(
    QT_TRANSLATE_NOOP("Messages", "Whaapy pide esperar un momento. Intenta de nuevo en %1 s.")
)


class ApiError(Exception):
    """Base of every API failure. ``str()`` is a log-safe English summary, never the key."""

    user_message = QT_TRANSLATE_NOOP(
        "Messages", "Ocurrió un error al hablar con Whaapy. Intenta de nuevo."
    )
    retryable = False
    ambiguous = False

    def __init__(self, detail: str = "", *, status: int | None = None) -> None:
        super().__init__(detail or type(self).__name__)
        self.status = status
        self.detail = detail


class AuthError(ApiError):
    """The key cannot do this; nothing will work until the user fixes it."""


class Unauthorized(AuthError):
    user_message = QT_TRANSLATE_NOOP(
        "Messages", "La clave no es válida o fue revocada. Conecta tu cuenta con una clave nueva."
    )


class MissingScopes(AuthError):
    def __init__(self, scopes: tuple[str, ...], detail: str = "", *, status: int = 403) -> None:
        super().__init__(detail or f"missing scopes: {', '.join(scopes)}", status=status)
        self.scopes = scopes

    @property
    def user_message(self) -> str:  # type: ignore[override]
        return fill(MISSING_SCOPES, ", ".join(self.scopes) if self.scopes else SCOPES_UNKNOWN)


class NotFound(ApiError):
    user_message = QT_TRANSLATE_NOOP(
        "Messages", "No se encontró ese contacto en Whaapy. Puede que lo hayan borrado."
    )


class DuplicateContact(ApiError):
    user_message = QT_TRANSLATE_NOOP(
        "Messages", "Ya existe un contacto con este número de teléfono."
    )

    def __init__(self, existing_id: str, detail: str = "", *, status: int = 409) -> None:
        super().__init__(detail or f"duplicate of {existing_id}", status=status)
        self.existing_id = existing_id


class ValidationFailed(ApiError):
    user_message = QT_TRANSLATE_NOOP(
        "Messages", "Whaapy rechazó algunos datos. Revisa los campos marcados."
    )

    def __init__(self, field_errors: FieldErrors, detail: str = "", *, status: int = 400) -> None:
        super().__init__(detail or f"validation failed: {sorted(field_errors)}", status=status)
        self.field_errors = field_errors


class RateLimited(ApiError):
    retryable = True

    def __init__(self, retry_after: float | None, detail: str = "", *, status: int = 429) -> None:
        super().__init__(detail or f"rate limited, retry after {retry_after}", status=status)
        self.retry_after = retry_after

    @property
    def user_message(self) -> str:  # type: ignore[override]
        if self.retry_after:
            wait = max(1, round(self.retry_after))
            return fill(RATE_LIMITED_FOR, wait)
        return QT_TRANSLATE_NOOP(
            "Messages", "Whaapy pide esperar un momento. Intenta de nuevo en unos segundos."
        )


class ServerError(ApiError):
    user_message = QT_TRANSLATE_NOOP(
        "Messages", "Whaapy tiene un problema en este momento. Intenta de nuevo en unos minutos."
    )
    retryable = True
    ambiguous = True  # a gateway may answer 5xx after the backend committed


class BadResponse(ApiError):
    user_message = QT_TRANSLATE_NOOP(
        "Messages", "Whaapy respondió algo que no se pudo leer. Intenta de nuevo en unos minutos."
    )
    retryable = True
    ambiguous = True  # e.g. a 2xx whose body was cut: the request did go through


class TransportError(ApiError):
    user_message = QT_TRANSLATE_NOOP(
        "Messages", "Sin conexión con Whaapy. Revisa tu internet e intenta de nuevo."
    )
    retryable = True


class ConnectionRefused(TransportError):
    user_message = QT_TRANSLATE_NOOP(
        "Messages", "No se pudo conectar con el servidor. Revisa la dirección o tu internet."
    )


class NameResolutionFailed(TransportError):
    user_message = QT_TRANSLATE_NOOP(
        "Messages", "Sin internet: no se encontró el servidor de Whaapy. Revisa tu conexión."
    )


class ConnectionDropped(TransportError):
    user_message = QT_TRANSLATE_NOOP(
        "Messages", "Se cortó la conexión con Whaapy. Revisa tu internet e intenta de nuevo."
    )
    ambiguous = True


class RequestTimeout(TransportError):
    user_message = QT_TRANSLATE_NOOP(
        "Messages", "Whaapy tardó demasiado en responder. Intenta de nuevo."
    )

    def __init__(self, detail: str = "", *, ambiguous: bool = True) -> None:
        super().__init__(detail)
        self.ambiguous = ambiguous


class InsecureBaseUrl(ValueError):
    """The base URL is not HTTPS and not loopback: the key would travel in clear text."""
