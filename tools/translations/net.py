"""Translations for the hostile-server work (issue 14: server answers): api/errors.py messages."""

ES: dict[str, str] = {}

EN = {
    "Whaapy pide esperar. Intenta de nuevo en %1 min.": (
        "Whaapy asks us to wait. Try again in %1 min."
    ),
    "Whaapy no aceptó este contacto (respuesta %1). Revisa los datos y vuelve a guardarlo; si "
    "se repite, revisa la dirección del servidor.": (
        "Whaapy did not accept this contact (answer %1). Check the details and save it again; "
        "if it happens again, check the server address."
    ),
    "El contacto es demasiado grande para enviarlo. Acorta las notas u otros textos largos y "
    "vuelve a guardarlo.": (
        "The contact is too large to send. Shorten the notes or other long texts and save it again."
    ),
    "Whaapy no encontró dónde guardar contactos en esa dirección. Revisa la dirección del "
    "servidor en «Conectar una cuenta de Whaapy…» y vuelve a guardarlo.": (
        "Whaapy found nowhere to save contacts at that address. Check the server address in "
        "“Connect a Whaapy account…” and save it again."
    ),
    "La clave tiene caracteres que una clave de Whaapy no lleva (acentos, espacios o "
    "caracteres invisibles). Conecta tu cuenta de nuevo y pega la clave tal como aparece en "
    "Whaapy.": (
        "The key has characters a Whaapy key never has (accents, spaces or invisible "
        "characters). Connect your account again and paste the key exactly as Whaapy shows it."
    ),
    "El servidor respondió con una redirección en lugar de contestar. Revisa la dirección del "
    "servidor, o si tu red pide iniciar sesión (como el wifi de un hotel).": (
        "The server answered with a redirect instead of an answer. Check the server address, or "
        "whether your network asks you to sign in (like a hotel's Wi-Fi)."
    ),
}
