"""Slips in an e-mail's domain are offered a fix; real providers and company domains are not."""

from __future__ import annotations

import pytest

from whaapy_contacts.domain.email_typos import distance, suggest_email

# Typos seen in contact lists typed in Mexico, with the address meant.
TYPOS = [
    ("maria@gmail.con", "maria@gmail.com"),
    ("maria@gmail.cm", "maria@gmail.com"),
    ("maria@gmail.om", "maria@gmail.com"),
    ("maria@gmail.comm", "maria@gmail.com"),
    ("maria@gmail.co", "maria@gmail.com"),
    ("maria@gmial.com", "maria@gmail.com"),
    ("maria@gmai.com", "maria@gmail.com"),
    ("maria@gmaill.com", "maria@gmail.com"),
    ("maria@gnail.com", "maria@gmail.com"),
    ("maria@gmail.com.mx", "maria@gmail.com"),
    ("maria@gmial.con", "maria@gmail.com"),
    ("juan.perez@hotmial.com", "juan.perez@hotmail.com"),
    ("juan.perez@hotmal.com", "juan.perez@hotmail.com"),
    ("juan.perez@homail.com", "juan.perez@hotmail.com"),
    ("juan.perez@otmail.com", "juan.perez@hotmail.com"),
    ("juan.perez@hotmail.co", "juan.perez@hotmail.com"),
    ("juan.perez@hotmail.con", "juan.perez@hotmail.com"),
    ("juan.perez@hotmail.ez", "juan.perez@hotmail.es"),
    ("ana@yaho.com.mx", "ana@yahoo.com.mx"),
    ("ana@yahooo.com", "ana@yahoo.com"),
    ("ana@yahoo.con.mx", "ana@yahoo.com.mx"),
    ("ana@yahoo.cm", "ana@yahoo.com"),
    ("luis@outlok.com", "luis@outlook.com"),
    ("luis@outllok.com", "luis@outlook.com"),
    ("luis@outlook.co", "luis@outlook.com"),
    ("luis@live.con.mx", "luis@live.com.mx"),
    ("luis@icloud.con", "luis@icloud.com"),
    ("luis@iclod.com", "luis@icloud.com"),
    ("luis@icloud.com.mx", "luis@icloud.com"),
    ("luis@prodigy.net.mz", "luis@prodigy.net.mx"),
    ("luis@prodigi.net.mx", "luis@prodigy.net.mx"),
    ("Maria.Lopez@GMAIL.CON", "Maria.Lopez@gmail.com"),  # the part before @ stays as typed
    ("  maria@gmail.con ", "maria@gmail.com"),
]

# Right as typed: real providers, and domains of companies, schools and government offices
# (several one or two edits from a provider: they must never be "corrected").
UNTOUCHED = [
    "maria@gmail.com",
    "maria@hotmail.com",
    "maria@hotmail.es",
    "maria@outlook.com",
    "maria@outlook.es",
    "maria@yahoo.com",
    "maria@yahoo.com.mx",
    "maria@yahoo.es",
    "maria@live.com.mx",
    "maria@live.com",
    "maria@icloud.com",
    "maria@prodigy.net.mx",
    "ventas@hotmart.com",
    "ventas@wahoo.com",
    "ventas@lime.com",
    "ventas@mail.com",
    "ventas@email.com",
    "ventas@gmx.com",
    "ventas@outlet.com",
    "ventas@hotels.com",
    "ventas@yahoo.fr",
    "ventas@hotmail.fr",
    "ventas@live.com.ar",
    "ventas@yahoo.com.ar",
    "ventas@yahoo.com.co",
    "ventas@hotmail.co.uk",
    "ventas@outlook.com.mx",
    "contacto@unam.mx",
    "contacto@itam.mx",
    "contacto@tec.mx",
    "contacto@sat.gob.mx",
    "contacto@imss.gob.mx",
    "contacto@telmex.com",
    "contacto@bimbo.com.mx",
    "contacto@liverpool.com.mx",
    "contacto@coppel.com",
    "contacto@banorte.com",
    "contacto@pemex.com",
    "contacto@cemex.com",
    "contacto@oxxo.com",
    "contacto@telcel.com",
    "contacto@gmailing.com",
    "contacto@yahoo-empresa.mx",
    "contacto@icloudlabs.com",
    "contacto@prodigy.com",
    "contacto@olive.com.mx",
]

NOT_ADDRESSES = [
    "",
    "maria",
    "maria@",
    "@gmail.con",
    "maria@gmail",
    "maria@gmail.",
    "maria@gmail.c",
]


@pytest.mark.parametrize(("typed", "meant"), TYPOS)
def test_a_slip_in_a_providers_domain_is_offered_the_address_meant(typed, meant):
    assert suggest_email(typed) == meant


@pytest.mark.parametrize("typed", UNTOUCHED)
def test_a_real_domain_gets_no_suggestion(typed):
    assert suggest_email(typed) is None


@pytest.mark.parametrize("typed", NOT_ADDRESSES)
def test_what_is_not_yet_an_address_gets_no_suggestion(typed):
    assert suggest_email(typed) is None


@pytest.mark.parametrize(
    ("a", "b", "edits"),
    [("gmial", "gmail", 1), ("hotmart", "hotmail", 2), ("con", "com", 1), ("", "ab", 2),
     ("gmail.com.mx", "gmail.com", 3), ("abc", "abc", 0)],
)  # fmt: skip
def test_distance_counts_a_swap_as_one_edit(a, b, edits):
    assert distance(a, b) == edits
