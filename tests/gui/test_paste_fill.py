"""Paste to fill (issue 17, item 1) through the real window: the clipboard and Ctrl+V with real
key events, drops of files and text, against the sandbox. Nothing reaches the server until
the person saves; then exactly what the form shows does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.test_main_window import save, server_contacts
from tests.gui.typing import type_text
from whaapy_contacts.ui.form.paste_apply import HIGHLIGHT

CTRL = Qt.KeyboardModifier.ControlModifier
VCARDS = Path(__file__).parents[1] / "data" / "vcards"
SHOWN = ("name", "email", "company", "address", "city", "state", "postal_code", "notes")


def vcard(name: str) -> str:
    from whaapy_contacts.domain.paste import text_of_file

    return text_of_file((VCARDS / name).read_bytes())


def paste_into(qtbot, widget, text: str) -> None:
    """As the person does: the text on the clipboard, the box focused, Ctrl+V."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)
    qtbot.keyClick(widget, Qt.Key.Key_V, CTRL)


def drop_on(widget, mime: QMimeData) -> QDropEvent:
    """A drag that enters ``widget`` and is dropped there: Qt's own events, in order."""
    at = widget.rect().center()
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(widget, QDragEnterEvent(at, actions, mime, buttons, mods))
    drop = QDropEvent(QPointF(at), actions, mime, buttons, mods)
    QApplication.sendEvent(widget, drop)
    return drop


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def requests_so_far(sandbox) -> int:
    """Every API request the sandbox answered since the test began (its own count)."""
    with sandbox.client() as client:
        return int(client.get("/_sandbox/stats").json()["requests"])


def nothing_sent(stack, sandbox) -> None:
    assert stack.outbox.entries() == []
    assert server_contacts(sandbox) == []


def banner_of(form):
    return form.paste.session().banner


def highlighted(form) -> set[str]:
    return set(form.paste.session().highlighted())


def saved_as_shown(qtbot, stack, sandbox) -> dict:
    """Save with Ctrl+Enter: the server gets exactly what the form showed."""
    draft = stack.window.form.draft()
    save(qtbot, stack)
    (stored,) = server_contacts(sandbox)
    for name in SHOWN:
        assert (stored.get(name) or "") == getattr(draft, name).strip(), name
    return stored


CASES = {
    "whatsapp_android.vcf": (
        {"name": "Juan Pérez", "phone": "+52 1 55 1234 5678"},
        "Se llenaron 2 campos con lo pegado: Nombre, Teléfono.",
        "+525512345678",
    ),
    "whatsapp_ios.vcf": (
        {"name": "Lic. Ana María Gómez", "phone": "+52 1 55 8765 4321",
         "email": "ana.gomez@grupobimbo.com", "company": "Grupo Bimbo",
         "notes": "Puesto: Directora Comercial\nOtros teléfonos: Trabajo +52 55 5268 6600"},
        "Se llenaron 5 campos con lo pegado: Nombre, Teléfono, Correo, Empresa, Notas.\n"
        "Los otros teléfonos quedaron en Notas: Trabajo +52 55 5268 6600.\n"
        "El puesto quedó en Notas: Directora Comercial.",
        "+525587654321",
    ),
    "android_export_21.vcf": (
        {"name": "José Hernández", "phone": "+52 33 1234 5678", "email": "jose.hdz@gmail.com",
         "address": "Av. Juárez 123", "city": "Guadalajara", "state": "Jalisco",
         "postal_code": "44100",
         "notes": "Cliente desde 2019, prefiere llamadas por la mañana\ny correo los viernes. "
                  "Atención: pedidos grandes\nOtros teléfonos: Casa 33 3615 0000"},
        "Se llenaron 8 campos con lo pegado: Nombre, Teléfono, Correo, Dirección, Ciudad, "
        "Estado, Código postal, Notas.\n"
        "Los otros teléfonos quedaron en Notas: Casa 33 3615 0000.",
        "+523312345678",
    ),
    "ios_30_photo.vcf": (
        {"name": "Sofía Treviño", "phone": "+52 81 2345 6789",
         "company": "Consultoría Norte, Ventas", "email": "sofia.trevino@icloud.com",
         "city": "Monterrey",
         "notes": "Otros teléfonos: Recepción +52 81 8123 4000"},
        None,
        "+528123456789",
    ),
    "outlook_21.vcf": (
        {"name": "Raúl Muñoz", "phone": "477 987 6543",
         "company": "Constructora del Bajío S.A. de C.V.",
         "address": "Blvd. López Mateos 1500", "city": "León",
         "notes": "Puesto: Gerente de Compras\nOtros teléfonos: Trabajo (477) 123-4567"},
        None,
        "+524779876543",
    ),
    "vcard40.vcf": (
        {"name": "Carlos Ruiz", "phone": "+52 81 1234 5678", "company": "CEMEX",
         "email": "carlos.ruiz@cemex.com",
         "notes": "Otros teléfonos: Trabajo +52 81 8000 1000 ext. 102"},
        None,
        "+528112345678",
    ),
}  # fmt: skip


