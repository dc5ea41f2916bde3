"""Fault specs, the fault queue's matching rules, and the canned fault responses."""

from __future__ import annotations

import json
from typing import Any

import pytest

from whaapy_contacts.sandbox.faults import (
    Fault,
    FaultQueue,
    fault_problems,
    parse_faults,
    raw_response,
    status_response,
    truncated,
)
from whaapy_contacts.sandbox.http_types import ApiError, json_response


@pytest.mark.parametrize(
    "spec",
    [
        {"kind": "delay", "ms": 0},
        {"kind": "status", "status": 503, "retry_after": 2, "body": "html", "times": 3},
        {"kind": "status", "status": 400, "error": "custom"},
        {"kind": "truncate", "method": "get", "path": "/contacts"},
        {"kind": "drop_before"},
        {"kind": "drop_after_commit", "path": "/contacts/v1"},
    ],
)
def test_valid_specs(spec: dict[str, Any]) -> None:
    assert fault_problems(spec) == []


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ([], "objeto"),
        ({"kind": "boom"}, "kind"),
        ({"kind": "delay"}, "ms"),
        ({"kind": "delay", "ms": -1}, "ms"),
        ({"kind": "delay", "ms": 10, "status": 500}, "desconocido"),
        ({"kind": "status"}, "status"),
        ({"kind": "status", "status": 99}, "status"),
        ({"kind": "status", "status": 500, "body": "xml"}, "body"),
        ({"kind": "status", "status": 500, "retry_after": "soon"}, "retry_after"),
        ({"kind": "truncate", "times": 0}, "times"),
        ({"kind": "truncate", "times": True}, "times"),
        ({"kind": "truncate", "path": "contacts"}, "path"),
        ({"kind": "truncate", "method": "G T"}, "method"),
    ],
)
def test_invalid_specs(spec: Any, problem: str) -> None:
    problems = fault_problems(spec)

    assert any(problem in text for text in problems), problems


def test_parse_rejects_the_whole_batch() -> None:
    with pytest.raises(ApiError) as caught:
        parse_faults({"faults": [{"kind": "truncate"}, {"kind": "nope"}]})

    assert caught.value.status == 400
    assert caught.value.details is not None
    assert list(caught.value.details) == ["faults[1]"]


@pytest.mark.parametrize("body", [None, {}, {"faults": {}}, []])
def test_parse_needs_a_list(body: Any) -> None:
    with pytest.raises(ApiError):
        parse_faults(body)


def test_queue_takes_first_match_and_counts_down() -> None:
    queue = FaultQueue()
    queue.add(parse_faults({"faults": [
        {"kind": "truncate", "method": "post", "path": "/contacts/v1"},
        {"kind": "drop_before", "times": 2},
    ]}))  # fmt: skip

    kinds = [
        getattr(queue.take(method, path), "kind", None)
        for method, path in [("GET", "/contacts/v1"), ("POST", "/contacts/v1"),
                             ("POST", "/contacts/v1"), ("GET", "/team/v1")]
    ]  # fmt: skip

    assert kinds == ["drop_before", "truncate", "drop_before", None]
    assert queue.pending() == []


def test_status_response_json_and_html() -> None:
    limited = status_response(Fault("status", status=429, retry_after=5))
    html = status_response(Fault("status", status=502, body="html"))
    custom = status_response(Fault("status", status=409, error="duplicate_contact"))

    assert json.loads(limited.body)["error"] == "rate_limited"
    assert ("Retry-After", "5") in limited.headers
    assert html.content_type.startswith("text/html")
    assert json.loads(custom.body)["error"] == "duplicate_contact"


def test_truncated_halves_the_body() -> None:
    response = json_response(201, {"contact": {"name": "Juan"}})

    cut = truncated(response)

    assert cut.status == 201
    assert len(cut.body) == len(response.body) // 2
    with pytest.raises(json.JSONDecodeError):
        json.loads(cut.body)


def test_path_matches_exactly_not_by_prefix() -> None:
    queue = FaultQueue()
    queue.add(parse_faults({"faults": [{"kind": "truncate", "path": "/contacts/v1/", "times": 9}]}))

    paths = ("/contacts/v1/abc", "/contacts/v1/search", "/contacts", "/contacts/v1")
    hits = [queue.take("GET", path) is not None for path in paths]

    assert hits == [False, False, False, True]


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ({"kind": "raw"}, "status"),
        ({"kind": "raw", "status": 200, "headers": []}, "headers"),
        ({"kind": "raw", "status": 200, "headers": {"Bad Name": "x"}}, "Nombre"),
        ({"kind": "raw", "status": 200, "headers": {"X-A": "a\r\nX-B: b"}}, "una línea"),
        ({"kind": "raw", "status": 200, "headers": {"Content-Length": "9"}}, "por su cuenta"),
        ({"kind": "raw", "status": 200, "body": 5}, "body"),
        ({"kind": "raw", "status": 200, "body_base64": "%%%"}, "base64"),
        ({"kind": "raw", "status": 200, "body": "", "body_base64": ""}, "juntos"),
    ],
)
def test_invalid_raw_specs(spec: Any, problem: str) -> None:
    assert any(problem in text for text in fault_problems(spec)), fault_problems(spec)


def test_raw_response_is_verbatim() -> None:
    [text, binary] = parse_faults({"faults": [
        {"kind": "raw", "status": 429, "headers": {"Retry-After": "300000000000"},
         "body": "any text"},
        {"kind": "raw", "status": 200, "body_base64": "H4sI",
         "headers": {"content-type": "application/json", "Content-Encoding": "gzip"}},
    ]})  # fmt: skip

    first, second = raw_response(text), raw_response(binary)

    assert (first.status, first.body, first.headers) == (
        429,
        b"any text",
        (("Retry-After", "300000000000"),),
    )
    assert first.content_type.startswith("text/plain")
    assert (second.body, second.content_type) == (b"\x1f\x8b\x08", "application/json")
    assert second.headers == (("Content-Encoding", "gzip"),)
    assert text.to_json()["headers"] == {"Retry-After": "300000000000"}
