"""Every kind of hostile answer, through the REAL client and the REAL outbox, store and threads.

For each: the entry ends as it should (sent, or "Requiere atención" with a message that says
what to change), with a calm Spanish message on the way; the sandbox behind the hostile server
holds exactly one contact when it was created (never two), none when it was refused; nothing
escapes (an escaped exception logs an error, which fails the test); and the store opens again
as at the next start.
"""

from __future__ import annotations

import functools
import random
import socket
import sqlite3
import time
from dataclasses import dataclass

import pytest
from tests.helpers import hostile as h
from tests.helpers.outbox import attempts_log

from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.api.errors import RequestTimeout
from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.domain.contact import ContactDraft
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.services import outbox as outbox_module
from whaapy_contacts.services.outbox import OutboxService
from whaapy_contacts.storage.outbox import OutboxStore
from whaapy_contacts.workers.runner import TaskRunner

CODEC = (contact_to_json, contact_from_json)
DEADLINE_S = 1.0  # the client's total deadline here (30 s in the app)

WAIT = "Whaapy pide esperar. Intenta de nuevo en 60 min."
SOON = "Whaapy pide esperar un momento. Intenta de nuevo en unos segundos."
DOWN = "Whaapy tiene un problema en este momento"
UNREADABLE = "Whaapy respondió algo que no se pudo leer"
CUT = "Se cortó la conexión con Whaapy"
SLOW = "Whaapy tardó demasiado en responder"
SENT = "<sent>"


@dataclass(frozen=True)
class Case:
    kind: h.Kind
    first: str  # the Spanish message of the first answer (SENT: sent at once)
    final: OutboxState = OutboxState.SENT


def _bomb() -> h.Kind:
    body = _gzip_bomb()
    return h.after_commit(h.send(h.response(201, body, headers=(("Content-Encoding", "gzip"),))))


@functools.cache
def _gzip_bomb() -> bytes:
    return h.gzip_bomb()


def _slow_body(conn: socket.socket, req: h.Req, up: h.Upstream | None) -> None:
    assert up is not None
    conn.sendall(h.response(up.status, b"", length=len(up.body)))
    h.drip(up.body, 0.25)(conn, req, up)


def _status(code: int, *headers: tuple[str, str], body: bytes | None = None,
            ctype: str = "application/json") -> h.Kind:  # fmt: skip
    payload = b'{"error": "x", "message": "x"}' if body is None else body
    return h.Kind(h.send(h.response(code, payload, ctype=ctype, headers=headers)))


def _retry_after(value: str) -> h.Kind:
    return _status(429, ("Retry-After", value))


def _refused(code: int, text: str) -> Case:
    return Case(_status(code, body=h.HTML_PAGE, ctype="text/html"), text, OutboxState.ATTENTION)


