"""Issue 17, item 5: undo the last save (ui/form/undo_save.py, the banner in
ui/form/duplicate_update.py, the wait in ui/form/save_controller.py)."""

BY_CONTEXT = {
    # The banner.
    ("UndoBanner", "Undo"): "Deshacer",
    ("UndoBanner", "Undo the last save (%1)"): "Deshacer lo último que se guardó (%1)",
    ("UndoBanner", "Try again"): "Reintentar",
    ("UndoBanner", "Put it back in the form"): "Volver a ponerlo en el formulario",
    ("UndoBanner", "Hide this message"): "Ocultar este mensaje",
    # What it offers.
    (
        "UndoSaveFlow",
        "Saved “%1”. Undo deletes “%1” from Whaapy and puts it back in the form.",
    ): "Se guardó «%1». Deshacer borra «%1» de Whaapy y lo regresa al formulario.",
    (
        "UndoSaveFlow",
        "Saved “%1”. Undo deletes “%1” from your practice contacts and puts it back in the form.",
    ): "Se guardó «%1». Deshacer borra «%1» de tus contactos de práctica y lo regresa al "
    "formulario.",
    (
        "UndoSaveFlow",
        "Updated “%1”. Undo puts its previous values back.",
    ): "Se actualizó «%1». Deshacer le regresa sus datos anteriores.",
    (
        "UndoSaveFlow",
        "Undo puts back what it can; a new note stays.",
    ): "Deshacer regresa lo que se puede; una nota nueva se queda.",
    # While it runs.
    ("UndoSaveFlow", "Undoing “%1”…"): "Deshaciendo «%1»…",
    (
        "UndoSaveFlow",
        "Undoing “%1”: it is deleted as soon as %2 answers.",
    ): "Deshaciendo «%1»: se borrará en cuanto %2 conteste.",
    ("UndoSaveFlow", "the practice server"): "el servidor de práctica",
    # What it did.
    (
        "UndoSaveFlow",
        "Undone: %1 has its previous values again.",
    ): "Deshecho: %1 tiene otra vez sus datos anteriores.",
    (
        "UndoSaveFlow",
        "Undone: “%1” was never sent.",
    ): "Deshecho: «%1» no llegó a enviarse.",
    (
        "UndoSaveFlow",
        "Undone: “%1” had not been saved.",
    ): "Deshecho: «%1» no se había guardado.",
    (
        "UndoSaveFlow",
        "Undone: “%1” was deleted from Whaapy.",
    ): "Deshecho: «%1» se borró de Whaapy.",
    (
        "UndoSaveFlow",
        "Undone: “%1” was deleted from your practice contacts.",
    ): "Deshecho: «%1» se borró de tus contactos de práctica.",
    (
        "UndoSaveFlow",
        "The contact you are typing stays in the form.",
    ): "El contacto que estás escribiendo sigue en el formulario.",
    ("UndoSaveFlow", "“%1” is back in the form."): "«%1» está otra vez en el formulario.",
    # Why it could not.
    (
        "UndoSaveFlow",
        "Couldn't undo: “%1” is still saved in Whaapy.",
    ): "No se pudo deshacer: «%1» sigue guardado en Whaapy.",
    (
        "UndoSaveFlow",
        "Couldn't undo: “%1” is still saved in your practice contacts.",
    ): "No se pudo deshacer: «%1» sigue guardado en tus contactos de práctica.",
    (
        "UndoSaveFlow",
        "Couldn't undo: “%1” keeps its new values.",
    ): "No se pudo deshacer: «%1» sigue con sus datos nuevos.",
    # Saving waits for it.
    (
        "SaveController",
        "Wait a moment: the last save is being undone.",
    ): "Espera un momento: se está deshaciendo lo último que se guardó.",
}

BY_CONTEXT.update(
    {
        ("ShortcutsDialog", "Ctrl+Z (or Ctrl+Alt+Z)"): "Ctrl+Z (o Ctrl+Alt+Z)",
        (
            "ShortcutsDialog",
            "Undo the last save while it is offered; in a box with typing, Ctrl+Z undoes the "
            "typing first",
        ): "Deshacer lo último que se guardó mientras se ofrece; en una casilla con algo "
        "escrito, Ctrl+Z deshace primero lo escrito",
    }
)

BY_CONTEXT[
    (
        "UndoSaveFlow",
        "“%1” was not undone: the account was changed first; it stays with the contacts of "
        "that account.",
    )
] = "«%1» no se deshizo: se cambió de cuenta antes; se queda con los contactos de esa cuenta."

BY_CONTEXT[("UndoSaveFlow", "Undo can't take these back: %1.")] = "Esto no se puede deshacer: %1."

# The offer of a save still waiting in the outbox; what an undone update could not put back.
BY_CONTEXT.update(
    {
        (
            "UndoSaveFlow",
            "Saved “%1” (waiting to be sent). Undo takes it out before it is sent and puts it "
            "back in the form.",
        ): "Se guardó «%1» (pendiente de enviar). Deshacer lo quita antes de que se envíe y lo "
        "regresa al formulario.",
        (
            "UndoSaveFlow",
            "Undone: %1 has its previous values again, except %2.",
        ): "Deshecho: %1 tiene otra vez sus datos anteriores, excepto %2.",
        ("UndoSaveFlow", "%1 (can't be emptied)"): "%1 (no se puede vaciar)",
        (
            "UndoSaveFlow",
            "%1 (what was added can't be removed)",
        ): "%1 (lo que se agregó no se puede quitar)",
        ("UndoSaveFlow", "the new note"): "la nota nueva",
    }
)

BY_CONTEXT[
    (
        "UndoSaveFlow",
        "Couldn't undo: it couldn't be checked whether “%1” was saved in %2. It won't be sent "
        "again.",
    )
] = (
    "No se pudo deshacer: no se pudo revisar si «%1» quedó guardado en %2. Ya no se volverá a "
    "enviar."
)
BY_CONTEXT[("UndoSaveFlow", "your practice contacts")] = "tus contactos de práctica"