def shows(form, expected: dict[str, str]) -> None:
    for name, value in expected.items():
        shown = form.phone.text() if name == "phone" else form.draft().__getattribute__(name)
        assert shown == value, name


@pytest.mark.parametrize("sample", sorted(CASES))
def test_a_card_pasted_with_ctrl_v_fills_the_form_and_saving_sends_what_is_shown(
    qtbot, stack, sandbox, sample
):
    form = stack.window.form
    expected, said, e164 = CASES[sample]
    before = requests_so_far(sandbox)
    paste_into(qtbot, form.name, vcard(sample))
    # The paste saves nothing; at most the duplicate look-ups for the number and e-mail filled.
    assert requests_so_far(sandbox) <= before + 2
    shows(form, expected)
    banner = banner_of(form)
    assert banner.isVisible()
    if said is not None:
        assert banner.text() == said
    assert banner.undo_button.isVisible()
    filled = {n if n != "phone" else "phone_number" for n in expected}
    assert filled <= highlighted(form)
    for box in form.paste.session().highlighted().values():
        assert box.palette().base().color().name() == HIGHLIGHT
    nothing_sent(stack, sandbox)
    stored = saved_as_shown(qtbot, stack, sandbox)
    assert stored["phone_number"] == e164
    assert not banner.isVisible()
    assert highlighted(form) == set()


@pytest.mark.parametrize("sample", sorted(CASES))
def test_a_card_file_dropped_on_the_form_fills_it(qtbot, stack, sandbox, sample):
    form = stack.window.form
    expected, _said, _e164 = CASES[sample]
    drop = drop_on(form, file_mime(VCARDS / sample))
    assert drop.isAccepted()
    shows(form, expected)
    nothing_sent(stack, sandbox)


def test_text_dropped_on_a_box_fills_the_form(qtbot, stack, sandbox):
    form = stack.window.form
    mime = QMimeData()
    mime.setText("Juan Pérez 55 1234 5678 juan@empresa.com, Acme")
    drop_on(form.email, mime)
    assert (form.name.text(), form.phone.text(), form.email.text(), form.company.text()) == (
        "Juan Pérez", "55 1234 5678", "juan@empresa.com", "Acme",
    )  # fmt: skip
    assert banner_of(form).text() == (
        "Se llenaron 4 campos con lo pegado: Nombre, Teléfono, Correo, Empresa."
    )
    nothing_sent(stack, sandbox)


def test_the_signature_of_the_issue_pasted_in_the_phone(qtbot, stack, sandbox):
    form = stack.window.form
    signature = "Tel: (55) 1234-5678 | Lic. Ana María Gómez | Directora Comercial | Grupo Bimbo"
    paste_into(qtbot, form.phone.line_edit(), signature)
    assert form.phone.text() == "55 1234 5678"  # the phone field's own formatting
    assert form.name.text() == "Lic. Ana María Gómez"
    assert form.company.text() == "Grupo Bimbo"
    assert form.notes.toPlainText() == "Puesto: Directora Comercial"
    assert form.more.isVisible()  # what went to "Más datos" is shown
    saved_as_shown(qtbot, stack, sandbox)


