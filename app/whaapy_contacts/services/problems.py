"""Errors become what the person is told: a ``Problem``, made once, where the error is caught.

An ``ApiError`` (api/errors.py) or a ``StorageError`` (storage/local_db.py) is turned into a
``Problem`` by ``problem_for``: its ``kind`` (what went wrong, for the UI to choose how to say
it), its message as a template (the Spanish ``QT_TRANSLATE_NOOP`` source) with its arguments,
and its ``next_step`` (what will fix it). The UI renders a Problem with
``ui/common/texts.py::render``: it translates the template, then fills in the arguments; it
never sorts exceptions by their class.

Practice mode talks to the embedded practice server, not to Whaapy: every message that blames
Whaapy has a practice wording (``PRACTICE``), carried by the Problem, and ``render`` picks it
in practice. That is the one place where live and practice are told apart for a problem.
"""

from __future__ import annotations

from dataclasses import dataclass

from whaapy_contacts.api import errors as e
from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP, fill, practice_wording, template
from whaapy_contacts.domain.validation import FieldErrors
from whaapy_contacts.services.problem_kinds import Kind, Step
from whaapy_contacts.storage.local_db import Problem as Storage
from whaapy_contacts.storage.local_db import StorageError

__all__ = ["Kind", "Problem", "Step", "problem_for", "problem_or_raise", "storage_problem"]


@dataclass(frozen=True)
class Problem:
    """``template`` and ``practice_template`` are Spanish sources; ``args`` fill their ``%1``….
    An argument that is itself one of our messages (``str``) is translated too."""

    kind: Kind
    template: str
    args: tuple[object, ...] = ()
    next_step: Step = Step.RETRY
    practice_template: str = ""  # "" when the live wording blames nobody
    field_errors: FieldErrors | None = None  # the server's refusal, to show under the fields

    @property
    def message(self) -> str:
        """The live Spanish text filled in (for logs and tests; the UI uses ``render``)."""
        return fill(self.template, *self.args)

    def wording(self, *, practice: bool) -> str:
        """The template to say: the practice server is blamed in practice, never Whaapy."""
        return (self.practice_template or self.template) if practice else self.template


UNEXPECTED = e.ApiError.message_template  # never an exception's own (English) text

# Every message of api/errors.py that names Whaapy, as it reads in practice mode.
PRACTICE: dict[str, str] = {
    UNEXPECTED: QT_TRANSLATE_NOOP(
        "Messages", "Ocurrió un error al hablar con el servidor de práctica. Intenta de nuevo."
    ),
    e.NotFound.message_template: QT_TRANSLATE_NOOP(
        "Messages",
        "No se encontró ese contacto en tus contactos de práctica. Puede que lo hayan borrado.",
    ),
    e.REFUSED_STATUS: template(
        QT_TRANSLATE_NOOP(
            "Messages",
            "El servidor de práctica no aceptó este contacto (respuesta %1). Revisa los datos "
            "y vuelve a guardarlo.",
        )
    ),
    e.REFUSED_SAYING: template(
        QT_TRANSLATE_NOOP(
            "Messages", "El servidor de práctica no aceptó este contacto. Su respuesta: «%1»"
        )
    ),
    e.VALIDATION_UNNAMED: QT_TRANSLATE_NOOP(
        "Messages", "El servidor de práctica no aceptó este contacto y no dijo qué campo corregir."
    ),
    e.VALIDATION_FIELDS: QT_TRANSLATE_NOOP(
        "Messages", "El servidor de práctica rechazó algunos datos. Revisa los campos marcados."
    ),
    e.RATE_LIMITED_FOR: template(
        QT_TRANSLATE_NOOP(
            "Messages", "El servidor de práctica pide esperar un momento. Intenta de nuevo en %1 s."
        )
    ),
    e.RATE_LIMITED_MINUTES: template(
        QT_TRANSLATE_NOOP(
            "Messages", "El servidor de práctica pide esperar. Intenta de nuevo en %1 min."
        )
    ),
    e.RATE_LIMITED_SOON: QT_TRANSLATE_NOOP(
        "Messages",
        "El servidor de práctica pide esperar un momento. Intenta de nuevo en unos segundos.",
    ),
    e.ServerError.message_template: QT_TRANSLATE_NOOP(
        "Messages",
        "El servidor de práctica tiene un problema en este momento. Intenta de nuevo en unos "
        "minutos.",
    ),
    e.BadResponse.message_template: QT_TRANSLATE_NOOP(
        "Messages",
        "El servidor de práctica respondió algo que no se pudo leer. Intenta de nuevo en unos "
        "minutos.",
    ),
    e.TransportError.message_template: QT_TRANSLATE_NOOP(
        "Messages", "El servidor de práctica no responde. Intenta de nuevo en un momento."
    ),
    e.ConnectionDropped.message_template: QT_TRANSLATE_NOOP(
        "Messages", "Se cortó la conexión con el servidor de práctica. Intenta de nuevo."
    ),
    e.RequestTimeout.message_template: QT_TRANSLATE_NOOP(
        "Messages", "El servidor de práctica tardó demasiado en responder. Intenta de nuevo."
    ),
}

for _live, _practice in PRACTICE.items():  # also for messages kept on disk (texts.translated)
    practice_wording(_live, _practice)

