"""ContactsClient: the Whaapy HTTP API over httpx. Blocking; callers run it on a worker thread."""

from __future__ import annotations

import email.utils
import logging
import math
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from whaapy_contacts import __version__
from whaapy_contacts.api import deadline
from whaapy_contacts.api import errors as e
from whaapy_contacts.api.fields import definitions_from_json
from whaapy_contacts.api.key_probe import READ_SCOPE, WRITE_SCOPE, KeyAccess, missing_for
from whaapy_contacts.api.limits import (
    MAX_ANSWER_BYTES,
    MAX_LIST_ANSWER_BYTES,
    MAX_REQUEST_BYTES,
    TOTAL_DEADLINE_S,
    bounded_delay,
)
from whaapy_contacts.api.mapping import (
    ContactPage,
    ShapeError,
    contact_from_envelope,
    page_from_json,
    stages_from_json,
    tags_from_json,
)
from whaapy_contacts.api.pacing import Gate, current
from whaapy_contacts.api.reading import (
    Answer,
    BadJson,
    DeadlinePassed,
    TooLarge,
    Unreadable,
    parse_json,
    read_answer,
)
from whaapy_contacts.api.urls import DEFAULT_BASE_URL, check_base_url
from whaapy_contacts.domain.contact import Contact, FunnelStage
from whaapy_contacts.domain.custom_fields import FieldDefinition
from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP, fill
from whaapy_contacts.domain.validation import FieldErrors

__all__ = ["DEFAULT_BASE_URL", "ContactsClient", "check_base_url"]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
_SCOPES_PREFIX = "Missing required scopes:"
T = TypeVar("T")


