"""Translations of engineer "compose" (issue 16: texts that moved from MainWindow to its presenters)."""

# ruff: noqa: E501

ES = {
    # ui/shell/edits.py (EditPresenter)
    "Its changes are still being saved; open it again in a moment.": "Todavía se guardan sus cambios; vuelve a abrirlo en un momento.",
    # ui/shell/edits.py (EditPresenter)
    "Whaapy doesn't let a saved contact's phone change; for another number, save a new contact.": "Whaapy no permite cambiar el teléfono de un contacto guardado; para otro número, guarda un contacto nuevo.",
    # ui/shell/edits.py (EditPresenter)
    "Saving the changes to “%1”…": "Guardando los cambios de «%1»…",
    # ui/shell/edits.py (EditPresenter)
    "Updated: %1": "Actualizado: %1",
    # ui/shell/edits.py (EditPresenter)
    "Nothing changed: %1": "Sin cambios: %1",
    # ui/shell/edits.py (EditPresenter)
    "(Whaapy can't empty some fields, so they keep their value.)": "(Whaapy no permite vaciar algunos campos; conservan su valor.)",
    # ui/shell/edits.py (EditPresenter)
    "Whaapy refused some of its fields.": "Whaapy rechazó algunos de sus datos.",
    # ui/shell/edits.py (EditPresenter)
    "The changes to “%1” were not saved: %2": "No se guardaron los cambios de «%1»: %2",
    # ui/shell/presenter.py (ShellPresenter)
    "Connected to Whaapy.": "Conectado a Whaapy.",
    # ui/shell/presenter.py (ShellPresenter)
    "Discarded. It was not sent to Whaapy.": "Descartado. No se envió a Whaapy.",
    # ui/shell/presenter.py (ShellPresenter)
    "Recovered the contact you were typing.": "Se recuperó el contacto que estabas escribiendo.",
    # ui/shell/presenter.py (ShellPresenter)
    "Every pending contact was sent.": "Se enviaron todos los contactos pendientes.",
}

# ui/shell/asking.py: the window's questions, in the window's context as before.
BY_CONTEXT = {
    (
        "MainWindow",
        "Your changes to this contact will be lost.",
    ): "Se perderán tus cambios en este contacto.",
    ("MainWindow", "What you typed will be lost."): "Se perderá lo que escribiste.",
    ("MainWindow", "Clear the form?"): "¿Limpiar el formulario?",
    (
        "MainWindow",
        "The form holds your changes to another contact.",
    ): "El formulario tiene tus cambios a otro contacto.",
    (
        "MainWindow",
        "The form holds a contact you are typing.",
    ): "El formulario tiene un contacto que estás escribiendo.",
    ("MainWindow", "Save what you typed first?"): "¿Guardar primero lo que escribiste?",
    ("MainWindow", "Save it first"): "Guardarlo primero",
    ("MainWindow", "Discard it and open the other"): "Descartarlo y abrir el otro",
    ("MainWindow", "Clear"): "Limpiar",
    ("MainWindow", "Keep editing"): "Seguir editando",
    ("MainWindow", "Key used for this session only"): "Clave usada solo por esta sesión",
    (
        "MainWindow",
        "This computer has no password store the app can use, so the key is kept only while the app is open. It is never written to disk. You will need to paste it again next time.",
    ): "Este equipo no tiene un almacén de contraseñas que la app pueda usar, así que la clave se usa solo mientras la app está abierta. Nunca se escribe en disco. La próxima vez tendrás que pegarla de nuevo.",
}
