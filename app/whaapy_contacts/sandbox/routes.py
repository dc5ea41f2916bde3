"""The sandbox's routes: path patterns, the scopes each method needs, and the handlers."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from whaapy_contacts.sandbox import contacts, listing, search, team
from whaapy_contacts.sandbox.faults import FaultQueue, parse_faults
from whaapy_contacts.sandbox.fields import FieldBook
from whaapy_contacts.sandbox.http_types import (
    Request,
    Response,
    contact_not_found,
    json_response,
    parse_json_body,
    parse_json_object,
    validation_error,
)
from whaapy_contacts.sandbox.limits import RateLimiter, RequestStats
from whaapy_contacts.sandbox.store import Doc, SandboxStore
from whaapy_contacts.sandbox.validation import REQUIRED

CONTACTS_READ = "contacts:read"
CONTACTS_WRITE = "contacts:write"
FUNNELS_READ = "funnels:read"
FUNNELS_WRITE = "funnels:write"
TEAM_READ = "team:read"
ALL_SCOPES = frozenset({CONTACTS_READ, CONTACTS_WRITE, FUNNELS_READ, FUNNELS_WRITE, TEAM_READ})

WEBHOOK_EVENTS = (
    "contact.created",
    "contact.updated",
    "contact.deleted",
    "contact.merged",
    "contact.stage_changed",
)


@dataclass(frozen=True)
class Context:
    """One request as a handler sees it."""

    request: Request
    params: Mapping[str, str]
    store: SandboxStore
    faults: FaultQueue
    limiter: RateLimiter
    stats: RequestStats
    fields: FieldBook = dataclasses.field(default_factory=FieldBook)

    def body(self) -> dict[str, Any]:
        return parse_json_object(self.request.body)

    def public(self, doc: Doc) -> dict[str, Any]:
        return contacts.public_contact(doc, self.store)


Handler = Callable[[Context], Response]
Scopes = tuple[str, ...]


@dataclass(frozen=True)
class Route:
    pattern: re.Pattern[str]
    methods: Mapping[str, tuple[Scopes, Handler]]


def find_route(routes: tuple[Route, ...], path: str) -> tuple[Route, dict[str, str]] | None:
    """The first route whose pattern matches the whole path, with its path parameters."""
    for route in routes:
        match = route.pattern.fullmatch(path)
        if match:
            return route, match.groupdict()
    return None


# Contacts ----------------------------------------------------------------------------------


def list_contacts(ctx: Context) -> Response:
    query = listing.query_from_params(ctx.request.query)
    return _page_response(ctx, listing.fetch_page(ctx.store, query))


def search_contacts(ctx: Context) -> Response:
    """The list envelope plus ``pagination.total``/``limit`` and ``filters_applied``."""
    query, applied = search.query_from_search_body(ctx.store, ctx.body())
    page = listing.fetch_page(ctx.store, query)
    response = _page_payload(ctx, page)
    response["pagination"].update(total=listing.count_matching(ctx.store, query), limit=query.limit)
    response["filters_applied"] = applied
    return json_response(200, response)


def _page_response(ctx: Context, page: listing.Page) -> Response:
    return json_response(200, _page_payload(ctx, page))


def _page_payload(ctx: Context, page: listing.Page) -> dict[str, Any]:
    pagination = {"next_cursor": page.next_cursor, "has_more": page.has_more}
    return {"contacts": [ctx.public(doc) for doc in page.docs], "pagination": pagination}


def create_contact(ctx: Context) -> Response:
    """200, as Whaapy's overview says every success is (the app accepts any 2xx)."""
    doc = contacts.create_contact(ctx.store, ctx.body())
    return json_response(200, {"contact": ctx.public(doc)})


def get_contact(ctx: Context) -> Response:
    doc = ctx.store.get_contact(ctx.params["id"])
    if doc is None:
        raise contact_not_found()
    conversations = ctx.store.conversations(doc["id"])
    return json_response(200, {"contact": ctx.public(doc), "conversations": conversations})


def update_contact(ctx: Context) -> Response:
    doc = contacts.update_contact(ctx.store, ctx.params["id"], ctx.body())
    return json_response(200, {"contact": ctx.public(doc)})


def delete_contact(ctx: Context) -> Response:
    contacts.delete_contact(ctx.store, ctx.params["id"])
    return json_response(200, {"success": True, "id": ctx.params["id"]})


def check_phone(ctx: Context) -> Response:
    phone = ctx.request.query.get("phone", "")
    if not any(ch.isdigit() for ch in phone):
        raise validation_error({"phone": [REQUIRED]})
    doc = ctx.store.find_by_phone(phone)
    contact = ctx.public(doc) if doc is not None else None
    return json_response(200, {"exists": doc is not None, "contact": contact})


def list_fields(ctx: Context) -> Response:
    """The account's custom field definitions (sandbox/fields.py: any shape a test set)."""
    return json_response(200, ctx.fields.answer())


