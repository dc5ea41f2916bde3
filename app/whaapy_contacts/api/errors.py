"""The one exception tree of the API client. Every failure of a call is one of these.

httpx errors, and anything else a request or an answer can raise (a key that cannot be sent,
an answer too large, too deep or not JSON, a deadline), are converted only in client.py.

::

    ApiError                        every failure of a Whaapy call; .user_message is Spanish
    ├── AuthError                   the key is the problem: pause and ask the user to fix it
    │   ├── Unauthorized            401: invalid or revoked key
    │   │   └── InvalidKey          the key has characters no key has (accents, spaces,
    │   │                           invisible ones): refused before sending, never raised raw
    │   └── MissingScopes(scopes)   403: the key lacks scopes, listed
    ├── NotFound                    404: no such contact (or route)
    ├── DuplicateContact(existing_id)   409 duplicate_contact
    ├── ValidationFailed(field_errors)  400/422 validation_error: per-field messages
    │   └── Refused(status)         a permanent refusal: any other 4xx except 408/425/429
    │       │                       (400/422 without a readable body, 404 on create, 405, 409
    │       │                       that is not a duplicate, 410, 415...); its message says
    │       │                       what to change; ``field_errors["_"]`` holds it
    │       └── TooLarge            413, or a request over MAX_REQUEST_BYTES (never sent)
    ├── RateLimited(retry_after)    429; retry_after in seconds (at most MAX_RETRY_AFTER_S) or None
    ├── ServerError(status)         5xx, with a JSON or an HTML body
    ├── BadResponse                 an answer we cannot read: HTML/non-JSON, truncated, wrong shape,
    │   │                           over MAX_ANSWER_BYTES (MAX_LIST_ANSWER_BYTES for lists) once
    │   │                           decompressed, nested deeper than MAX_JSON_DEPTH, an unknown
    │   │                           compression, or an unexpected status
    │   └── Redirected              3xx: a wrong address, or a network asking to sign in
    └── TransportError              no HTTP answer at all
        ├── ConnectionRefused       nothing listens there (or a firewall refuses)
        ├── NameResolutionFailed    DNS failed: usually no internet
        ├── ConnectionDropped       closed mid-request or mid-response (may have been processed)
        └── RequestTimeout          timed out, or 408, or past TOTAL_DEADLINE_S (30 s) for the
                                    whole request: connect, headers and body together

The bounds (api/limits.py): MAX_RETRY_AFTER_S = 3600 for any server-given delay,
TOTAL_DEADLINE_S = 30, MAX_ANSWER_BYTES = 1 MiB, MAX_LIST_ANSWER_BYTES = 2 MiB,
MAX_REQUEST_BYTES = 512 KiB, MAX_JSON_DEPTH = 64. Non-finite numbers in an answer (``NaN``,
``Infinity``, ``1e999``) are read as null, so whatever is stored is valid JSON.

``retryable`` says whether trying the same request later may succeed; ``ambiguous`` says the
server may have processed the request even though we got no usable answer (so a retried create
must reconcile through the duplicate rule): dropped connections, read timeouts, 5xx, unreadable
bodies. Refused connections, DNS failures, 429 and refusals are not ambiguous: nothing was
processed.

Each error says what happened as ``message_template`` (Spanish, marked for translation) and
``message_args`` (the values for its ``%1``…); ``user_message`` is the two filled in, for logs
and for what is kept on disk. The UI never reads them: ``services/problems.py::problem_for``
turns an error into a ``Problem`` once, and the UI translates its template, then fills it in
(English with ``--lang en``). Field messages the server sent stay as it wrote them.
"""

from __future__ import annotations

import math

