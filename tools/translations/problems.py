"""Translations for the Problems work (issue 16): what a problem says in practice mode."""

ES: dict[str, str | tuple[str, ...]] = {}

EN = {
    "Ocurrió un error al hablar con el servidor de práctica. Intenta de nuevo.": (
        "Something went wrong talking to the practice server. Try again."
    ),
    "No se encontró ese contacto en tus contactos de práctica. Puede que lo hayan borrado.": (
        "That contact was not found in your practice contacts. It may have been deleted."
    ),
    "El servidor de práctica no aceptó este contacto (respuesta %1). Revisa los datos y vuelve "
    "a guardarlo.": (
        "The practice server did not accept this contact (answer %1). Check the details and "
        "save it again."
    ),
    "El servidor de práctica no aceptó este contacto y no dijo qué campo corregir.": (
        "The practice server did not accept this contact and did not say which field to fix."
    ),
    "El servidor de práctica rechazó algunos datos. Revisa los campos marcados.": (
        "The practice server refused some details. Check the marked fields."
    ),
    "El servidor de práctica pide esperar un momento. Intenta de nuevo en %1 s.": (
        "The practice server asks us to wait a moment. Try again in %1 s."
    ),
    "El servidor de práctica pide esperar. Intenta de nuevo en %1 min.": (
        "The practice server asks us to wait. Try again in %1 min."
    ),
    "El servidor de práctica pide esperar un momento. Intenta de nuevo en unos segundos.": (
        "The practice server asks us to wait a moment. Try again in a few seconds."
    ),
    "El servidor de práctica tiene un problema en este momento. Intenta de nuevo en unos "
    "minutos.": ("The practice server has a problem right now. Try again in a few minutes."),
    "El servidor de práctica respondió algo que no se pudo leer. Intenta de nuevo en unos "
    "minutos.": (
        "The practice server answered something that could not be read. Try again in a few minutes."
    ),
    "El servidor de práctica no responde. Intenta de nuevo en un momento.": (
        "The practice server is not answering. Try again in a moment."
    ),
    "Se cortó la conexión con el servidor de práctica. Intenta de nuevo.": (
        "The connection to the practice server was cut. Try again."
    ),
    "El servidor de práctica tardó demasiado en responder. Intenta de nuevo.": (
        "The practice server took too long to answer. Try again."
    ),
}

# The UI's plurals (Qt's %n forms): Spanish and English, one and many.
ES.update(
    {
        "%n contact(s) pending": ("%n contacto pendiente", "%n contactos pendientes"),
        "%n need(s) attention": ("%n requiere atención", "%n requieren atención"),
        "%Ln pending": ("%Ln pendiente", "%Ln pendientes"),
        "%n contact(s) have not reached Whaapy yet.": (
            "%n contacto todavía no llega a Whaapy.",
            "%n contactos todavía no llegan a Whaapy.",
        ),
        "%n contact(s) waiting to be sent to your Whaapy account.": (
            "%n contacto espera para enviarse a tu cuenta de Whaapy.",
            "%n contactos esperan para enviarse a tu cuenta de Whaapy.",
        ),
    }
)

PLURALS_EN = {
    "%n contact(s) pending": ("%n contact pending", "%n contacts pending"),
    "%n need(s) attention": ("%n needs attention", "%n need attention"),
    "%Ln pending": ("%Ln pending", "%Ln pending"),
    "%n contact(s) have not reached Whaapy yet.": (
        "%n contact has not reached Whaapy yet.",
        "%n contacts have not reached Whaapy yet.",
    ),
    "%n contact(s) waiting to be sent to your Whaapy account.": (
        "%n contact is waiting to be sent to your Whaapy account.",
        "%n contacts are waiting to be sent to your Whaapy account.",
    ),
}
