"""Fill unfinished entries of resources/i18n/whaapy_es_MX.ts from the table below.

The .ts file is the source of truth (Qt Linguist edits it too); this table only speeds up adding
many strings at once. Usage: python tools/fill_translations.py && python tools/i18n.py
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "whaapy_es_MX.ts"

# Source text → Spanish (es-MX). Context-specific overrides go in BY_CONTEXT.
ES: dict[str, str] = {
    "Connect your Whaapy account": "Conecta tu cuenta de Whaapy",
    "Paste your Whaapy API key. You create it in %1. It is kept in your system's keyring, never in a file.":
        "Pega tu clave de API de Whaapy. La creas en %1. Se guarda en el llavero del sistema, nunca en un archivo.",
    "Show": "Mostrar",
    "Hide": "Ocultar",
    "Show the key": "Mostrar la clave",
    "&Test connection": "&Probar conexión",
    "Advanced": "Avanzado",
    "Server &address": "&Dirección del servidor",
    "&Connect": "&Conectar",
    "&Disconnect": "&Desconectar",
    "API &key": "&Clave de API",
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
    "E&mail": "&Correo",
    "&Tags": "&Etiquetas",
    "Funnel s&tage": "Etapa del em&budo",
    "Add custom field": "Agregar campo personalizado",
    "Add external ID": "Agregar ID externo",
    "Where the contact came from. “manual” = typed by hand.":
        "De dónde viene el contacto. «manual» = capturado a mano.",
    "Compan&y": "Empre&sa",
    "A&ddress": "&Dirección",
    "C&ity": "C&iudad",
    "St&ate": "Est&ado",
    "P&ostal code": "Código posta&l",
    "Co&untry": "&País",
    "N&otes": "N&otas",
    "Custom &fields": "Campos personali&zados",
    "E&xternal IDs": "IDs e&xternos",
    "Ima&ge URL": "&URL de imagen",
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
    "&Account": "&Cuenta",
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
    "Add a tag and press Enter": "Escribe una etiqueta y presiona Enter",
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
    "&Retry now": "&Reintentar ahora",
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
    "&Edit": "&Editar",
    "Load this contact into the form to change it": "Abre este contacto en el formulario para cambiarlo",
    "&Open in the form": "&Abrir en el formulario",
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
}  # fmt: skip

BY_CONTEXT: dict[tuple[str, str], str] = {}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") != "unfinished" and translation.text:
                continue
            source = message.findtext("source") or ""
            text = BY_CONTEXT.get((name, source)) or ES.get(source)
            if text is None:
                missing.append(f"{name}: {source}")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for line in missing:
        print("untranslated:", line, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
