"""An import against the real sandbox: through the outbox, each row once, "ya existía",
cancel, and the report CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from tests.integration.conftest import create

from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.domain.importing.checking import Settings, spoken
from whaapy_contacts.domain.importing.mapping import guess_mapping
from whaapy_contacts.domain.importing.reading import read_csv_text
from whaapy_contacts.services import outbox as outbox_module
from whaapy_contacts.services.import_report import write_report
from whaapy_contacts.services.importing import BATCH_KEY, ImportService
from whaapy_contacts.services.outbox import OutboxService
from whaapy_contacts.storage.outbox import OutboxStore
from whaapy_contacts.workers.runner import TaskRunner

DATA = Path(__file__).parents[1] / "data" / "import"
CODEC = (contact_to_json, contact_from_json)


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch):
    monkeypatch.setattr(outbox_module, "BACKOFF_BASE_S", 0.02)
    monkeypatch.setattr(outbox_module, "BACKOFF_CAP_S", 0.1)


@pytest.fixture
def parts(qapp, sandbox, tmp_path):
    runner = TaskRunner()
    client = ContactsClient(sandbox.url, sandbox.key, timeout=5.0)
    store = OutboxStore(tmp_path / "local.sqlite3", CODEC)
    outbox = OutboxService(store, lambda: client, runner, tmp_path / "outbox.lock")
    known: set[str] = set()
    service = ImportService(
        outbox, runner, lambda key: ["id"] if key in known else [], client=lambda: client
    )
    yield service, outbox, known
    assert runner.wait(20000)
    outbox.close()
    client.close()


def analyse(qtbot, service, path, **settings):
    with qtbot.waitSignal(service.table_read, timeout=20000) as read:
        service.read(path)
    table = read.args[0]
    with qtbot.waitSignal(service.analysed, timeout=30000) as done:
        service.check(table, guess_mapping(table.headers), Settings(**settings))
    return done.args[0]


def server_contacts(sandbox):
    with sandbox.client() as http:
        return http.get("/contacts/v1", params={"limit": 100}).json()["contacts"]


def test_each_new_row_is_created_once_with_source_import_and_the_batch_tag(
    qtbot, parts, sandbox, tmp_path
):
    service, outbox, _known = parts
    analysis = analyse(
        qtbot, service, DATA / "excel_es_cp1252.csv", tag="Expo 2026", decimal_comma=True
    )
    assert (analysis.counts.new, analysis.counts.invalid) == (3, 1)
    batch = service.send(analysis)
    assert batch is not None
    assert all(e.draft[BATCH_KEY] == batch.id for e in outbox.entries())  # survives a restart
    qtbot.waitUntil(lambda: service.progress().finished, timeout=30000)
    assert service.progress().sent == 3
    contacts = server_contacts(sandbox)
    assert sorted(c["name"] for c in contacts) == [
        "José Muñoz Peña", "María Fernanda Núñez", "Ángel Ibáñez",
    ]  # fmt: skip
    assert {c["source"] for c in contacts} == {"import"}
    assert all(c["tags"] == ["Expo 2026"] for c in contacts)
    left = service.outcome_rows()
    assert [row.number for row, _reason in left] == [5]
    report = tmp_path / "reporte.csv"
    write_report(report, analysis.table.headers, left, ";")
    assert report.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads its accents
    with report.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    assert lines[0][-2:] == ["Fila", "Motivo"]
    assert lines[1][:2] == ["Sofía", "Cañedo"]
    assert lines[1][-2] == "5"
    assert "Valor del trato: «abc» no es una cantidad." in lines[1][-1]


def test_a_number_already_on_the_server_is_reported_as_already_there(qtbot, parts, sandbox):
    service, _outbox, known = parts
    with sandbox.client() as http:
        create(http, "+5215598765432", name="De antes")  # the retired form, by another tool
    known.add("525512345678")  # and this one is in the history
    analysis = analyse(qtbot, service, DATA / "three_ways.csv")
    c = analysis.counts
    assert (c.new, c.duplicate_in_file, c.duplicate_known) == (1, 2, 1)
    service.send(analysis)
    qtbot.waitUntil(lambda: service.progress().finished, timeout=30000)
    assert (service.progress().sent, service.progress().existed) == (0, 1)
    reasons = {row.number: spoken(reason) for row, reason in service.outcome_rows()}
    assert reasons == {
        2: "Ya existía: ese teléfono ya está en tus contactos.",
        3: "El mismo teléfono ya está en la fila 2 del archivo.",
        4: "El mismo teléfono ya está en la fila 2 del archivo.",
        5: "Ya existía: ese teléfono ya está en tus contactos.",
    }
    assert len(server_contacts(sandbox)) == 1  # nothing created twice


def test_cancel_withdraws_only_what_was_never_tried(qtbot, parts, sandbox):
    service, outbox, _known = parts
    sandbox.add_faults(
        {"kind": "delay", "ms": 400, "method": "POST", "path": "/contacts/v1/search", "times": 100}
    )
    # Without a budget the outbox hands SEND_AHEAD (64) to its senders at once (marked as
    # attempted: they may be on the wire); with Whaapy's budget only 4 (services/outbox.py).
    lines = ["Nombre,Celular"] + [f"Persona {i},55 7000 {i:04d}" for i in range(200)]
    table = read_csv_text("\n".join(lines))
    with qtbot.waitSignal(service.analysed, timeout=30000) as done:
        service.check(table, guess_mapping(table.headers), Settings())
    service.send(done.args[0])
    assert outbox.status().pending == 200
    withdrawn, on_their_way = service.cancel()
    assert withdrawn > 0
    assert withdrawn + on_their_way == 200
    assert on_their_way <= outbox_module.SEND_AHEAD
    qtbot.waitUntil(lambda: service.progress().finished, timeout=30000)
    progress = service.progress()
    assert progress.cancelled == withdrawn
    assert progress.sent == on_their_way == len(server_contacts(sandbox))
    assert not outbox.has_pending()
    cancelled = [r for r, why in service.outcome_rows() if spoken(why).startswith("No se envió")]
    assert len(cancelled) == withdrawn


def test_the_estimate_follows_the_budget_and_cancel_leaves_few_on_their_way(
    qtbot, sandbox, tmp_path
):
    """Paced as in the window (services/scheduler.py, 100 a minute until the server says
    otherwise): 50 Mexican numbers cost about 100 requests (a look-up, then the create)."""
    from whaapy_contacts.bootstrap.headless import HeadlessOutbox

    box = HeadlessOutbox(sandbox.url, sandbox.key, tmp_path, timeout=5.0, paced=True)
    service = ImportService(box.service, box.runner, lambda _key: [])
    lines = ["Nombre,Celular"] + [f"Persona {i},55 7100 {i:04d}" for i in range(50)]
    table = read_csv_text("\n".join(lines))
    with qtbot.waitSignal(service.analysed, timeout=30000) as done:
        service.check(table, guess_mapping(table.headers), Settings())
    service.send(done.args[0])
    qtbot.waitUntil(lambda: service.progress().sent >= 1, timeout=20000)
    progress = service.progress()
    assert progress.limit == 100
    assert progress.eta_s is not None
    assert 40 <= progress.eta_s <= 65  # ~ (pending + Mexican look-ups) x 60 / 100
    withdrawn, on_their_way = service.cancel()
    assert on_their_way <= outbox_module.MAX_IN_FLIGHT
    assert withdrawn >= 40
    qtbot.waitUntil(lambda: service.progress().finished, timeout=30000)
    assert service.progress().sent == len(server_contacts(sandbox))
    box.close()


def test_duplicates_can_fill_the_existing_contacts_empty_fields_and_change_nothing_else(
    qtbot, parts, sandbox
):
    service, _outbox, known = parts
    with sandbox.client() as http:
        before = create(http, "+5215512345678", name="Ana de antes", tags=["Cliente"])
        create(http, "+525598765432", name="Otro", email="otro@example.com")
    known.add("525598765432")  # this one is also in the history
    lines = [
        "Nombre,Celular,Correo,Empresa",
        "Ana nueva,55 1234 5678,ana@example.com,Dulcería Lupita",
        "Otro nuevo,55 9876 5432,cambiado@example.com,Papelería Sol",
        "Nueva,55 1111 0000,,",
    ]
    table = read_csv_text("\n".join(lines))
    with qtbot.waitSignal(service.analysed, timeout=30000) as done:
        service.check(table, guess_mapping(table.headers), Settings(tag="Expo"))
    analysis = done.args[0]
    assert (analysis.counts.new, analysis.counts.duplicate_known) == (2, 1)
    service.send(analysis, fill_existing=True)
    qtbot.waitUntil(lambda: service.progress().finished, timeout=30000)
    progress = service.progress()
    assert (progress.sent, progress.updated, progress.existed) == (1, 2, 0)
    contacts = {c["phone_number"]: c for c in server_contacts(sandbox)}
    assert len(contacts) == 3  # nothing created twice
    ana = contacts["+5215512345678"]
    assert ana["id"] == before["id"]
    assert ana["name"] == "Ana de antes"  # a value it had is never changed
    assert ana["email"] == "ana@example.com"
    assert ana["company"] == "Dulcería Lupita"
    assert sorted(ana["tags"]) == ["Cliente", "Expo"]
    other = contacts["+525598765432"]
    assert (other["name"], other["email"], other["company"]) == (
        "Otro", "otro@example.com", "Papelería Sol",
    )  # fmt: skip
    assert service.outcome_rows() == []


def test_a_contact_typed_during_an_import_goes_first(qtbot, sandbox, tmp_path):
    """The import is backlog: the person's contact skips ahead of it in the budget's queue."""
    import time

    from whaapy_contacts.bootstrap.headless import HeadlessOutbox
    from whaapy_contacts.domain.contact import ContactDraft

    box = HeadlessOutbox(sandbox.url, sandbox.key, tmp_path, timeout=5.0, paced=True)
    service = ImportService(box.service, box.runner, lambda _key: [])
    lines = ["Nombre,Celular"] + [f"Persona {i},55 7200 {i:04d}" for i in range(60)]
    table = read_csv_text("\n".join(lines))
    with qtbot.waitSignal(service.analysed, timeout=30000) as done:
        service.check(table, guess_mapping(table.headers), Settings())
    service.send(done.args[0])
    qtbot.waitUntil(lambda: service.progress().sent >= 6, timeout=30000)  # past the burst
    saved = time.monotonic()
    entry = box.service.submit(ContactDraft(phone_number="55 8765 4321", name="Tecleado"))
    assert entry is not None
    qtbot.waitUntil(lambda: box.service.entry(entry.id).contact is not None, timeout=10000)
    waited = time.monotonic() - saved
    assert service.progress().sent < 30  # the import still had most of its rows to go
    assert waited < 3.0  # not behind ~100 requests (a minute at 100 a minute)
    service.cancel()
    qtbot.waitUntil(lambda: service.progress().finished, timeout=30000)
    box.close()
