"""What a paste puts in the notes, in the UI's language: the card's note, the job title, the
other phones and e-mails, and any words nothing else took (a paste never loses a word)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from whaapy_contacts.domain.paste import OtherPhone, Pasted


def phone_label(kind: str) -> str:
    """A number's kind in words ("work" -> "Trabajo"); a card's own label as it is."""
    translate = QCoreApplication.translate
    words = {
        "work": translate("PasteFill", "Work"),
        "home": translate("PasteFill", "Home"),
        "cell": translate("PasteFill", "Mobile"),
        "fax": translate("PasteFill", "Fax"),
        "main": translate("PasteFill", "Main"),
        "other": translate("PasteFill", "Other"),
        "pager": translate("PasteFill", "Pager"),
        "whatsapp": "WhatsApp",
    }
    return words.get(kind, kind)


def phones_text(phones: tuple[OtherPhone, ...]) -> str:
    """ "Trabajo +52 55 5268 6600; Casa 33 3615 0000" """
    return "; ".join(f"{phone_label(p.label)} {p.number}".strip() for p in phones)


def notes_for(card: Pasted) -> str:
    """The notes a card adds ("" when none), one thing a paragraph."""
    parts = [card.note]
    if card.phone_extension:
        parts.append(
            QCoreApplication.translate("PasteFill", "Phone extension: %1").replace(
                "%1", card.phone_extension
            )
        )
    if card.title:
        parts.append(
            QCoreApplication.translate("PasteFill", "Job title: %1").replace("%1", card.title)
        )
    if card.other_phones:
        parts.append(
            QCoreApplication.translate("PasteFill", "Other phones: %1").replace(
                "%1", phones_text(card.other_phones)
            )
        )
    if card.other_emails:
        parts.append(
            QCoreApplication.translate("PasteFill", "Other e-mails: %1").replace(
                "%1", ", ".join(card.other_emails)
            )
        )
    parts.extend(card.leftovers)
    parts.append(card.message)
    return "\n".join(p for p in parts if p)


def moved_to_notes(card: Pasted) -> list[str]:
    """What the banner says went to the notes (the person must see where each thing went)."""
    said = []
    if card.phone_extension:
        said.append(
            QCoreApplication.translate("PasteFill", "The phone's extension went to Notes: %1.")
            .replace("%1", card.phone_extension)
        )  # fmt: skip
    if card.other_phones:
        said.append(
            QCoreApplication.translate("PasteFill", "Other phones went to Notes: %1.").replace(
                "%1", phones_text(card.other_phones)
            )
        )
    if card.other_emails:
        said.append(
            QCoreApplication.translate("PasteFill", "Other e-mails went to Notes: %1.").replace(
                "%1", ", ".join(card.other_emails)
            )
        )
    if card.title:
        said.append(
            QCoreApplication.translate("PasteFill", "The job title went to Notes: %1.").replace(
                "%1", card.title
            )
        )
    if card.message:
        said.append(QCoreApplication.translate("PasteFill", "The whole message went to Notes."))
    return said
