"""Free text read by domain/paste: signatures, chat lines, web pages; and what stays an
ordinary paste (one thing)."""

from __future__ import annotations

import pytest

from whaapy_contacts.domain.paste import OtherPhone, read_paste


def one(text: str):
    (card,) = read_paste(text)
    assert card.kind == "text"
    return card


def test_the_chat_line_of_the_issue():
    card = one("Juan Pérez 55 1234 5678 juan@empresa.com, Acme")
    assert (card.name, card.phone, card.email, card.company) == (
        "Juan Pérez", "55 1234 5678", "juan@empresa.com", "Acme",
    )  # fmt: skip
    assert card.fills_form()


def test_the_signature_of_the_issue():
    card = one("Tel: (55) 1234-5678 | Lic. Ana María Gómez | Directora Comercial | Grupo Bimbo")
    assert (card.name, card.phone, card.title, card.company) == (
        "Lic. Ana María Gómez", "(55) 1234-5678", "Directora Comercial", "Grupo Bimbo",
    )  # fmt: skip
    assert card.leftovers == ()


def test_whatsapp_marks_around_the_number():
    card = one("\u202a+52 1 55 9876 5432\u202c Rosa Elena Díaz")
    assert (card.name, card.phone) == ("Rosa Elena Díaz", "+52 1 55 9876 5432")


def test_an_email_signature_block():
    card = one(
        "Saludos,\n\nIng. Roberto Castillo Vega\nGerente de Compras\n"
        "Constructora del Bajío S.A. de C.V.\n"
        "Cel. 477 123 4567 | Oficina: 477 765 4321 ext. 12\n"
        "roberto.castillo@cbajio.com.mx\nwww.cbajio.com.mx"
    )
    assert card.name == "Ing. Roberto Castillo Vega"
    assert card.title == "Gerente de Compras"
    assert card.company == "Constructora del Bajío S.A. de C.V."
    assert (card.phone, card.phone_label) == ("477 123 4567", "cell")
    assert card.other_phones == (OtherPhone("work", "477 765 4321 ext. 12"),)
    assert card.email == "roberto.castillo@cbajio.com.mx"
    assert card.leftovers == ("www.cbajio.com.mx",)  # never lost: into the notes; not "Saludos"


@pytest.mark.parametrize(
    ("text", "name", "phone", "email", "company"),
    [
        ("Nombre: Ana Luisa Peña\nEmpresa: Acme, S.A. de C.V.\nCorreo: ana@acme.mx",
         "Ana Luisa Peña", "", "ana@acme.mx", "Acme, S.A. de C.V."),
        ("Cel 044 55 1234 5678, Pedro Páramo, pedro@comala.mx",
         "Pedro Páramo", "044 55 1234 5678", "pedro@comala.mx", ""),
        ("MARÍA DE LA LUZ TORRES · +52 33 1234 5678", "MARÍA DE LA LUZ TORRES",
         "+52 33 1234 5678", "", ""),
        ("Contacto: Luis Ávila <luis.avila@transportesavila.mx>",
         "Luis Ávila", "", "luis.avila@transportesavila.mx", ""),
        ("55-1234-5678 / Farmacias Similares SA de CV", "", "55-1234-5678", "",
         "Farmacias Similares SA de CV"),
        ("Ferretería El Clavo S. de R.L. de C.V.\tTel. 81 8765 4321",
         "", "81 8765 4321", "", "Ferretería El Clavo S. de R.L. de C.V."),
        ("Dra. Sofía Treviño-Garza\nsofia@clinicanorte.mx", "Dra. Sofía Treviño-Garza", "",
         "sofia@clinicanorte.mx", ""),
        ("+1 415 555 2671 John Smith", "John Smith", "+1 415 555 2671", "", ""),
    ],
)  # fmt: skip
def test_samples(text, name, phone, email, company):
    card = one(text)
    assert (card.name, card.phone, card.email, card.company) == (name, phone, email, company)
    assert card.fills_form()


