"""The recent list against the real sandbox: paging, search, filters, details and editing."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import build_stack, close_stack
from tests.gui.typing import type_text
from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.services import recent as recent_module
from whaapy_contacts.services.recent import describe_error
from whaapy_contacts.ui.recent.model import NAME, STATUS, ContactRole, OutboxEntryRole, StatusRole


def seed(sandbox, *people: dict) -> list[dict]:
    """Create contacts on the server, oldest first (the sandbox's clock only moves forward)."""
    with sandbox.client() as client:
        return [client.post("/contacts/v1", json=p).json()["contact"] for p in people]


def numbered(count: int, start: int = 1) -> list[dict]:
    return [
        {"phone_number": f"+5281{n:08d}", "name": f"Persona {n:03d}"}
        for n in range(start, start + count)
    ]


def names(model) -> list[str]:
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def server_contact(sandbox, contact_id: str) -> dict:
    with sandbox.client() as client:
        return client.get(f"/contacts/v1/{contact_id}").json()["contact"]


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(recent_module, "PAGE_SIZE", 20)


def test_newest_on_top_at_start_then_scrolling_loads_older_pages(
    qtbot, sandbox, tmp_path_factory, small_pages
):
    seed(sandbox, *numbered(90))
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    try:
        model, table = stack.window.model, stack.window.table
        qtbot.waitUntil(lambda: model.rowCount() == 20)
        assert names(model)[:2] == ["Persona 090", "Persona 089"]
        pages = 1
        while model.rowCount() < 90:
            before = model.rowCount()
            table.scrollToBottom()
            qtbot.waitUntil(lambda: model.rowCount() > before, timeout=5000)  # noqa: B023
            pages += 1
        assert pages == 5
        assert names(model) == [f"Persona {n:03d}" for n in range(90, 0, -1)]
        assert not stack.recent.has_more
        assert not model.canFetchMore(QModelIndex())
        assert stack.window.recent.count_label.text() == "Contactos: 90"
        assert stack.window.list_status.text().startswith("Actualizado hoy a las ")
    finally:
        close_stack(stack)


def test_search_is_instant_locally_and_the_server_finds_older_contacts(
    qtbot, sandbox, tmp_path_factory, small_pages
):
    seed(sandbox, {"phone_number": "+525512345678", "name": "Ángela Núñez"}, *numbered(25))
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    try:
        window, model = stack.window, stack.window.model
        qtbot.waitUntil(lambda: model.rowCount() == 20)
        # The server is slow to search: the loaded rows narrow without waiting for it.
        sandbox.add_faults({"kind": "delay", "ms": 1500, "method": "GET", "path": "/contacts/v1"})
        window.focus_search()
        type_text(qtbot, window.search, "persona 02")
        # 020 to 025 are loaded: shown after the 150 ms pause, long before the server answers
        # (its search starts after 450 ms and takes 1.5 s).
        qtbot.waitUntil(lambda: model.rowCount() == 6, timeout=1200)
        window.search.clear()
        # Ángela is older than the first page: only the server's search finds her.
        type_text(qtbot, window.search, "angela nunez")
        qtbot.waitUntil(lambda: names(model) == ["Ángela Núñez"], timeout=5000)
        for fragment in ("5512", "+52 55 1234", "55-1234-5678"):
            window.search.setText(fragment)
            qtbot.waitUntil(lambda: names(model) == ["Ángela Núñez"])
        window.search.setText("NÚÑEZ")
        qtbot.waitUntil(lambda: names(model) == ["Ángela Núñez"])
        window.search.clear()
        qtbot.waitUntil(lambda: model.rowCount() == 21)  # what the server found stays listed
    finally:
        close_stack(stack)


def test_an_empty_list_says_why(qtbot, stack):
    note = stack.window.recent.empty_note
    qtbot.waitUntil(lambda: note.text().startswith("Todavía no hay contactos"))
    assert note.isVisible()
    table = stack.window.recent.table
    qtbot.waitUntil(lambda: note.geometry() == table.viewport().geometry())  # under the header
    stack.window.resize(stack.window.width() + 120, stack.window.height() - 60)
    qtbot.waitUntil(lambda: note.geometry() == table.viewport().geometry())
    stack.window.search.setText("zzz")
    qtbot.waitUntil(
        lambda: note.text() == "Ningún contacto coincide con la búsqueda o los filtros."
    )


def test_tag_and_stage_filters_and_header_sort(qtbot, stack, sandbox):
    with sandbox.client() as client:
        stages = client.get("/funnel/v1/stages").json()["stages"]
    seed(
        sandbox,
        {"phone_number": "+525511110001", "name": "Beto", "tags": ["vip"]},
        {"phone_number": "+525511110002", "name": "Ana", "funnel_stage_id": stages[1]["id"]},
        {"phone_number": "+525511110003", "name": "Carla", "tags": ["VIP", "feria"]},
    )
    panel, model = stack.window.recent, stack.window.model
    stack.window.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    panel.tag_filter.about_to_open.emit()  # filled when opened: the tags of the rows
    offered = [panel.tag_filter.itemText(i) for i in range(panel.tag_filter.count())]
    assert [t.casefold() for t in offered] == ["todas las etiquetas", "feria", "vip"]
    panel.tag_filter.setCurrentIndex(2)
    assert names(model) == ["Carla", "Beto"]
    assert panel.count_label.text() == "Mostrando 2 de 3"
    panel.tag_filter.setCurrentIndex(0)
    panel.stage_filter.setCurrentIndex(panel.stage_filter.findText("Contactado"))
    assert names(model) == ["Ana"]
    panel.stage_filter.setCurrentIndex(0)
    header = stack.window.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(NAME) + 10, header.height() // 2),
    )
    assert names(model) == ["Ana", "Beto", "Carla"]


