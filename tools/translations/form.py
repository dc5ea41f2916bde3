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
}

EN: dict[str, str] = {}