@pytest.mark.parametrize(
    ("box", "text", "shown"),
    [
        ("phone", "\u202a+52 1 55 9876 5432\u202c", "+52 1 55 9876 5432"),
        ("name", "Juan Pérez", "Juan Pérez"),
        ("email", "ana@x.mx", "ana@x.mx"),
    ],
)
def test_one_thing_pastes_as_it_always_did(qtbot, stack, sandbox, box, text, shown):
    form = stack.window.form
    widget = form.phone.line_edit() if box == "phone" else getattr(form, box)
    paste_into(qtbot, widget, text)
    assert widget.text() == shown
    assert form.paste._session is None  # nothing filled, no banner made
    others = {"phone": form.phone.text(), "name": form.name.text(), "email": form.email.text()}
    assert [v for k, v in others.items() if k != box] == ["", ""]


def test_a_field_the_person_typed_in_is_not_overwritten_and_is_named(qtbot, stack, sandbox):
    form = stack.window.form
    form.email.setFocus()
    qtbot.keyClicks(form.email, "ana@x.mx")
    paste_into(qtbot, form.name, "Juan Pérez 55 1234 5678 juan@empresa.com, Acme")
    assert form.email.text() == "ana@x.mx"
    assert form.name.text() == "Juan Pérez"
    assert banner_of(form).text() == (
        "Se llenaron 3 campos con lo pegado: Nombre, Teléfono, Empresa.\n"
        "No se cambió Correo: ya tenía ana@x.mx (lo pegado decía juan@empresa.com)."
    )
    assert "email" not in highlighted(form)


def test_typed_notes_stay_and_the_paste_is_added_below(qtbot, stack, sandbox):
    form = stack.window.form
    form.set_more_visible(True)
    form.notes.setFocus()
    qtbot.keyClicks(form.notes, "Llamar el lunes")
    paste_into(qtbot, form.name, vcard("outlook_21.vcf"))
    assert form.notes.toPlainText() == (
        "Llamar el lunes\n\nPuesto: Gerente de Compras\nOtros teléfonos: Trabajo (477) 123-4567"
    )
    qtbot.keyClick(form.name, Qt.Key.Key_Z, CTRL)
    assert form.notes.toPlainText() == "Llamar el lunes"


def test_ctrl_z_undoes_the_whole_fill_before_the_typing_in_the_focused_box(qtbot, stack, sandbox):
    """The newest action first (hallway test: Ctrl+Z after a paste emptied what was typed
    before it, and the fill stayed)."""
    form = stack.window.form
    form.set_more_visible(True)
    form.city.setFocus()
    qtbot.keyClicks(form.city, "Puebla")
    paste_into(qtbot, form.city, vcard("whatsapp_ios.vcf"))
    assert form.name.text() == "Lic. Ana María Gómez"
    assert form.city.text() == "Puebla"  # the card has no city: not touched
    qtbot.keyClick(form.city, Qt.Key.Key_Z, CTRL)  # the whole fill first: it is newer
    assert (form.name.text(), form.phone.text(), form.email.text(), form.company.text()) == (
        "", "", "", "",
    )  # fmt: skip
    assert form.notes.toPlainText() == ""
    assert form.phone.region() == "MX"
    assert highlighted(form) == set()
    assert not banner_of(form).isVisible()
    assert form.city.text() == "Puebla"
    qtbot.keyClick(form.city, Qt.Key.Key_Z, CTRL)  # then the typing in the box
    assert form.city.text() == ""
    nothing_sent(stack, sandbox)


def test_the_undo_button_puts_back_exactly_what_was_there(qtbot, stack, sandbox):
    form = stack.window.form
    form.name.setFocus()
    qtbot.keyClicks(form.name, "Ana")
    paste_into(qtbot, form.email, "+1 415 555 2671 John Smith")  # a US number: the country
    assert form.phone.region() == "US"
    qtbot.mouseClick(banner_of(form).undo_button, Qt.MouseButton.LeftButton)
    assert (form.name.text(), form.phone.text(), form.phone.region()) == ("Ana", "", "MX")


