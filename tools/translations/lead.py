"""The lead's own strings (issue 15's look-up before create and its follow-ups)."""

# fmt: off
ES: dict[str, str] = {
    "The number was changed: save with Ctrl+Enter to check it again.":
        "Cambiaste el número: guarda con Ctrl+Enter para revisarlo de nuevo.",
    "Ctrl+I": "Ctrl+I",
}
# fmt: on
