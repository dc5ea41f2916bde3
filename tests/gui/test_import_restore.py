"""Issue 18: an import still being sent when the app closes comes back when it starts again, on
its progress, and then its report with every row (services/import_record.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from tests.gui.audit import Checker, shown, unlabelled
from tests.gui.conftest import build_stack, close_stack
from tests.gui.test_import_flow import press
from whaapy_contacts.ui.importer.flow import FILE, PREVIEW, PROGRESS, REPORT

SHOTS = Path("/work/shots/import2")
ROWS = 12


def shot(widget, name: str) -> None:
    assert Checker().problems(shown(widget)) == []
    assert unlabelled(widget) == []
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def feria(tmp_path: Path) -> Path:
    """Twelve new rows, one repeated three ways later, one with a bad phone."""
    lines = ["Nombre;Celular"] + [f"Persona {i};55 6300 {i:04d}" for i in range(ROWS)]
    lines += ["Repetida;+52 1 55 6300 0000", "Mal;55 12"]
    path = tmp_path / "feria.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def wait_for_line(qtbot, window):
    from whaapy_contacts.ui.importer.running_line import ImportLine

    qtbot.waitUntil(lambda: window.findChild(ImportLine) is not None, timeout=10000)
    line = window.findChild(ImportLine)
    qtbot.waitUntil(line.isVisible, timeout=5000)
    return line


def keep_importing(qtbot, flow, line) -> None:
    """ "Cancelar lo que falta…" asks over the window; Esc keeps importing (the default)."""
    page, asked = flow.progress_page, []

    def answer() -> None:
        box = page.question
        if box is None or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        asked.append((box.defaultButton().text(), box.parent() is line.window()))
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, answer)
    press(qtbot, line.cancel_button)
    assert asked == [("Seguir importando", True)]
    assert flow.service.progress().cancelled == 0


def send_then_quit(qtbot, sandbox, tmp_path_factory, folder: Path, path: Path) -> int:
    """The import sent from the dialog, the app closed with rows still waiting; how many the
    server had then."""
    stack = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)
    # Each create waits: the app is closed halfway through.
    sandbox.add_faults({"kind": "delay", "ms": 400, "method": "POST", "times": 4 * ROWS})
    window = stack.window
    qtbot.keyClick(window.form.name, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    flow = window.import_flow
    qtbot.waitUntil(flow.isVisible, timeout=10000)
    flow.file_page.open_path(str(path))
    qtbot.waitUntil(flow.next_button.isEnabled, timeout=20000)
    press(qtbot, flow.next_button)
    press(qtbot, flow.next_button)
    qtbot.waitUntil(lambda: flow.stack.currentIndex() == PREVIEW, timeout=30000)
    press(qtbot, flow.next_button)
    assert flow.stack.currentIndex() == PROGRESS
    qtbot.waitUntil(lambda: flow.service.progress().done >= 1, timeout=20000)
    done = flow.service.progress().done
    close_stack(stack)
    return done


def test_an_import_cut_by_a_restart_comes_back_on_its_progress_then_its_report(
    qtbot, sandbox, tmp_path_factory, tmp_path
):
    folder = tmp_path_factory.mktemp("account")
    before = send_then_quit(qtbot, sandbox, tmp_path_factory, folder, feria(tmp_path))
    assert before < ROWS, "everything was sent before the restart: nothing to prove"
    stack = build_stack(qtbot, sandbox, tmp_path_factory, folder=folder)  # started again
    window = stack.window
    line = wait_for_line(qtbot, window)
    flow = window.import_flow
    assert not flow.isVisible()  # a line, not a dialog: keys typed now go to the form
    qtbot.keyClicks(window.form.name, "Ana")
    assert window.form.name.text() == "Ana"
    if not flow.service.progress().finished:
        assert line.label.text().startswith("Importando «feria.csv»: ")
        assert " de 12 enviado" in line.label.text()
        assert line.cancel_button.text() == "Cancelar lo que falta…"
        shot(window, "0-ventana-tras-reiniciar")
        keep_importing(qtbot, flow, line)
    press(qtbot, line.view_button)  # "Ver": the dialog on its progress
    qtbot.waitUntil(flow.isVisible, timeout=10000)
    page = flow.progress_page
    if flow.stack.currentIndex() == PROGRESS:
        assert page.title.text() == "<b>Importando «feria.csv»</b>"
        assert " de 12 enviado" in page.status.text()
        shot(flow, "1-avance-tras-reiniciar")
    qtbot.waitUntil(lambda: flow.stack.currentIndex() == REPORT, timeout=60000)
    report = flow.report_page
    assert report.summary.text().startswith("<b>12 contactos importados.</b> 0 ya existían · ")
    assert "2 no importados" in report.summary.text()
    rows = [
        [report.rows.item(r, c).text() for c in range(4)] for r in range(report.rows.rowCount())
    ]
    assert rows == [
        ["14", "Repetida", "+52 1 55 6300 0000",
         "El mismo teléfono ya está en la fila 2 del archivo."],
        ["15", "Mal", "55 12", rows[1][3]],
    ]  # fmt: skip
    assert rows[1][3].startswith("Teléfono: ")
    shot(flow, "2-reporte-tras-reiniciar")
    saved = tmp_path / "reporte.csv"
    flow._save_report(str(saved))  # what "Guardar el reporte…" does once a path is chosen
    text = saved.read_text(encoding="utf-8-sig").splitlines()
    assert text[0] == "Nombre;Celular;Fila;Motivo"
    assert (
        text[1]
        == "Repetida;+52 1 55 6300 0000;14;El mismo teléfono ya está en la fila 2 del archivo."
    )
    assert line.label.text() == (
        "Terminó la importación de «feria.csv»: revisa su reporte."
    )  # fmt: skip
    flow.close_button.setFocus()
    qtbot.keyClick(flow.close_button, Qt.Key.Key_Space)  # the report was seen
    qtbot.waitUntil(lambda: not flow.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=5000)  # the line has done its job
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.form.name, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.import_flow is not flow, timeout=5000)
    assert window.import_flow.stack.currentIndex() == FILE  # a new import now
    window.import_flow.reject()
    close_stack(stack)
