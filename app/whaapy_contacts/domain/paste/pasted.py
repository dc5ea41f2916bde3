"""What one pasted contact holds, and which reader makes it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from whaapy_contacts.domain.cleaning import clean_line, clean_multiline

# The form's fields a paste may fill, in the form's order ("notes" gathers the rest).
FILLABLE = (
    "phone_number", "name", "email", "company", "address", "city", "state", "postal_code",
    "country", "notes",
)  # fmt: skip
# A reasonable paste (a huge text would keep the GUI thread busy).
MAX_CHARS = 8_000_000  # a vCard file with photos
MAX_FREE_TEXT = 20_000  # a long signature is 1,000; a longer text is not one contact
_VCARD = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class OtherPhone:
    """A number that did not go to the phone field. ``label`` is a kind ("work", "home",
    "cell", "fax", "main", "other", "whatsapp", "pager") or the card's own words ("Recepción")."""

    label: str
    number: str


@dataclass(frozen=True)
class Pasted:
    """One contact read from a paste. Empty strings are "not there"."""

    kind: str  # "vcard" or "text"
    name: str = ""
    phone: str = ""  # as written (the form formats and checks it as if typed)
    phone_label: str = ""
    phone_extension: str = ""  # "ext. 12" of that number: into the notes (never dropped)
    email: str = ""
    company: str = ""
    title: str = ""  # the job title ("Directora Comercial"): into the notes
    address: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    country: str = ""  # ISO code
    note: str = ""  # the card's own note
    other_phones: tuple[OtherPhone, ...] = ()
    other_emails: tuple[str, ...] = ()
    leftovers: tuple[str, ...] = ()  # free text nothing else took: into the notes, never lost
    message: str = ""  # a chat message as written (its number and name taken): into the notes
    # A card's dates: ("birthday" or "anniversary", "1985-07-21" or as written when unreadable);
    # into the account's date field of that name, else the notes (t17a finding 7).
    dates: tuple[tuple[str, str], ...] = ()
    # Whatever else a card holds with a value: (its property, "X-RFC", "URL"…; the value); into
    # a custom field of that name, else the notes. Nothing of a card is dropped silently.
    extras: tuple[tuple[str, str], ...] = ()

    def things(self) -> int:
        """How many of the person's things it holds (a paste of one is an ordinary paste)."""
        singles = (self.name, self.phone, self.email, self.company, self.address, self.city)
        return sum(1 for v in singles if v) + len(self.other_phones) + len(self.other_emails)

    def fills_form(self) -> bool:
        """A card always does; free text needs a phone or an e-mail and one more thing, or
        words around it (a message: the number is never cut into the phone box); a name
        alone, an address with a comma, a note: an ordinary paste."""
        if self.kind == "vcard":
            return self.things() > 0
        words = self.message or any(any(ch.isalpha() for ch in p) for p in self.leftovers)
        return bool(self.phone or self.email) and (self.things() > 1 or bool(words))

    def title_line(self) -> str:
        """The card in a list of several: its name, else its number or e-mail."""
        return self.name or self.phone or self.email or self.company


def read_paste(text: str) -> tuple[Pasted, ...]:
    """Every contact in ``text``: the vCards in it, or else one read as free text (a broken
    vCard is read as free text too). Nothing found: ``()``."""
    text = text[:MAX_CHARS]
    if _VCARD.search(text):
        from whaapy_contacts.domain.paste.vcard import read_vcards  # noqa: PLC0415 - vobject

        cards = read_vcards(text)
        if cards:
            return cards
    if len(text) > MAX_FREE_TEXT:
        return ()  # an ordinary paste (and reading it would keep the GUI thread busy)
    from whaapy_contacts.domain.paste.free_text import read_free_text  # noqa: PLC0415

    found = read_free_text(clean_multiline(text))
    return (found,) if found.things() else ()


def line(text: object) -> str:
    """One field's value from a reader: cleaned (domain/cleaning.py), spaces tidied."""
    return " ".join(clean_line(str(text or "")).split())
