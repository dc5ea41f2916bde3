"""Engineer "form" (issue 13: type-ahead, Esc, kept-for-next, tags, key/value rows, keyboard)."""
# ruff: noqa: E501

# fmt: off
ES: dict[str, str] = {
    # Type-ahead during a slow save (case 1).
    "Saving “%1”…": "Guardando «%1»…",
    "“%1” was not saved: that number is already in Whaapy.":
        "«%1» no se guardó: ese número ya está en Whaapy.",
    "“%1” was not saved: Whaapy refused some of its fields.":
        "«%1» no se guardó: Whaapy rechazó algunos de sus datos.",
    "Open it": "Abrirlo",
    "Put that contact back in the form to fix it": "Vuelve a poner ese contacto en el formulario para corregirlo",
    "Hide this message (the contact stays in the list)": "Ocultar este aviso (el contacto sigue en la lista)",
    "Hide this message": "Ocultar este aviso",
    # Esc (case 2).
    "Your changes to this contact will be lost.": "Se perderán tus cambios en este contacto.",
    # Tags (case 7).
    "“%1” is not a tag yet: pick a suggestion, or press Enter to add it.":
        "«%1» todavía no es una etiqueta: elige una sugerencia o presiona Enter para agregarla.",
    # Custom fields and external IDs (case 8).
    "“%1” is there twice: each name can be used only once.":
        "«%1» está dos veces: cada nombre se usa una sola vez.",
    # Kept for the next contact (case 4).
    "Pin": "Fijar",
    "Keep this country for the next contacts (otherwise each new one starts in %1). Ctrl+P":
        "Conservar este país para los siguientes contactos (si no, cada uno nuevo empieza en %1). Ctrl+P",
    "Ctrl+P": "Ctrl+P",
    "Pin the phone's country for the next contacts, or unpin it":
        "Fijar el país del teléfono para los siguientes contactos, o quitar la fijación",
    "Pin the phone's country": "Fijar el país del teléfono",
    "Reset": "Restablecer",
    "Back to no tags, no stage and your country for the next contact (Ctrl+R)":
        "Sin etiquetas, sin etapa y con tu país para el siguiente contacto (Ctrl+R)",
    "Kept for the next one: %1": "Se conservan para el siguiente: %1",
    "Tags": "Etiquetas",
    "Stage": "Etapa",
    "Phone country": "País del teléfono",
    "%1 (pinned)": "%1 (fijado)",
    "Country": "País",
    "Source": "Origen",
    # The shortcuts sheet.
    "Close a list or a search first; then clear the form (it asks first if you typed something)":
        "Primero cierra una lista o una búsqueda; después limpia el formulario (pregunta antes si escribiste algo)",
    "Ctrl+R": "Ctrl+R",
    "Reset what is kept for the next contact (tags, stage, countries)":
        "Restablecer lo que se conserva para el siguiente contacto (etiquetas, etapa, países)",
    "Enter, Tab or comma (in Tags)": "Enter, Tab o coma (en Etiquetas)",
    "Add the highlighted suggestion, or the tag you typed": "Agregar la sugerencia resaltada, o la etiqueta que escribiste",
}

EN: dict[str, str] = {}

# Issue 16: the contact's field table (domain/fields.py). Its plain captions, shown by the
# details pane and the update preview, now live in one context of their own.
_FIELD_CAPTIONS = {
    "Phone": "Teléfono",
    "Name": "Nombre",
    "Email": "Correo",
    "Tags": "Etiquetas",
    "Funnel stage": "Etapa del embudo",
    "Company": "Empresa",
    "Address": "Dirección",
    "City": "Ciudad",
    "State": "Estado",
    "Postal code": "Código postal",
    "Country": "País",
    "Notes": "Notas",
    "New note": "Nota nueva",
    "Photo (web address)": "Foto (dirección web)",
    "Source": "Origen",
    "Deal value": "Valor del trato",
    "Assigned to": "Asignado a",
}
BY_CONTEXT: dict[tuple[str, str], str] = {("ContactFields", k): v for k, v in _FIELD_CAPTIONS.items()}
