"""A contact in free text: an e-mail signature, a chat line, a block copied from a web page.

Phones are found by phonenumbers' matcher (region MX), e-mails by a pattern and then the form's
own check (email-validator, syntax only); what remains is cut into pieces at line breaks, "|",
"·", commas and the places a phone or e-mail was, and each piece is read as a label ("Empresa:
…"), a company (a legal suffix such as S.A. de C.V., or a word such as "Grupo"), a job title, or
a name (capitalised words, accents, particles such as "de la"). Anything else is kept for the
notes: a paste never loses a word.
"""

from __future__ import annotations

import re

from whaapy_contacts.domain.paste.pasted import OtherPhone, Pasted, line
from whaapy_contacts.domain.paste.phone_labels import best_phone, split_extension
from whaapy_contacts.domain.paste.words import (
    FIELD_LABELS,
    PHONE_LABEL,
    is_company,
    is_noise,
    is_sentence,
    is_title,
    looks_like_name,
    name_in_message,
    phone_kind,
    strip_label,
)

_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# A comma ends a piece, except before a legal suffix ("Acme, S.A. de C.V.").
_NOT_BEFORE_SUFFIX = r"(?!\s*(?:S\.?\s*A\.?|S\.?\s*de\b|A\.?\s*C\.?\b|S\.?\s*C\.?\b))"
_PIECES = re.compile(r"\s*(?:\n|\||·|•|;|\t|," + _NOT_BEFORE_SUFFIX + r")\s*", re.IGNORECASE)
_GAP = "\n"  # what a found phone or e-mail leaves: a piece boundary
# Mexico's retired forms (+52 1 …, 044/045 …), which phonenumbers doesn't take for numbers;
# the form strips them as typed, and says so.
_RETIRED = re.compile(
    r"(?:\+\s?52[\s.-]*1|(?<!\d)04[45])[\s.-]*\(?\d{2,3}\)?[\s.-]*\d{3,4}[\s.-]*\d{4}(?!\d)"
)
# A broken card read as text: "TEL;TYPE=CELL:55 1234 5678" -> "55 1234 5678".
_CARD_LINE = re.compile(r"(?im)^(?:item\d+\.)?[A-Z][A-Z0-9-]*(?:;[^:\n]*)?:(.*)$")
_CARD_FRAME = re.compile(r"(?im)^(?:BEGIN|END|VERSION|PRODID|REV|UID)\s*:.*$")
# A copied WhatsApp message's header, "[3/12/26, 10:15] María López: " (iPhone, desktop) or
# "3/12/26 10:15 - María López: " (Android): its sender is not the contact (t17a finding 10).
_CHAT_HEADER = re.compile(
    r"(?m)^[ \t]*(?:\[\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?\]"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*(?:[ap]\.?\s?m\.?)?\s+-)\s*[^:\n]{1,60}:\s*",
    re.IGNORECASE,
)
# A mail's legal disclaimer ("Este correo y sus anexos son confidenciales…"): not the contact's,
# and its number is the sender's company's, not one of the person's phones.
_DISCLAIMER = re.compile(
    r"(?i)\b(?:confidencial(?:es)?|destinatario|remitente|aviso de privacidad|"
    r"intended recipient|confidential|privileged)\b"
)
_DISCLAIMER_MIN = 60  # characters: a paragraph, not a word in a signature line


def read_free_text(text: str) -> Pasted:
    if _CARD_FRAME.search(text):
        text = _CARD_LINE.sub(r"\1", _CARD_FRAME.sub("", text)).replace(";", " ")
    text, chat = _CHAT_HEADER.subn("", _without_disclaimers(text))
    written = text.strip()
    text, phones = _take_phones(text)
    text, emails = _take_emails(text)
    main = best_phone(phones)
    found: dict[str, str] = {}
    leftovers: list[str] = []
    for piece in _pieces(text):
        _place(piece, found, leftovers)
    message = ""
    if chat or ("\n" not in written and any(is_sentence(p) for p in leftovers)):
        message, leftovers = written, []  # a message: whole in the notes, never in pieces
        if "name" not in found and (named := name_in_message(written)):
            found["name"] = named
    return Pasted(
        "text",
        name=found.get("name", ""),
        phone=split_extension(main.number)[0] if main else "",
        phone_label=main.label if main else "",
        phone_extension=split_extension(main.number)[1] if main else "",
        email=emails[0] if emails else "",
        company=found.get("company", ""),
        title=found.get("title", ""),
        address=found.get("address", ""),
        other_phones=tuple(p for p in phones if p is not main),
        other_emails=tuple(emails[1:]),
        leftovers=tuple(leftovers),
        message=message,
    )


