"""The lead's own strings (issue 15's look-up before create and its follow-ups)."""

# fmt: off
ES: dict[str, str] = {
    "The number was changed: save with Ctrl+Enter to check it again.":
        "Cambiaste el número: guarda con Ctrl+Enter para revisarlo de nuevo.",
    "Ctrl+I": "Ctrl+I",
    "(loading the stage…)": "(cargando la etapa…)",
    # Practice mode never blames Whaapy (the tester of issue 16 found these left).
    "The practice server refused this contact; why is written above the form.":
        "El servidor de práctica no aceptó este contacto; el motivo está arriba del formulario.",
    "Saved as pending: it will be sent as soon as the practice server answers.":
        "Guardado como pendiente: se enviará en cuanto responda el servidor de práctica.",
    "“%1” was not saved: the practice server refused it.":
        "«%1» no se guardó: el servidor de práctica lo rechazó.",
    "“%1” was not saved: the practice server refused some of its fields.":
        "«%1» no se guardó: el servidor de práctica rechazó algunos de sus datos.",
    # "Editar ese" carries what was typed into that contact's empty fields (ui/shell/presenter.py).
    "Opened “%1” with what you typed in its empty fields: %2.":
        "Se abrió «%1» con lo que escribiste en sus campos vacíos: %2.",
    "Opened “%1”.": "Se abrió «%1».",
    "Not changed, it has its own: %1.": "No se cambió, ya tiene el suyo: %1.",
    "Save to send the changes.": "Guarda para enviar los cambios.",
    # The import's progress while every send fails (ui/importer/progress_page.py).
    "sending fails for now and is retried on its own (the window's bottom line says why)":
        "el envío falla por ahora y se reintenta solo (la línea de abajo de la ventana dice por "
        "qué)",
    # The next pasted card goes into an empty form only (ui/form/paste_session.py).
    "The form holds another contact: save it or clear it (Esc), and the next pasted one is "
    "offered again.":
        "El formulario tiene otro contacto: guárdalo o límpialo (Esc) y se te ofrecerá de nuevo "
        "el siguiente de lo pegado.",
    # An edit in progress comes back after a crash as that edit (ui/shell/presenter.py).
    "Recovered your changes to “%1”.": "Se recuperaron tus cambios a «%1».",
}
# fmt: on

# fmt: off
EN: dict[str, str] = {
    # Google's several values in one cell, kept in the notes (domain/importing/checking.py).
    "Otros teléfonos: %1": "Other phones: %1",
    "Otros correos: %1": "Other e-mails: %1",
    # The import's CSV reader (domain/importing/reading.py).
    "El archivo no se puede leer como tabla: revisa que sus comillas estén cerradas, o ábrelo en "
    "Excel y guárdalo de nuevo como .csv.":
        "The file can't be read as a table: check that its quotes are closed, or open it in "
        "Excel and save it again as .csv.",
    # An extension typed after the number is left out of it, and said (domain/phone.py).
    "La extensión no se guarda en el teléfono (WhatsApp no la usa); anótala en Notas si la "
    "necesitas.":
        "The extension isn't kept in the phone (WhatsApp doesn't use it); add it to Notes if "
        "you need it.",
    # The server's own words in practice mode name the practice server (services/problems.py).
    "El servidor de práctica no aceptó este contacto. Su respuesta: «%1»":
        "The practice server did not accept this contact. Its answer: “%1”",
}
# fmt: on
