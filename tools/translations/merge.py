"""Translations of strings written while merging the parallel branches (issue 13)."""

ES: dict[str, str] = {
    "“%1” was not saved: that number is already in your practice contacts.": (
        "«%1» no se guardó: ese número ya está en tus contactos de práctica."
    ),
    "“%1” was not saved: Whaapy refused it.": "«%1» no se guardó: Whaapy lo rechazó.",
}

ES.update(
    {
        "practice allows %1 a minute": "la práctica permite %1 por minuto",
        "The practice server asked us to wait": "El servidor de práctica pidió esperar",
        "The practice server is not answering": "El servidor de práctica no responde",
        "The practice server is slow to answer": "El servidor de práctica tarda en responder",
        "The practice server is having trouble": "El servidor de práctica tiene problemas",
        "retrying in %1 min": "se reintentará en %1 min",
    }
)