from whaapy_contacts.api.limits import bounded_delay
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
REFUSED_STATUS = template(
    QT_TRANSLATE_NOOP(
        "Messages",
        "Whaapy no aceptó este contacto (respuesta %1). Revisa los datos y vuelve a "
        "guardarlo; si se repite, revisa la dirección del servidor.",
    )
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Messages",
    "El contacto es demasiado grande para enviarlo. Acorta las notas u otros textos largos y "
    "vuelve a guardarlo.",
)
NO_CONTACTS_HERE = QT_TRANSLATE_NOOP(
    "Messages",
    "Whaapy no encontró dónde guardar contactos en esa dirección. Revisa la dirección del "
    "servidor en «Conectar una cuenta de Whaapy…» y vuelve a guardarlo.",
)
RATE_LIMITED_FOR = template(
    QT_TRANSLATE_NOOP("Messages", "Whaapy pide esperar un momento. Intenta de nuevo en %1 s.")
)
RATE_LIMITED_MINUTES = template(
    QT_TRANSLATE_NOOP("Messages", "Whaapy pide esperar. Intenta de nuevo en %1 min.")
)
RATE_LIMITED_SOON = QT_TRANSLATE_NOOP(
    "Messages", "Whaapy pide esperar un momento. Intenta de nuevo en unos segundos."
)


class ApiError(Exception):
    """Base of every API failure. ``str()`` is a log-safe English summary, never the key."""

    message_template = QT_TRANSLATE_NOOP(
        "Messages", "Ocurrió un error al hablar con Whaapy. Intenta de nuevo."
    )
    retryable = False
    ambiguous = False

    def __init__(self, detail: str = "", *, status: int | None = None) -> None:
        super().__init__(detail or type(self).__name__)
        self.status = status
        self.detail = detail

    @property
    def message_args(self) -> tuple[object, ...]:
        """The values for ``message_template``'s ``%1``… (none unless a subclass has some)."""
        return ()

    @property
    def user_message(self) -> str:
        """The Spanish message filled in: for logs and what is stored, never to show as is."""
        return fill(self.message_template, *self.message_args)


class AuthError(ApiError):
    """The key cannot do this; nothing will work until the user fixes it."""


class Unauthorized(AuthError):
    message_template = QT_TRANSLATE_NOOP(
        "Messages", "La clave no es válida o fue revocada. Conecta tu cuenta con una clave nueva."
    )


class InvalidKey(Unauthorized):
    """The key cannot even be sent (a header is ASCII): refused before any request."""

    message_template = QT_TRANSLATE_NOOP(
        "Messages",
        "La clave tiene caracteres que una clave de Whaapy no lleva (acentos, espacios o "
        "caracteres invisibles). Conecta tu cuenta de nuevo y pega la clave tal como aparece "
        "en Whaapy.",
    )


class MissingScopes(AuthError):
    def __init__(self, scopes: tuple[str, ...], detail: str = "", *, status: int = 403) -> None:
        super().__init__(detail or f"missing scopes: {', '.join(scopes)}", status=status)
        self.scopes = scopes

    message_template = MISSING_SCOPES

    @property
    def message_args(self) -> tuple[object, ...]:
        return (", ".join(self.scopes) if self.scopes else SCOPES_UNKNOWN,)


class NotFound(ApiError):
    message_template = QT_TRANSLATE_NOOP(
        "Messages", "No se encontró ese contacto en Whaapy. Puede que lo hayan borrado."
    )


class DuplicateContact(ApiError):
    message_template = QT_TRANSLATE_NOOP(
        "Messages", "Ya existe un contacto con este número de teléfono."
    )

    def __init__(self, existing_id: str, detail: str = "", *, status: int = 409) -> None:
        super().__init__(detail or f"duplicate of {existing_id}", status=status)
        self.existing_id = existing_id


VALIDATION_UNNAMED = QT_TRANSLATE_NOOP(
    "Messages", "Whaapy no aceptó este contacto y no dijo qué campo corregir."
)
VALIDATION_FIELDS = QT_TRANSLATE_NOOP(
    "Messages", "Whaapy rechazó algunos datos. Revisa los campos marcados."
)
REFUSED_SAYING = template(
    QT_TRANSLATE_NOOP("Messages", "Whaapy no aceptó este contacto. Su respuesta: «%1»")
)


class ValidationFailed(ApiError):
    """``field_errors`` under ``"_"`` only: the server refused without naming a field."""

    @property
    def message_template(self) -> str:  # type: ignore[override]
        return VALIDATION_UNNAMED if set(self.field_errors) <= {"_"} else VALIDATION_FIELDS

    def __init__(self, field_errors: FieldErrors, detail: str = "", *, status: int = 400) -> None:
        super().__init__(detail or f"validation failed: {sorted(field_errors)}", status=status)
        self.field_errors = field_errors


