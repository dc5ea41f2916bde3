"""The contact's fields in the person's words: domain/fields.py's captions, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from whaapy_contacts.domain.fields import CAPTIONS, FORM, Field


def caption(field: Field) -> str:
    """Its plain name ("Código postal"), as the details pane and the update preview show it."""
    return QCoreApplication.translate(CAPTIONS, field.caption)


def change_caption(field: Field) -> str:
    """Its name in the update preview ("Nota nueva" for the notes: a note is appended)."""
    return QCoreApplication.translate(CAPTIONS, field.change_caption or field.caption)


def form_label(field: Field) -> str:
    """The form's caption, with its Alt letter ("C&ódigo postal")."""
    return QCoreApplication.translate(FORM, field.label)


def kept_caption(field: Field) -> str:
    """Its name in "Kept for the next one" ("Etapa")."""
    return QCoreApplication.translate(FORM, field.kept)
