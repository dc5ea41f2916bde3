"""Fill unfinished entries of resources/i18n/whaapy_es_MX.ts and whaapy_en.ts from the tables below.

The .ts files are the source of truth (Qt Linguist edits them too); these tables only speed up
adding many strings at once. Usage: python tools/i18n.py && python tools/fill_translations.py &&
python tools/i18n.py (the first run adds new strings as unfinished, the last compiles them).

The UI's strings are English (ES translates them); the messages of the layers below the UI are
Spanish, in the context ``Messages`` (domain/texts.py): the Spanish catalogue keeps them as they
are, and EN translates them for ``--lang en``.
"""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
DOMAIN_CONTEXT = "Messages"  # domain/texts.py CONTEXT

# Source text → Spanish (es-MX). Context-specific overrides go in BY_CONTEXT.
ES: dict[str, str] = {
    "Connect your Whaapy account": "Conecta tu cuenta de Whaapy",
    "Paste your Whaapy API key. You create it in %1. It is kept in your system's keyring, never in a file.":
        "Pega tu clave de API de Whaapy. La creas en %1. Se guarda en el llavero del sistema, nunca en un archivo.",
    "&Show": "&Mostrar",
    "&Hide": "&Ocultar",
    "Show the key": "Mostrar la clave",
    "&Test connection": "&Probar conexión",
    "Ad&vanced": "&Avanzado",
    "Server &address": "Dirección del &servidor",
    "&Connect": "&Conectar",
    "&Disconnect": "&Desconectar",
    "API &key": "Cla&ve de API",
    "Paste the API key first.": "Primero pega la clave de API.",
    "The address must start with https:// (http:// only for this computer).":
        "La dirección debe empezar con https:// (http:// solo para esta computadora).",
    "Testing the connection…": "Probando la conexión…",
    "✔ Connection works. The key is valid.": "✔ La conexión funciona. La clave es válida.",
    "The key is not valid or was revoked. Check that you copied all of it.":
        "La clave no es válida o fue revocada. Revisa que la hayas copiado completa.",
    "The key is missing permissions: %1. Add them in %2.":
        "A la clave le faltan permisos: %1. Agrégalos en %2.",
    "No connection to Whaapy. Check your internet and try again.":
        "Sin conexión con Whaapy. Revisa tu internet e intenta de nuevo.",
    "Something unexpected happened. Try again.": "Ocurrió algo inesperado. Intenta de nuevo.",
    "Name": "Nombre",
    "Phone": "Teléfono",
    "Email": "Correo",
    "Tags": "Etiquetas",
    "Funnel stage": "Etapa del embudo",
    "Company": "Empresa",
    "Address": "Dirección",
    "City": "Ciudad",
    "State": "Estado",
    "Postal code": "Código postal",
    "Country": "País",
    "Notes": "Notas",
    "Source": "Origen",
    "Created": "Creado",
    "Stage": "Etapa",
    "New contact": "Nuevo contacto",
    "name@company.com": "nombre@empresa.com",
    "(no stage)": "(sin etapa)",
    "&More details": "&Más datos",
    "Save": "Guardar",
    "Save the contact (Ctrl+Enter)": "Guardar el contacto (Ctrl+Enter)",
    "Clear": "Limpiar",
    "Clear the form (Esc)": "Limpiar el formulario (Esc)",
    "&Phone *": "&Teléfono *",
    "&Name": "&Nombre",
    "&Email": "&Correo",
    "&Tags": "&Etiquetas",
    "Funnel &stage": "Etapa del em&budo",
    "Add custom field": "Agregar campo personalizado",
    "Add external ID": "Agregar ID externo",
    "Where the contact came from. “manual” = typed by hand.":
        "De dónde viene el contacto. «manual» = capturado a mano.",
    "Compan&y": "Empre&sa",
    "A&ddress": "&Dirección",
    "C&ity": "C&iudad",
    "Posta&l code": "Código posta&l",
    "&Country": "&País",
    "N&otes": "N&otas",
    "Custom &fields": "Campos personali&zados",
    "E&xternal IDs": "IDs e&xternos",
    "Ima&ge URL": "URL de ima&gen",
    "Sou&rce": "O&rigen",
    "This looks like a landline; WhatsApp needs a mobile number.":
        "Parece un teléfono fijo; WhatsApp necesita un celular.",
    "Saving…": "Guardando…",
    "Phone country": "País del teléfono",
    "Phone number": "Número de teléfono",
    "e.g. {example}": "Ej.: {example}",
    "Something went wrong": "Algo salió mal",
    "Something unexpected happened. Your saved contacts are safe. If it happens again, send this report to support.":
        "Ocurrió algo inesperado. Tus contactos guardados están a salvo. Si vuelve a pasar, envía este reporte a soporte.",
    "Copy report": "Copiar reporte",
    "&View contact": "&Ver contacto",
    "&Update that contact": "&Actualizar ese contacto",
    "Adds what you typed to the existing contact. Its tags are kept.":
        "Agrega lo que escribiste al contacto existente. Sus etiquetas se conservan.",
    "(no name)": "(sin nombre)",
    "⚠ A contact with this number already exists: %1": "⚠ Ya existe un contacto con este número: %1",
    "Value": "Valor",
    "Yes": "Sí",
    "No": "No",
    "Remove this row": "Quitar esta fila",
    "Remove row": "Quitar fila",
    "Text": "Texto",
    "Number": "Número",
    "Yes/No": "Sí/No",
    "Value type": "Tipo de valor",
    "“%1” is not a number (example: 1500 or 1,500.50).": "«%1» no es un número (ejemplo: 1500 o 1,500.50).",
    "Whaapy Contacts": "Whaapy Contactos",
    "Search recent contacts (Ctrl+F)": "Buscar en contactos recientes (Ctrl+F)",
    "Search recent contacts": "Buscar en contactos recientes",
    "Recent contacts": "Contactos recientes",
    "&Account": "C&uenta",
    "&Connect a Whaapy account…": "&Conectar una cuenta de Whaapy…",
    "&Quit": "&Salir",
    "Updating…": "Actualizando…",
    "Clear the form?": "¿Limpiar el formulario?",
    "What you typed will be lost.": "Se perderá lo que escribiste.",
    "Keep editing": "Seguir editando",
    "Disconnected. Back in practice mode.": "Desconectado. De vuelta en modo de práctica.",
    " — practice mode": " — modo de práctica",
    "Connected to Whaapy.": "Conectado a Whaapy.",
    "Key kept for this session only": "Clave guardada solo por esta sesión",
    "This computer has no usable keyring, so the key is kept only while the app is open. It is never written to disk. You will need to paste it again next time.":
        "Esta computadora no tiene un llavero del sistema disponible, así que la clave se usa solo mientras la app está abierta. Nunca se escribe en disco. La próxima vez tendrás que pegarla de nuevo.",
    "Check the marked fields.": "Revisa los campos marcados.",
    "Updated: %1": "Actualizado: %1",
    "Saved: %1": "Guardado: %1",
    "That number is already in Whaapy.": "Ese número ya está en Whaapy.",
    "The contact is still in the form; save again when ready.":
        "El contacto sigue en el formulario; vuelve a guardar cuando puedas.",
    "Updated at %1": "Actualizado a las %1",
    "just now": "ahora",
    "%1 min ago": "hace %1 min",
    "today %1": "hoy %1",
    "yesterday %1": "ayer %1",
    "Add a tag…": "Agregar etiqueta…",
    "Enter or a comma adds the tag; Backspace removes the last": "Enter o una coma agrega la etiqueta; Retroceso quita la última",
    "New tag": "Nueva etiqueta",
    "Remove tag “%1”": "Quitar la etiqueta «%1»",
    "Tag %1, press to remove": "Etiqueta %1, presiona para quitarla",
    "<b>Practice mode:</b> contacts are not sent to Whaapy":
        "<b>Modo de práctica:</b> los contactos no se envían a Whaapy",
    "Practice mode: contacts are not sent to Whaapy": "Modo de práctica: los contactos no se envían a Whaapy",
    "Connect a Whaapy account…": "Conectar una cuenta de Whaapy…",
    # Outbox: saving, pending, quitting.
    "Recovered the contact you were typing.": "Se recuperó el contacto que estabas escribiendo.",
    "1 contact has not reached Whaapy yet.": "1 contacto todavía no llega a Whaapy.",
    "%1 contacts have not reached Whaapy yet.": "%1 contactos todavía no llegan a Whaapy.",
    "You were typing a contact.": "Estabas escribiendo un contacto.",
    "Quit Whaapy Contacts?": "¿Salir de Whaapy Contactos?",
    "Nothing is lost: what is pending and what you typed stay on this computer and continue the next time you open the app.": "No se pierde nada: lo pendiente y lo que escribiste se quedan en esta computadora y continúan la próxima vez que abras la app.",
    "Quit and send later": "Salir y enviar después",
    "Stay here": "Seguir aquí",
    "Sending status": "Estado del envío",
    "Retry no&w": "Reintentar a&hora",
    "1 contact pending": "1 contacto pendiente",
    "%1 contacts pending": "%1 contactos pendientes",
    "1 needs attention": "1 requiere atención",
    "%1 need attention": "%1 requieren atención",
    "Sending paused": "Envío en pausa",
    "Another window is sending": "Otra ventana está enviando",
    "No connection": "Sin conexión",
    "Whaapy asked us to wait": "Whaapy pidió esperar",
    "Whaapy is having trouble": "Whaapy tiene problemas",
    "Sending…": "Enviando…",
    "retrying in %1 s": "se reintentará en %1 s",
    "Fix the key…": "Corregir la clave…",
    "Sending is paused; your contacts are kept and will go out once it's fixed.": "El envío está en pausa; tus contactos se conservan y saldrán en cuanto se corrija.",
    "Saved as pending: it will be sent as soon as Whaapy answers.": "Guardado como pendiente: se enviará en cuanto Whaapy responda.",
    "What you typed is still in the form; try again when ready.": "Lo que escribiste sigue en el formulario; intenta de nuevo cuando puedas.",
    # Recent contacts: the list, its details pane and editing.
    "Edit": "Editar",
    "Load this contact into the form to change it": "Abre este contacto en el formulario para cambiarlo",
    "Open in the form": "Abrir en el formulario",
    "Fix or complete this contact before it is sent": "Corrige o completa este contacto antes de que se envíe",
    "Select a contact to see all its details.": "Selecciona un contacto para ver todos sus datos.",
    "Status": "Estado",
    "Saved": "Guardado",
    "Updated": "Actualizado",
    "Save changes": "Guardar cambios",
    "Edit contact": "Editar contacto",
    "The phone of a saved contact can't be changed here.": "El teléfono de un contacto guardado no se puede cambiar aquí.",
    "A new note (the saved notes stay)": "Nota nueva (las notas guardadas se conservan)",
    "Cancel editing": "Cancelar edición",
    "Leave the contact as it is on Whaapy": "Deja el contacto como está en Whaapy",
    "<b>Editing:</b> %1": "<b>Editando:</b> %1",
    "Editing: %1": "Editando: %1",
    "Nothing changed: %1": "Sin cambios: %1",
    "(Whaapy can't empty some fields, so they keep their value.)":
        "(Whaapy no permite vaciar algunos campos; conservan su valor.)",
    "Your changes are still in the form; save again when ready.":
        "Tus cambios siguen en el formulario; vuelve a guardar cuando puedas.",
    "Sent": "Enviado",
    "Pending": "Pendiente",
    "Needs attention": "Requiere atención",
    "Filter by tag": "Filtrar por etiqueta",
    "All tags": "Todas las etiquetas",
    "Filter by funnel stage": "Filtrar por etapa del embudo",
    "All stages": "Todas las etapas",
    "Showing %1 of %2": "Mostrando %1 de %2",
    "Contacts: %1": "Contactos: %1",
    "Showing what is saved on this computer.": "Se muestra lo guardado en esta computadora.",
    "No connection to Whaapy.": "Sin conexión con Whaapy.",
    "Last updated %1.": "Última actualización: %1.",
    "Updating… (last updated %1)": "Actualizando… (última actualización: %1)",
    "Updated %1": "Actualizado %1",
    "today at %1": "hoy a las %1",
    "on %1 at %2": "el %1 a las %2",
    "Loading all the details…": "Cargando todos los datos…",
    "No connection: these are the details saved here.":
        "Sin conexión: estos son los datos guardados en esta computadora.",
    "Not sent yet: it is sent on its own, nothing to do.":
        "Todavía no se envía: se enviará solo, no hay que hacer nada.",
    "No contact matches the search or the filters.": "Ningún contacto coincide con la búsqueda o los filtros.",
    "Loading contacts…": "Cargando contactos…",
    "No contacts yet. The ones you save will appear here, newest first.":
        "Todavía no hay contactos. Los que guardes aparecerán aquí, los más nuevos primero.",
    # Accessibility: names a screen reader says, and the kinds of inline message.
    "Error": "Error",
    "Note": "Aviso",
    "Hint": "Sugerencia",
    "Custom field name": "Nombre del campo personalizado",
    "Custom field value": "Valor del campo personalizado",
    "Remove this custom field": "Quitar este campo personalizado",
    "External system": "Sistema externo",
    "External ID": "ID externo",
    "Remove this external ID": "Quitar este ID externo",
    "Contact details": "Datos del contacto",
    # Help: the keyboard shortcuts sheet (keys as a Mexican keyboard labels them).
    "&Help": "A&yuda",
    "&Keyboard shortcuts": "&Atajos de teclado",
    "Keyboard shortcuts": "Atajos de teclado",
    "Everything in this window can be done from the keyboard.": "Todo en esta ventana se puede hacer con el teclado.",
    "Keys": "Teclas",
    "What they do": "Qué hacen",
    "Contact form": "Formulario de contacto",
    "Everywhere": "En toda la ventana",
    "Ctrl+Enter": "Ctrl+Enter",
    "Save the contact": "Guardar el contacto",
    "Esc": "Esc",
    "Clear the form (it asks first if you typed something)": "Limpiar el formulario (pregunta antes si escribiste algo)",
    "Alt + underlined letter": "Alt + letra subrayada",
    "Go to that field, menu or button": "Ir a ese campo, menú o botón",
    "Tab, Shift+Tab": "Tab, Mayús+Tab",
    "Next field, previous field": "Campo siguiente, campo anterior",
    "Enter or comma (in Tags)": "Enter o coma (en Etiquetas)",
    "Add the tag you typed": "Agregar la etiqueta que escribiste",
    "← at the start of Tags, then ← →": "← al inicio de Etiquetas, luego ← →",
    "Move onto the tags added": "Pasar a las etiquetas agregadas",
    "Del or Backspace (on a tag)": "Supr o Retroceso (en una etiqueta)",
    "Remove that tag": "Quitar esa etiqueta",
    "Letters, code or +code (in the country)": "Letras, código o +clave (en el país)",
    "Find the phone's country, then Enter": "Buscar el país del teléfono, luego Enter",
    "Ctrl+F": "Ctrl+F",
    "F5": "F5",
    "Refresh the list": "Actualizar la lista",
    "↑ ↓  PgUp PgDn  Home End": "↑ ↓  RePág AvPág  Inicio Fin",
    "Move through the list; the selected contact's details show below": "Moverse por la lista; abajo se ven los datos del contacto seleccionado",
    "Enter (in the list)": "Enter (en la lista)",
    "Edit the selected contact, or open one that needs attention in the form": "Editar el contacto seleccionado, o abrir en el formulario uno que requiere atención",
    "F1": "F1",
    "Show these shortcuts": "Mostrar estos atajos",
    "Ctrl+Q": "Ctrl+Q",
    "Quit": "Salir",
}  # fmt: skip

