"""Issue 13, case 3: "Actualizar ese contacto" previews, applies what was ticked, and undoes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.audit import Checker, shown, unlabelled
from tests.gui.conftest import ALREADY_IN_PRACTICE, build_stack, close_stack, open_refused
from tests.gui.typing import type_text
from whaapy_contacts.ui.form import duplicate_update
from whaapy_contacts.ui.recent.model import ContactRole

SHOTS = Path("/work/shots/flows")


def stored(sandbox, contact_id: str) -> dict:
    with sandbox.client() as client:
        return client.get(f"/contacts/v1/{contact_id}").json()["contact"]


def existing(sandbox) -> dict:
    with sandbox.client() as client:
        return client.post(
            "/contacts/v1",
            json={"phone_number": "+525512345678", "name": "María García",
                  "email": "maria@viejo.mx", "company": "Acme", "tags": ["cliente"]},
        ).json()["contact"]  # fmt: skip


def type_duplicate(qtbot, stack) -> None:
    """The same number with a new name, a new e-mail and a new tag, saved: refused (the banner
    over the freed form), opened again with "Abrirlo": the 409 banner."""
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    type_text(qtbot, form.name, "María G. López")
    type_text(qtbot, form.email, "maria@nuevo.mx")
    type_text(qtbot, form.tags.entry(), "premium,")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    says = f"«María G. López» no se guardó: {ALREADY_IN_PRACTICE}"
    open_refused(qtbot, form, says, keyboard=True)
    qtbot.waitUntil(form.duplicate.isVisible, timeout=10000)


def open_preview(qtbot, stack):
    button = stack.window.form.duplicate.update_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    flow = stack.window.duplicate_flow
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=10000)
    return flow.dialog


def test_preview_apply_some_fields_then_undo(qtbot, stack, sandbox):
    old = existing(sandbox)
    window = stack.window
    type_duplicate(qtbot, stack)
    view = window.form.duplicate.view_button
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)  # the details pane shows the existing contact
    details = window.recent.details
    qtbot.waitUntil(lambda: details.title.text() == "María García", timeout=10000)

    dialog = open_preview(qtbot, stack)
    assert dialog.windowTitle() == "Actualizar el contacto existente"
    assert dialog.rows() == [
        ("Nombre", "María García", "María G. López"),
        ("Correo", "maria@viejo.mx", "maria@nuevo.mx"),
        ("Etiquetas", "cliente", "cliente, premium"),
    ]  # only what differs: the company was not typed, the phone never changes
    assert dialog.cancel_button.isDefault()
    assert not dialog.apply_button.isDefault()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "duplicate-update-preview.png"))
    assert stored(sandbox, old["id"])["name"] == "María García"  # nothing sent yet
    assert Checker().problems(shown(dialog)) == []  # all in Spanish
    assert unlabelled(dialog) == []

    qtbot.keyClick(dialog.boxes[1], Qt.Key.Key_Space)  # keep the old e-mail
    assert not dialog.boxes[1].isChecked()
    dialog.apply_button.setFocus()
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_Space)
    banner = window.undo_banner
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    after = stored(sandbox, old["id"])
    assert (after["name"], after["email"], after["tags"]) == (
        "María G. López", "maria@viejo.mx", ["cliente", "premium"],
    )  # fmt: skip
    assert (
        banner.text() == "Se actualizó «María G. López». Deshacer le regresa sus datos anteriores."
    )
    assert banner.undo_button.text() == "Deshacer"
    assert Checker().problems(shown(banner)) == []
    banner.grab().save(str(SHOTS / "undo-banner.png"))
    qtbot.waitUntil(lambda: details.title.text() == "María G. López", timeout=10000)
    assert details.field_text("Etiquetas") == "cliente, premium"
    assert window.model.index(0, 0).data(ContactRole).name == "María G. López"
    assert not window.form.duplicate.isVisible()
    assert stack.outbox.status().attention == 0  # the typed entry is resolved

    window.activateWindow()  # what a window manager does when the dialog closes
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    clear = window.form.clear_button
    clear.setFocus()
    qtbot.keyClick(clear, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is banner.undo_button  # under the form, after its buttons
    qtbot.keyClick(banner.undo_button, Qt.Key.Key_Space)
    done = "Deshecho: María García tiene otra vez sus datos anteriores."
    qtbot.waitUntil(lambda: banner.text() == done, timeout=10000)  # said once it is true
    assert not banner.undo_button.isVisible()
    back = stored(sandbox, old["id"])
    assert (back["name"], back["email"], back["tags"], back["company"]) == (
        "María García", "maria@viejo.mx", ["cliente"], "Acme",
    )  # fmt: skip
    qtbot.waitUntil(lambda: details.title.text() == "María García", timeout=10000)
    assert window.model.index(0, 0).data(ContactRole).name == "María García"
    message = window.statusBar().currentMessage()
    assert message == "Deshecho: María García tiene otra vez sus datos anteriores."


def test_enter_in_the_preview_cancels_and_sends_nothing(qtbot, stack, sandbox):
    old = existing(sandbox)
    type_duplicate(qtbot, stack)
    dialog = open_preview(qtbot, stack)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter: the default button
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert stored(sandbox, old["id"])["name"] == "María García"
    assert stack.window.form.duplicate.isVisible()  # the choice is still there
    assert stack.window.form.name.text() == "María G. López"  # and what was typed
    assert not stack.window.undo_banner.isVisible()


def apply_all(qtbot, stack, sandbox) -> dict:
    """The 409, the preview, everything ticked applied: the undo offer shows."""
    old = existing(sandbox)
    type_duplicate(qtbot, stack)
    dialog = open_preview(qtbot, stack)
    dialog.apply_button.setFocus()
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_Space)
    qtbot.waitUntil(stack.window.undo_banner.isVisible, timeout=10000)
    assert stored(sandbox, old["id"])["email"] == "maria@nuevo.mx"
    stack.window.activateWindow()  # what a window manager does when the dialog closes
    qtbot.waitUntil(stack.window.isActiveWindow, timeout=5000)
    return old


UNDO = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)


def test_undo_by_shortcut_while_typing_the_next_contact(qtbot, stack, sandbox):
    old = apply_all(qtbot, stack, sandbox)
    qtbot.keyClick(stack.window.form.name, *UNDO)
    qtbot.waitUntil(lambda: stored(sandbox, old["id"])["email"] == "maria@viejo.mx", timeout=10000)
    assert stored(sandbox, old["id"])["name"] == "María García"


def test_the_undo_offer_goes_away(qtbot, sandbox, tmp_path_factory, monkeypatch):
    monkeypatch.setattr(duplicate_update, "UNDO_MS", 1000)
    stack = build_stack(qtbot, sandbox, tmp_path_factory)
    try:
        old = apply_all(qtbot, stack, sandbox)
        qtbot.waitUntil(lambda: not stack.window.undo_banner.isVisible(), timeout=10000)
        qtbot.keyClick(stack.window.form.name, *UNDO)
        assert not stack.contacts.saving  # too late: nothing is sent
        assert stored(sandbox, old["id"])["name"] == "María G. López"
    finally:
        close_stack(stack)


def test_nothing_differs_resolves_without_a_patch(qtbot, stack, sandbox):
    with sandbox.client() as client:
        client.post("/contacts/v1", json={"phone_number": "+525512345678", "name": "Pedro"})
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "55 1234 5678")
    type_text(qtbot, form.name, "Pedro")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    open_refused(qtbot, form, f"«Pedro» no se guardó: {ALREADY_IN_PRACTICE}", keyboard=True)
    qtbot.waitUntil(form.duplicate.isVisible, timeout=10000)
    form.duplicate.update_button.setFocus()
    qtbot.keyClick(form.duplicate.update_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not form.duplicate.isVisible(), timeout=5000)
    assert stack.window.duplicate_flow.dialog is None
    assert stack.outbox.status().attention == 0
    assert not stack.window.undo_banner.isVisible()
    assert "ya tiene todo lo que escribiste" in stack.window.statusBar().currentMessage()


def test_the_existing_contact_is_read_again_when_it_could_not_be(qtbot, stack, sandbox):
    old = existing(sandbox)
    # The banner's own look-up fails once: the preview reads the contact again, then opens.
    sandbox.add_faults({"kind": "status", "status": 500, "method": "GET",
                        "path": f"/contacts/v1/{old['id']}"})  # fmt: skip
    type_duplicate(qtbot, stack)
    assert stack.window.form.duplicate.text().endswith("(sin nombre)")
    dialog = open_preview(qtbot, stack)
    assert dialog.rows()[0] == ("Nombre", "María García", "María G. López")


def test_external_ids_and_custom_fields_are_named_as_elsewhere(qtbot, stack, sandbox):
    from whaapy_contacts.domain.contact import Contact
    from whaapy_contacts.domain.patch import changes_for_existing
    from whaapy_contacts.ui.form.duplicate_update import UpdatePreviewDialog

    old = Contact(id="c1", phone_number="+525512345678", external_ids={"hubspot": "h1"})
    payload = {"external_ids": {"hubspot": "h2"}, "custom_fields": {"Empresa": "Acme"}}
    dialog = UpdatePreviewDialog(old, changes_for_existing(old, payload), str, stack.window)
    qtbot.addWidget(dialog)
    assert dialog.rows() == [
        ("Empresa", "(vacío)", "Acme (no se podrá deshacer)"),
        ("Referencia en hubspot", "h1", "h2"),
    ]


def test_the_phone_note_goes_with_the_form_the_update_clears(qtbot, stack, sandbox):
    """Hallway test, finding 7b: "Se quitó el prefijo 044…" stayed under the emptied phone."""
    existing(sandbox)
    form = stack.window.form
    type_text(qtbot, form.phone.line_edit(), "044 55 1234 5678")
    type_text(qtbot, form.name, "María G. López")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    open_refused(qtbot, form, f"«María G. López» no se guardó: {ALREADY_IN_PRACTICE}")
    qtbot.waitUntil(form.duplicate.isVisible, timeout=10000)
    form.phone.setFocus()
    qtbot.keyClick(form.phone.line_edit(), Qt.Key.Key_Return)  # the number checked again
    assert form.phone_notice.text() == "Se quitó el prefijo 044 (ya no se usa desde 2019)."
    dialog = open_preview(qtbot, stack)
    dialog.apply_button.setFocus()
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_Space)
    qtbot.waitUntil(stack.window.undo_banner.isVisible, timeout=10000)
    assert form.phone.text() == ""
    assert form.phone_notice.text() == ""
