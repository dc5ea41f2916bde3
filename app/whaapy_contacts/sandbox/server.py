"""The sandbox's HTTP layer: a threading HTTP/1.1 server with keep-alive and fault injection.

Usage::

    with SandboxServer() as srv:          # in-memory db, key "wha_sandbox" with every scope
        httpx.get(srv.url + "/team/v1", headers={"Authorization": "Bearer wha_sandbox"})

``rate_limit`` is requests per minute per account, as Whaapy publishes (default 100; 0 means
none); ``accounts`` maps a key to its account's name (keys not named share ``"default"``).
``phone_match`` is ``"canonical"`` or ``"literal"`` (see ``store``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from whaapy_contacts.sandbox.app import SandboxApp, is_control_path, normalise_keys
from whaapy_contacts.sandbox.faults import Fault, raw_response, status_response, truncated
from whaapy_contacts.sandbox.fields import FieldBook
from whaapy_contacts.sandbox.http_types import ApiError, Request, Response
from whaapy_contacts.sandbox.limits import DEFAULT_RATE_LIMIT, RateLimiter
from whaapy_contacts.sandbox.routes import ALL_SCOPES
from whaapy_contacts.sandbox.store import PHONE_MATCHES, SandboxStore

__all__ = ["ALL_SCOPES", "DEFAULT_KEY", "DEFAULT_RATE_LIMIT", "SandboxServer"]

DEFAULT_KEY = "wha_sandbox"
MAX_BODY = 1_000_000
IDLE_TIMEOUT_S = 120

logger = logging.getLogger("whaapy_contacts.sandbox")


class _HTTPServer(ThreadingHTTPServer):
    """Tracks open connections so ``stop()`` can end idle keep-alive ones at once."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], app: SandboxApp) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.app = app
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        self._closing = False
        # API requests being served; a reset waits for them so none lands after it.
        self._busy = threading.Condition()
        self._active = 0
        super().__init__(address, _Handler)

    @contextlib.contextmanager
    def serving(self) -> Iterator[None]:
        with self._busy:
            self._active += 1
        try:
            yield
        finally:
            with self._busy:
                self._active -= 1
                self._busy.notify_all()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Until no API request is in progress (e.g. a delayed one from a previous test)."""
        with self._busy:
            return self._busy.wait_for(lambda: self._active == 0, timeout)

    def track(self, conn: socket.socket) -> None:
        with self._connections_lock:
            self._connections.add(conn)
            if self._closing:
                _shutdown_both(conn)

    def untrack(self, conn: socket.socket) -> None:
        with self._connections_lock:
            self._connections.discard(conn)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Log instead of printing a traceback; a client hanging up is routine."""
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError | TimeoutError):
            logger.info("client %s went away: %s", client_address, exc)
        else:
            logger.exception("error while serving %s", client_address)

    def end_connections(self) -> None:
        """Shut every connection (after ``wait_idle``), so idle keep-alive handlers end now."""
        with self._connections_lock:
            self._closing = True
            for conn in self._connections:
                _shutdown_both(conn)


