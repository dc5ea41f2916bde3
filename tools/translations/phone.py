"""Translations for the phone work of issue 13 (cases 5 and 6, formatting, search, messages)."""

# English UI source -> es-MX.
ES: dict[str, str] = {
    "Is it a number from %1 (+%2)?": "¿Es un número de %1 (+%2)?",
    "Use %1": "Usar %1",
    "Save it as a number from %1": "Guardarlo como número de %1",
}

# Spanish Messages source -> English.
EN: dict[str, str] = {
    "Sobra 1 dígito: los números de México tienen 10 dígitos (lada y número).":
        "1 digit too many: Mexican numbers have 10 digits (area code and number).",
    "Sobran %1 dígitos: los números de México tienen 10 dígitos (lada y número).":
        "%1 digits too many: Mexican numbers have 10 digits (area code and number).",
    "Falta 1 dígito: los números de México tienen 10 dígitos (lada y número).":
        "1 digit missing: Mexican numbers have 10 digits (area code and number).",
    "Faltan %1 dígitos: los números de México tienen 10 dígitos (lada y número).":
        "%1 digits missing: Mexican numbers have 10 digits (area code and number).",
    "No es un número de México: revisa la lada y los dígitos, o elige otro país.":
        "Not a Mexican number: check the area code and the digits, or pick another country.",
    "Sobra 1 dígito para un número del país elegido.":
        "1 digit too many for a number of the chosen country.",
    "Sobran %1 dígitos para un número del país elegido.":
        "%1 digits too many for a number of the chosen country.",
    "Falta 1 dígito para un número del país elegido.":
        "1 digit missing for a number of the chosen country.",
    "Faltan %1 dígitos para un número del país elegido.":
        "%1 digits missing for a number of the chosen country.",
}  # fmt: skip