# The most specific class first is found by walking the error's MRO (one lookup, one place).
_API_KINDS: dict[type[e.ApiError], tuple[Kind, Step]] = {
    e.Unauthorized: (Kind.KEY, Step.FIX_KEY),
    e.MissingScopes: (Kind.SCOPES, Step.FIX_KEY),
    e.NotFound: (Kind.NOT_FOUND, Step.NOTHING),
    e.DuplicateContact: (Kind.DUPLICATE, Step.RESOLVE_DUPLICATE),
    e.Refused: (Kind.REFUSED, Step.CHANGE_CONTACT),
    e.ValidationFailed: (Kind.FIELDS, Step.FIX_FIELDS),
    e.RateLimited: (Kind.RATE_LIMITED, Step.WAIT),
    e.ServerError: (Kind.SERVER, Step.RETRY),
    e.BadResponse: (Kind.SERVER, Step.RETRY),
    e.RequestTimeout: (Kind.SLOW, Step.RETRY),
    e.TransportError: (Kind.OFFLINE, Step.RETRY),
}


def problem_for(error: object) -> Problem:
    """The Problem ``error`` is; anything not ours is UNEXPECTED (and said without its text)."""
    if isinstance(error, e.ApiError):
        return _api_problem(error)
    if isinstance(error, StorageError):
        return storage_problem(error)
    return Problem(Kind.UNEXPECTED, UNEXPECTED, practice_template=PRACTICE[UNEXPECTED])


def problem_or_raise(error: object) -> Problem:
    """The Problem of a known error; anything else is a bug, raised again for the excepthook."""
    problem = problem_for(error)
    if problem.kind is Kind.UNEXPECTED:
        raise error if isinstance(error, BaseException) else RuntimeError(repr(error))
    return problem


def _api_problem(error: e.ApiError) -> Problem:
    kind, step = next(
        (_API_KINDS[cls] for cls in type(error).__mro__ if cls in _API_KINDS),
        (Kind.OTHER, Step.RETRY),
    )
    if kind is Kind.FIELDS and not _names_fields(error):
        kind, step = Kind.REFUSED, Step.CHANGE_CONTACT
    wording = error.message_template
    fields = error.field_errors if isinstance(error, e.ValidationFailed) else None
    return Problem(kind, wording, error.message_args, step, PRACTICE.get(wording, ""), fields)


def _names_fields(error: e.ApiError) -> bool:
    return isinstance(error, e.ValidationFailed) and bool(set(error.field_errors) - {"_"})


# What the person reads about this computer's file of contacts.
STORAGE_MESSAGES = {
    Storage.FULL: QT_TRANSLATE_NOOP(
        "Messages",
        "El disco de esta computadora está lleno: no se pueden guardar contactos nuevos. "
        "Lo que escribiste sigue en el formulario. Libera espacio (borra o mueve archivos "
        "que no necesites) y vuelve a guardar; la app lo notará sola.",
    ),
    Storage.WRITE: QT_TRANSLATE_NOOP(
        "Messages",
        "No se pudo escribir en el disco de esta computadora: no se pueden guardar contactos "
        "nuevos. Lo que escribiste sigue en el formulario. Revisa el disco o pide ayuda a "
        "quien administra esta computadora; la app lo volverá a intentar sola.",
    ),
    Storage.READ_ONLY: template(
        QT_TRANSLATE_NOOP(
            "Messages",
            "La carpeta donde la app guarda tus contactos no permite escribir: no se pueden "
            "guardar contactos nuevos ni enviar los pendientes. Lo que escribiste sigue en el "
            "formulario. Pide a quien administra esta computadora que permita escribir en la "
            "carpeta %1; la app lo notará sola.",
        )
    ),
    Storage.UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "No se pudo abrir el archivo donde la app guarda tus contactos: no se pueden guardar "
        "contactos nuevos. Lo que escribiste sigue en el formulario. Pide ayuda a quien "
        "administra esta computadora; la app lo volverá a intentar sola.",
    ),
    Storage.CORRUPT: template(
        QT_TRANSLATE_NOOP(
            "Messages",
            "El archivo de tus contactos en esta computadora estaba dañado. Se guardó aparte, "
            "sin borrarlo, como %1, y se empezó uno nuevo. Si faltara algún contacto "
            "pendiente, soporte puede recuperarlo de ese archivo.",
        )
    ),
    Storage.RESTORED: QT_TRANSLATE_NOOP(
        "Messages",
        "El archivo de tus contactos en esta computadora se borró mientras la app estaba "
        "abierta. Se volvió a crear con todo lo que tenía: no se perdió nada.",
    ),
}
_OVER = (Storage.CORRUPT, Storage.RESTORED)  # it happened and is over: nothing to fix


def storage_problem(error: StorageError) -> Problem:
    """The file's problem, with the folder (read-only) or the moved file's name in it."""
    wording = STORAGE_MESSAGES[error.problem]
    step = Step.NOTHING if error.problem in _OVER else Step.FIX_COMPUTER
    if error.problem is Storage.READ_ONLY:
        return Problem(Kind.STORAGE, wording, (str(error.path.parent),), step)
    moved = (str(error.moved_to),) if error.moved_to is not None else ()
    return Problem(Kind.STORAGE, wording, moved, step)
