"""Where a contact came from, in plain words: the API's codes (manual, api, import…) are jargon."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

SOURCES = ("manual", "api", "import", "webhook", "n8n")


def source_words() -> dict[str, str]:
    """Code → what staff read ("manual" → "Escrito a mano"), in the UI's language."""
    return {
        "manual": QCoreApplication.translate("SourceWords", "Typed by hand"),
        "api": QCoreApplication.translate("SourceWords", "Another application"),
        "import": QCoreApplication.translate("SourceWords", "Imported from a file"),
        "webhook": QCoreApplication.translate("SourceWords", "Another application (automatic)"),
        "n8n": QCoreApplication.translate("SourceWords", "An automation (n8n)"),
        "whaapy": QCoreApplication.translate("SourceWords", "WhatsApp, through Whaapy"),
    }


def source_text(code: str) -> str:
    """The words for a code; an unknown code (another tool's) as it is."""
    return source_words().get(code.strip().casefold(), code)


def source_code(text: str) -> str:
    """The code for the words (or for a code typed as such); other text is sent as typed."""
    words = {w.casefold(): c for c, w in source_words().items()}
    return words.get(text.strip().casefold(), text.strip())
