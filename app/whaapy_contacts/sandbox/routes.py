"""The sandbox's routes: path patterns, the scopes each method needs, and the handlers."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from whaapy_contacts.sandbox import contacts, listing, team
from whaapy_contacts.sandbox.faults import FaultQueue, parse_faults
from whaapy_contacts.sandbox.http_types import (
    Request,
    Response,
    contact_not_found,
    json_response,
    parse_json_body,
    parse_json_object,
    validation_error,
)
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
    query = listing.query_from_search_body(ctx.body())
    return _page_response(ctx, listing.fetch_page(ctx.store, query))


def _page_response(ctx: Context, page: listing.Page) -> Response:
    pagination = {"next_cursor": page.next_cursor, "has_more": page.has_more}
    payload = {"contacts": [ctx.public(doc) for doc in page.docs], "pagination": pagination}
    return json_response(200, payload)


def create_contact(ctx: Context) -> Response:
    doc = contacts.create_contact(ctx.store, ctx.body())
    return json_response(201, {"contact": ctx.public(doc)})


def get_contact(ctx: Context) -> Response:
    doc = ctx.store.get_contact(ctx.params["id"])
    if doc is None:
        raise contact_not_found()
    return json_response(200, {"contact": ctx.public(doc), "conversations": []})


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


def list_tags(ctx: Context) -> Response:
    counts = sorted(ctx.store.tag_counts(), key=lambda item: (item[0].casefold(), item[0]))
    return json_response(200, {"tags": [{"name": name, "count": n} for name, n in counts]})


# Funnel, team, webhooks --------------------------------------------------------------------


def list_stages(ctx: Context) -> Response:
    return json_response(200, {"stages": ctx.store.stages()})


def move_contact(ctx: Context) -> Response:
    doc = contacts.move_contact(ctx.store, ctx.params["id"], ctx.body())
    return json_response(200, {"contact": ctx.public(doc)})


def list_team(ctx: Context) -> Response:
    return json_response(200, {"agents": team.agents()})


def list_webhook_events(ctx: Context) -> Response:
    return json_response(200, {"events": list(WEBHOOK_EVENTS)})


# Sandbox control (no auth, never faulted) --------------------------------------------------


def control_reset(ctx: Context) -> Response:
    ctx.store.reset()
    ctx.faults.clear()
    return json_response(200, {"reset": True})


def control_list_faults(ctx: Context) -> Response:
    return json_response(200, {"faults": ctx.faults.pending()})


def control_add_faults(ctx: Context) -> Response:
    faults = parse_faults(parse_json_body(ctx.request.body))
    ctx.faults.add(faults)
    return json_response(200, {"faults": ctx.faults.pending()})


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
)