def test_editing_a_filled_field_ends_the_fill_as_one_thing(qtbot, stack, sandbox):
    from whaapy_contacts.ui.common.undo_key import UndoKey

    form = stack.window.form
    paste_into(qtbot, form.name, vcard("whatsapp_android.vcf"))
    assert UndoKey.instance().current() is not None
    form.name.setFocus()
    form.name.end(False)
    qtbot.keyClicks(form.name, " Jr.")
    assert highlighted(form) == set()  # none: the fill is no longer one thing (t17a finding 5)
    assert form.phone.line_edit().palette().base().color().name() != HIGHLIGHT
    assert UndoKey.instance().current() is None  # the offer is withdrawn
    assert not banner_of(form).undo_button.isVisible()
    assert banner_of(form).text() == (
        "Lo pegado ya no se puede deshacer de una vez: cambiaste Nombre."
    )
    while form.name.isUndoAvailable():
        qtbot.keyClick(form.name, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(form.name, Qt.Key.Key_Z, CTRL)
    assert form.phone.text() == "+52 1 55 1234 5678"  # the fill stays


def test_saving_or_clearing_withdraws_the_undo(qtbot, stack, sandbox):
    from whaapy_contacts.ui.common.undo_key import UndoKey

    form = stack.window.form
    paste_into(qtbot, form.name, vcard("whatsapp_android.vcf"))
    save(qtbot, stack)
    offer = UndoKey.instance().current()
    assert offer is not None
    assert offer.label == "save"  # Ctrl+Z now undoes the save (issue 17 item 5), not the fill
    assert form.name.text() == ""
    qtbot.waitUntil(lambda: len(server_contacts(sandbox)) == 1, timeout=5000)


def test_several_cards_ask_which_then_offer_the_next_after_saving(qtbot, stack, sandbox):
    form = stack.window.form
    with qtbot.waitSignal(form.paste.choice_shown, timeout=5000) as shown:
        drop_on(form, file_mime(VCARDS / "google_30_several.vcf"))
    choice = shown.args[0]
    assert choice.isVisible()
    intro = "Este archivo tiene 3 contactos. Llenar con:"
    assert intro in [label.text() for label in choice.findChildren(QLabel)]
    texts = [choice.list.item(i).text() for i in range(choice.list.count())]
    assert texts == [
        "Laura Sánchez — 55 2345 6789 · laura.sanchez@gmail.com · Farmacias del Ahorro",
        "Pedro Ramírez — +52 222 987 6543",
        "Mariana López — (998) 765 4321 · mariana@lopezyasociados.mx",
    ]
    assert form.name.text() == ""  # nothing until chosen
    choice.list.setCurrentRow(1)
    qtbot.keyClick(choice.list, Qt.Key.Key_Return)
    assert form.name.text() == "Pedro Ramírez"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is stack.window, timeout=5000)
    assert form.phone.line_edit().hasFocus()  # back in the form, to go on typing
    banner = banner_of(form)
    assert banner.text().endswith("Contacto 2 de 3 de lo pegado.")
    nothing_sent(stack, sandbox)
    save(qtbot, stack)
    assert banner.isVisible()
    assert banner.text() == "Sigue de lo pegado: contacto 3 de 3, Mariana López."
    assert banner.next_button.isVisible()
    qtbot.mouseClick(banner.next_button, Qt.MouseButton.LeftButton)
    assert form.name.text() == "Mariana López"
    save(qtbot, stack)
    qtbot.mouseClick(banner.next_button, Qt.MouseButton.LeftButton)
    assert form.name.text() == "Laura Sánchez"
    save(qtbot, stack)
    assert not banner.isVisible()
    names = sorted(c["name"] for c in server_contacts(sandbox))
    assert names == ["Laura Sánchez", "Mariana López", "Pedro Ramírez"]


def test_esc_on_the_choice_fills_nothing(qtbot, stack, sandbox):
    form = stack.window.form
    with qtbot.waitSignal(form.paste.choice_shown, timeout=5000) as shown:
        paste_into(qtbot, form.name, vcard("google_30_several.vcf"))
    choice = shown.args[0]
    assert choice.windowTitle() == "Varios contactos"
    qtbot.keyClick(choice.list, Qt.Key.Key_Escape)
    assert not choice.isVisible()
    assert form.name.text() == ""
    nothing_sent(stack, sandbox)


