"""Issue 17, item 3: the account's own custom fields in the form (ui/form/custom_inputs.py)."""

ES = {
    # Hallway test t17a, finding 8: a blocked save says why in the status bar.
    "Not saved: %1": "No se guardó: %1",
}

BY_CONTEXT = {
    ("CustomFields", "(not set)"): "(sin valor)",
    ("CustomFields", "Yes"): "Sí",
    ("CustomFields", "No"): "No",
    ("CustomFields", "Example: 1,500.50"): "Ej.: 1,500.50",
    ("CustomFields", "dd/mm/yyyy"): "dd/mm/aaaa",
    (
        "CustomFields",
        "%1: only digits, please: “%2” has letters (example: 1,500.50).",
    ): "%1: escribe solo cifras; «%2» tiene letras (ejemplo: 1,500.50).",
    (
        "CustomFields",
        "%1: “%2” has more than 15 digits; it could not be kept exactly.",
    ): "%1: «%2» tiene más de 15 cifras; no se podría guardar exacto.",
    (
        "CustomFields",
        "%1: “%2” can't be read as a number (example: 1,500.50 or 1500,5).",
    ): "%1: «%2» no se entiende como número (ejemplo: 1,500.50 o 1500,5).",
    (
        "CustomFields",
        "%1: write the whole year (31/12/1990, not 31/12/90).",
    ): "%1: escribe el año completo (31/12/1990, no 31/12/90).",
    ("CustomFields", "%1: the date “%2” does not exist."): "%1: la fecha «%2» no existe.",
    (
        "CustomFields",
        "%1: write the date as day/month/year (example: 31/12/1990).",
    ): "%1: escribe la fecha como día/mes/año (ejemplo: 31/12/1990).",
    # Hallway test t17a, findings 8 and 10.
    (
        "CustomFields",
        "%1: is “%2” %3 or %4? Write it as %3 or as %4.",
    ): "%1: ¿«%2» es %3 o %4? Escríbelo como %3 o como %4.",
    (
        "CustomFields",
        "%1: write a whole number (30, not 30.5).",
    ): "%1: escribe un número entero (30, no 30.5).",
    (
        "CustomFields",
        "“%1” is not a number: correct it or delete it.",
    ): "«%1» no es un número: corrígelo o bórralo.",
    (
        "CustomFields",
        "“%1” is not a whole number: correct it or delete it.",
    ): "«%1» no es un número entero: corrígelo o bórralo.",
    (
        "CustomFields",
        "“%1” is not a date (day/month/year): correct it or delete it.",
    ): "«%1» no es una fecha (día/mes/año): corrígela o bórrala.",
    ("CustomFields", "%1 (not one of the options)"): "%1 (no es una de las opciones)",
}