def _shutdown_both(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    """Reads one request at a time, applies any fault, and writes the app's response."""

    protocol_version = "HTTP/1.1"
    server_version = "WhaapySandbox/1"
    timeout = IDLE_TIMEOUT_S
    wbufsize = -1  # buffer the response so headers and body leave in one segment
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        # Without this, Nagle plus the client's delayed ACK adds ~40 ms to every response.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.untrack(self.connection)

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PATCH(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_OPTIONS(self) -> None:
        self._dispatch()

    # Request flow --------------------------------------------------------------------------

    def _dispatch(self) -> None:
        started = time.monotonic()
        split = urlsplit(self.path)
        path = split.path.rstrip("/") or "/"
        if is_control_path(path):
            if path == "/_sandbox/reset":
                self.server.wait_idle()
            outcome = self._serve(path, split.query, None)
        else:
            with self.server.serving():
                fault = self.server.app.faults.take(self.command, path)
                outcome = self._serve(path, split.query, fault)
        elapsed_ms = (time.monotonic() - started) * 1000
        logger.info("%s %s %s %.1fms", self.command, split.path, outcome, elapsed_ms)

    def _serve(self, path: str, query: str, fault: Fault | None) -> str:
        """Answer (or not, for drops) and return what happened, for the log line."""
        kind = fault.kind if fault else None
        if kind == "drop_before":
            self._discard_body()
            self._drop()
            return "dropped before processing"
        try:
            body = self._read_body()
        except ApiError as exc:
            self.close_connection = True
            return self._send(exc.to_response())
        if fault is not None and kind == "status":
            return self._send(status_response(fault)) + " (fault)"
        if fault is not None and kind == "raw":
            return self._send(raw_response(fault)) + " (raw fault)"
        if fault is not None and kind == "delay":
            time.sleep(fault.ms / 1000)
        response = self.server.app.handle(self._request(path, query, body))
        if kind == "drop_after_commit":
            self._drop()
            return f"{response.status} dropped after commit"
        if kind == "truncate":
            return self._send(truncated(response)) + " (truncated)"
        return self._send(response)

    def _request(self, path: str, query: str, body: bytes) -> Request:
        params: dict[str, str] = {}
        for key, value in parse_qsl(query, keep_blank_values=True):
            params.setdefault(key, value)
        return Request(self.command, path, params, self.headers.get("Authorization"), body)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            raise ApiError(411, "length_required", "Se requiere Content-Length")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError as exc:
            raise ApiError(400, "bad_request", "Content-Length inválido") from exc
        if length < 0 or length > MAX_BODY:
            raise ApiError(413, "payload_too_large", "El cuerpo es demasiado grande")
        return self.rfile.read(length) if length else b""

    def _discard_body(self) -> None:
        """Read and ignore the body, so closing sends FIN (a clean EOF) rather than RST."""
        with contextlib.suppress(ApiError, OSError):
            self._read_body()

    # Writing -------------------------------------------------------------------------------

    def _send(self, response: Response) -> str:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers:
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)
        self.wfile.flush()
        return str(response.status)

    def _drop(self) -> None:
        """Close the socket without a single response byte."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
        self.connection.close()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Protocol errors (bad request line, unsupported method...) as JSON too."""
        self.close_connection = True
        error = ApiError(code, "bad_request" if code < 500 else "not_implemented", message or "")
        logger.info("protocol error %d: %s", code, message)
        self._send(error.to_response())

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Silenced: ``_dispatch`` logs one line per request itself."""

    def log_message(self, format: str, *args: Any) -> None:
        logger.info("%s - %s", self.address_string(), format % args)


class SandboxServer:
    """A local Whaapy-compatible server, serving from a daemon thread once started."""

    def __init__(
        self,
        db_path: str | os.PathLike[str] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        keys: Mapping[str, Iterable[str]] | None = None,
        *,
        rate_limit: int = DEFAULT_RATE_LIMIT,
        accounts: Mapping[str, str] | None = None,
        phone_match: str = "canonical",
        fields: Any = None,  # what GET /contacts/v1/fields answers (None: sandbox/fields.py's)
        clock: Callable[[], float] = time.monotonic,  # tests move the rate window's time
    ) -> None:
        self._db_path = db_path
        self._address = (host, port)
        self._keys = normalise_keys(keys, DEFAULT_KEY)
        if phone_match not in PHONE_MATCHES:
            raise ValueError(f"phone_match must be one of {', '.join(PHONE_MATCHES)}")
        self._phone_match = phone_match
        self._limiter = RateLimiter(rate_limit, accounts, clock=clock)
        self._fields = FieldBook(fields)
        self._lock = threading.Lock()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._store: SandboxStore | None = None
        self._stop_requested = threading.Event()

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the sandbox server is not running")
        host, port = str(self._httpd.server_address[0]), self._httpd.server_port
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    def start(self) -> SandboxServer:
        """Open the db, bind and listen, then serve from a daemon thread."""
        with self._lock:
            if self._httpd is not None:
                raise RuntimeError("the sandbox server is already running")
            store = SandboxStore(self._db_path, self._phone_match)
            self._limiter.reset()
            app = SandboxApp(store, self._keys, self._limiter, self._fields)
            try:
                httpd = _HTTPServer(self._address, app)
            except BaseException:
                store.close()
                raise
            thread = threading.Thread(
                target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
            )
            thread.name = "whaapy-sandbox"
            self._httpd, self._thread, self._store = httpd, thread, store
            self._stop_requested.clear()
            thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, end open connections, wait for handlers, close the db. Idempotent."""
        with self._lock:
            httpd, thread, store = self._httpd, self._thread, self._store
            self._httpd = self._thread = self._store = None
        if httpd is None or thread is None or store is None:
            return
        httpd.shutdown()
        thread.join()
        httpd.wait_idle(5.0)  # let requests in progress answer first
        httpd.end_connections()
        httpd.server_close()  # joins the handler threads
        store.close()

    def serve_forever(self) -> None:
        """Serve until ``request_shutdown()`` (a signal handler may call it), then stop."""
        if self._httpd is None:
            self.start()
        try:
            while not self._stop_requested.wait(timeout=0.5):
                pass
        finally:
            self.stop()

    def request_shutdown(self) -> None:
        """Ask ``serve_forever`` to return; safe from signal handlers and other threads."""
        self._stop_requested.set()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
