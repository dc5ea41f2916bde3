"""The client's bounds (api/limits.py), and every failure being one of the ApiError tree."""

from __future__ import annotations

import gzip
import json
import time
import zlib

import httpcore
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from whaapy_contacts.api import deadline
from whaapy_contacts.api import errors as e
from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.api.limits import (
    MAX_ANSWER_BYTES,
    MAX_JSON_DEPTH,
    MAX_LIST_ANSWER_BYTES,
    MAX_REQUEST_BYTES,
    MAX_RETRY_AFTER_S,
)

KEY = "wha_unit_test_key_0123456789"
CONTACT = {"contact": {"id": "c1", "phone_number": "+525512345678"}}


def never_called(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request should be made: {request.method} {request.url}")


def client(handler, key=KEY) -> ContactsClient:
    return ContactsClient("https://api.whaapy.com", key, transport=httpx.MockTransport(handler))


def raw(status: int, body: bytes, headers: dict[str, str] | None = None) -> ContactsClient:
    """An answer whose body is streamed as sent (not decoded by httpx: reading.py does it)."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))

    return client(handler)


# Case 1: server-given delays ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("300000000000", MAX_RETRY_AFTER_S),
        ("9" * 5000, MAX_RETRY_AFTER_S),
        ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_RETRY_AFTER_S),
        ("Mon, 01 Jan 1990 00:00:00 GMT", 0.0),
        ("-5", None),
        ("NaN", None),
        ("inf", None),
        ("1e9", None),
        ("soon", None),
        ("", None),
        ("Fri, 99 Foo 99999999 99:99:99 GMT", None),
    ],
)
def test_retry_after_is_bounded_and_never_raises(header, expected):
    handler = lambda _r: httpx.Response(429, headers={"Retry-After": header}, json={})  # noqa: E731
    with pytest.raises(e.RateLimited) as info:
        client(handler).create_contact({})
    assert info.value.retry_after == expected
    assert info.value.user_message  # never OverflowError from round(inf)


def test_rate_limited_bounds_what_it_is_given():
    assert e.RateLimited(float("inf")).retry_after == MAX_RETRY_AFTER_S
    assert e.RateLimited(float("nan")).retry_after is None
    assert e.RateLimited(1e300).user_message == "Whaapy pide esperar. Intenta de nuevo en 60 min."
    assert e.RateLimited(150).user_message.endswith("en 3 min.")
    assert e.RateLimited(90).user_message.endswith("en 90 s.")


# Case 2 and 9: what an answer may hold -------------------------------------------------------


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "9" * 400])
def test_non_finite_and_absurd_numbers_become_null(text):
    body = b'{"contact": {"id": "c1", "phone_number": "+52551", "deal_value": %s, ' % text.encode()
    body += b'"custom_fields": {"n": %s}}}' % text.encode()
    contact = raw(200, body, {"content-type": "application/json"}).create_contact({})
    assert contact.deal_value is None
    assert contact.custom_fields == {"n": None}
    json.dumps(contact.custom_fields, allow_nan=False)  # valid JSON for SQLite


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 5_000, 200_000])
def test_deep_json_is_a_bad_response_not_a_recursion_error(depth):
    body = b'{"contact": {"id": "c1", "custom_fields": {"x": ' + b"[" * depth + b"]" * depth
    body += b"}}}"
    with pytest.raises(e.BadResponse) as info:
        raw(200, body).create_contact({})
    assert "Whaapy respondió algo que no se pudo leer" in info.value.user_message
    assert "recursion" not in info.value.user_message


def test_depth_within_the_limit_is_read():
    nested = "[" * 20 + "]" * 20
    body = b'{"contact": {"id": "c1", "custom_fields": {"x": %s}}}' % nested.encode()
    assert raw(200, body).create_contact({}).custom_fields["x"] == json.loads(nested)


# Case 3: caps, counted after decompression --------------------------------------------------


def test_an_answer_over_the_cap_is_a_bad_response():
    body = json.dumps({"contact": {"id": "c1", "notes": "x" * MAX_ANSWER_BYTES}}).encode()
    with pytest.raises(e.BadResponse) as info:
        raw(201, body).create_contact({})
    assert info.value.ambiguous  # a 2xx: the contact may exist; the retry reconciles


def test_lists_may_be_larger_but_not_without_end():
    contacts = [{"id": str(i), "notes": "x" * 1000} for i in range(1500)]  # ~1.5 MB
    page = json.dumps({"contacts": contacts, "pagination": {}}).encode()
    assert len(raw(200, page).list_contacts().contacts) == 1500
    more = json.dumps({"contacts": contacts * 2}).encode()
    assert len(more) > MAX_LIST_ANSWER_BYTES
    with pytest.raises(e.BadResponse):
        raw(200, more).list_contacts()


@pytest.mark.parametrize("encoding", ["gzip", "x-gzip", "deflate", "deflate-raw"])
def test_a_compression_bomb_is_never_unpacked_whole(encoding):
    bomb = b" " * (64 << 20)
    if encoding == "deflate-raw":
        squeezer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        packed, encoding = squeezer.compress(bomb) + squeezer.flush(), "deflate"
    elif encoding == "deflate":
        packed = zlib.compress(bomb, 9)
    else:
        packed = gzip.compress(bomb, 9)
    with pytest.raises(e.BadResponse) as info:
        raw(200, packed, {"content-encoding": encoding}).create_contact({})
    assert "more than" in str(info.value)


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_answers_within_the_cap_are_read(encoding):
    body = json.dumps(CONTACT).encode()
    packed = gzip.compress(body) if encoding == "gzip" else zlib.compress(body)
    assert raw(200, packed, {"content-encoding": encoding}).create_contact({}).id == "c1"


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("br", b"\x00"),
        ("gzip, gzip", b""),
        ("gzip", b"not gzip"),
        ("gzip", gzip.compress(b"{}")[:9]),
    ],
)
def test_unknown_or_broken_compression_is_a_bad_response(encoding, body):
    with pytest.raises(e.BadResponse):
        raw(200, body, {"content-encoding": encoding}).create_contact({})


# Case 4: the total deadline -----------------------------------------------------------------


def test_a_dripping_body_ends_at_the_total_deadline():
    def drip():
        yield b'{"contact": '
        while True:
            time.sleep(0.05)
            yield b" "

    class Drip(httpx.SyncByteStream):
        def __iter__(self):
            return drip()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, stream=Drip())

    slow = ContactsClient(
        "https://api.whaapy.com", KEY, transport=httpx.MockTransport(handler), total=0.4
    )
    started = time.monotonic()
    with pytest.raises(e.RequestTimeout) as info:
        slow.create_contact({})
    assert time.monotonic() - started < 2.0
    assert info.value.ambiguous


def test_the_default_transport_puts_every_connection_under_the_deadline():
    made = deadline.transport()
    assert isinstance(made._pool._network_backend, deadline.DeadlineBackend)
    made.close()


def test_deadline_shortens_each_socket_operation():
    seen = []

    class Inner(httpcore.NetworkStream):
        def read(self, max_bytes, timeout=None):
            seen.append(timeout)
            return b""

    stream = deadline.DeadlineStream(Inner())
    with deadline.within(time.monotonic() + 0.5):
        stream.read(10, timeout=10.0)
    stream.read(10, timeout=10.0)  # outside: untouched
    with deadline.within(time.monotonic() - 1), pytest.raises(httpcore.ReadTimeout):
        stream.read(10, timeout=10.0)
    assert 0 < seen[0] <= 0.5
    assert seen[1] == 10.0


# Case 5: permanent refusals, and sizes checked before sending -------------------------------


def test_a_request_over_the_limit_is_refused_before_sending():
    with pytest.raises(e.TooLarge) as info:
        client(never_called).create_contact(
            {"phone_number": "+52", "notes": "x" * MAX_REQUEST_BYTES}
        )
    assert not info.value.retryable
    assert info.value.user_message.startswith("El contacto es demasiado grande para enviarlo.")
    assert info.value.field_errors["_"] == (info.value.user_message,)


@pytest.mark.parametrize("status", [400, 405, 409, 410, 413, 415, 418, 422, 451])
def test_permanent_refusals_are_not_retryable(status):
    with pytest.raises(e.Refused) as info:
        client(lambda _r: httpx.Response(status, text="<html>no</html>")).create_contact({})
    assert not info.value.retryable
    assert not info.value.ambiguous


@pytest.mark.parametrize("cut", [b'{"error": "duplicate_contact", "existing_con', b""])
def test_a_409_cut_short_is_retried_not_refused(cut):
    """Half a duplicate answer may be the proof an earlier attempt went through (the soak:
    11 of 200 contacts ended "Requiere atención" although each was on the server once)."""
    with pytest.raises(e.BadResponse) as info:
        client(lambda _r: httpx.Response(409, content=cut)).create_contact({})
    assert info.value.retryable


def test_404_on_create_says_to_check_the_address():
    with pytest.raises(e.Refused) as info:
        client(lambda _r: httpx.Response(404, json={"error": "not_found"})).create_contact({})
    assert "Revisa la dirección del servidor" in info.value.user_message


@pytest.mark.parametrize("status", [408, 425])
def test_408_and_425_are_retried(status):
    with pytest.raises(e.RequestTimeout) as info:
        client(lambda _r: httpx.Response(status)).create_contact({})
    assert info.value.retryable
    assert not info.value.ambiguous


# Case 6: keys that cannot be sent -----------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        "wha_TESTSECRÉT123",
        "wha_\u200bsecret",
        "wha_secret\u202c",
        "wha secret",
        "wha_\nsecret",
        "wha_\x00",
        "ｗｈａ＿ｓｅｃｒｅｔ",
    ],
)
def test_an_unsendable_key_is_invalid_key_never_unicode_encode_error(key):
    bad = client(never_called, key=key)  # constructing it raised UnicodeEncodeError before
    for call in (bad.check_key, lambda: bad.create_contact({}), bad.list_contacts):
        with pytest.raises(e.InvalidKey) as info:
            call()
        assert isinstance(info.value, e.AuthError)
        assert key not in str(info.value)
    assert "caracteres invisibles" in e.InvalidKey().user_message


# Case 9: every exception is one of ours ------------------------------------------------------


@pytest.mark.allow_log_warnings(r"could not be made")
@pytest.mark.parametrize(
    "exc",
    [
        ValueError("x"),
        RuntimeError("x"),
        UnicodeEncodeError("ascii", "é", 0, 1, "x"),
        RecursionError("maximum recursion depth exceeded"),
        httpx.InvalidURL("x"),
        httpx.LocalProtocolError("x"),
        httpx.DecodingError("x"),
        httpx.TooManyRedirects("x"),
        MemoryError(),
        OSError("x"),
    ],
    ids=type,
)
def test_anything_a_transport_raises_becomes_an_api_error(exc):
    def handler(_r: httpx.Request) -> httpx.Response:
        raise exc

    with pytest.raises(e.ApiError) as info:
        client(handler).list_contacts()
    assert "recursion" not in info.value.user_message


statuses = st.integers(100, 999)
json_values = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)
known_keys = st.sampled_from(
    ["error", "message", "details", "errors", "existing_contact_id", "contact", "contacts",
     "pagination", "data", "id", "stages", "tags", "agents"]
)  # fmt: skip
bodies = st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(known_keys, json_values, max_size=5).map(lambda v: json.dumps(v).encode()),
)
headers = st.dictionaries(
    st.sampled_from(["retry-after", "content-encoding", "content-type", "location"]),
    st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30),
    max_size=3,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(status=statuses, body=bodies, extra=headers)
def test_any_answer_is_a_result_or_an_api_error(status, body, extra):
    answering = raw(status, body, extra)
    for call in (lambda: answering.create_contact({}), answering.list_contacts,
                 answering.funnel_stages, answering.account_tags):  # fmt: skip
        assert outcome(call)  # a result, or an ApiError with a message: nothing else escapes


def outcome(call) -> object:
    try:
        return call() or "empty"
    except e.ApiError as exc:
        return exc.user_message