CASES = {
    "retry-after-300000000000": Case(_retry_after("300000000000"), WAIT),
    "retry-after-500-digits": Case(_retry_after("9" * 500), WAIT),
    "retry-after-http-date-9999": Case(_retry_after(h.HTTP_DATE_FAR), WAIT),
    "retry-after-negative": Case(_retry_after("-5"), SOON),
    "retry-after-text": Case(_retry_after("pronto"), SOON),
    "retry-after-nan": Case(_retry_after("NaN"), SOON),
    "500-json": Case(_status(500), DOWN),
    "502-html": Case(_status(502, body=h.HTML_PAGE, ctype="text/html"), DOWN),
    "401": Case(_status(401), "La clave no es válida o fue revocada"),
    "403": Case(
        _status(403, body=b'{"message": "Missing required scopes: contacts:write"}'),
        "A la clave le faltan permisos: contacts:write",
    ),
    "408": Case(_status(408), SLOW),
    "425": Case(_status(425), SLOW),
    "400-html": _refused(400, "Whaapy no aceptó este contacto (respuesta 400)"),
    "404": _refused(404, "Whaapy no encontró dónde guardar contactos en esa dirección"),
    "405": _refused(405, "Whaapy no aceptó este contacto (respuesta 405)"),
    "409-not-a-duplicate": Case(
        _status(409, body=b'{"error": "conflict", "message": "Conflict"}'),
        "Whaapy no aceptó este contacto (respuesta 409)",
        OutboxState.ATTENTION,
    ),
    "410": _refused(410, "Whaapy no aceptó este contacto (respuesta 410)"),
    "413": _refused(413, "El contacto es demasiado grande para enviarlo. Acorta las notas"),
    "418": _refused(418, "Whaapy no aceptó este contacto (respuesta 418)"),
    "422-text": Case(
        _status(422, body=b"nope", ctype="text/plain"),
        "Whaapy no aceptó este contacto (respuesta 422)",
        OutboxState.ATTENTION,
    ),
    "302-redirect": Case(
        _status(302, ("Location", "http://127.0.0.1:9/login")),
        "El servidor respondió con una redirección",
    ),
    "200-html-captive-portal": Case(_status(200, body=h.HTML_PAGE, ctype="text/html"), UNREADABLE),
    "200-bad-json": Case(_status(200, body=b'{"contact": {"id": '), UNREADABLE),
    "200-empty": Case(_status(200, body=b""), UNREADABLE),
    "200-json-array": Case(_status(200, body=b"[]"), UNREADABLE),
    "closed-before-answer": Case(h.Kind(h.close_at_once), CUT),
    "closed-after-commit": Case(h.after_commit(h.close_at_once), CUT),
    "garbage-status-line": Case(h.Kind(h.send(b"NOT HTTP AT ALL\r\n\r\n")), CUT),
    "huge-header": Case(_status(500, ("X-Junk", "x" * 200_000)), CUT),
    "truncated-after-commit": Case(
        h.after_commit(h.send(h.response(201, b'{"contact": {"id": "', length=900))), CUT
    ),
    "nan-after-commit": Case(h.created_with(h.with_deal_value("NaN")), SENT),
    "infinity-after-commit": Case(h.created_with(h.with_deal_value("Infinity")), SENT),
    "minus-infinity-after-commit": Case(h.created_with(h.with_deal_value("-Infinity")), SENT),
    "1e999-after-commit": Case(h.created_with(h.with_deal_value("1e999")), SENT),
    "5000-digit-number-after-commit": Case(h.created_with(h.with_deal_value("7" * 5000)), SENT),
    "deep-json-after-commit": Case(h.created_with(h.deep), UNREADABLE),
    "5-mb-body-after-commit": Case(h.created_with(h.huge), UNREADABLE),
    "endless-body-after-commit": Case(h.after_commit(h.endless), UNREADABLE),
    "gzip-bomb-after-commit": Case(_bomb(), UNREADABLE),
    "unknown-encoding-after-commit": Case(
        h.after_commit(h.send(h.response(201, b"\x00\x01", headers=(("Content-Encoding", "br"),)))),
        UNREADABLE,
    ),
    "slow-body-after-commit": Case(h.after_commit(_slow_body), SLOW),
    "slow-headers": Case(h.Kind(h.drip(h.response(201, b"{}"), 0.25)), SLOW),
}


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch):
    monkeypatch.setattr(outbox_module, "BACKOFF_BASE_S", 0.02)
    monkeypatch.setattr(outbox_module, "BACKOFF_CAP_S", 0.1)


@pytest.fixture
def hostile(sandbox):
    with h.HostileServer(sandbox.url) as server:
        yield server


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    assert runner.wait(20000)


def start(runner, url, key, folder):
    client = ContactsClient(url, key, timeout=DEADLINE_S, total=DEADLINE_S)
    store = OutboxStore(folder / "local.sqlite3", CODEC)
    service = OutboxService(store, lambda: client, runner, folder / "outbox.lock",
                            rng=random.Random(3))  # fmt: skip
    return client, store, service


def server_phones(sandbox):
    with sandbox.client() as client:
        contacts = client.get("/contacts/v1", params={"limit": 100}).json()["contacts"]
    return [c["phone_number"] for c in contacts]


def waits_long(service, entry_id):
    """Paused by the key, or waiting longer than a test would (a bounded Retry-After)."""
    status, entry = service.status(), service.entry(entry_id)
    if status.sending or entry.state is not OutboxState.PENDING:
        return False
    later = entry.next_attempt_at and entry.next_attempt_at.timestamp() - time.time() > 10
    return status.paused_by is not None or bool(later)


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_answer_loses_nothing_sends_nothing_twice(qtbot, sandbox, hostile, runner,
                                                          tmp_path, name):  # fmt: skip
    case = CASES[name]
    hostile.plan(case.kind)
    client, store, service = start(runner, hostile.url, sandbox.key, tmp_path)
    entry = service.submit(ContactDraft(phone_number="55 1234 5678", name="Hostil"))
    assert entry is not None

    qtbot.waitUntil(lambda: bool(attempts_log(store, entry.id)), timeout=20000)
    _at, outcome, detail = attempts_log(store, entry.id)[0]
    if case.first == SENT:
        assert outcome == "sent", (outcome, detail)
    else:
        assert detail.startswith(case.first), detail
    settled = OutboxState.SENT if case.final is OutboxState.SENT else OutboxState.ATTENTION

    def done_or_waiting():
        return service.entry(entry.id).state is settled or waits_long(service, entry.id)

    qtbot.waitUntil(done_or_waiting, timeout=20000)
    if service.entry(entry.id).state is OutboxState.PENDING:
        wait = service.entry(entry.id).next_attempt_at
        assert wait is None or wait.timestamp() <= time.time() + 3600 + 5  # bounded: an hour
        service.retry_now()  # "Reintentar ahora" (or the key fixed)
        qtbot.waitUntil(lambda: service.entry(entry.id).state is settled, timeout=20000)

    done = service.entry(entry.id)
    expected = ["+525512345678"] if settled is OutboxState.SENT else []
    assert server_phones(sandbox) == expected  # nothing lost, nothing created twice
    if settled is OutboxState.ATTENTION:
        assert done.last_error.startswith(case.first)
        assert done.field_errors["_"] == (done.last_error,)  # shown in the form's summary
    else:
        assert done.contact is not None
        assert done.contact.phone_number == "+525512345678"
        if case.first == SENT:
            assert done.attempts == 1
            assert done.contact.deal_value is None
    assert hostile.pending() == 0
    qtbot.waitUntil(lambda: service.status().sending == 0, timeout=20000)
    service.close()
    client.close()

    # The next start: the same file opens, reads and reports as before.
    client, store, service = start(runner, hostile.url, sandbox.key, tmp_path)
    again = service.entry(entry.id)
    assert (again.state, again.contact, again.last_error) == (done.state, done.contact,
                                                              done.last_error)  # fmt: skip
    assert service.status().pending == 0
    service.close()
    client.close()


