"""Paste to fill, what hallway tester t17a found (issue 17, item 1): letters a clipboard lost,
a card pasted while editing someone else, a number inside a sentence, what a card holds beyond
the form's fields, clipboards with only a vCard type. Real key events, the real sandbox."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import close_stack
from tests.gui.test_custom_fields_form import set_fields, started
from tests.gui.test_edit_in_background import open_for_edit, seed
from tests.gui.test_main_window import save, server_contacts
from tests.gui.test_paste_fill import banner_of, highlighted, nothing_sent, paste_into
from tests.gui.typing import type_text
from whaapy_contacts.sandbox.fields import SAMPLE_FIELDS

CTRL = Qt.KeyboardModifier.ControlModifier
UNREADABLE = "Tiene letras que no se pudieron leer (�): escríbelas de nuevo."
# samples/cp1252.vcf as X11 hands it over: Qt already read its Windows-1252 bytes as UTF-8.
CP1252_AS_TEXT = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Ib\ufffd\ufffdez;Ra\ufffdl\r\n"
    "FN:Ra\ufffdl Ib\ufffd\ufffdez\r\n"
    "TEL;CELL:55 6666 1212\r\nORG:Jugueter\ufffda Ni\ufffdos\r\nEND:VCARD\r\n"
)


def retype(qtbot, box, text: str) -> None:
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=5000)
    box.selectAll()
    type_text(qtbot, box, text)


def test_lost_letters_are_never_saved_until_the_person_types_them_again(qtbot, stack, sandbox):
    form = stack.window.form
    stack.window.activateWindow()
    qtbot.waitUntil(stack.window.isActiveWindow, timeout=5000)
    paste_into(qtbot, form.name, CP1252_AS_TEXT)
    assert form.name.text() == "Ra\ufffdl Ib\ufffd\ufffdez"
    assert "se ven como �" in banner_of(form).text()  # the paste's own warning stays
    qtbot.keyClick(form.name, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: form.error_text("name") == UNREADABLE, timeout=5000)
    assert form.error_text("company") == UNREADABLE
    assert form.error_text("phone_number") == ""
    nothing_sent(stack, sandbox)
    retype(qtbot, form.name, "Raúl Ibáñez")
    retype(qtbot, form.company, "Juguetería Niños")
    save(qtbot, stack)
    qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 1, timeout=5000)
    (stored,) = server_contacts(sandbox)
    assert (stored["name"], stored["company"]) == ("Raúl Ibáñez", "Juguetería Niños")
    assert stored["phone_number"] == "+525566661212"


@pytest.mark.parametrize("kind", ["text/vcard", "text/x-vcard", "text/directory"])
def test_a_clipboard_with_only_a_vcard_type_fills_like_a_card(qtbot, stack, sandbox, kind):
    form = stack.window.form
    mime = QMimeData()
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Solo Tarjeta\r\nTEL;TYPE=CELL:55 1212 3434\r\n"
    mime.setData(kind, (card + "ORG:Panadería Sol\r\nEND:VCARD\r\n").encode())
    QApplication.clipboard().setMimeData(mime)
    assert not QApplication.clipboard().mimeData().hasText()
    form.name.setFocus()
    qtbot.waitUntil(form.name.hasFocus, timeout=5000)
    qtbot.keyClick(form.name, Qt.Key.Key_V, CTRL)
    assert (form.name.text(), form.phone.text(), form.company.text()) == (
        "Solo Tarjeta", "55 1212 3434", "Panadería Sol",
    )  # fmt: skip
    assert banner_of(form).text() == (
        "Se llenaron 3 campos con lo pegado: Nombre, Teléfono, Empresa."
    )
    nothing_sent(stack, sandbox)
    save(qtbot, stack)
    qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 1, timeout=5000)
    assert server_contacts(sandbox)[0]["name"] == "Solo Tarjeta"


MESSAGES = [
    ("Pedido de 1500 pesos para el 15/12, llamar a Carmen al 5512345678", "Carmen"),
    ("Llamar a Carmen Ruiz al 5512345678", "Carmen Ruiz"),
    ("mi numero es 5512345678 soy Carmen", "Carmen"),
]


@pytest.mark.parametrize(("text", "name"), MESSAGES)
def test_a_number_inside_a_message_goes_to_the_phone_the_message_to_notes(
    qtbot, stack, sandbox, text, name
):
    form = stack.window.form
    paste_into(qtbot, form.phone.line_edit(), text)
    assert form.phone.text() == "55 1234 5678"
    assert form.error_text("phone_number") == ""
    assert form.name.text() == name
    assert form.notes.toPlainText() == text  # the message whole, never cut at its commas
    assert banner_of(form).text() == (
        "Se llenaron 3 campos con lo pegado: Nombre, Teléfono, Notas.\n"
        "El mensaje completo quedó en Notas."
    )
    assert highlighted(form) == {"name", "phone_number", "notes"}
    nothing_sent(stack, sandbox)
    save(qtbot, stack)
    qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 1, timeout=5000)
    (stored,) = server_contacts(sandbox)
    assert (stored["phone_number"], stored["name"], stored["notes"]) == (
        "+525512345678", name, text,
    )  # fmt: skip


def test_a_copied_whatsapp_message_is_about_who_writes_not_its_sender(qtbot, stack, sandbox):
    form = stack.window.form
    paste_into(
        qtbot, form.name, "[3/12/26, 10:15] María López: Hola, soy Ana Ruiz, mi cel es "
        "33 1234 9876 y mi correo ana.ruiz@hotmail.com",
    )  # fmt: skip
    assert (form.name.text(), form.phone.text(), form.email.text()) == (
        "Ana Ruiz", "33 1234 9876", "ana.ruiz@hotmail.com",
    )  # fmt: skip
    assert form.notes.toPlainText() == (
        "Hola, soy Ana Ruiz, mi cel es 33 1234 9876 y mi correo ana.ruiz@hotmail.com"
    )
    save(qtbot, stack)
    qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 1, timeout=5000)
    assert server_contacts(sandbox)[0]["name"] == "Ana Ruiz"


def test_a_signatures_disclaimer_and_its_one_letter_labels_go_nowhere(qtbot, stack, sandbox):
    form = stack.window.form
    paste_into(
        qtbot, form.name,
        "--\nIng. José Ángel Gutiérrez | Ventas\nT: +52 1 (55) 5050-6060 | M: 044 55 7070 8080\n"
        "E: jagutierrez@aceros-mx.com\n\nEste correo y sus anexos son confidenciales. Si usted "
        "no es el destinatario, favor de notificar al remitente al 55 1111 9999.",
    )  # fmt: skip
    assert (form.name.text(), form.phone.text(), form.email.text()) == (
        "Ing. José Ángel Gutiérrez", "044 55 7070 8080", "jagutierrez@aceros-mx.com",
    )  # fmt: skip
    assert form.notes.toPlainText() == ("Puesto: Ventas\nOtros teléfonos: +52 1 (55) 5050-6060")
    assert "9999" not in banner_of(form).text()


OTHER_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Otra Persona\r\nTEL;TYPE=CELL:+52 1 55 1111 2222\r\n"
    "ORG:Panadería La Española\r\nTITLE:Gerente\r\nEMAIL:otra@panaderia.mx\r\nEND:VCARD\r\n"
)


def test_while_editing_a_paste_of_someone_elses_card_changes_nothing(qtbot, stack, sandbox):
    ana = seed(sandbox, "+525587654321", "Ana Práctica")
    form = stack.window.form
    open_for_edit(qtbot, stack)
    paste_into(qtbot, form.name, OTHER_CARD)
    assert banner_of(form).text() == (
        "Lo pegado es de otro contacto (+52 55 1111 2222): no se cambió nada. Para guardarlo "
        "como contacto nuevo, cancela la edición (Esc) y pégalo de nuevo."
    )
    assert not banner_of(form).undo_button.isVisible()
    assert (form.name.text(), form.email.text(), form.company.text()) == ("Ana Práctica", "", "")
    assert form.notes.toPlainText() == ""
    assert highlighted(form) == set()
    with sandbox.client() as client:
        stored = client.get(f"/contacts/v1/{ana}").json()["contact"]
    assert stored["name"] == "Ana Práctica"
    assert [stored.get(k) for k in ("company", "email", "notes")] == [None, None, None]


def test_while_editing_the_contacts_own_card_fills_its_empty_fields(qtbot, stack, sandbox):
    ana = seed(sandbox, "+525587654321", "Ana Práctica")
    form = stack.window.form
    open_for_edit(qtbot, stack)
    own = OTHER_CARD.replace("+52 1 55 1111 2222", "55 8765 4321")
    paste_into(qtbot, form.name, own)
    assert (form.name.text(), form.company.text()) == ("Ana Práctica", "Panadería La Española")
    assert form.email.text() == "otra@panaderia.mx"
    save(qtbot, stack)

    def saved() -> bool:
        with sandbox.client() as client:
            stored = client.get(f"/contacts/v1/{ana}").json()["contact"]
            return stored["company"] == "Panadería La Española"

    qtbot.waitUntil(saved, timeout=5000)


BDAY_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cumple Años\r\nTEL;TYPE=CELL:55 1212 3434\r\n"
    "BDAY:1985-07-21\r\nX-RFC:CUAN850721XX1\r\nURL:https://cumple.mx\r\nEND:VCARD\r\n"
)


def test_a_cards_birthday_and_rfc_go_to_the_accounts_fields_of_that_name(
    qtbot, sandbox, tmp_path_factory
):
    set_fields(sandbox, SAMPLE_FIELDS)
    stack = started(qtbot, sandbox, tmp_path_factory)
    form = stack.window.form
    paste_into(qtbot, form.name, BDAY_CARD)
    assert banner_of(form).text() == (
        "Se llenaron 4 campos con lo pegado: Nombre, Teléfono, Notas, Campos personalizados.\n"
        "Quedó en los campos personalizados: Fecha de nacimiento 21/07/1985, RFC CUAN850721XX1.\n"
        "Quedó en Notas: Sitio web."
    )
    assert form.notes.toPlainText() == "Sitio web: https://cumple.mx"
    assert form.draft().custom_fields == {"fecha_nacimiento": "1985-07-21", "rfc": "CUAN850721XX1"}
    save(qtbot, stack)
    qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 1, timeout=5000)
    (stored,) = server_contacts(sandbox)
    assert stored["custom_fields"] == {"fecha_nacimiento": "1985-07-21", "rfc": "CUAN850721XX1"}
    assert stored["notes"] == "Sitio web: https://cumple.mx"
    close_stack(stack)


def test_without_such_fields_a_cards_birthday_and_rfc_go_to_the_notes(
    qtbot, sandbox, tmp_path_factory
):
    set_fields(sandbox, {"fields": []})
    stack = started(qtbot, sandbox, tmp_path_factory)
    form = stack.window.form
    paste_into(qtbot, form.name, BDAY_CARD)
    assert form.notes.toPlainText() == (
        "Cumpleaños: 21/07/1985\nRFC: CUAN850721XX1\nSitio web: https://cumple.mx"
    )
    assert "Quedó en Notas: Cumpleaños, RFC, Sitio web." in banner_of(form).text()
    save(qtbot, stack)
    qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 1, timeout=5000)
    assert server_contacts(sandbox)[0]["notes"] == form_notes_saved()
    close_stack(stack)


def form_notes_saved() -> str:
    return "Cumpleaños: 21/07/1985\nRFC: CUAN850721XX1\nSitio web: https://cumple.mx"


def test_ctrl_z_takes_back_what_the_card_put_in_the_custom_fields(qtbot, sandbox, tmp_path_factory):
    set_fields(sandbox, SAMPLE_FIELDS)
    stack = started(qtbot, sandbox, tmp_path_factory)
    form = stack.window.form
    paste_into(qtbot, form.name, BDAY_CARD)
    assert form.draft().custom_fields == {"fecha_nacimiento": "1985-07-21", "rfc": "CUAN850721XX1"}
    qtbot.keyClick(form.name, Qt.Key.Key_Z, CTRL)
    assert form.draft().custom_fields == {}
    assert (form.name.text(), form.notes.toPlainText()) == ("", "")
    assert not banner_of(form).isVisible()
    nothing_sent(stack, sandbox)
    close_stack(stack)