def list_tags(ctx: Context) -> Response:
    counts = sorted(ctx.store.tag_counts(), key=lambda item: (item[0].casefold(), item[0]))
    return json_response(200, {"tags": [{"name": name, "count": n} for name, n in counts]})


# Funnel, team, webhooks --------------------------------------------------------------------


def list_stages(ctx: Context) -> Response:
    return json_response(200, {"stages": ctx.store.stages()})


def move_contact(ctx: Context) -> Response:
    return json_response(200, contacts.move_contact(ctx.store, ctx.params["id"], ctx.body()))


def list_team(ctx: Context) -> Response:
    return json_response(200, {"agents": team.agents()})


def list_webhook_events(ctx: Context) -> Response:
    return json_response(200, {"events": list(WEBHOOK_EVENTS)})


# Sandbox control (no auth, never faulted) --------------------------------------------------


def control_reset(ctx: Context) -> Response:
    """Contacts, events, faults, rate-limit windows and counters; the limit as started."""
    ctx.store.reset()
    ctx.faults.clear()
    ctx.limiter.reset()
    ctx.stats.reset()
    ctx.fields.reset()
    return json_response(200, {"reset": True})


def control_stats(ctx: Context) -> Response:
    return json_response(200, ctx.stats.snapshot())


def control_get_rate_limit(ctx: Context) -> Response:
    return json_response(200, {"rate_limit": ctx.limiter.limit})


def control_set_rate_limit(ctx: Context) -> Response:
    """``{"rate_limit": n}``: a new per-minute limit until the next reset (0 = none)."""
    value = parse_json_body(ctx.request.body)
    limit = value.get("rate_limit") if isinstance(value, dict) else None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise validation_error({"rate_limit": ["Se espera un entero >= 0 (0 = sin límite)"]})
    ctx.limiter.set_limit(limit)
    return json_response(200, {"rate_limit": limit})


def control_add_conversation(ctx: Context) -> Response:
    conversation = contacts.add_conversation(ctx.store, ctx.params["id"], ctx.body())
    return json_response(200, {"conversation": conversation})


def control_list_faults(ctx: Context) -> Response:
    return json_response(200, {"faults": ctx.faults.pending()})


def control_add_faults(ctx: Context) -> Response:
    faults = parse_faults(parse_json_body(ctx.request.body))
    ctx.faults.add(faults)
    return json_response(200, {"faults": ctx.faults.pending()})


def control_get_fields(ctx: Context) -> Response:
    return json_response(200, ctx.fields.answer())


def control_set_fields(ctx: Context) -> Response:
    """The body (any JSON) is what ``GET /contacts/v1/fields`` answers until the next reset."""
    ctx.fields.set(parse_json_body(ctx.request.body))
    return json_response(200, ctx.fields.answer())


def control_events(ctx: Context) -> Response:
    return json_response(200, {"events": ctx.store.events()})


# Tables ------------------------------------------------------------------------------------


def _route(path: str, methods: Mapping[str, tuple[Scopes, Handler]]) -> Route:
    regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path)
    return Route(re.compile(regex), methods)


_READ: Scopes = (CONTACTS_READ,)
_WRITE: Scopes = (CONTACTS_WRITE,)

API_ROUTES: tuple[Route, ...] = (
    _route("/contacts/v1", {"GET": (_READ, list_contacts), "POST": (_WRITE, create_contact)}),
    _route("/contacts/v1/search", {"POST": (_READ, search_contacts)}),
    _route("/contacts/v1/tags", {"GET": (_READ, list_tags)}),
    _route("/contacts/v1/fields", {"GET": (_READ, list_fields)}),  # before /{id}
    _route(
        "/contacts/v1/{id}",
        {
            "GET": (_READ, get_contact),
            "PATCH": (_WRITE, update_contact),
            "DELETE": (_WRITE, delete_contact),
        },
    ),
    _route("/contacts/check-phone", {"GET": (_READ, check_phone)}),
    _route("/funnel/v1/stages", {"GET": ((FUNNELS_READ,), list_stages)}),
    _route("/funnel/v1/contacts/{id}/move", {"POST": ((FUNNELS_WRITE,), move_contact)}),
    _route("/team/v1", {"GET": ((TEAM_READ,), list_team)}),
    _route("/user-webhooks/events", {"GET": ((), list_webhook_events)}),
)

CONTROL_ROUTES: tuple[Route, ...] = (
    _route("/_sandbox/reset", {"POST": ((), control_reset)}),
    _route(
        "/_sandbox/faults", {"GET": ((), control_list_faults), "POST": ((), control_add_faults)}
    ),
    _route("/_sandbox/events", {"GET": ((), control_events)}),
    _route("/_sandbox/fields", {"GET": ((), control_get_fields), "POST": ((), control_set_fields)}),
    _route("/_sandbox/stats", {"GET": ((), control_stats)}),
    _route(
        "/_sandbox/rate-limit",
        {"GET": ((), control_get_rate_limit), "POST": ((), control_set_rate_limit)},
    ),
    _route("/_sandbox/contacts/{id}/conversations", {"POST": ((), control_add_conversation)}),
)
