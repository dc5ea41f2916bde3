"""Reading an answer within bounds: its size after decompression, its deadline, its JSON.

The body is read raw and decompressed here, a chunk at a time with a limit on the output, so a
gzip bomb stops at the cap instead of being unpacked whole. JSON is parsed without non-finite
numbers (``NaN``, ``Infinity``, ``1e999`` become null: SQLite's JSON functions reject them) and
with a bounded depth.
"""

from __future__ import annotations

import json
import math
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from whaapy_contacts.api.limits import MAX_JSON_DEPTH, MAX_NUMBER_DIGITS


class TooLarge(Exception):
    """The answer is bigger than we read."""


class Unreadable(Exception):
    """The body cannot be decoded (unknown or broken compression)."""


class DeadlinePassed(Exception):
    """The total deadline passed while the body was still arriving."""


@dataclass(frozen=True)
class Answer:
    """A response read whole (within bounds): what the error mapping looks at."""

    status: int
    headers: httpx.Headers
    content: bytes


def read_answer(response: httpx.Response, cap: int, deadline: float) -> Answer:
    """The status, headers and decoded body, or TooLarge / Unreadable / DeadlinePassed."""
    if response.is_stream_consumed:  # made whole in memory (a test's MockTransport answer)
        if len(response.content) > cap:
            raise TooLarge(f"more than {cap} bytes")
        return Answer(response.status_code, response.headers, response.content)
    decoder = _decoder(response.headers.get("content-encoding", ""))
    parts: list[bytes] = []
    size = 0
    for chunk in _raw(response, deadline):
        data = decoder(chunk, cap - size + 1)
        size += len(data)
        if size > cap:
            raise TooLarge(f"more than {cap} bytes")
        parts.append(data)
    tail = decoder(b"", cap - size + 1)
    if size + len(tail) > cap:
        raise TooLarge(f"more than {cap} bytes")
    return Answer(response.status_code, response.headers, b"".join([*parts, tail]))


def _raw(response: httpx.Response, deadline: float) -> Iterator[bytes]:
    for chunk in response.iter_raw():  # as it arrives: a chunk size would wait to fill it
        if time.monotonic() > deadline:
            raise DeadlinePassed("the body was still arriving at the deadline")
        yield chunk


Decoder = Any  # (chunk, max_out) -> bytes; b"" flushes


def _decoder(encoding: str) -> Decoder:
    coding = encoding.strip().lower()
    if coding in ("", "identity"):
        return lambda chunk, _limit: chunk
    if coding in ("gzip", "x-gzip", "deflate"):
        return _Inflate(raw_fallback=coding == "deflate")
    raise Unreadable(f"unsupported content-encoding {coding[:40]!r}")


class _Inflate:
    """gzip or zlib (auto-detected), or raw deflate; never more output than asked per call."""

    def __init__(self, *, raw_fallback: bool) -> None:
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 32)
        self._raw_fallback = raw_fallback
        self._started = False

    def __call__(self, chunk: bytes, limit: int) -> bytes:
        if not chunk:
            return self._finish()
        try:
            out = self._inflate.decompress(chunk, limit)
        except zlib.error as exc:
            if self._started or not self._raw_fallback:
                raise Unreadable(f"bad compressed body: {exc}") from exc
            self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)  # "deflate" sent raw
            out = self._inflate.decompress(chunk, limit)
        self._started = True
        if self._inflate.unconsumed_tail and len(out) < limit:
            raise Unreadable("compressed body did not decode")  # cannot happen; never loop
        return out

    def _finish(self) -> bytes:
        if self._started and not self._inflate.eof:
            raise Unreadable("compressed body was cut short")
        return self._inflate.flush() if self._started else b""


# JSON ---------------------------------------------------------------------------------------


class BadJson(Exception):
    """Not JSON we accept: unparseable, or nested deeper than MAX_JSON_DEPTH."""


def parse_json(content: bytes) -> Any:
    """The body's JSON, non-finite and absurd numbers as null; BadJson otherwise."""
    try:
        text = content.decode("utf-8-sig")
        value = json.loads(text, parse_constant=_null, parse_float=_float, parse_int=_int)
    except (ValueError, RecursionError, MemoryError) as exc:
        raise BadJson(type(exc).__name__) from exc
    if _too_deep(value):
        raise BadJson(f"nested deeper than {MAX_JSON_DEPTH}")
    return value


def _null(_name: str) -> None:
    return None


def _float(text: str) -> float | None:
    if len(text) > MAX_NUMBER_DIGITS:
        return None
    number = float(text)
    return number if math.isfinite(number) else None


def _int(text: str) -> int | None:
    return int(text) if len(text) <= MAX_NUMBER_DIGITS else None


def _too_deep(value: Any) -> bool:
    """Walks without recursion: a deep value must not overflow our own stack either."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False