# Spanish messages of the domain, the API client and the services → English (for --lang en).
EN: dict[str, str] = {
    "Datos inválidos": "Invalid data",
    "A la clave le faltan permisos: %1. Agrégalos en app.whaapy.com → Configuración → API Keys.":
        "The key is missing permissions: %1. Add them in app.whaapy.com → Configuración → API Keys.",
    "(no indicados)": "(not given)",
    "Whaapy pide esperar un momento. Intenta de nuevo en %1 s.": "Whaapy asks us to wait a moment. Try again in %1 s.",
    "Whaapy pide esperar un momento. Intenta de nuevo en unos segundos.": "Whaapy asks us to wait a moment. Try again in a few seconds.",
    "Ocurrió un error al hablar con Whaapy. Intenta de nuevo.": "Something went wrong talking to Whaapy. Try again.",
    "La clave no es válida o fue revocada. Conecta tu cuenta con una clave nueva.":
        "The key is not valid or was revoked. Connect your account with a new key.",
    "No se encontró ese contacto en Whaapy. Puede que lo hayan borrado.":
        "That contact was not found in Whaapy. It may have been deleted.",
    "Ya existe un contacto con este número de teléfono.": "A contact with this phone number already exists.",
    "Whaapy rechazó algunos datos. Revisa los campos marcados.": "Whaapy refused some of the data. Check the marked fields.",
    "Whaapy tiene un problema en este momento. Intenta de nuevo en unos minutos.":
        "Whaapy is having a problem right now. Try again in a few minutes.",
    "Whaapy respondió algo que no se pudo leer. Intenta de nuevo en unos minutos.":
        "Whaapy sent an answer that could not be read. Try again in a few minutes.",
    "Sin conexión con Whaapy. Revisa tu internet e intenta de nuevo.":
        "No connection to Whaapy. Check your internet and try again.",
    "No se pudo conectar con el servidor. Revisa la dirección o tu internet.":
        "Could not connect to the server. Check the address or your internet.",
    "Sin internet: no se encontró el servidor de Whaapy. Revisa tu conexión.":
        "No internet: Whaapy's server was not found. Check your connection.",
    "Se cortó la conexión con Whaapy. Revisa tu internet e intenta de nuevo.":
        "The connection to Whaapy was cut. Check your internet and try again.",
    "Whaapy tardó demasiado en responder. Intenta de nuevo.": "Whaapy took too long to answer. Try again.",
    "Falta la @ en el correo (ejemplo: nombre@empresa.com).": "The email is missing its @ (example: name@company.com).",
    "El correo no es válido. Revisa que esté bien escrito (nombre@empresa.com).":
        "The email is not valid. Check how it is written (name@company.com).",
    "Escribe el número de teléfono.": "Type the phone number.",
    "Esto no parece un número de teléfono.": "This doesn't look like a phone number.",
    "Faltan dígitos: el número es demasiado corto.": "Digits are missing: the number is too short.",
    "Sobran dígitos: el número es demasiado largo.": "Too many digits: the number is too long.",
    "La clave de país no existe. Revisa lo que va después del +.": "That country code doesn't exist. Check what follows the +.",
    "Este número no existe en el país elegido. Revisa los dígitos o el país.":
        "This number doesn't exist in the chosen country. Check the digits or the country.",
    "Se quitó el 1 de celular antiguo (ya no se usa desde 2019).": "Removed the old mobile 1 (not used since 2019).",
    "Se quitó el prefijo 044 (ya no se usa desde 2019).": "Removed the 044 prefix (not used since 2019).",
    "Se quitó el prefijo 045 (ya no se usa desde 2019).": "Removed the 045 prefix (not used since 2019).",
    "Se quitó el prefijo 01 (ya no se usa desde 2019).": "Removed the 01 prefix (not used since 2019).",
    "La URL de la imagen debe empezar con https:// (ejemplo: https://sitio.com/foto.jpg).":
        "The image URL must start with https:// (example: https://site.com/photo.jpg).",
    "Elige un país de la lista (código de 2 letras, como MX).": "Choose a country from the list (a 2-letter code, like MX).",
    "En México el código postal tiene 5 dígitos.": "In Mexico the postal code has 5 digits.",
    "El origen puede tener como máximo %1 caracteres.": "The source can have at most %1 characters.",
    "Cada campo personalizado necesita un nombre.": "Each custom field needs a name.",
    "Cada ID externo necesita un nombre.": "Each external ID needs a name.",
    "El valor de «%1» no es un número válido.": "The value of “%1” is not a valid number.",
    "Escribe un valor para «%1» o quita la fila.": "Type a value for “%1” or remove the row.",
    "El valor del trato debe ser un número positivo.": "The deal value must be a positive number.",
    "Error inesperado; se reintentará.": "Unexpected error; it will be retried.",
}  # fmt: skip

