"""Issue 18: the import dialog driven like a person, against the real sandbox and outbox."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.audit import Checker, shown, unlabelled
from tests.gui.conftest import build_stack, close_stack
from whaapy_contacts.ui.importer.flow import MAPPING, PREVIEW, PROGRESS, REPORT, open_import
from whaapy_contacts.ui.importer.preview_model import COLUMNS

DATA = Path(__file__).parents[1] / "data" / "import"
SHOTS = Path("/work/shots/import")


def shot(widget, name: str) -> None:
    """A screenshot, after checking the screen says nothing in English and nothing empty."""
    assert Checker().problems(shown(widget)) == []
    assert unlabelled(widget) == []
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def server_contacts(sandbox) -> list[dict]:
    with sandbox.client() as client:
        return client.get("/contacts/v1", params={"limit": 100}).json()["contacts"]


def press(qtbot, button) -> None:
    assert button.isEnabled()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def through_mapping(qtbot, flow, path: Path, tag: str = "") -> None:
    flow.file_page.open_path(str(path))  # what the file dialog does once a file is picked
    qtbot.waitUntil(flow.next_button.isEnabled, timeout=20000)
    press(qtbot, flow.next_button)
    assert flow.stack.currentIndex() == MAPPING
    if tag:
        flow.mapping_page.tag.setFocus()
        qtbot.keyClicks(flow.mapping_page.tag, tag)
    press(qtbot, flow.next_button)
    qtbot.waitUntil(lambda: flow.stack.currentIndex() == PREVIEW, timeout=30000)


def test_a_spanish_excel_file_imported_from_start_to_report(qtbot, sandbox, tmp_path_factory):
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    flow = open_import(stack.window, stack.outbox, stack.recent, stack.runner, stack.account.client)
    qtbot.addWidget(flow)
    flow.file_page.open_path(str(DATA / "excel_es_cp1252.csv"))
    qtbot.waitUntil(flow.next_button.isEnabled, timeout=20000)
    assert flow.file_page.detected.text().startswith(
        "4 filas, leídas como Windows-1252 (Excel en Windows) y separadas por punto y coma."
    )
    assert flow.file_page.sample.item(0, 1).text() == "Muñoz Peña"
    shot(flow, "1-archivo")
    press(qtbot, flow.next_button)
    combo = flow.mapping_page.columns.cellWidget(2, 2)
    assert combo.currentText() == "Teléfono"
    flow.mapping_page.tag.setFocus()
    qtbot.keyClicks(flow.mapping_page.tag, "Expo 2026")
    shot(flow, "2-columnas")
    press(qtbot, flow.next_button)
    qtbot.waitUntil(lambda: flow.stack.currentIndex() == PREVIEW, timeout=30000)
    assert flow.preview_page.counts.text() == (
        "<b>3 nuevos</b> por importar · 0 repetidos en el archivo · 0 ya en tus contactos · "
        "1 con errores · 0 omitidos"
    )
    assert flow.next_button.text() == "&Importar 3 contactos"
    shot(flow, "3-revision")
    press(qtbot, flow.next_button)
    qtbot.waitUntil(lambda: flow.stack.currentIndex() == REPORT, timeout=30000)
    shot(flow, "5-reporte")
    assert flow.report_page.summary.text().startswith("<b>3 contactos importados.</b>")
    assert flow.report_page.rows.item(0, 0).text() == "5"
    assert "Valor del trato: «abc» no es una cantidad." in flow.report_page.rows.item(0, 3).text()
    contacts = server_contacts(sandbox)
    assert sorted(c["name"] for c in contacts) == [
        "José Muñoz Peña", "María Fernanda Núñez", "Ángel Ibáñez",
    ]  # fmt: skip
    assert all(c["source"] == "import" and c["tags"] == ["Expo 2026"] for c in contacts)
    report = tmp_path_factory.mktemp("report") / "reporte.csv"
    flow.report_page.save_requested.emit(str(report))  # what the save dialog does
    assert flow.report_page.saved.text() == f"Guardado en {report}"
    with report.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    assert lines[0][-2:] == ["Fila", "Motivo"]
    assert lines[1][0] == "Sofía"
    flow.close()
    close_stack(stack)


def test_a_bad_phone_fixed_inline_and_a_row_left_out(qtbot, sandbox, tmp_path_factory):
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    flow = open_import(stack.window, stack.outbox, stack.recent, stack.runner)
    qtbot.addWidget(flow)
    path = tmp_path_factory.mktemp("file") / "lista.csv"
    path.write_text("Nombre,Celular\nLuz,55 1234 567\nMar,55 2222 3333\nSol,55 4444 5555\n")
    through_mapping(qtbot, flow, path)
    page = flow.preview_page
    assert "1 con errores" in page.counts.text()
    view = page.table
    phone = page.model.index(0, COLUMNS.index("phone"))
    view.setFocus()
    view.setCurrentIndex(phone)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "55 1234 5670")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    fixed = page.model.index(0, COLUMNS.index("phone"))
    qtbot.waitUntil(lambda: fixed.data() == "+52 55 1234 5670", timeout=5000)  # committed
    assert "<b>3 nuevos</b>" in page.counts.text()
    view.setCurrentIndex(page.model.index(2, COLUMNS.index("import")))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # untick "Sol"
    assert "<b>2 nuevos</b>" in page.counts.text()
    assert page.counts.text().endswith("1 omitido")  # pluralised: not "1 omitidos"
    press(qtbot, flow.next_button)
    qtbot.waitUntil(lambda: flow.stack.currentIndex() == REPORT, timeout=30000)
    assert sorted(c["name"] for c in server_contacts(sandbox)) == ["Luz", "Mar"]
    assert flow.report_page.rows.item(0, 3).text() == "Omitida por ti."
    flow.close()
    close_stack(stack)


def test_cancel_asks_first_keeps_importing_by_default_and_stops_what_was_not_sent(
    qtbot, sandbox, tmp_path_factory
):
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    flow = open_import(stack.window, stack.outbox, stack.recent, stack.runner)
    qtbot.addWidget(flow)
    sandbox.add_faults(
        {"kind": "delay", "ms": 300, "method": "POST", "path": "/contacts/v1/search", "times": 1000}
    )
    path = tmp_path_factory.mktemp("file") / "grande.csv"
    lines = ["Nombre;Celular"] + [f"Persona {i};55 7000 {i:04d}" for i in range(150)]
    path.write_text("\n".join(lines), encoding="utf-8")
    through_mapping(qtbot, flow, path)
    press(qtbot, flow.next_button)
    assert flow.stack.currentIndex() == PROGRESS
    qtbot.waitUntil(lambda: flow.progress_page.bar.value() > 0, timeout=30000)
    shot(flow, "4-enviando")
    answers = []

    def answer(choice: str) -> None:
        box = flow.progress_page.question
        assert box is not None
        assert box.defaultButton().text() == "Seguir importando"
        assert box.escapeButton() is box.defaultButton()
        if choice == "keep":
            shot(box, "4b-cancelar-pregunta")
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            stop = next(b for b in box.buttons() if b.text() == "Cancelar la importación")
            stop.click()
        answers.append(choice)

    QTimer.singleShot(200, lambda: answer("keep"))
    press(qtbot, flow.progress_page.cancel_button)
    assert answers == ["keep"]
    assert stack.outbox.status().pending > 0  # nothing was cancelled
    QTimer.singleShot(200, lambda: answer("stop"))
    press(qtbot, flow.progress_page.cancel_button)
    qtbot.waitUntil(lambda: flow.stack.currentIndex() == REPORT, timeout=60000)
    progress = flow.service.progress()
    assert progress.cancelled > 0
    assert progress.sent == server_total(sandbox)
    assert progress.sent + progress.cancelled == 150
    assert flow.report_page.rows.rowCount() == progress.cancelled
    assert flow.report_page.rows.item(0, 3).text() == "No se envió: cancelaste la importación."
    flow.close()
    close_stack(stack)


def server_total(sandbox) -> int:
    """Every contact on the server, page by page."""
    total, params = 0, {"limit": 100}
    with sandbox.client() as client:
        while True:
            page = client.get("/contacts/v1", params=params).json()
            total += len(page["contacts"])
            if not page["pagination"]["has_more"]:
                return total
            params["cursor"] = page["pagination"]["next_cursor"]


def test_an_xlsx_with_merged_headers_and_a_second_sheet(qtbot, sandbox, tmp_path_factory):
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Resumen"
    ws.append(["Solo un resumen"])
    second = book.create_sheet("Contactos")
    second.append(["Lista de la expo"])
    second.merge_cells("A1:C1")
    second.append(["Nombre", "Teléfono", None])
    second.merge_cells("B2:C2")
    second.append(["Ximena Peñaloza", None, 3312345678])
    second.append([])
    second.append(["Óscar Zúñiga", "33 3615 2000", None])
    path = tmp_path_factory.mktemp("xlsx") / "expo.xlsx"
    book.save(path)
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    flow = open_import(stack.window, stack.outbox, stack.recent, stack.runner)
    qtbot.addWidget(flow)
    flow.file_page.open_path(str(path))
    qtbot.waitUntil(flow.next_button.isEnabled, timeout=20000)
    sheet = flow.file_page.sheet
    assert sheet.currentText() == "Contactos"  # the first sheet with a list, not "Resumen"
    sheet.setFocus()
    qtbot.keyClick(sheet, Qt.Key.Key_Up)  # the person looks at "Resumen": no rows there
    qtbot.waitUntil(lambda: flow.file_page.detected.text().startswith("0 filas"), timeout=20000)
    assert not flow.next_button.isEnabled()
    qtbot.keyClick(sheet, Qt.Key.Key_Down)
    qtbot.waitUntil(flow.next_button.isEnabled, timeout=20000)
    assert flow.file_page.sample.rowCount() == 2
    press(qtbot, flow.next_button)
    press(qtbot, flow.next_button)
    qtbot.waitUntil(lambda: flow.stack.currentIndex() == PREVIEW, timeout=30000)
    assert "<b>2 nuevos</b>" in flow.preview_page.counts.text()
    press(qtbot, flow.next_button)
    qtbot.waitUntil(lambda: flow.stack.currentIndex() == REPORT, timeout=30000)
    phones = sorted(c["phone_number"] for c in server_contacts(sandbox))
    assert phones == ["+523312345678", "+523336152000"]
    flow.close()
    close_stack(stack)


def test_ten_thousand_rows_reach_the_preview(qtbot, sandbox, tmp_path_factory):
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    flow = open_import(stack.window, stack.outbox, stack.recent, stack.runner)
    qtbot.addWidget(flow)
    path = tmp_path_factory.mktemp("big") / "diez-mil.csv"
    lines = ["Nombre;Celular;Correo"]
    lines += [
        f"Persona {i};55 {1000 + i // 10000} {i % 10000:04d};p{i}@example.com"
        for i in range(10_000)
    ]
    lines.append("Repetida;55 1000 0000;")
    path.write_text("\n".join(lines), encoding="cp1252")
    through_mapping(qtbot, flow, path)
    assert flow.preview_page.counts.text().startswith(
        "<b>10,000 nuevos</b> por importar · 1 repetido en el archivo"
    )
    assert flow.preview_page.model.rowCount() == 10_001
    flow.preview_page.problems_only.click()
    assert flow.preview_page.model.rowCount() == 1
    flow.close()
    close_stack(stack)


def test_duplicates_fill_the_existing_contact_when_the_person_ticks_it(
    qtbot, sandbox, tmp_path_factory
):
    with sandbox.client() as client:
        client.post("/contacts/v1", json={"phone_number": "+5215512345678", "name": "Ana"})
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    flow = open_import(stack.window, stack.outbox, stack.recent, stack.runner, stack.account.client)
    qtbot.addWidget(flow)
    path = tmp_path_factory.mktemp("file") / "lista.csv"
    path.write_text("Nombre,Celular,Empresa\nAna López,55 1234 5678,Dulcería\nLuis,55 2222 3333,\n")
    through_mapping(qtbot, flow, path)
    fill = flow.preview_page.fill_existing
    assert fill.isVisible()
    assert not fill.isChecked()  # leaving them as they are is the default
    assert "1 ya en tus contactos" in flow.preview_page.counts.text()  # the history has Ana
    assert flow.next_button.text() == "&Importar 1 contacto"
    press(qtbot, fill)
    assert flow.next_button.text() == "&Importar 2 contactos"
    press(qtbot, flow.next_button)
    qtbot.waitUntil(lambda: flow.stack.currentIndex() == REPORT, timeout=30000)
    assert "1 contacto que ya existía se completó" in flow.report_page.summary.text()
    contacts = {c["phone_number"]: c for c in server_contacts(sandbox)}
    assert contacts["+5215512345678"]["name"] == "Ana"
    assert contacts["+5215512345678"]["company"] == "Dulcería"
    assert len(contacts) == 2
    flow.close()
    close_stack(stack)


def test_in_english_the_dialog_and_the_reasons_are_english(
    qtbot, sandbox, tmp_path_factory, english
):
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    flow = open_import(stack.window, stack.outbox, stack.recent, stack.runner)
    qtbot.addWidget(flow)
    flow.file_page.open_path(str(DATA / "excel_es_cp1252.csv"))
    qtbot.waitUntil(flow.next_button.isEnabled, timeout=20000)
    assert flow.file_page.detected.text().startswith(
        "4 rows, read as Windows-1252 (Excel on Windows) and separated by semicolons."
    )
    press(qtbot, flow.next_button)
    assert flow.mapping_page.columns.cellWidget(2, 2).currentText() == "Phone"
    press(qtbot, flow.next_button)
    qtbot.waitUntil(lambda: flow.stack.currentIndex() == PREVIEW, timeout=30000)
    bad = flow.preview_page.model.index(3, COLUMNS.index("reason")).data()
    assert bad.startswith("Deal value: «abc» is not an amount.")
    flow.close()
    close_stack(stack)


def test_the_progress_says_sending_fails_while_it_does(qtbot, sandbox, tmp_path_factory):
    """Tester t18: with every create answered 500 the page said "listo en menos de un minuto"
    for half a minute; only the status bar told the truth."""
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    flow = open_import(stack.window, stack.outbox, stack.recent, stack.runner)
    qtbot.addWidget(flow)
    sandbox.add_faults({"kind": "status", "status": 500, "times": 1000, "method": "POST",
                        "path": "/contacts/v1"})  # fmt: skip
    path = tmp_path_factory.mktemp("file") / "dos.csv"
    path.write_text("Nombre;Celular\nAna;55 7100 0001\nBeto;55 7100 0002\n", encoding="utf-8")
    through_mapping(qtbot, flow, path)
    press(qtbot, flow.next_button)
    assert flow.stack.currentIndex() == PROGRESS
    status = flow.progress_page.status
    failing = "el envío falla por ahora y se reintenta solo"
    qtbot.waitUntil(lambda: failing in status.text(), timeout=30000)
    assert "listo en" not in status.text()
    sandbox.reset()  # the faults go (nothing was created)
    stack.outbox.retry_now()
    qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 2, timeout=30000)
    qtbot.waitUntil(lambda: failing not in status.text(), timeout=30000)
    close_stack(stack)


def test_a_repeat_of_an_earlier_row_is_shown_unticked_and_cant_be_ticked(
    qtbot, sandbox, tmp_path_factory
):
    """Tester t18: "Repetido en el archivo" rows showed a ticked "Importar" box, never sent."""
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    flow = open_import(stack.window, stack.outbox, stack.recent, stack.runner)
    qtbot.addWidget(flow)
    through_mapping(qtbot, flow, DATA / "three_ways.csv")
    model = flow.preview_page.model
    ticked, status = COLUMNS.index("import"), COLUMNS.index("status")
    texts = [model.index(r, status).data() for r in range(model.rowCount())]
    repeats = [r for r, text in enumerate(texts) if text == "Repetido en el archivo"]
    assert len(repeats) == 2, texts
    for row in repeats:
        index = model.index(row, ticked)
        assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
        assert not index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    close_stack(stack)
