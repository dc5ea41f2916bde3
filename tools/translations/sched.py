"""Translations for the request budget (issue 15): the outbox status line while it is paced."""

ES = {
    "1 pending": "1 pendiente",
    "%1 pending": "%1 pendientes",
    "Whaapy allows %1 a minute": "Whaapy permite %1 por minuto",
    "done in about %1 min": "listo en ~%1 min",
}

EN: dict[str, str] = {}