BY_CONTEXT: dict[tuple[str, str], str] = {}
# The UI's plurals, ``tr("%n contact(s)", "", n)``: source -> its forms (Spanish: one, many;
# English: one, many). ES and BY_CONTEXT may map a plural source to a tuple of forms too.
PLURALS_EN: dict[str, tuple[str, ...]] = {}


def _load_extra_tables() -> set[tuple[str, str]]:
    """Merge ``tools/translations/*.py`` (each may define ES, EN, BY_CONTEXT) into the tables.

    Per-feature tables keep parallel work from colliding in one dict. Their entries are
    authoritative: they overwrite a finished translation too, so a changed wording lands.
    Returns the (catalogue, source) pairs they define, to force.
    """
    forced: set[tuple[str, str]] = set()
    for path in sorted((Path(__file__).parent / "translations").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"_tr_{path.stem}", path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        ES.update(getattr(module, "ES", {}))
        EN.update(getattr(module, "EN", {}))
        BY_CONTEXT.update(getattr(module, "BY_CONTEXT", {}))
        PLURALS_EN.update(getattr(module, "PLURALS_EN", {}))
        forced |= {("es", s) for s in getattr(module, "ES", {})}
        forced |= {("en_plurals", s) for s in getattr(module, "PLURALS_EN", {})}
        forced |= {("es", s) for _, s in getattr(module, "BY_CONTEXT", {})}
        forced |= {("en", s) for s in getattr(module, "EN", {})}
    return forced


FORCED = _load_extra_tables()


Forms = str | tuple[str, ...]


def spanish(context: str, source: str) -> Forms | None:
    if context == DOMAIN_CONTEXT:
        return source  # written in Spanish already
    return BY_CONTEXT.get((context, source)) or ES.get(source)


def english(context: str, source: str) -> Forms | None:
    return EN.get(source) if context == DOMAIN_CONTEXT else None


def english_plural(context: str, source: str) -> Forms | None:
    del context
    return PLURALS_EN.get(source)


def fill(ts: Path, lookup: Callable[[str, str], Forms | None]) -> list[str]:
    """Fill what ``lookup`` knows; returns the messages still untranslated."""
    catalogue = _catalogue(ts)
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            source = message.findtext("source") or ""
            forced = (catalogue, source) in FORCED
            if translation.get("type") != "unfinished" and _done(translation) and not forced:
                continue
            text = lookup(name, source)
            if text is None or _set(translation, text) is False:
                missing.append(f"{ts.name}: {name}: {source}")
                continue
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def _catalogue(ts: Path) -> str:
    if ts.name.startswith("whaapy_en_plurals"):
        return "en_plurals"
    return "en" if ts.name.startswith("whaapy_en") else "es"


def _done(translation: ET.Element) -> bool:
    forms = list(translation.iter("numerusform"))
    return all(f.text for f in forms) if forms else bool(translation.text)


def _set(translation: ET.Element, text: Forms) -> bool:
    """Write a translation, or a plural's forms (as many as the catalogue's language has)."""
    forms = list(translation.iter("numerusform"))
    if not forms:
        if not isinstance(text, str):
            return False
        translation.text = text
        return True
    if isinstance(text, str):  # worded alike for one and many (Spanish "Contactos: %n")
        text = (text,) * len(forms)
    if len(text) != len(forms):
        return False
    for form, value in zip(forms, text, strict=True):
        form.text = value
    return True


def main() -> int:
    missing = fill(I18N / "whaapy_es_MX.ts", spanish) + fill(I18N / "whaapy_en.ts", english)
    missing += fill(I18N / "whaapy_en_plurals.ts", english_plural)
    for line in missing:
        print("untranslated:", line, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