def test_details_come_from_the_server_once_and_are_cached(qtbot, sandbox, tmp_path_factory):
    fetched = []

    class Counting(ContactsClient):
        def get_contact(self, contact_id):
            fetched.append(contact_id)
            return super().get_contact(contact_id)

    (ana, beto) = seed(
        sandbox,
        {
            "phone_number": "+525512345678",
            "name": "Ana",
            "custom_fields": {"contrato": 50000, "activo": True},
            "external_ids": {"hubspot": "h-77"},
            "notes": "Llamar el lunes",
        },
        {"phone_number": "+525587654321", "name": "Beto"},
    )
    stack = build_stack(qtbot, sandbox, tmp_path_factory, client_factory=Counting)
    try:
        window, details = stack.window, stack.window.recent.details
        qtbot.waitUntil(lambda: window.model.rowCount() == 2)
        window.table.selectRow(1)  # Ana (older)
        qtbot.waitUntil(lambda: len(fetched) == 1 and details.edit_button.isEnabled())
        assert details.title.text() == "Ana"
        assert details.field_text("activo ✎") == "Sí"  # words, not a symbol
        assert details.field_text("Referencia en hubspot") == "h-77"
        assert details.field_text("Notas") == "Llamar el lunes"
        assert details.edit_button.isEnabled()
        window.table.selectRow(0)
        qtbot.waitUntil(lambda: details.title.text() == "Beto" and len(fetched) == 2)
        window.table.selectRow(1)
        assert details.field_text("contrato ✎") == "50,000"  # at once, from the cache (es-MX)
        assert fetched == [ana["id"], beto["id"]]
    finally:
        close_stack(stack)


def test_edit_sends_only_changes_and_the_row_updates_in_place(qtbot, stack, sandbox):
    (maria,) = seed(
        sandbox,
        {
            "phone_number": "+525512345678",
            "name": "María García",
            "tags": ["cliente"],
            "custom_fields": {"contrato": 50000, "plan": "oro"},
        },
    )
    window, form, details = stack.window, stack.window.form, stack.window.recent.details
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    qtbot.waitUntil(details.edit_button.isEnabled)
    qtbot.mouseClick(details.edit_button, Qt.MouseButton.LeftButton)
    assert form.edit_target().id == maria["id"]
    assert form.edit_banner.isVisible()
    assert form.edit_banner.text() == "<b>Editando:</b> María García"
    assert form.title.text() == "Editar contacto"
    assert form.phone.is_fixed()
    assert form.save_button.text() == "Guardar cambios"
    # Meanwhile someone else adds a tag and a custom field on the server: they must survive.
    with sandbox.client() as client:
        client.patch(
            f"/contacts/v1/{maria['id']}",
            json={"add_tags": ["web"], "custom_fields": {"origen": "web"}},
        )
    form.name.selectAll()
    type_text(qtbot, form.name, "María G. López")
    form.tags.add_tag("vip")
    plan = next(r for r in form.custom_fields._rows if r.key.text() == "plan")
    plan.value.setText("plata")
    events_before = len(sandbox.events())
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.edit_target() is None  # at once, as for a new contact: the PATCH goes on
    assert form.is_blank()
    status = window.statusBar().currentMessage
    qtbot.waitUntil(lambda: "Actualizado: María G. López" in status(), timeout=5000)

    stored = server_contact(sandbox, maria["id"])
    assert stored["name"] == "María G. López"
    assert stored["tags"] == ["cliente", "web", "vip"]  # add_tags: "web" is kept
    assert stored["custom_fields"] == {"contrato": 50000, "plan": "plata", "origen": "web"}
    (event,) = sandbox.events()[events_before:]
    assert event["event"] == "contact.updated"
    assert set(event["data"]["changes"]) == {"name", "tags", "custom_fields"}
    assert window.model.rowCount() == 1
    assert names(window.model) == ["María G. López"]
    assert window.model.index(0, 2).data() == "cliente, web, vip"
    assert details.title.text() == "María G. López"
    assert "Actualizado: María G. López" in window.statusBar().currentMessage()
    assert not form.edit_banner.isVisible()
    assert not form.phone.is_fixed()
    assert form.title.text() == "Nuevo contacto"


