"""Translations for engineer "fixc": the quit question when nothing can be kept, or the key was not stored."""
# ruff: noqa: E501 - a translation table: one message per line

ES = {
    "This computer can't save right now (see the notice above): what you typed in the form can't be kept, and it is lost if you quit.": "Esta computadora no puede guardar por ahora (mira el aviso de arriba): lo que escribiste en el formulario no se puede conservar y se pierde si sales.",
    "The contacts saved before stay on this computer.": "Los contactos guardados antes se quedan en esta computadora.",
    "Quit and lose what I typed": "Salir y perder lo que escribí",
    "Nothing is lost: what is pending and what you typed stay on this computer. They continue once you paste the API key again the next time you open the app (this computer could not keep the key).": "No se pierde nada: lo pendiente y lo que escribiste se quedan en esta computadora. Continúan cuando vuelvas a pegar la clave de API la próxima vez que abras la app (esta computadora no pudo guardar la clave).",
    "Waiting until this computer can save": "Esperando a que esta computadora pueda guardar",
}