class Refused(ValidationFailed):
    """The server will not take this request as it is: retrying the same one cannot help.

    A ValidationFailed, so every path that shows a refusal (the form's summary, "Requiere
    atención") shows this one; ``user_message`` says what to change.
    """

    def __init__(self, status: int, detail: str = "", *, message: str = "") -> None:
        self._template = message or REFUSED_STATUS
        self._args: tuple[object, ...] = () if message else (status,)
        filled = fill(self._template, *self._args)
        super().__init__(FieldErrors({"_": [filled]}), detail or f"{status} refused", status=status)

    @property
    def message_template(self) -> str:  # type: ignore[override]
        return self._template

    @property
    def message_args(self) -> tuple[object, ...]:
        return self._args


class TooLarge(Refused):
    def __init__(self, status: int = 413, detail: str = "") -> None:
        super().__init__(status, detail or "too large", message=TOO_LARGE)


class RateLimited(ApiError):
    retryable = True

    def __init__(self, retry_after: float | None, detail: str = "", *, status: int = 429) -> None:
        retry_after = bounded_delay(retry_after)  # never a wait of centuries, never NaN
        super().__init__(detail or f"rate limited, retry after {retry_after}", status=status)
        self.retry_after = retry_after

    @property
    def message_template(self) -> str:  # type: ignore[override]
        if self.retry_after and self.retry_after >= 120:  # "3600 s" reads as a riddle
            return RATE_LIMITED_MINUTES
        if self.retry_after:
            return RATE_LIMITED_FOR
        return RATE_LIMITED_SOON

    @property
    def message_args(self) -> tuple[object, ...]:
        if self.retry_after and self.retry_after >= 120:
            return (math.ceil(self.retry_after / 60),)
        return (max(1, round(self.retry_after)),) if self.retry_after else ()


class ServerError(ApiError):
    message_template = QT_TRANSLATE_NOOP(
        "Messages", "Whaapy tiene un problema en este momento. Intenta de nuevo en unos minutos."
    )
    retryable = True
    ambiguous = True  # a gateway may answer 5xx after the backend committed


class BadResponse(ApiError):
    message_template = QT_TRANSLATE_NOOP(
        "Messages", "Whaapy respondió algo que no se pudo leer. Intenta de nuevo en unos minutos."
    )
    retryable = True
    ambiguous = True  # e.g. a 2xx whose body was cut: the request did go through


class Redirected(BadResponse):
    message_template = QT_TRANSLATE_NOOP(
        "Messages",
        "El servidor respondió con una redirección en lugar de contestar. Revisa la dirección "
        "del servidor, o si tu red pide iniciar sesión (como el wifi de un hotel).",
    )


class TransportError(ApiError):
    message_template = QT_TRANSLATE_NOOP(
        "Messages", "Sin conexión con Whaapy. Revisa tu internet e intenta de nuevo."
    )
    retryable = True


class ConnectionRefused(TransportError):
    message_template = QT_TRANSLATE_NOOP(
        "Messages", "No se pudo conectar con el servidor. Revisa la dirección o tu internet."
    )


class NameResolutionFailed(TransportError):
    message_template = QT_TRANSLATE_NOOP(
        "Messages", "Sin internet: no se encontró el servidor de Whaapy. Revisa tu conexión."
    )


class ConnectionDropped(TransportError):
    message_template = QT_TRANSLATE_NOOP(
        "Messages", "Se cortó la conexión con Whaapy. Revisa tu internet e intenta de nuevo."
    )
    ambiguous = True


class RequestTimeout(TransportError):
    message_template = QT_TRANSLATE_NOOP(
        "Messages", "Whaapy tardó demasiado en responder. Intenta de nuevo."
    )

    def __init__(
        self, detail: str = "", *, ambiguous: bool = True, status: int | None = None
    ) -> None:
        super().__init__(detail, status=status)
        self.ambiguous = ambiguous


class InsecureBaseUrl(ValueError):
    """The base URL is not HTTPS and not loopback: the key would travel in clear text."""
