"""Issue 13, layout and words: the details pane has room, names keep theirs at 1024 px, the send
status is "Envío", and where a contact came from is said in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from whaapy_contacts.ui.recent.model import NAME, STATUS


def seed(sandbox) -> None:
    with sandbox.client() as client:
        client.post("/contacts/v1", json={
            "phone_number": "+525512345670", "name": "Alejandra Guadalupe Fernández",
            "email": "ale@empresa.mx", "tags": ["cliente"],
            "source": "import", "external_ids": {"hubspot": "h1"},
        })  # fmt: skip


def show_first(qtbot, stack) -> None:
    window = stack.window
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    window.table.selectRow(0)
    details = window.recent.details
    qtbot.waitUntil(lambda: details.field_text("Correo") == "ale@empresa.mx", timeout=10000)


def test_the_details_pane_has_room_and_captions_stand_apart(qtbot, stack, sandbox):
    seed(sandbox)
    show_first(qtbot, stack)
    details = stack.window.recent.details
    lines = details.fontMetrics().lineSpacing()
    assert details.height() >= 10 * lines  # it was ~3.5 lines
    assert details.field_text("Origen") == "Importado de un archivo"  # not "import"
    assert details.field_text("Referencia en hubspot") == "h1"  # not "hubspot ID"

    def gaps() -> dict[str, int]:
        """Caption → pixels between its text's end and its value's start."""
        found, rows = {}, details._rows
        for row in range(rows.rowCount()):
            caption = rows.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            value = rows.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            assert isinstance(caption, QLabel)
            end = caption.geometry().left() + caption.fontMetrics().horizontalAdvance(
                caption.text()
            )
            found[caption.text()] = value.geometry().left() - end
        return found

    def laid_out() -> bool:
        rows = details._rows
        values = [
            rows.itemAt(r, QFormLayout.ItemRole.FieldRole).widget() for r in range(rows.rowCount())
        ]
        return all(v.geometry().left() > 0 for v in values)

    qtbot.waitUntil(laid_out, timeout=5000)
    assert min(gaps().values()) >= 12, gaps()  # "Etapa del embudo" never runs into its value


def test_names_keep_their_room_in_a_1024_px_window(qtbot, stack, sandbox):
    seed(sandbox)
    show_first(qtbot, stack)
    window, table = stack.window, stack.window.table
    wide_status = table.columnWidth(STATUS)
    window.resize(1024, 740)
    qtbot.waitUntil(lambda: table.columnWidth(NAME) >= 180, timeout=5000)
    assert table.columnWidth(STATUS) < wide_status  # the others give way, the status too
    assert (
        window.model.index(0, STATUS).data(Qt.ItemDataRole.ToolTipRole) == "Guardado (práctica)"
    )  # tooltip: in full
    window.resize(1200, 740)
    metrics = table.fontMetrics()
    qtbot.waitUntil(
        lambda: table.columnWidth(STATUS) > metrics.horizontalAdvance("Requiere atención") + 16,
        timeout=5000,
    )


def test_the_send_status_is_envio_and_the_address_keeps_estado(qtbot, stack):
    model = stack.window.model
    assert model.headerData(STATUS, Qt.Orientation.Horizontal) == "Envío"
    form = stack.window.form
    form.set_more_visible(True)
    captions = [w.text() for w in form.findChildren(QLabel)]
    assert "Estado" in captions  # the address's state
    assert "Referencias e&xternas" in captions
    assert "Foto (dirección &web)" in captions
    sources = [form.source.itemText(i) for i in range(form.source.count())]
    assert sources[:3] == ["Escrito a mano", "Otra aplicación", "Importado de un archivo"]
    assert form.draft().source == "manual"  # the API still gets its code
