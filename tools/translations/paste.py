"""Issue 17, item 1: paste to fill (ui/form/paste_*.py)."""
# ruff: noqa: E501 - a translation table: one message per line

ES = {
    # The banner over the form.
    "Undo": "Deshacer",
    "Put the fields back as they were before the paste": "Devolver los campos a como estaban antes de pegar",
    "(Ctrl+Z)": "(Ctrl+Z)",
    "Next": "Siguiente",
    "Fill the form with the next contact you pasted": "Llenar el formulario con el siguiente contacto que pegaste",
    "Hide this message (the fields stay as they are)": "Ocultar este mensaje (los campos se quedan como están)",
    "1 field was filled from what you pasted: %1.": "Se llenó 1 campo con lo pegado: %1.",
    "%2 fields were filled from what you pasted: %1.": "Se llenaron %2 campos con lo pegado: %1.",
    "Nothing was filled from what you pasted: those fields already hold something.": "No se llenó nada con lo pegado: esos campos ya tienen algo.",
    "Nothing was filled from what you pasted: the fields already held it.": "No se llenó nada con lo pegado: los campos ya lo tenían.",
    "%1 was not changed: it already held %2 (the paste had %3).": "No se cambió %1: ya tenía %2 (lo pegado decía %3).",
    "What you pasted is another contact's (%1): nothing was changed. To save it as a new contact, cancel the edit (Esc) and paste it again.": "Lo pegado es de otro contacto (%1): no se cambió nada. Para guardarlo como contacto nuevo, cancela la edición (Esc) y pégalo de nuevo.",
    "What you pasted can no longer be undone at once: you changed %1.": "Lo pegado ya no se puede deshacer de una vez: cambiaste %1.",
    "Contact %1 of %2 you pasted.": "Contacto %1 de %2 de lo pegado.",
    "Next of what you pasted: contact %1 of %2, %3.": "Sigue de lo pegado: contacto %1 de %2, %3.",
    "Other phones went to Notes: %1.": "Los otros teléfonos quedaron en Notas: %1.",
    "Other e-mails went to Notes: %1.": "Los otros correos quedaron en Notas: %1.",
    "The job title went to Notes: %1.": "El puesto quedó en Notas: %1.",
    "Went to the custom fields: %1.": "Quedó en los campos personalizados: %1.",
    "Went to Notes: %1.": "Quedó en Notas: %1.",
    "Birthday": "Cumpleaños",
    "Anniversary": "Aniversario",
    "Website": "Sitio web",
    "Nickname": "Apodo",
    "Role": "Función",
    "Groups": "Grupos",
    "Other address": "Otra dirección",
    "Address": "Dirección",
    "Messaging": "Mensajería",
    "The whole message went to Notes.": "El mensaje completo quedó en Notas.",
    "«%1» is too big to fill the form from (over 8 MB).": "«%1» es demasiado grande para llenar el formulario (más de 8 MB).",
    "«%1» could not be read. Check that it is still there.": "No se pudo leer «%1». Revisa que el archivo siga ahí.",
    "No contact was found in %1.": "No se encontró ningún contacto en %1.",
    "Some letters of what you pasted could not be read (they show as �): check %1. If it came from a .vcf file, drop the file on the window instead.": "Algunas letras de lo pegado no se pudieron leer (se ven como �): revisa %1. Si venía de un archivo .vcf, mejor arrastra el archivo a la ventana.",
    # What goes in the notes.
    "Job title: %1": "Puesto: %1",
    "Phone extension: %1": "Extensión del teléfono: %1",
    "The phone's extension went to Notes: %1.": "La extensión del teléfono quedó en Notas: %1.",
    "Other phones: %1": "Otros teléfonos: %1",
    "Other e-mails: %1": "Otros correos: %1",
    "Work": "Trabajo",
    "Home": "Casa",
    "Mobile": "Celular",
    "Fax": "Fax",
    "Main": "Principal",
    "Other": "Otro",
    "Pager": "Localizador",
    # Several contacts in one paste or file.
    "Several contacts": "Varios contactos",
    "This file has %1 contacts. Fill with:": "Este archivo tiene %1 contactos. Llenar con:",
    "What you pasted has %1 contacts. Fill with:": "Lo que pegaste tiene %1 contactos. Llenar con:",
    "Contacts pasted": "Contactos pegados",
    "The others are offered one at a time, each after you save the one before.": "Los demás se ofrecen uno por uno, cada uno después de guardar el anterior.",
    "Fill": "Llenar",
    # F1.
    "Ctrl+V (in the form)": "Ctrl+V (en el formulario)",
    "Paste a contact card, signature or chat line: it fills the form (Ctrl+Z undoes it)": "Pegar una tarjeta de contacto, una firma o una línea de chat: llena el formulario "
    "(Ctrl+Z lo deshace)",
}

EN = {
    # domain/validation.py: letters a clipboard lost (t17a finding 2).
    "Tiene letras que no se pudieron leer (�): escríbelas de nuevo.": "It has letters that could not be read (�): type them again.",
}