def test_free_text_in_the_notes_stays_a_note(qtbot, stack, sandbox):
    form = stack.window.form
    form.set_more_visible(True)
    text = "Juan Pérez 55 1234 5678 juan@empresa.com, Acme"
    paste_into(qtbot, form.notes, text)
    assert form.notes.toPlainText() == text
    assert form.name.text() == ""


def test_a_broken_card_is_read_as_text_never_a_crash(qtbot, stack, sandbox):
    form = stack.window.form
    paste_into(
        qtbot, form.name, "BEGIN:VCARD\nVERSION:3.0\nFN:Juan Roto\nTEL;TYPE=CELL:55 1234 5678\n"
    )
    assert (form.name.text(), form.phone.text()) == ("Juan Roto", "55 1234 5678")


def test_an_unreadable_dropped_file_is_said(qtbot, stack, sandbox, tmp_path):
    form = stack.window.form
    missing = tmp_path / "contacto.vcf"
    drop_on(form, file_mime(missing))
    assert (
        banner_of(form).text() == "No se pudo leer «contacto.vcf». Revisa que el archivo siga ahí."
    )
    assert form.name.text() == ""


def test_the_box_menu_paste_goes_through_the_same_rules(qtbot, stack, sandbox):
    form = stack.window.form
    QApplication.clipboard().setText(vcard("whatsapp_android.vcf"))
    menu = form.paste.box_menu(form.email)
    action = next(a for a in menu.actions() if a.objectName() == "edit-paste")
    assert action.text().startswith("&Pegar")
    action.trigger()
    assert form.name.text() == "Juan Pérez"
    assert form.email.text() == ""
    QApplication.clipboard().setText("ana@x.mx")  # one thing: the box's own paste
    menu = form.paste.box_menu(form.email)
    next(a for a in menu.actions() if a.objectName() == "edit-paste").trigger()
    assert form.email.text() == "ana@x.mx"


def test_the_phones_extension_goes_to_the_notes_and_is_said(qtbot, stack, sandbox):
    form = stack.window.form
    paste_into(qtbot, form.name, "Juan Pérez\nTel. 55 1234 5678 ext. 204\njuan@empresa.com")
    assert form.phone.text() == "55 1234 5678"
    assert form.notes.toPlainText() == "Extensión del teléfono: 204"
    assert "La extensión del teléfono quedó en Notas: 204." in banner_of(form).text()


def test_text_dropped_on_the_window_outside_the_form_fills_it(qtbot, stack, sandbox):
    form = stack.window.form
    mime = QMimeData()
    mime.setText("Juan Pérez 55 1234 5678 juan@empresa.com")
    assert drop_on(stack.window, mime).isAccepted()
    assert (form.name.text(), form.email.text()) == ("Juan Pérez", "juan@empresa.com")
    nothing_sent(stack, sandbox)


def test_a_dropped_file_without_a_contact_is_said(qtbot, stack, sandbox, tmp_path):
    form = stack.window.form
    note = tmp_path / "lista del súper.txt"
    note.write_text("leche, huevos, tortillas", encoding="utf-8")
    assert drop_on(form, file_mime(note)).isAccepted()
    assert banner_of(form).text() == "No se encontró ningún contacto en «lista del súper.txt»."
    assert form.name.text() == ""


def test_the_same_card_pasted_twice_adds_nothing_twice(qtbot, stack, sandbox):
    form = stack.window.form
    paste_into(qtbot, form.name, vcard("outlook_21.vcf"))
    notes = form.notes.toPlainText()
    paste_into(qtbot, form.name, vcard("outlook_21.vcf"))
    assert form.notes.toPlainText() == notes
    assert banner_of(form).text() == ("No se llenó nada con lo pegado: los campos ya lo tenían.")


def test_a_windows_1252_card_put_on_the_clipboard_as_bytes_keeps_its_accents(qtbot, stack, sandbox):
    form = stack.window.form
    mime = QMimeData()
    mime.setData("text/plain", (VCARDS / "outlook_21.vcf").read_bytes())  # as xclip -i does
    QApplication.clipboard().setMimeData(mime)
    form.name.setFocus()
    qtbot.keyClick(form.name, Qt.Key.Key_V, CTRL)
    assert (form.name.text(), form.city.text()) == ("Raúl Muñoz", "León")
    assert form.company.text() == "Constructora del Bajío S.A. de C.V."


