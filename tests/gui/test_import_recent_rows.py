"""Issue 18: an import's thousands of waiting rows pinned on top of the list are built once and
reused at each refresh; any that changed, and all when the stage names change, are built again."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from whaapy_contacts.domain.contact import FunnelStage
from whaapy_contacts.domain.outbox import OutboxEntry, OutboxState
from whaapy_contacts.ui.recent.model import NAME, STAGE, STATUS, RecentContactsModel

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def waiting(n: int) -> OutboxEntry:
    return OutboxEntry(
        id=f"i{n}", created_at=NOW - timedelta(seconds=n),
        payload={"phone_number": f"+5255630{n:05d}", "name": f"Fila {n}", "funnel_stage_id": "s1",
                 "source": "import"},
        draft={"import_batch": "b", "import_row": n + 2}, state=OutboxState.PENDING,
    )  # fmt: skip


def column(model: RecentContactsModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_pinned_rows_are_reused_and_rebuilt_only_when_their_entry_or_the_stages_change(qapp):
    model = RecentContactsModel(clock=lambda: NOW)
    entries = [waiting(n) for n in range(2000)]
    model.set_outbox(entries)
    first = {model.key_at(r): model._rows[r] for r in range(model.rowCount())}
    changed = replace(entries[5], payload={**entries[5].payload, "name": "Cambiada"},
                      state=OutboxState.ATTENTION, last_error="Whaapy no lo aceptó")  # fmt: skip
    model.set_outbox([*entries[:5], changed, *entries[6:]])
    assert column(model, NAME)[5] == "Cambiada"
    assert column(model, NAME)[:5] == [f"Fila {n}" for n in range(5)]
    assert model.rowCount() == 2000
    again = {model.key_at(r): model._rows[r] for r in range(model.rowCount())}
    assert sum(again[k] is first[k] for k in first) == 1999  # only the changed one rebuilt
    assert column(model, STATUS)[5] != column(model, STATUS)[4]
    model.set_stages([FunnelStage("s1", "Nuevo")])
    assert set(column(model, STAGE)) == {"Nuevo"}
