"""A hostile HTTP server for tests: answers anything, in front of the real sandbox.

``HostileServer(upstream)`` listens on 127.0.0.1. Requests that match a ``plan`` get its hostile
answer (huge or endless bodies, drips, bad JSON, absurd headers, gzip bombs, redirects, closed
connections...); every other request is forwarded to the sandbox and its answer relayed, so a
test can check on the server what really happened. A kind marked ``commit`` forwards first
(the sandbox stores the contact) and then answers badly: the hardest case for exactly-once.

Every connection is closed after one answer. Drips and endless bodies stop when the client
hangs up, and after DRIP_LIMIT_S at most, so no test can hang on them.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import socketserver
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

DRIP_LIMIT_S = 20.0


@dataclass(frozen=True)
class Req:
    method: str
    path: str  # without the query: what plans match
    target: str  # as requested, query included: what is forwarded
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Upstream:
    """The sandbox's answer to the request (only for ``commit`` kinds)."""

    status: int
    body: bytes


Behaviour = Callable[[socket.socket, Req, Upstream | None], None]


@dataclass(frozen=True)
class Kind:
    behave: Behaviour
    commit: bool = False  # the sandbox processes the request before the hostile answer


@dataclass
class _Plan:
    kind: Kind
    times: int
    method: str
    path: str


@dataclass
class _State:
    plans: list[_Plan] = field(default_factory=list)
    served: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class HostileServer:
    def __init__(self, upstream: str) -> None:
        self._state = _State()
        self._upstream = httpx.Client(base_url=upstream, timeout=10)
        handler = _handler(self._state, self._upstream)
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def plan(self, kind: Kind, *, times: int = 1, method: str = "POST",
             path: str = "/contacts/v1") -> None:  # fmt: skip
        with self._state.lock:
            self._state.plans.append(_Plan(kind, times, method, path))

    def pending(self) -> int:
        with self._state.lock:
            return sum(p.times for p in self._state.plans)

    def served(self) -> list[str]:
        with self._state.lock:
            return list(self._state.served)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)
        self._upstream.close()


def _handler(state: _State, upstream: httpx.Client) -> type[socketserver.BaseRequestHandler]:
    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            conn: socket.socket = self.request
            conn.settimeout(DRIP_LIMIT_S)
            try:
                req = _read_request(conn)
                if req is None:
                    return
                kind = _take(state, req)
                if kind is None:
                    _relay(conn, req, upstream)
                    return
                answer = _forward(req, upstream) if kind.commit else None
                kind.behave(conn, req, answer)
            except OSError:
                pass  # the client hung up: routine for a hostile answer
            finally:
                _close(conn)

    return Handler


def _take(state: _State, req: Req) -> Kind | None:
    with state.lock:
        for plan in state.plans:
            if plan.method == req.method and plan.path == req.path:
                plan.times -= 1
                if plan.times <= 0:
                    state.plans.remove(plan)
                state.served.append(f"{req.method} {req.path} hostile")
                return plan.kind
        state.served.append(f"{req.method} {req.path} relayed")
    return None


def _read_request(conn: socket.socket) -> Req | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    path = target.split("?", 1)[0].rstrip("/") or "/"
    return Req(method, path, target, headers, body[:length])


def _forward(req: Req, upstream: httpx.Client) -> Upstream:
    keep = {k: v for k, v in req.headers.items() if k in ("authorization", "content-type")}
    response = upstream.request(req.method, req.target, headers=keep, content=req.body)
    return Upstream(response.status_code, response.content)


def _relay(conn: socket.socket, req: Req, upstream: httpx.Client) -> None:
    answer = _forward(req, upstream)
    conn.sendall(response(answer.status, answer.body, ctype="application/json"))


def _close(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)
    conn.close()


# Building answers -----------------------------------------------------------------------------


def response(
    status: int,
    body: bytes = b"",
    *,
    ctype: str = "application/json",
    headers: tuple[tuple[str, str], ...] = (),
    length: int | None = None,
) -> bytes:
    size = len(body) if length is None else length
    lines = [f"HTTP/1.1 {status} Whatever", f"Content-Type: {ctype}"]
    lines += [f"Content-Length: {size}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def send(data: bytes) -> Behaviour:
    return lambda conn, _req, _up: conn.sendall(data)


def status(code: int, body: bytes = b'{"error": "x", "message": "x"}', **kw: object) -> Behaviour:
    return send(response(code, body, **kw))  # type: ignore[arg-type]


def close_at_once(conn: socket.socket, _req: Req, _up: Upstream | None) -> None:
    """No answer at all."""


def drip(data: bytes, every: float) -> Behaviour:
    """``data`` one byte at a time, ``every`` seconds apart, until the client hangs up."""

    def behave(conn: socket.socket, _req: Req, _up: Upstream | None) -> None:
        started = time.monotonic()
        for i in range(len(data)):
            if time.monotonic() - started > DRIP_LIMIT_S:
                return
            conn.sendall(data[i : i + 1])
            time.sleep(every)

    return behave


def endless(conn: socket.socket, _req: Req, _up: Upstream | None) -> None:
    """A 200 whose chunked body never ends (bounded here at 256 MB or DRIP_LIMIT_S)."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                 b"Transfer-Encoding: chunked\r\n\r\n")  # fmt: skip
    piece = b" " * 65536
    chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    started = time.monotonic()
    for _ in range(4096):
        if time.monotonic() - started > DRIP_LIMIT_S:
            return
        conn.sendall(chunk)


def created_with(edit: Callable[[bytes], bytes]) -> Kind:
    """The sandbox creates the contact; its answer reaches the client edited."""

    def behave(conn: socket.socket, _req: Req, up: Upstream | None) -> None:
        assert up is not None
        conn.sendall(response(up.status, edit(up.body)))

    return Kind(behave, commit=True)


def with_deal_value(text: str) -> Callable[[bytes], bytes]:
    """The contact's ``deal_value`` replaced by raw JSON-ish text (NaN, Infinity, 1e999)."""

    def edit(body: bytes) -> bytes:
        data = json.loads(body)
        data["contact"]["deal_value"] = "__VALUE__"
        return json.dumps(data).replace('"__VALUE__"', text).encode()

    return edit


def deep(body: bytes, depth: int = 100_000) -> bytes:
    data = json.loads(body)
    data["contact"]["custom_fields"] = {"nido": "__DEEP__"}
    return json.dumps(data).replace('"__DEEP__"', "[" * depth + "]" * depth).encode()


def huge(body: bytes, size: int = 5 << 20) -> bytes:
    data = json.loads(body)
    data["contact"]["notes"] = "x" * size
    return json.dumps(data).encode()


def gzip_bomb(size: int = 64 << 20) -> bytes:
    return gzip.compress(b" " * size, compresslevel=9)


def after_commit(behave: Behaviour) -> Kind:
    return Kind(behave, commit=True)


HTTP_DATE_FAR = "Fri, 31 Dec 9999 23:59:59 GMT"
HTML_PAGE = b"<!DOCTYPE html><html><body><h1>Error</h1><p>Proxy</p></body></html>"