def test_edit_with_nothing_changed_sends_nothing_and_cancel_leaves(qtbot, stack, sandbox):
    seed(sandbox, {"phone_number": "+525512345678", "name": "Lola"})
    window, form, details = stack.window, stack.window.form, stack.window.recent.details
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    qtbot.waitUntil(details.edit_button.isEnabled)
    details.edit_button.click()
    events_before = len(sandbox.events())
    form.submit()
    assert form.edit_target() is None
    assert sandbox.events()[events_before:] == []
    assert "Sin cambios: Lola" in window.statusBar().currentMessage()
    details.edit_button.click()
    form.edit_banner.cancel_button.click()
    assert form.edit_target() is None
    assert form.is_blank()


def test_edit_rejected_by_the_server_waits_in_a_banner(qtbot, stack, sandbox):
    seed(sandbox, {"phone_number": "+525512345678", "name": "Lola"})
    window, form, details = stack.window, stack.window.form, stack.window.recent.details
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    qtbot.waitUntil(details.edit_button.isEnabled)
    details.edit_button.click()
    sandbox.add_faults({"kind": "status", "status": 503, "method": "PATCH"})
    type_text(qtbot, form.name, " Ruiz")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.edit_target() is None  # free for the next contact at once
    banner = form.failed_edit()
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert banner.text().startswith(  # practice mode: the practice server, never Whaapy
        "No se guardaron los cambios de «Lola Ruiz»: El servidor de práctica tiene un problema"
    )
    assert form.is_blank()  # the answer never touches the form
    qtbot.waitUntil(details.edit_button.isEnabled)  # it can be edited again


def test_coming_back_to_the_window_after_a_minute_away_refreshes(qtbot, stack, sandbox):
    window, panel, model = stack.window, stack.window.recent, stack.window.model
    qtbot.waitUntil(lambda: stack.recent.updated_at is not None and not stack.recent.loading)
    now = [1000.0]
    panel.presenter._monotonic = lambda: now[0]
    other = QWidget()
    qtbot.addWidget(other)
    other.show()

    def switch_to(widget) -> None:
        widget.windowHandle().requestActivate()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)

    seed(sandbox, {"phone_number": "+525512345678", "name": "Nueva"})
    switch_to(other)
    now[0] += 30
    switch_to(window)
    assert not stack.recent.loading  # back after 30 s: no refresh
    switch_to(other)
    now[0] += 61
    switch_to(window)
    qtbot.waitUntil(lambda: names(model) == ["Nueva"])


def test_unsent_contacts_are_pinned_on_top_with_their_state(qtbot, stack, sandbox):
    seed(sandbox, {"phone_number": "+525512345678", "name": "Ya en Whaapy"})
    window, model = stack.window, stack.window.model
    window.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    sandbox.add_faults({"kind": "drop_before", "method": "POST", "times": 1000})
    form = window.form
    type_text(qtbot, form.phone.line_edit(), "55 8765 4321")
    type_text(qtbot, form.name, "Sin red")
    form.submit()
    tooltip = model.index(0, STATUS).data
    qtbot.waitUntil(lambda: "conexión" in tooltip(Qt.ItemDataRole.ToolTipRole), timeout=5000)
    assert names(model) == ["Sin red", "Ya en Whaapy"]
    assert model.index(0, 0).data(StatusRole) is OutboxState.PENDING
    assert model.index(0, 0).data(OutboxEntryRole).name == "Sin red"
    assert model.index(0, 0).data(ContactRole).id == ""
    assert model.index(0, STATUS).data() == "Pendiente"
    window.table.selectRow(0)
    details = window.recent.details
    assert details.title.text() == "Sin red"
    assert details.field_text("Envío") == "Pendiente"
    assert not details.edit_button.isVisible()
    assert not details.open_button.isVisible()  # pending goes out on its own: nothing to fix
    window.table.setFocus()
    with qtbot.assertNotEmitted(window.recent.outbox_entry_activated):
        qtbot.keyClick(window.table, Qt.Key.Key_Return)  # pending: it goes out on its own
    sandbox.reset()  # the network is back (and the faults are gone)
    qtbot.waitUntil(lambda: model.index(0, STATUS).data() == "Guardado (práctica)", timeout=5000)
    assert names(model) == ["Sin red", "Ya en Whaapy"]
    assert model.index(0, 0).data(OutboxEntryRole) is None
    assert model.index(0, 0).data(ContactRole).id != ""