class ContactsClient:
    """One Whaapy account. ``transport`` lets tests route requests anywhere (e.g. a MockTransport).

    The key is held privately and never appears in ``repr``, logs or exception text. Every call
    raises only the ``ApiError`` tree (api/errors.py) and ends within ``total`` seconds of
    being sent. With a ``gate`` (the account's request budget, services/scheduler.py) every
    request first waits for its turn there (at the priority ``api.pacing.priority`` set on the
    calling thread), and the gate hears each answer's status and ``X-RateLimit-*`` headers.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        total: float = TOTAL_DEADLINE_S,
        gate: Gate | None = None,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self._total = total
        self.gate = gate
        # A header is ASCII: a key with an accent or an invisible character cannot be sent,
        # and httpx would raise UnicodeEncodeError on every call. Refused on each call instead.
        self._key_ok = _sendable(api_key)
        headers = {
            "User-Agent": f"whaapy-contacts/{__version__}",
            "Accept": "application/json",
            "Accept-Encoding": "gzip, deflate",  # what reading.py decodes, within its caps
        }
        if self._key_ok:
            headers["Authorization"] = f"Bearer {api_key}"
        self._http = httpx.Client(
            base_url=self.base_url,
            transport=transport or deadline.transport(),
            timeout=timeout,
            verify=True,
            follow_redirects=False,
            headers=headers,
        )

    def __repr__(self) -> str:
        return f"ContactsClient(base_url={self.base_url!r}, api_key=<hidden>)"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ContactsClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- calls -------------------------------------------------------------------------------

    def create_contact(self, payload: Mapping[str, object]) -> Contact:
        """POST /contacts/v1 with a payload from ``check_draft`` (no nulls, empties omitted)."""
        try:
            body = self._call("POST", "/contacts/v1", json=dict(payload))
        except e.NotFound as exc:  # no contact to miss: the address has no contacts API
            raise e.Refused(404, "404 on create", message=e.NO_CONTACTS_HERE) from exc
        return self._parse(contact_from_envelope, body)

    def check_create(self, payload: Mapping[str, object]) -> None:
        """Raise what ``create_contact`` would before sending (a request too large), so no
        other request is spent on a contact that can't be sent."""
        request = self._http.build_request("POST", "/contacts/v1", json=dict(payload))
        if len(request.content) > MAX_REQUEST_BYTES:
            raise e.TooLarge(413, f"request of {len(request.content)} bytes not sent")

    def list_contacts(
        self,
        *,
        limit: int = 50,
        cursor: str | None = None,
        search: str | None = None,
        tags: tuple[str, ...] = (),
        funnel_stage_id: str | None = None,
        source: str | None = None,
        sort_by: str = "created_at",
        sort_order: str = "desc",
    ) -> ContactPage:
        params: dict[str, str | int] = {
            "limit": limit,
            "sort_by": sort_by,
            "sort_order": sort_order,
        }
        optional = {"cursor": cursor, "search": search, "funnel_stage_id": funnel_stage_id}
        params.update({k: v for k, v in optional.items() if v})
        if source:
            params["source"] = source
        if tags:
            params["tags"] = ",".join(tags)
        body = self._call("GET", "/contacts/v1", params=params, cap=MAX_LIST_ANSWER_BYTES)
        return self._parse(page_from_json, body)

    def search_contacts(
        self,
        *,
        filters: Mapping[str, object] | None = None,
        phone: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> ContactPage:
        """POST /contacts/v1/search. ``filters`` is required by Whaapy, so it is always sent
        (``{}`` when nothing narrows); ``phone`` is a shorthand for ``phone_number.eq``. Free
        text belongs in ``list_contacts(search=...)``, which is what the app's list uses."""
        wanted: dict[str, object] = dict(filters or {})
        if phone:
            wanted["phone_number"] = {"eq": phone}
        body: dict[str, Any] = {"filters": wanted, "limit": limit}
        if cursor:
            body["cursor"] = cursor
        found = self._call("POST", "/contacts/v1/search", json=body, cap=MAX_LIST_ANSWER_BYTES)
        return self._parse(page_from_json, found)

    def get_contact(self, contact_id: str) -> Contact:
        return self._parse(contact_from_envelope, self._call("GET", f"/contacts/v1/{contact_id}"))

    def update_contact(self, contact_id: str, patch: Mapping[str, object]) -> Contact:
        """PATCH: ``tags`` replaces, ``add_tags``/``remove_tags`` edit, custom fields merge."""
        body = self._call("PATCH", f"/contacts/v1/{contact_id}", json=dict(patch))
        return self._parse(contact_from_envelope, body)

    def delete_contact(self, contact_id: str) -> None:
        self._call("DELETE", f"/contacts/v1/{contact_id}")

    def check_key(self) -> None:
        """The cheapest call that proves the key works. Raises Unauthorized/MissingScopes/..."""
        self._call("GET", "/user-webhooks/events")

    def probe_key(self) -> KeyAccess:
        """Whether the key may read the list and create contacts, creating nothing (see
        key_probe.py). Raises Unauthorized on a bad key, TransportError and the rest as usual."""
        read = missing_for(
            lambda: self._call("GET", "/contacts/v1", params={"limit": 1}), READ_SCOPE,
            refusal_allows=False,
        )  # fmt: skip
        write = missing_for(
            lambda: self._call("POST", "/contacts/v1", json={}), WRITE_SCOPE, refusal_allows=True
        )
        return KeyAccess(read, write)

    def funnel_stages(self) -> tuple[FunnelStage, ...]:
        return self._parse(stages_from_json, self._call("GET", "/funnel/v1/stages"))

    def account_tags(self) -> tuple[str, ...]:
        body = self._call("GET", "/contacts/v1/tags", cap=MAX_LIST_ANSWER_BYTES)
        return self._parse(tags_from_json, body)

    def custom_field_definitions(self) -> tuple[FieldDefinition, ...]:
        """The account's own custom fields (shape undocumented: api/fields.py reads it)."""
        body = self._call("GET", "/contacts/v1/fields", cap=MAX_LIST_ANSWER_BYTES)
        return self._parse(definitions_from_json, body)

    # --- the one place where httpx and HTTP statuses become ApiError -----------------------

    def _call(self, method: str, path: str, *, cap: int = MAX_ANSWER_BYTES, **kwargs: Any) -> Any:
        """The request, its answer read within ``cap`` bytes and the total deadline, and the
        status checked. Anything that goes wrong leaves as an ApiError, nothing else."""
        if not self._key_ok:
            raise e.InvalidKey("the key has characters that cannot be sent")
        # The budget's wait comes before the deadline's clock starts: it is not the server's.
        ticket = self.gate.acquire(*current()) if self.gate is not None else None
        seen: list[httpx.Response] = []
        try:
            return self._timed(method, path, cap, kwargs, seen)
        finally:
            if ticket is not None and self.gate is not None:
                answered = seen[0] if seen else None
                status = answered.status_code if answered is not None else None
                headers = answered.headers if answered is not None else {}
                self.gate.settle(ticket, status, headers)

    def _timed(
        self, method: str, path: str, cap: int, kwargs: dict[str, Any], seen: list[httpx.Response]
    ) -> Any:
        started = time.monotonic()
        try:
            with deadline.within(started + self._total):
                answer = self._exchange(method, path, cap, started + self._total, kwargs, seen=seen)
            log.info("%s %s -> %s in %.0f ms", method, path, answer.status,
                     (time.monotonic() - started) * 1000)  # fmt: skip
            return _check(answer)
        except e.ApiError:
            raise
        except httpx.HTTPError as exc:
            log.info("%s %s failed: %s", method, path, type(exc).__name__)
            raise _transport_error(exc, method) from exc
        except Exception as exc:  # a bug, or an input httpx refused: still one of ours
            log.warning("%s %s could not be made: %s", method, path, type(exc).__name__)
            raise e.BadResponse(f"request failed: {type(exc).__name__}") from exc

    def _exchange(
        self, method: str, path: str, cap: int, until: float, kwargs: dict[str, Any], *,
        seen: list[httpx.Response],
    ) -> Answer:  # fmt: skip
        request = self._http.build_request(method, path, **kwargs)
        if len(request.content) > MAX_REQUEST_BYTES:
            raise e.TooLarge(413, f"request of {len(request.content)} bytes not sent")
        response = self._http.send(request, stream=True)
        seen.append(response)  # its status and headers, for the gate
        try:
            return read_answer(response, cap, until)
        except TooLarge as exc:
            raise e.BadResponse(f"answer {exc}", status=response.status_code) from exc
        except Unreadable as exc:
            raise e.BadResponse(str(exc), status=response.status_code) from exc
        except DeadlinePassed as exc:
            raise e.RequestTimeout(str(exc), ambiguous=method != "GET") from exc
        finally:
            response.close()

    @staticmethod
    def _parse(parser: Callable[[object], T], body: object) -> T:
        try:
            return parser(body)
        except ShapeError as exc:
            raise e.BadResponse(f"unexpected shape: {exc}") from exc
        except Exception as exc:  # any surprise in an answer's shape is an unreadable answer
            raise e.BadResponse(f"unexpected shape: {type(exc).__name__}") from exc


def _transport_error(exc: httpx.HTTPError, method: str) -> e.ApiError:
    text = str(exc).lower()
    if isinstance(exc, httpx.TimeoutException):
        # A connect timeout means the request never left; a read timeout may have been processed.
        sent = not isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout))
        return e.RequestTimeout(type(exc).__name__, ambiguous=sent and method != "GET")
    if isinstance(exc, httpx.ConnectError):
        if any(
            s in text for s in ("name or service", "nodename", "getaddrinfo", "name resolution")
        ):
            return e.NameResolutionFailed("DNS lookup failed")
        if "refused" in text:
            return e.ConnectionRefused("connection refused")
        return e.TransportError(f"connect failed: {type(exc).__name__}")
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        return e.ConnectionDropped(f"connection dropped: {type(exc).__name__}")
    return e.TransportError(type(exc).__name__)