def test_letters_the_clipboard_lost_are_said_never_silent(qtbot, stack, sandbox):
    form = stack.window.form
    paste_into(qtbot, form.name, "Ra\ufffdl Mu\ufffdoz 477 987 6543 rmunoz@cbajio.mx")
    assert form.name.text() == "Ra\ufffdl Mu\ufffdoz"
    assert (
        "Algunas letras de lo pegado no se pudieron leer (se ven como �): revisa Nombre. "
        "Si venía de un archivo .vcf, mejor arrastra el archivo a la ventana."
    ) in banner_of(form).text()


def test_in_edit_mode_the_fixed_phone_and_the_name_are_kept_and_named(qtbot, stack, sandbox):
    from whaapy_contacts.domain.contact import Contact

    form = stack.window.form
    form.load_for_edit(Contact(id="c1", phone_number="+525587654321", name="Ana", source="manual"))
    paste_into(qtbot, form.email, vcard("whatsapp_ios.vcf"))  # her own card (+52 1 55 8765 4321)
    assert form.phone.text() == "+52 55 8765 4321"
    assert form.name.text() == "Ana"
    assert form.email.text() == "ana.gomez@grupobimbo.com"
    said = banner_of(form).text()
    assert "No se cambió Nombre: ya tenía Ana (lo pegado decía Lic. Ana María Gómez)." in said
    assert "No se cambió Teléfono: ya tenía +52 55 8765 4321" not in said  # the same number
    nothing_sent(stack, sandbox)


def test_nothing_filled_because_each_field_held_something_says_so(qtbot, stack, sandbox):
    form = stack.window.form
    paste_into(qtbot, form.name, "Ana López 55 1111 2222 ana@x.mx")
    paste_into(qtbot, form.name, "Juan Pérez 55 1234 5678 juan@empresa.com")
    assert banner_of(form).text() == (
        "No se llenó nada con lo pegado: esos campos ya tienen algo.\n"
        "No se cambió Nombre: ya tenía Ana López (lo pegado decía Juan Pérez).\n"
        "No se cambió Teléfono: ya tenía 55 1111 2222 (lo pegado decía 55 1234 5678).\n"
        "No se cambió Correo: ya tenía ana@x.mx (lo pegado decía juan@empresa.com)."
    )
    assert not banner_of(form).undo_button.isVisible()


def test_the_banner_speaks_english_in_an_english_ui(english, qtbot, stack, sandbox):
    form = stack.window.form
    paste_into(qtbot, form.name, "Juan Pérez 55 1234 5678 juan@empresa.com, Acme")
    assert banner_of(form).text() == (
        "4 fields were filled from what you pasted: Name, Phone, Email, Company."
    )
    assert banner_of(form).undo_button.text() == "Undo"


def test_the_next_card_never_goes_into_a_form_that_holds_a_contact(qtbot, stack, sandbox):
    """Hallway test (t17b, 3): after saving card 1, an undo put it back in the form, and
    "Siguiente" filled card 2's company into card 1's empty field."""
    form = stack.window.form
    with qtbot.waitSignal(form.paste.choice_shown, timeout=5000) as shown:
        drop_on(form, file_mime(VCARDS / "google_30_several.vcf"))
    qtbot.keyClick(shown.args[0].list, Qt.Key.Key_Return)  # the first: Laura Sánchez
    save(qtbot, stack)
    banner = banner_of(form)
    assert banner.next_button.isVisible()
    type_text(qtbot, form.name, "Otra Persona")  # the form holds a contact again
    qtbot.mouseClick(banner.next_button, Qt.MouseButton.LeftButton)
    assert form.name.text() == "Otra Persona"
    assert form.company.text() == ""  # nothing of the next card
    assert banner.text() == (
        "El formulario tiene otro contacto: guárdalo o límpialo (Esc) y se te ofrecerá de "
        "nuevo el siguiente de lo pegado."
    )
    form.clear_all()  # cleared: the next card is offered again
    qtbot.waitUntil(banner.next_button.isVisible, timeout=5000)
    qtbot.mouseClick(banner.next_button, Qt.MouseButton.LeftButton)
    assert form.name.text() == "Pedro Ramírez"
