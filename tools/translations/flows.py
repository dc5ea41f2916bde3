"""Translations of engineer "flows" (issue 13: duplicate update, attention entries, messages)."""

# ruff: noqa: E501

ES = {
    # ui/form/duplicate_update.py
    "Name": "Nombre",
    "Email": "Correo",
    "Company": "Empresa",
    "Address": "Dirección",
    "City": "Ciudad",
    "State": "Estado",
    "Postal code": "Código postal",
    "Country": "País",
    "Funnel stage": "Etapa del embudo",
    "Photo (web address)": "Foto (dirección web)",
    "Assigned to": "Asignado a",
    "Deal value": "Valor del trato",
    "Tags": "Etiquetas",
    "New note": "Nota nueva",
    "Update the existing contact": "Actualizar el contacto existente",
    "%1 already has this number. Tick what should change:": "%1 ya tiene este número. Marca lo que debe cambiar:",
    "Update the ticked fields": "Actualizar los campos marcados",
    "Cancel": "Cancelar",
    "Field": "Campo",
    "Now": "Ahora",
    "Will be": "Quedará",
    "(can't be undone)": "(no se podrá deshacer)",
    "Now: %1. Will be: %2.": "Ahora: %1. Quedará: %2.",
    "(empty)": "(vacío)",
    "Undo": "Deshacer",
    "Put the previous values back (%1)": "Vuelve a poner los datos anteriores (%1)",
    "Reading the existing contact…": "Leyendo el contacto existente…",
    "That contact already has everything you typed.": "Ese contacto ya tiene todo lo que escribiste; no hubo nada que cambiar.",
    "Updated %1.": "Se actualizó %1.",
    "Undo puts back what it can; a new note stays.": "Deshacer regresa lo que se puede; una nota nueva se queda.",
    "Putting the previous values back…": "Regresando los datos anteriores…",
    "Undone: %1 has its previous values again.": "Deshecho: %1 tiene otra vez sus datos anteriores.",
}

EN: dict[str, str] = {}
ES.update(
    {
        "Ctrl+Alt+Z": "Ctrl+Alt+Z",
        "Undo the update of an existing contact (while it is offered)": "Deshacer la actualización de un contacto existente (mientras se ofrece)",
    }
)

# Case 9: discarding an entry that needs attention.
ES.update(
    {
        "Discard…": "Descartar…",
        "Remove this contact from this computer without sending it (asks first)": "Quitar este contacto de esta computadora sin enviarlo (pregunta antes)",
        "Del (in the list)": "Supr (en la lista)",
        "Discard the selected contact that needs attention (it asks first)": "Descartar el contacto seleccionado que requiere atención (pregunta antes)",
        "Discarded. It was not sent to Whaapy.": "Descartado. No se envió a Whaapy.",
        "Discard this contact?": "¿Descartar este contacto?",
        "%1 never reached Whaapy.": "%1 no llegó a Whaapy.",
        "If you discard it, what was typed for it is removed from this computer and will not be sent. This can't be undone.": "Si lo descartas, lo que se escribió para él se quita de esta computadora y no se enviará. No se puede deshacer.",
        "Discard": "Descartar",
        "Keep it": "Conservarlo",
    }
)

# Messages that lie or linger.
ES.update(
    {
        "Whaapy is slow to answer": "Whaapy tarda en responder",
        "Whaapy refused this contact; why is written above the form.": "Whaapy no aceptó este contacto; el motivo está arriba del formulario.",
        "What you typed stays on this computer and is back in the form the next time you open the app.": "Lo que escribiste se queda en esta computadora y vuelve al formulario la próxima vez que abras la app.",
        "Quit and keep the draft": "Salir y conservar el borrador",
        "Every pending contact was sent.": "Se enviaron todos los contactos pendientes.",
        "Whaapy doesn't let a saved contact's phone change; for another number, save a new contact.": "Whaapy no permite cambiar el teléfono de un contacto guardado; para otro número, guarda un contacto nuevo.",
        "Saved (practice)": "Guardado (práctica)",
        "That number is already in your practice contacts.": "Ese número ya está en tus contactos de práctica.",
        "Practice mode — %1": "Modo de práctica — %1",
    }
)
EN.update(
    {
        "Whaapy no aceptó este contacto. Su respuesta: «%1»": "Whaapy did not accept this contact. Its answer: “%1”",
        "Whaapy no aceptó este contacto y no dijo qué campo corregir.": "Whaapy did not accept this contact and did not say which field to fix.",
    }
)

# Layout and words: the send status is "Envío" (the address's "Estado" stays), plain words.
BY_CONTEXT = {
    ("RecentContactsModel", "Status"): "Envío",
    ("ContactDetailsView", "Status"): "Envío",
}
ES.update(
    {
        "Typed by hand": "Escrito a mano",
        "Another application": "Otra aplicación",
        "Imported from a file": "Importado de un archivo",
        "Another application (automatic)": "Otra aplicación (automático)",
        "An automation (n8n)": "Una automatización (n8n)",
        "WhatsApp, through Whaapy": "WhatsApp, por Whaapy",
        "Where the contact came from.": "De dónde llegó el contacto.",
        "Reference in %1": "Referencia en %1",
        "E&xternal IDs": "Referencias e&xternas",
        "Ima&ge URL": "Foto (dirección &web)",
        "Paste your Whaapy API key. You create it in %1. It is kept in your system's keyring, never in a file.": "Pega tu clave de acceso de Whaapy. La creas en %1. Se guarda en el almacén de contraseñas del sistema, nunca en un archivo.",
        "This computer has no usable keyring, so the key is kept only while the app is open. It is never written to disk. You will need to paste it again next time.": "Esta computadora no tiene un almacén de contraseñas del sistema que funcione, así que la clave se usa solo mientras la app está abierta. Nunca se escribe en disco. La próxima vez tendrás que pegarla de nuevo.",
    }
)