def _check(response: Answer) -> Any:
    status = response.status
    body, problem = _json_or_none(response)
    if 200 <= status < 300:
        if status == 204 or not response.content:
            return {}
        if body is None:
            raise e.BadResponse(problem or _describe_unreadable(response), status=status)
        return body
    raise _status_error(response, body)


def _json_or_none(response: Answer) -> tuple[Any, str]:
    """The JSON body, or None and why not (log-safe: no body text)."""
    if not response.content:
        return None, ""
    try:
        return parse_json(response.content), ""
    except BadJson as exc:
        return None, f"unreadable JSON ({exc}) with status {response.status}"


def _describe_unreadable(response: Answer) -> str:
    kind = "html" if _looks_html(response) else "non-JSON or truncated"
    return f"{kind} body ({len(response.content)} bytes) with status {response.status}"


def _looks_html(response: Answer) -> bool:
    ctype = response.headers.get("content-type", "")
    return "html" in ctype or response.content.lstrip()[:1] == b"<"


def _status_error(response: Answer, body: Any) -> e.ApiError:
    status = response.status
    data: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
    code = _text(data.get("error"))
    message = _text(data.get("message"))
    if status >= 500:
        return e.ServerError(_describe(response, code), status=status)
    if status == 401:
        return e.Unauthorized("401 unauthorized", status=status)
    if status == 403:
        return e.MissingScopes(_scopes(message), f"403 {code}", status=status)
    if status == 404:
        return e.NotFound(f"404 {code}", status=status)
    if status == 409 and (code == "duplicate_contact" or _existing_id(data)):
        return e.DuplicateContact(_existing_id(data), status=status)
    if status == 409 and body is None and not _looks_html(response):
        # JSON cut short: it may well be the duplicate answer that proves an earlier attempt
        # went through. Retried (the next 409 is read and matched), never "refused".
        return e.BadResponse(_describe_unreadable(response), status=status)
    if status == 429:
        return e.RateLimited(_retry_after(response.headers.get("retry-after")), status=status)
    if status in (400, 422) and (code == "validation_error" or _details(data)):
        return e.ValidationFailed(FieldErrors(_details(data)), f"{status} {code}", status=status)
    if status in (400, 422) and body is not None:
        # No field named: our Spanish sentence, with the server's own words only as a detail
        # (its "error" when that is all it wrote: {"error": "Invalid request body"}).
        said = message or code
        refused = fill(e.REFUSED_SAYING, said) if said else ""
        summary = {"_": [refused or QT_TRANSLATE_NOOP("Messages", "Datos inválidos")]}
        return e.ValidationFailed(FieldErrors(summary), f"{status} {code}", status=status)
    return _other_status(response, code)


