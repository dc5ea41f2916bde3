"""Translations for the hallway-test fixes (engineer fixb): findings 3 to 9."""

# English UI source -> es-MX.
ES: dict[str, str] = {
    "Save it as a number from %1 (Ctrl+Space)": "Guardarlo como número de %1 (Ctrl+Espacio)",
    "Ctrl+Space (in the phone)": "Ctrl+Espacio (en el teléfono)",
    "Use the other country's reading offered under the number":
        "Usar la lectura de otro país que se ofrece bajo el número",
}  # fmt: skip