@pytest.mark.parametrize("name", ["slow-headers", "slow-body-after-commit"])
def test_total_deadline_ends_a_drip_whatever_the_read_timeout(sandbox, hostile, name):
    hostile.plan(CASES[name].kind)
    client = ContactsClient(hostile.url, sandbox.key, timeout=10.0, total=1.0)
    started = time.monotonic()
    with pytest.raises(RequestTimeout):
        client.create_contact({"phone_number": "+525512345678"})
    elapsed = time.monotonic() - started
    client.close()
    assert elapsed < 2.5  # the drip alone would last DRIP_LIMIT_S (20 s)


def test_the_queue_moves_past_a_stuck_request(qtbot, sandbox, hostile, runner, tmp_path):
    hostile.plan(CASES["slow-headers"].kind)
    client = ContactsClient(hostile.url, sandbox.key, timeout=10.0, total=2.5)
    store = OutboxStore(tmp_path / "local.sqlite3", CODEC)
    service = OutboxService(store, lambda: client, runner, tmp_path / "outbox.lock")
    stuck = service.submit(ContactDraft(phone_number="55 1234 0001", name="Atorado"))
    others = [service.submit(ContactDraft(phone_number=f"55 1234 000{i}")) for i in (2, 3)]
    started = time.monotonic()

    def others_sent():
        return all(service.entry(o.id).state is OutboxState.SENT for o in others)

    qtbot.waitUntil(others_sent, timeout=10000)
    assert time.monotonic() - started < 2.5  # before the stuck one's deadline
    assert service.entry(stuck.id).state is OutboxState.PENDING
    qtbot.waitUntil(lambda: service.entry(stuck.id).state is OutboxState.SENT, timeout=20000)
    assert sorted(server_phones(sandbox)) == [f"+52551234000{i}" for i in (1, 2, 3)]
    qtbot.waitUntil(lambda: service.status().sending == 0, timeout=20000)
    service.close()
    client.close()


def test_a_contact_too_large_is_refused_before_sending(qtbot, sandbox, hostile, runner, tmp_path):
    client, _store, service = start(runner, hostile.url, sandbox.key, tmp_path)
    notes = "Una nota muy larga. " * 30_000  # ~600 KB: over MAX_REQUEST_BYTES
    entry = service.submit(ContactDraft(phone_number="55 1234 5678", notes=notes))
    qtbot.waitUntil(lambda: service.entry(entry.id).state is OutboxState.ATTENTION, timeout=10000)
    done = service.entry(entry.id)
    assert done.last_error.startswith("El contacto es demasiado grande para enviarlo.")
    assert done.attempts == 1
    assert hostile.served() == []  # no request left the app
    assert server_phones(sandbox) == []
    service.close()
    client.close()


@pytest.mark.parametrize(
    "stored", [time.time() + 300_000_000_000, "nunca"], ids=["year-11533", "text"]
)
def test_a_store_left_with_an_absurd_wait_starts_and_sends(qtbot, sandbox, runner, tmp_path,
                                                           stored):  # fmt: skip
    client, _store, service = start(runner, sandbox.url, sandbox.key, tmp_path)
    service.pump = lambda: None  # saved while "offline"
    entry = service.submit(ContactDraft(phone_number="55 1234 5678", name="Antiguo"))
    service.close()
    client.close()
    db = sqlite3.connect(tmp_path / "local.sqlite3")  # as an older version left it
    with db:
        db.execute("UPDATE outbox SET next_attempt_at=?", (stored,))
    db.close()

    client, _store, service = start(runner, sandbox.url, sandbox.key, tmp_path)  # the next start
    assert service.status().pending == 1  # every read of it raised "year 11533" before
    service.pump()
    qtbot.waitUntil(lambda: service.entry(entry.id).state is OutboxState.SENT, timeout=10000)
    assert server_phones(sandbox) == ["+525512345678"]
    qtbot.waitUntil(lambda: service.status().sending == 0, timeout=10000)
    service.close()
    client.close()