def _without_disclaimers(text: str) -> str:
    """A signature's disclaimer is a block of its own below it: the first block is kept
    whatever it says (a message that mentions a "remitente" is still the message)."""
    first, *rest = re.split(r"(\n\s*\n)", text)
    return first + "".join(p for p in rest if not _is_disclaimer(p))


def _is_disclaimer(paragraph: str) -> bool:
    return len(paragraph.strip()) >= _DISCLAIMER_MIN and bool(_DISCLAIMER.search(paragraph))


def _take_phones(text: str) -> tuple[str, list[OtherPhone]]:
    import phonenumbers  # noqa: PLC0415 - ~25 ms, loaded where a number is first read

    phones: list[OtherPhone] = []
    kept, at = [], 0
    for retired in _RETIRED.finditer(text):
        phones.append(OtherPhone(_label_before(text[at : retired.start()]), line(retired[0])))
        kept += [_unlabelled(text[at : retired.start()]), _GAP]
        at = retired.end()
    text, kept, at = "".join(kept) + text[at:], [], 0
    leniency = phonenumbers.Leniency.POSSIBLE  # +52 1 … and 044 … are not "valid" to it
    for match in phonenumbers.PhoneNumberMatcher(text, "MX", leniency=leniency):
        before = text[at : match.start]
        phones.append(OtherPhone(_label_before(before), line(match.raw_string)))
        kept += [_unlabelled(before), _GAP]
        at = match.end
    kept.append(text[at:])
    return "".join(kept), phones


def _label_before(before: str) -> str:
    label = PHONE_LABEL.search(before[-30:])
    return phone_kind(label[1]) if label else ""


def _unlabelled(before: str) -> str:
    return PHONE_LABEL.sub("", before)


def _take_emails(text: str) -> tuple[str, list[str]]:
    from whaapy_contacts.domain.email import check_email  # noqa: PLC0415 - email-validator

    emails = [m[0].strip(".") for m in _EMAIL.finditer(text)]
    emails = [e for e in emails if check_email(e).normalized]
    for email in emails:
        text = text.replace(email, _GAP)
    return text, emails


def _pieces(text: str) -> list[str]:
    pieces = (line(p).strip(" -–—:/<>()[]\"'") for p in _PIECES.split(text))
    return [p for p in pieces if _worth(p) and not FIELD_LABELS.fullmatch(p + ":")]


def _worth(piece: str) -> bool:
    """Not a signature's one-letter label ("E:", "W:") nor a lone punctuation mark."""
    letters = [ch for ch in piece if ch.isalnum()]
    return len(letters) > 1 or (bool(letters) and letters[0].isdigit())


def _place(piece: str, found: dict[str, str], leftovers: list[str]) -> None:
    """Where one piece goes: a labelled field, a company, a title, the name, else the notes."""
    if is_noise(piece):
        return  # "Saludos", "Enviado desde mi iPhone": not the contact's
    field, value = strip_label(piece)
    if field and value and field not in found:
        found[field] = value
        return
    if is_company(piece) and "company" not in found:
        found["company"] = piece
    elif is_title(piece) and "title" not in found:
        found["title"] = piece
    elif looks_like_name(piece) and "name" not in found:
        found["name"] = piece
    elif looks_like_name(piece) and "company" not in found and "name" in found:
        found["company"] = piece  # "Juan Pérez, Acme": the words after the name
    else:
        leftovers.append(piece)
