"""The form in edit mode, or making a new contact: what the person sees change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit

from whaapy_contacts.domain.fields import more_fields

if TYPE_CHECKING:
    from whaapy_contacts.domain.contact import Contact
    from whaapy_contacts.ui.form.contact_form import ContactForm


def show_mode(form: ContactForm, contact: Contact | None) -> None:
    """New or edit: the title, the banner, what can't change, the save button's words."""
    form.editing = contact
    editing = contact is not None
    form.title.setText(
        QCoreApplication.translate("ContactForm", "Edit contact")
        if editing
        else QCoreApplication.translate("ContactForm", "New contact")
    )
    if contact is not None:
        form.edit_banner.show_for(contact.display_name or contact.phone_number)
    else:
        form.edit_banner.hide()
    if form.isVisible():
        form.fit_width()  # the banner's width counts while it shows
    form.phone.set_fixed(editing)
    fixed = QCoreApplication.translate(
        "ContactForm", "The phone of a saved contact can't be changed here."
    )
    form.phone.setToolTip(fixed if editing else "")
    form.pin.setEnabled(not editing)
    form.update_kept()
    if form.rows.more_built:
        show_mode_in_more(form)
    if form.save_button.isEnabled():  # a save in flight keeps its "Saving…"
        form.save_button.setText(
            QCoreApplication.translate("ContactForm", "Save changes")
            if editing
            else QCoreApplication.translate("ContactForm", "Save")
        )


def show_mode_in_more(form: ContactForm) -> None:
    """Editing, the source can't change (the API refuses it) and the notes box takes a new note."""
    editing = form.editing is not None
    for field in more_fields():
        widget = form.rows.widgets[field.name]
        if field.patch == "never":  # the API refuses a change (the source)
            widget.setEnabled(not editing)
        if isinstance(widget, QPlainTextEdit):
            note = (
                QCoreApplication.translate("ContactForm", "A new note (the saved notes stay)")
                if editing
                else ""
            )
            widget.setPlaceholderText(note)
