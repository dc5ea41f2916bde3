"""The recent-contacts model: Qt's contract, filters, sort, merges, outbox rows, Spanish times."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from whaapy_contacts.domain.contact import Contact, FunnelStage
from whaapy_contacts.domain.outbox import OutboxEntry, OutboxState
from whaapy_contacts.domain.recent import row_for_contact
from whaapy_contacts.ui.recent.model import (
    CREATED,
    NAME,
    STATUS,
    ContactRole,
    OutboxEntryRole,
    RecentContactsModel,
    StatusRole,
    relative_time,
)

NOW = datetime(2026, 3, 12, 10, 0).astimezone()  # local time, whatever the machine's zone
NUEVO = FunnelStage("s1", "Nuevo")


def person(n: int, name: str, phone: str, minutes_ago: int, tags=(), stage=None) -> Contact:
    return Contact(
        id=f"c{n}",
        phone_number=phone,
        name=name,
        tags=tuple(tags),
        funnel_stage=stage,
        created_at=NOW - timedelta(minutes=minutes_ago),
    )


PEOPLE = [
    person(1, "Ángela Núñez", "+525512345678", 2, ("vip",), NUEVO),
    person(2, "Bruno Díaz", "+528187654321", 90),
    person(3, "Carla Ruiz", "+523398765432", 60 * 24 + 30, ("vip", "feria")),
]


def entry(n: int, state: OutboxState, error: str = "", contact=None) -> OutboxEntry:
    return OutboxEntry(
        id=f"e{n}",
        created_at=NOW - timedelta(seconds=n),
        payload={"phone_number": f"+52551111000{n}", "name": f"Local {n}", "funnel_stage_id": "s1"},
        draft={},
        state=state,
        last_error=error,
        contact=contact,
    )


@pytest.fixture
def model(qapp):
    return RecentContactsModel(clock=lambda: NOW)


def names(model) -> list[str]:
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def test_model_contract_empty_few_and_filtered(qtmodeltester, model):
    qtmodeltester.check(model)
    model.merge_contacts(PEOPLE)
    model.set_outbox([entry(1, OutboxState.PENDING), entry(2, OutboxState.ATTENTION, "Revisa")])
    qtmodeltester.check(model)
    model.set_filter("vip")
    qtmodeltester.check(model)
    model.set_filter("zzz")
    qtmodeltester.check(model)


def test_newest_first_with_columns_as_shown(model):
    model.merge_contacts(PEOPLE[::-1])
    assert names(model) == ["Ángela Núñez", "Bruno Díaz", "Carla Ruiz"]
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["Ángela Núñez", "+52 55 1234 5678", "vip", "Nuevo", "hace 2 min", "Enviado"]
    assert model.index(1, CREATED).data() == "hoy 08:30"
    assert model.index(2, CREATED).data() == "ayer 09:30"
    assert model.index(0, CREATED).data(Qt.ItemDataRole.ToolTipRole) == "12/03/2026 09:58:00"
    assert not model.index(0, STATUS).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Envío"


@pytest.mark.parametrize(
    ("ago", "expected"),
    [
        (timedelta(seconds=20), "ahora"),
        (timedelta(minutes=2), "hace 2 min"),
        (timedelta(minutes=59, seconds=59), "hace 59 min"),
        (timedelta(hours=3), "hoy 07:00"),
        (timedelta(hours=17, minutes=55), "ayer 16:05"),
        (timedelta(days=3), "09/03/2026"),
        (timedelta(seconds=-30), "ahora"),  # a server clock slightly ahead
    ],
)
def test_relative_times_in_spanish(qapp, ago, expected):
    assert relative_time(NOW - ago, NOW) == expected


def test_search_ignores_accents_and_finds_phone_fragments(model):
    model.merge_contacts(PEOPLE)
    model.set_filter("angela")
    assert names(model) == ["Ángela Núñez"]
    model.set_filter("NUÑEZ")
    assert names(model) == ["Ángela Núñez"]
    model.set_filter("5512")
    assert names(model) == ["Ángela Núñez"]
    model.set_filter("+52 81 8765")
    assert names(model) == ["Bruno Díaz"]
    model.set_filter("")
    assert model.rowCount() == 3


def test_typing_more_letters_narrows_and_deleting_widens(model):
    model.merge_contacts(PEOPLE)
    for typed, expected in (("r", 2), ("ru", 2), ("rui", 1), ("ru", 2), ("", 3)):
        model.set_filter(typed)
        assert model.rowCount() == expected, typed


def test_tag_and_stage_filters(model):
    model.merge_contacts(PEOPLE)
    model.set_tag_filter("VIP")
    assert names(model) == ["Ángela Núñez", "Carla Ruiz"]
    model.set_stage_filter("s1")
    assert names(model) == ["Ángela Núñez"]
    model.set_tag_filter("")
    model.set_stage_filter("")
    assert names(model) == ["Bruno Díaz", "Carla Ruiz"]


def test_sort_by_header_in_the_model_keeps_the_selection(qtbot, model):
    from PySide6.QtWidgets import QTableView

    model.merge_contacts(PEOPLE)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectRow(0)  # Ángela
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Carla Ruiz", "Bruno Díaz", "Ángela Núñez"]
    assert view.selectionModel().selectedRows()[0].row() == 2
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Ángela Núñez", "Bruno Díaz", "Carla Ruiz"]
    model.sort(CREATED, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Carla Ruiz", "Bruno Díaz", "Ángela Núñez"]


def test_saved_contact_goes_on_top_with_an_insert_and_updates_in_place(qtbot, model):
    model.merge_contacts(PEOPLE)
    newest = person(9, "Nuevo", "+525599990000", 0)
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.add_saved(newest)
    assert inserted.args[1:] == [0, 0]
    renamed = Contact(**{**newest.__dict__, "name": "Nuevo nombre"})
    with qtbot.assertNotEmitted(model.rowsInserted), qtbot.waitSignal(model.dataChanged):
        model.add_saved(renamed)
    assert names(model)[0] == "Nuevo nombre"
    assert model.index(0, 0).data(ContactRole) == renamed


def test_an_older_page_is_appended_at_the_end(qtbot, model):
    model.merge_contacts(PEOPLE[:2])
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        added = model.merge_contacts(PEOPLE)
    assert added == 1
    assert inserted.args[1:] == [2, 2]


def test_outbox_entries_are_pinned_on_top_with_their_state(model):
    model.merge_contacts(PEOPLE)
    model.set_stages([NUEVO])
    sent = person(7, "Ya enviado", "+525577770000", 1)
    model.set_outbox(
        [
            entry(1, OutboxState.PENDING),
            entry(2, OutboxState.ATTENTION, "El correo no es válido"),
            entry(3, OutboxState.SENT, contact=sent),
        ]
    )
    assert names(model)[:4] == ["Local 1", "Local 2", "Ya enviado", "Ángela Núñez"]
    assert model.index(0, STATUS).data() == "Pendiente"
    assert model.index(1, STATUS).data() == "Requiere atención"
    assert model.index(1, STATUS).data(Qt.ItemDataRole.ToolTipRole) == "El correo no es válido"
    assert model.index(1, STATUS).data(StatusRole) is OutboxState.ATTENTION
    assert model.index(0, 3).data() == "Nuevo"
    assert model.index(0, 0).data(OutboxEntryRole).id == "e1"
    assert model.index(0, 0).data(ContactRole).id == ""  # not on the server yet
    assert model.index(2, 0).data(OutboxEntryRole) is None
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert names(model)[:2] == ["Local 1", "Local 2"]  # still on top
    model.set_outbox([])
    assert "Local 1" not in names(model)


def test_history_rows_merge_without_overwriting_fresher_ones(model):
    model.merge_contacts([PEOPLE[0]])
    stale = row_for_contact(Contact(**{**PEOPLE[0].__dict__, "name": "Viejo"}))
    model.set_history([stale, row_for_contact(PEOPLE[2])])
    assert names(model) == ["Ángela Núñez", "Carla Ruiz"]


def test_forget_removes_rows(model):
    model.merge_contacts(PEOPLE)
    model.forget(["c2", "nope"])
    assert names(model) == ["Ángela Núñez", "Carla Ruiz"]


def test_fetch_more_only_when_allowed_and_unfiltered(qtbot, model):
    model.merge_contacts(PEOPLE)
    assert not model.canFetchMore(QModelIndex())
    model.set_more_available(True)
    model.set_filter("ana")
    assert not model.canFetchMore(QModelIndex())
    model.set_filter("")
    with qtbot.waitSignal(model.more_requested):
        model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())  # until the next page says there is more
