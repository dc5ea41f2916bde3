"""Engineer "fixa" (hallway findings 1, 2, 7d-f: edits saved in the background, reopening)."""
# ruff: noqa: E501

# fmt: off
ES: dict[str, str] = {
    # An edit saves as a new contact does (finding 1).
    "Saving the changes to “%1”…": "Guardando los cambios de «%1»…",
    "The changes to “%1” were not saved: %2": "No se guardaron los cambios de «%1»: %2",
    "Whaapy refused some of its fields.": "Whaapy rechazó algunos de sus datos.",
    "Put your changes to that contact back in the form": "Vuelve a poner tus cambios a ese contacto en el formulario",
    "Its changes are still being saved; open it again in a moment.":
        "Todavía se guardan sus cambios; vuelve a abrirlo en un momento.",
    # Opening another contact while the form holds typing (finding 7f).
    "Save what you typed first?": "¿Guardar primero lo que escribiste?",
    "The form holds a contact you are typing.": "El formulario tiene un contacto que estás escribiendo.",
    "The form holds your changes to another contact.": "El formulario tiene tus cambios a otro contacto.",
    "Save it first": "Guardarlo primero",
    "Discard it and open the other": "Descartarlo y abrir el otro",
    # The quit question, said again while it is open (finding 7c).
    "Every contact reached Whaapy.": "Todos los contactos llegaron a Whaapy.",
    "Quit": "Salir",
}
# fmt: on