def _other_status(response: Answer, code: str) -> e.ApiError:
    """Statuses with no meaning of their own: which of them retrying can fix."""
    status = response.status
    if status in (408, 425):  # the server gave up waiting, or asks to try again: not processed
        return e.RequestTimeout(f"{status} {code}", ambiguous=False, status=status)
    if status == 413:
        return e.TooLarge(status, f"413 {code}")
    if 400 <= status < 500:  # the same request will be refused again: the person must act
        return e.Refused(status, f"{status} {code}")
    if 300 <= status < 400:
        return e.Redirected(_describe(response, code), status=status)
    return e.BadResponse(_describe(response, code), status=status)


def _text(value: object) -> str:
    """A server's string field; anything else (a number, a list) counts as absent."""
    return value[:500] if isinstance(value, str) else ""


def _describe(response: Answer, code: str) -> str:
    if code:
        return f"{response.status} {code[:80]}"
    return _describe_unreadable(response)


def _existing_id(data: Mapping[str, Any]) -> str:
    found = data.get("existing_contact_id")
    for nest in ("details", "errors", "data"):
        inner = data.get(nest)
        if not found and isinstance(inner, Mapping):
            found = inner.get("existing_contact_id") or inner.get("contact_id")
    return str(found or "")


def _details(data: Mapping[str, Any]) -> dict[str, list[str]]:
    """``details`` or ``errors``: {field: [msgs] | msg}, or a list of {field|path, message}."""
    raw = data.get("details") or data.get("errors") or {}
    out: dict[str, list[str]] = {}
    if isinstance(raw, Mapping):
        for field, msgs in raw.items():
            out[str(field)] = [str(m) for m in msgs] if isinstance(msgs, list) else [str(msgs)]
    elif isinstance(raw, list):
        for item in raw:
            if isinstance(item, Mapping):
                path = item.get("field") or item.get("path") or "_"
                field = ".".join(map(str, path)) if isinstance(path, list) else str(path)
                out.setdefault(field, []).append(str(item.get("message") or ""))
    return out


def _scopes(message: str) -> tuple[str, ...]:
    if not message.startswith(_SCOPES_PREFIX):
        return ()
    listed = message[len(_SCOPES_PREFIX) :].replace(";", ",")
    return tuple(s.strip() for s in listed.split(",") if s.strip())


def _retry_after(value: str | None) -> float | None:
    """``Retry-After`` as delta-seconds or an HTTP date, at most MAX_RETRY_AFTER_S; None when
    absent or unreadable (negative, not a number, a date that cannot be)."""
    if not value:
        return None
    value = value.strip()[:100]
    if value.isascii() and value.isdigit():
        return bounded_delay(float(value))  # float: no int-digits limit, 1e300 stays finite
    try:
        when = email.utils.parsedate_to_datetime(value)
        wait = when.timestamp() - time.time()
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    return bounded_delay(wait) if math.isfinite(wait) else None


def _sendable(api_key: str) -> bool:
    """Printable ASCII without spaces: what an HTTP header can carry and any key is made of."""
    return all("!" <= ch <= "~" for ch in api_key)
