"""Translations for the undo of a save kept across a kill or restart (services/outbox_undo.py)."""

# English UI source -> es-MX.
ES: dict[str, str] = {
    # ResumedUndos
    "the practice server": "el servidor de práctica",
    "Undoing “%1”: the app was closed before it finished; it is finished as soon as %2 answers.": (
        "Deshaciendo «%1»: la app se cerró antes de terminar; se terminará en cuanto %2 conteste."
    ),
    "Finished undoing “%1”: it was deleted.": "Se terminó de deshacer «%1»: se borró.",
    "Finished undoing “%1”: it was never sent.": (
        "Se terminó de deshacer «%1»: no llegó a enviarse."
    ),
    "Couldn't finish undoing “%1”: it is still saved.": (
        "No se pudo terminar de deshacer «%1»: sigue guardado."
    ),
}
