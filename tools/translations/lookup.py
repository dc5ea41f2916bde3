"""Issue 17, item 2 (the server part): the contact already saved with the e-mail typed, under
the e-mail. Its buttons keep ExistingHint's words (tools/translations/i17.py): PySide's
``tr`` takes the context of the class that defines the method."""

BY_CONTEXT = {
    (
        "EmailExistingHint",
        "Already exists with this e-mail: %1 · %2",
    ): "Ya existe con este correo: %1 · %2",
    ("EmailExistingHint", "Already exists with this e-mail: %1"): "Ya existe con este correo: %1",
}
