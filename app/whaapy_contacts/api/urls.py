"""The API's address: the default, what a usable address looks like, and the rule that the key
never travels in clear text.

Kept apart from client.py so that checking a URL does not import httpx (start-up time).
Every refusal is a ``BadAddress`` whose ``user_message`` says, in Spanish, what to change: a
typo'd address must be refused where it is typed, never crash later (issue 14, case 8).
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

from whaapy_contacts.api.errors import InsecureBaseUrl
from whaapy_contacts.api.netaddr import is_loopback
from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP

DEFAULT_BASE_URL = "https://api.whaapy.com"

EMPTY = QT_TRANSLATE_NOOP(
    "Messages", "Escribe la dirección del servidor, por ejemplo https://api.whaapy.com."
)
HAS_SPACES = QT_TRANSLATE_NOOP("Messages", "La dirección del servidor no puede tener espacios.")
NOT_WEB = QT_TRANSLATE_NOOP(
    "Messages",
    "La dirección del servidor debe empezar con https://, por ejemplo https://api.whaapy.com.",
)
NOT_HTTPS = QT_TRANSLATE_NOOP(
    "Messages",
    "La dirección debe empezar con https:// (http:// solo para este equipo, "
    "como http://127.0.0.1).",
)
BAD_HOST = QT_TRANSLATE_NOOP(
    "Messages", "El nombre del servidor no es válido. Revisa cómo está escrita la dirección."
)
BAD_PORT = QT_TRANSLATE_NOOP(
    "Messages", "El puerto (el número después de «:») debe ser un número del 1 al 65535."
)
EXTRAS = QT_TRANSLATE_NOOP(
    "Messages", "La dirección del servidor no puede llevar usuario, contraseña, «?» ni «#»."
)

# A host name: dot-separated labels of letters, digits and hyphens (after IDNA for accents).
_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")


class BadAddress(InsecureBaseUrl):
    """An address we can't use; ``user_message`` (Spanish, translatable) says what to change.
    ``str()`` is English for the log and never holds the address (it may hold a typo'd key)."""

    def __init__(self, user_message: str, detail: str) -> None:
        super().__init__(detail)
        self.user_message = user_message


def check_base_url(url: str) -> str:
    """Return the URL without a trailing slash; raise BadAddress unless it is a usable HTTPS
    address, or plain http to this computer (loopback)."""
    text = url.strip()
    if not text:
        raise BadAddress(EMPTY, "empty address")
    if any(ch.isspace() for ch in text):
        raise BadAddress(HAS_SPACES, "spaces in the address")
    parts = _split(text)
    if parts.scheme not in ("http", "https"):
        raise BadAddress(NOT_WEB, "not an http(s) URL")
    _check_host(parts)
    _check_port(parts)
    if parts.username is not None or parts.query or parts.fragment or "?" in text or "#" in text:
        raise BadAddress(EXTRAS, "user info, query or fragment in the address")
    if parts.scheme == "http" and not is_loopback(parts.hostname or ""):
        raise BadAddress(NOT_HTTPS, "plain http is allowed only for loopback addresses")
    return text.rstrip("/")


def _split(text: str) -> SplitResult:
    try:
        return urlsplit(text)
    except ValueError:  # an unclosed "[" of an IPv6 address, say
        raise BadAddress(BAD_HOST, "unparseable address") from None


def _check_host(parts: SplitResult) -> None:
    try:
        host = parts.hostname
    except ValueError:
        host = None
    if not host or not _host_ok(host):
        raise BadAddress(BAD_HOST, "bad host name")


def _host_ok(host: str) -> bool:
    if ":" in host:  # IPv6, from inside [...]
        import ipaddress  # noqa: PLC0415 - only for this rare case

        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return False
        return True
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_host.rstrip(".").split(".")
    return all(_LABEL.fullmatch(label) for label in labels)


def _check_port(parts: SplitResult) -> None:
    try:
        port = parts.port
    except ValueError:  # "abc", or out of 0..65535
        port = -1
    if port is not None and not 1 <= port <= 65535:
        raise BadAddress(BAD_PORT, "bad port")
    if port is None and parts.netloc.rstrip("/").endswith(":"):
        raise BadAddress(BAD_PORT, "empty port")
