"""vCards as phones and WhatsApp export them (tests/data/vcards/), read by domain/paste."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from whaapy_contacts.domain.paste import OtherPhone, read_paste, text_of_file

VCARDS = Path(__file__).parents[2] / "data" / "vcards"


def cards(name: str):
    return read_paste(text_of_file((VCARDS / name).read_bytes()))


def only(name: str):
    (card,) = cards(name)
    assert card.kind == "vcard"
    assert card.fills_form()
    return card


def test_whatsapp_android_share():
    card = only("whatsapp_android.vcf")
    assert (card.name, card.phone, card.phone_label) == (
        "Juan Pérez", "+52 1 55 1234 5678", "whatsapp",
    )  # fmt: skip
    assert card.other_phones == ()


def test_whatsapp_ios_share_takes_the_whatsapp_number_and_keeps_the_office_one():
    card = only("whatsapp_ios.vcf")
    assert card.name == "Lic. Ana María Gómez"
    assert card.phone == "+52 1 55 8765 4321"  # waid=, though the office one is "pref"
    assert card.other_phones == (OtherPhone("work", "+52 55 5268 6600"),)  # item1.X-ABLabel
    assert (card.email, card.company, card.title) == (
        "ana.gomez@grupobimbo.com", "Grupo Bimbo", "Directora Comercial",
    )  # fmt: skip


def test_android_21_quoted_printable_accents_and_soft_line_breaks():
    card = only("android_export_21.vcf")
    assert card.name == "José Hernández"  # =C3=A9, CHARSET=UTF-8
    assert card.phone == "+523312345678"  # TEL;CELL before TEL;HOME
    assert card.other_phones == (OtherPhone("home", "33 3615 0000"),)
    assert card.note == (
        "Cliente desde 2019, prefiere llamadas por la mañana\n"
        "y correo los viernes. Atención: pedidos grandes"
    )  # the comma is literal in 2.1; the soft breaks (=) join the lines
    assert (card.address, card.city, card.state, card.postal_code, card.country) == (
        "Av. Juárez 123", "Guadalajara", "Jalisco", "44100", "MX",
    )  # fmt: skip


def test_ios_30_labels_and_a_big_photo_ignored_fast():
    text = text_of_file((VCARDS / "ios_30_photo.vcf").read_bytes())
    assert len(text) > 80_000  # the base64 photo, folded
    read_paste(text)  # vobject loaded once
    start = time.perf_counter()
    (card,) = read_paste(text)
    assert time.perf_counter() - start < 0.25
    assert card.phone == "+52 81 2345 6789"  # _$!<Mobile>!$_
    assert card.other_phones == (OtherPhone("Recepción", "+52 81 8123 4000"),)
    assert card.company == "Consultoría Norte, Ventas"
    assert (card.city, card.state, card.country) == ("Monterrey", "N.L.", "MX")
    assert len(repr(card)) < 1000  # no photo in it


def test_outlook_21_windows_1252():
    card = only("outlook_21.vcf")
    assert card.name == "Raúl Muñoz"
    assert card.company == "Constructora del Bajío S.A. de C.V."
    assert card.title == "Gerente de Compras"
    assert card.phone == "477 987 6543"  # TEL;CELL;VOICE
    assert card.other_phones == (OtherPhone("work", "(477) 123-4567"),)
    assert (card.address, card.city, card.state, card.postal_code) == (
        "Blvd. López Mateos 1500", "León", "Guanajuato", "37000",
    )  # fmt: skip


def test_google_export_with_several_cards():
    found = cards("google_30_several.vcf")
    assert [c.name for c in found] == ["Laura Sánchez", "Pedro Ramírez", "Mariana López"]
    pedro = found[1]
    assert pedro.phone == "+52 222 987 6543"  # the CELL, not the WORK one listed first
    assert pedro.other_phones == (OtherPhone("work", "+52 222 123 4567"),)
    assert pedro.note == "Proveedor de cajas de cartón. Llamar después de las 10."


def test_vcard_40_tel_uris_and_extensions():
    card = only("vcard40.vcf")
    assert card.phone == "+52 81 1234 5678"
    assert card.other_phones == (OtherPhone("work", "+52 81 8000 1000 ext. 102"),)
    assert (card.company, card.city) == ("CEMEX", "San Pedro Garza García")


def test_escapes_of_30_are_undone():
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nTEL:5512345678\r\n"
        "NOTE:uno\\, dos\\nTres\\;\r\nEND:VCARD\r\n"
    )
    (card,) = read_paste(text)
    assert card.note == "uno, dos\nTres;"


def test_n_without_fn_reads_in_order():
    text = "BEGIN:VCARD\nVERSION:3.0\nN:Gómez;Ana;María;Lic.;\nTEL:5512345678\nEND:VCARD\n"
    (card,) = read_paste(text)
    assert card.name == "Lic. Ana María Gómez"


@pytest.mark.parametrize(
    "broken",
    [
        "BEGIN:VCARD\nVERSION:3.0\nFN:Juan Roto\nTEL;TYPE=CELL:55 1234 5678\n",  # no END
        "BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE;CHARSET=NOPE:Jos=C3=A9\n"
        "FN:Juan Roto\nTEL:55 1234 5678\nEND:VCARD\n",  # an unknown charset: that line skipped
        "BEGIN:VCARD\nVERSION:3.0\n;;;:\n:::\nFN:Juan Roto\nTEL:55 1234 5678\nEND:VCARD",
        "BEGIN:VCARD\nBEGIN:VCARD\nFN:Juan Roto\nTEL:55 1234 5678\nEND:VCARD\nEND:VCARD",
    ],
)
def test_a_broken_card_never_crashes_and_keeps_what_it_can(broken):
    (card,) = read_paste(broken)
    assert (card.name, card.phone) == ("Juan Roto", "55 1234 5678")


def test_a_card_with_nothing_readable_falls_back_to_the_text_rules():
    text = "BEGIN:VCARD\nVERSION:3.0\nX-FOO:bar\nEND:VCARD\nJuan Pérez 55 1234 5678"
    (card,) = read_paste(text)
    assert (card.kind, card.name, card.phone) == ("text", "Juan Pérez", "55 1234 5678")


def test_invisible_marks_and_controls_never_survive():
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:\u202aAna\x07 López\u202c\nTEL:\u200e55 1234 5678\nEND:VCARD"
    )
    (card,) = read_paste(text)
    assert (card.name, card.phone) == ("Ana López", "55 1234 5678")


def test_an_unknown_country_stays_in_the_address():
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nTEL:5512345678\nADR:;;Calle 1;Ciudad;;;Narnia\nEND:VCARD"
    )
    (card,) = read_paste(text)
    assert (card.address, card.country) == ("Calle 1, Narnia", "")


def test_files_decode_utf8_bom_utf16_and_windows_1252():
    assert text_of_file("\ufeffJosé".encode()) == "José"
    assert text_of_file("José".encode("utf-16")) == "José"
    assert text_of_file("José".encode("cp1252")) == "José"


def test_a_cards_dates_and_other_properties_are_kept_never_dropped():
    from whaapy_contacts.domain.paste import read_paste

    (card,) = read_paste(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cumple Años\r\nTEL:55 1212 3434\r\nBDAY:19850721\r\n"
        "ANNIVERSARY:2010-05-01\r\nX-RFC:CUAN850721XX1\r\nCATEGORIES:myContacts,Proveedores\r\n"
        "ADR:;;Calle 1;León;Gto.;37000;México\r\nADR:;;Calle 2;Puebla;Pue.;72000;México\r\n"
        "PRODID:-//Apple Inc.//iOS 17//EN\r\nUID:abc\r\nEND:VCARD\r\n"
    )
    assert card.dates == (("birthday", "1985-07-21"), ("anniversary", "2010-05-01"))
    assert card.extras == (
        ("ADR", "Calle 2, Puebla, Pue., 72000, México"),
        ("X-RFC", "CUAN850721XX1"),
        ("CATEGORIES", "Proveedores"),
    )