def test_a_contact_deleted_on_the_server_leaves_the_list_and_the_history(qtbot, stack, sandbox):
    ana, beto, _carla = seed(
        sandbox,
        {"phone_number": "+525511110001", "name": "Ana"},
        {"phone_number": "+525511110002", "name": "Beto"},
        {"phone_number": "+525511110003", "name": "Carla"},
    )
    model = stack.window.model
    stack.window.refresh()
    qtbot.waitUntil(lambda: names(model) == ["Carla", "Beto", "Ana"])
    with sandbox.client() as client:
        client.delete(f"/contacts/v1/{beto['id']}")
    # Missing from a page is no proof (the real list's order is not documented): kept.
    with qtbot.waitSignal(stack.recent.page_loaded, timeout=10000):
        stack.window.refresh()
    assert names(model) == ["Carla", "Beto", "Ana"]
    assert stack.recent.stored_contact(beto["id"]).name == "Beto"
    # Its own 404 is: opening it says so, and it leaves the list and the history.
    with (
        qtbot.waitSignal(stack.recent.details_failed, timeout=10000) as failed,
        qtbot.waitSignal(stack.recent.forgotten, timeout=10000) as forgotten,
    ):
        stack.window.table.selectRow(1)
    assert failed.args[0] == beto["id"]
    assert "Puede que lo hayan borrado" in describe_error(failed.args[1]).message
    assert forgotten.args == [[beto["id"]]]
    assert names(model) == ["Carla", "Ana"]
    assert stack.recent.stored_contact(beto["id"]) is None
    assert stack.recent.stored_contact(ana["id"]).name == "Ana"


def test_a_page_without_a_contact_we_made_never_forgets_it(qtbot, stack, sandbox):
    """A server whose list comes in another order (or skips a row) must not make the app
    forget contacts it created: only a 404 for that id does."""
    ana, beto = seed(
        sandbox,
        {"phone_number": "+525511110001", "name": "Ana"},
        {"phone_number": "+525511110002", "name": "Beto"},
    )
    model = stack.window.model
    stack.window.refresh()
    qtbot.waitUntil(lambda: names(model) == ["Beto", "Ana"])
    page = {"contacts": [beto], "pagination": {"next_cursor": None, "has_more": False}}
    sandbox.add_faults(
        {"kind": "raw", "status": 200, "headers": {"Content-Type": "application/json"},
         "body": json.dumps(page), "method": "GET", "path": "/contacts/v1", "times": 1}
    )  # fmt: skip
    with (
        qtbot.assertNotEmitted(stack.recent.forgotten),
        qtbot.waitSignal(stack.recent.page_loaded, timeout=10000),
    ):
        stack.window.refresh()
    assert names(model) == ["Beto", "Ana"]
    assert stack.recent.stored_contact(ana["id"]).name == "Ana"


def test_another_account_has_its_own_history(qtbot, stack, sandbox, tmp_path):
    seed(sandbox, {"phone_number": "+525511110001", "name": "Ana"})

    def per_account(slug: str):
        (tmp_path / slug).mkdir(exist_ok=True)
        return tmp_path / slug

    stack.recent._folder = per_account
    model = stack.window.model
    stack.window.refresh()
    qtbot.waitUntil(lambda: names(model) == ["Ana"])
    with qtbot.waitSignal(stack.recent.account_changed):
        stack.account.connect_account(sandbox.key, sandbox.url)
    assert stack.recent._store.path.parent.name.startswith("live-")
    qtbot.waitUntil(lambda: names(model) == ["Ana"])  # this account's list, from its server
