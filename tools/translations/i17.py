"""Issue 17: the e-mail's slip offered under it, and the contact already saved with the number
typed, under the phone."""

BY_CONTEXT = {
    ("EmailSuggestion", "Did you mean %1?"): "¿Quisiste decir %1?",
    ("EmailSuggestion", "Use %1"): "Usar %1",
    (
        "EmailSuggestion",
        "Put this address in the e-mail (Ctrl+Space)",
    ): "Poner esta dirección en el correo (Ctrl+Espacio)",
    ("ShortcutsDialog", "Ctrl+Space (in the e-mail)"): "Ctrl+Espacio (en el correo)",
    (
        "ShortcutsDialog",
        "Use the address suggested under the e-mail",
    ): "Usar la dirección sugerida bajo el correo",
    ("ExistingHint", "Already exists: %1"): "Ya existe: %1",
    ("ExistingHint", "Already exists: %1 · created on %2"): "Ya existe: %1 · creado el %2",
    ("ExistingHint", "View"): "Ver",
    (
        "ExistingHint",
        "Show that contact beside the form",
    ): "Mostrar ese contacto junto al formulario",
    ("ExistingHint", "Edit that one"): "Editar ese",
    (
        "ExistingHint",
        "Change that contact instead of making a new one",
    ): "Cambiar ese contacto en vez de crear uno nuevo",
}