def test_several_numbers_the_mobile_goes_first_the_others_are_kept():
    card = one("Juan Pérez · Oficina 55 5555 0000 · WhatsApp 55 1234 5678")
    assert card.phone == "55 1234 5678"
    assert card.other_phones == (OtherPhone("work", "55 5555 0000"),)


@pytest.mark.parametrize(
    "text",
    [
        "55 1234 5678",  # just a phone: the phone field's own paste
        "+52 1 55 1234 5678",
        "Juan Pérez",  # just a name
        "ana@x.mx",  # just an e-mail
        "Av. Juárez 123, Col. Centro",  # an address: no phone, no e-mail
        "Juan Pérez, Acme",  # a name and a company, but nothing to reach them by
        "Llamar el lunes, dice que sí le interesa",  # a note
        "",
        "   \n\t ",
        "\u202a\u202c",
    ],
)
def test_one_thing_is_an_ordinary_paste(text):
    assert not any(card.fills_form() for card in read_paste(text))


def test_an_invalid_email_is_not_taken():
    card = one("Juan Pérez 55 1234 5678 juan@@empresa")
    assert card.email == ""


def test_a_long_text_is_an_ordinary_paste_and_quick():
    import time

    text = "Juan Pérez 55 1234 5678 juan@empresa.com, Acme\n" * 100_000  # 4.8 MB
    start = time.perf_counter()
    assert read_paste(text) == ()
    assert time.perf_counter() - start < 0.5


def test_the_main_phones_extension_is_kept_apart_never_dropped():
    card = one("Juan Pérez\nTel. 55 1234 5678 ext. 204\njuan@empresa.com")
    assert (card.phone, card.phone_extension) == ("55 1234 5678", "204")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pedido de 1500 pesos para el 15/12, llamar a Carmen al 5512345678", "Carmen"),
        ("Llamar a Carmen Ruiz al 5512345678", "Carmen Ruiz"),
        ("mi numero es 5512345678 soy Carmen", "Carmen"),
        ("llamar al 5512345678 mañana", ""),
    ],
)
def test_a_number_inside_a_message_the_name_after_a_or_soy_the_message_kept_whole(text, name):
    card = one(text)
    assert (card.phone, card.name, card.message, card.leftovers) == ("5512345678", name, text, ())
    assert card.fills_form()


def test_a_whatsapp_header_names_the_sender_not_the_contact():
    card = one("[3/12/26, 10:15] María López: Hola, soy Ana Ruiz, mi cel es 33 1234 9876")
    assert (card.name, card.phone) == ("Ana Ruiz", "33 1234 9876")
    assert card.message == "Hola, soy Ana Ruiz, mi cel es 33 1234 9876"
    android = one("3/12/26 10:15 - María López: soy Ana Ruiz 33 1234 9876")
    assert android.name == "Ana Ruiz"


def test_a_disclaimer_and_one_letter_labels_are_not_the_contacts():
    card = one(
        "Ing. José Ángel Gutiérrez | Ventas\nM: 044 55 7070 8080\nE: ja@aceros-mx.com\n\n"
        "Este correo y sus anexos son confidenciales. Si usted no es el destinatario, favor de "
        "notificar al remitente al 55 1111 9999."
    )
    assert (card.phone, card.other_phones, card.leftovers) == ("044 55 7070 8080", (), ())


def test_a_number_with_words_on_other_lines_fills_never_cut_into_the_phone_box():
    card = one("Pedido grande\n1500 pesos\nllamar al 5512345678")
    assert card.phone == "5512345678"
    assert card.fills_form()  # the words go to the notes


def test_a_message_that_mentions_confidential_words_is_still_read():
    card = one("Soy Ana Ruiz, el remitente del paquete confidencial, mi cel es 33 1234 9876")
    assert (card.name, card.phone) == ("Ana Ruiz", "33 1234 9876")
