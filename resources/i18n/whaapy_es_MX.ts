<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AccountNotice</name>
    <message>
        <source>Enter the key…</source>
        <translation>Pegar la clave…</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>The saved server address “%1” can&apos;t be used, so Whaapy&apos;s own (%2) is used.</source>
        <translation>La dirección del servidor guardada «%1» no se puede usar, así que se usa la de Whaapy (%2).</translation>
    </message>
    <message>
        <source>Connected for this session only: this computer has no password store the app can use, so the key was not saved. When you close the app you will need to paste it again.</source>
        <translation>Conectado solo por esta sesión: este equipo no tiene un almacén de contraseñas que la app pueda usar, así que la clave no se guardó. Al cerrar la app tendrás que pegarla de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) waiting to be sent to your Whaapy account.</source>
        <translation>
            <numerusform>%n contacto espera para enviarse a tu cuenta de Whaapy.</numerusform>
            <numerusform>%n contactos esperan para enviarse a tu cuenta de Whaapy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your Whaapy account is not connected.</source>
        <translation>Tu cuenta de Whaapy no está conectada.</translation>
    </message>
    <message>
        <source>Its key could not be kept on this computer: enter it again to send them. Until then you are in practice mode and nothing is sent.</source>
        <translation>Su clave no se pudo conservar en este equipo: pégala de nuevo para enviarlos. Mientras tanto estás en modo de práctica y no se envía nada.</translation>
    </message>
    <message>
        <source>Its key could not be kept on this computer: enter it again to connect.</source>
        <translation>Su clave no se pudo conservar en este equipo: pégala de nuevo para conectar.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect your Whaapy account</source>
        <translation>Conecta tu cuenta de Whaapy</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Dirección del &amp;servidor</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>Cla&amp;ve de Whaapy</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Probando la clave…</translation>
    </message>
    <message>
        <source>✔ The connection works: this key can see and add contacts.</source>
        <translation>✔ La conexión funciona: esta clave puede ver y agregar contactos.</translation>
    </message>
    <message>
        <source>This key can&apos;t see or add contacts: it lacks the permissions %1. In %2, edit the key and turn them on, or create a new key with them.</source>
        <translation>Esta clave no puede ver ni agregar contactos: le faltan los permisos %1. En %2, edita la clave y actívalos, o crea una clave nueva que los tenga.</translation>
    </message>
    <message>
        <source>This key can see contacts but not add them: it lacks the permission %1. In %2, edit the key and turn it on, or create a new key with it.</source>
        <translation>Esta clave puede ver contactos pero no agregarlos: le falta el permiso %1. En %2, edita la clave y actívalo, o crea una clave nueva que lo tenga.</translation>
    </message>
    <message>
        <source>This key can add contacts but not see the list: it lacks the permission %1. In %2, edit the key and turn it on, or create a new key with it.</source>
        <translation>Esta clave puede agregar contactos pero no ver la lista: le falta el permiso %1. En %2, edita la clave y actívalo, o crea una clave nueva que lo tenga.</translation>
    </message>
    <message>
        <source>No connection to Whaapy, so the key could not be tested. Check your internet and try again.</source>
        <translation>Sin conexión con Whaapy: no se pudo probar la clave. Revisa tu internet e intenta de nuevo.</translation>
    </message>
    <message>
        <source>Disconnect from Whaapy?</source>
        <translation>¿Desconectar tu cuenta de Whaapy?</translation>
    </message>
    <message>
        <source>The key is removed from this computer and the app goes back to practice mode.</source>
        <translation>La clave se borra de este equipo y la app vuelve al modo de práctica.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Stay connected</source>
        <translation>Seguir conectado</translation>
    </message>
    <message>
        <source>Every contact you saved has reached Whaapy.</source>
        <translation>Todos los contactos que guardaste ya llegaron a Whaapy.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) have not reached Whaapy yet.</source>
        <translation>
            <numerusform>%n contacto todavía no llega a Whaapy.</numerusform>
            <numerusform>%n contactos todavía no llegan a Whaapy.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay saved on this computer and are sent when you connect this account again. They are not sent while you are in practice mode.</source>
        <translation>Se quedan guardados en este equipo y se enviarán cuando vuelvas a conectar esta cuenta. Mientras estés en modo de práctica no se envían.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Paste your Whaapy key (it starts with “wha_”). You create it in %1. It is kept in your computer&apos;s password store, never in a file.</source>
        <translation>Pega tu clave de Whaapy (empieza con «wha_»). La creas en %1. Se guarda en el almacén de contraseñas del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Avanzado</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>The key is not valid or was revoked. Check that you copied all of it.</source>
        <translation>La clave no es válida o fue revocada. Revisa que la hayas copiado completa.</translation>
    </message>
    <message>
        <source>Something unexpected happened. Try again.</source>
        <translation>Ocurrió algo inesperado. Intenta de nuevo.</translation>
    </message>
</context>
<context>
    <name>ContactDetailsView</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Load this contact into the form to change it</source>
        <translation>Abre este contacto en el formulario para cambiarlo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Open in the form</source>
        <translation>Abrir en el formulario</translation>
    </message>
    <message>
        <source>Fix or complete this contact before it is sent</source>
        <translation>Corrige o completa este contacto antes de que se envíe</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Remove this contact from this computer without sending it (asks first)</source>
        <translation>Quitar este contacto de esta computadora sin enviarlo (pregunta antes)</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos del contacto</translation>
    </message>
    <message>
        <source>Select a contact to see all its details.</source>
        <translation>Selecciona un contacto para ver todos sus datos.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Reference in %1</source>
        <translation>Referencia en %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation>Etapa del embudo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Photo (web address)</source>
        <translation>Foto (dirección web)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Valor del trato</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.com</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(sin etapa)</translation>
    </message>
    <message>
        <source>&amp;More details</source>
        <translation>&amp;Más datos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+Enter)</source>
        <translation>Guardar el contacto (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Clear the form (Esc)</source>
        <translation>Limpiar el formulario (Esc)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>&amp;Phone *</source>
        <translation>&amp;Teléfono *</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>Agregar campo personalizado</translation>
    </message>
    <message>
        <source>Add external ID</source>
        <translation>Agregar ID externo</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>Empre&amp;sa</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;iudad</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Keep this country for the next contacts (otherwise each new one starts in %1). Ctrl+P</source>
        <translation>Conservar este país para los siguientes contactos (si no, cada uno nuevo empieza en %1). Ctrl+P</translation>
    </message>
    <message>
        <source>Pin the phone&apos;s country</source>
        <translation>Fijar el país del teléfono</translation>
    </message>
    <message>
        <source>Funnel &amp;stage</source>
        <translation>Etapa del em&amp;budo</translation>
    </message>
    <message>
        <source>Where the contact came from.</source>
        <translation>De dónde llegó el contacto.</translation>
    </message>
    <message>
        <source>(loading the stage…)</source>
        <translation>(cargando la etapa…)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Posta&amp;l code</source>
        <translation>Código posta&amp;l</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Custom &amp;fields</source>
        <translation>Campos personali&amp;zados</translation>
    </message>
    <message>
        <source>E&amp;xternal IDs</source>
        <translation>Referencias e&amp;xternas</translation>
    </message>
    <message>
        <source>Ima&amp;ge URL</source>
        <translation>Foto (dirección &amp;web)</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>O&amp;rigen</translation>
    </message>
    <message>
        <source>Put your changes to that contact back in the form</source>
        <translation>Vuelve a poner tus cambios a ese contacto en el formulario</translation>
    </message>
    <message>
        <source>This looks like a landline; WhatsApp needs a mobile number.</source>
        <translation>Parece un teléfono fijo; WhatsApp necesita un celular.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Phone country</source>
        <translation>País del teléfono</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (fijado)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>The phone of a saved contact can&apos;t be changed here.</source>
        <translation>El teléfono de un contacto guardado no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>A new note (the saved notes stay)</source>
        <translation>Nota nueva (las notas guardadas se conservan)</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Phone country</source>
        <translation>País del teléfono</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your saved contacts are safe. If it happens again, send this report to support.</source>
        <translation>Ocurrió algo inesperado. Tus contactos guardados están a salvo. Si vuelve a pasar, envía este reporte a soporte.</translation>
    </message>
    <message>
        <source>Something unexpected happened. Before closing, check that what you typed is still in the form: it may not have been saved. If it happens again, send this report to support.</source>
        <translation>Ocurrió algo inesperado. Antes de cerrar, revisa que lo que escribiste siga en el formulario: puede que no se haya guardado. Si vuelve a pasar, envía este reporte a soporte.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar reporte</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <source>“%1” is not a date (day/month/year): correct it or delete it.</source>
        <translation>«%1» no es una fecha (día/mes/año): corrígela o bórrala.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number: correct it or delete it.</source>
        <translation>«%1» no es un número entero: corrígelo o bórralo.</translation>
    </message>
    <message>
        <source>“%1” is not a number: correct it or delete it.</source>
        <translation>«%1» no es un número: corrígelo o bórralo.</translation>
    </message>
    <message>
        <source>%1: only digits, please: “%2” has letters (example: 1,500.50).</source>
        <translation>%1: escribe solo cifras; «%2» tiene letras (ejemplo: 1,500.50).</translation>
    </message>
    <message>
        <source>%1: “%2” has more than 15 digits; it could not be kept exactly.</source>
        <translation>%1: «%2» tiene más de 15 cifras; no se podría guardar exacto.</translation>
    </message>
    <message>
        <source>%1: is “%2” %3 or %4? Write it as %3 or as %4.</source>
        <translation>%1: ¿«%2» es %3 o %4? Escríbelo como %3 o como %4.</translation>
    </message>
    <message>
        <source>%1: write a whole number (30, not 30.5).</source>
        <translation>%1: escribe un número entero (30, no 30.5).</translation>
    </message>
    <message>
        <source>%1: “%2” can&apos;t be read as a number (example: 1,500.50 or 1500,5).</source>
        <translation>%1: «%2» no se entiende como número (ejemplo: 1,500.50 o 1500,5).</translation>
    </message>
    <message>
        <source>%1: write the whole year (31/12/1990, not 31/12/90).</source>
        <translation>%1: escribe el año completo (31/12/1990, no 31/12/90).</translation>
    </message>
    <message>
        <source>%1: the date “%2” does not exist.</source>
        <translation>%1: la fecha «%2» no existe.</translation>
    </message>
    <message>
        <source>%1: write the date as day/month/year (example: 31/12/1990).</source>
        <translation>%1: escribe la fecha como día/mes/año (ejemplo: 31/12/1990).</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Example: 1,500.50</source>
        <translation>Ej.: 1,500.50</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <source>%1 (not one of the options)</source>
        <translation>%1 (no es una de las opciones)</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard this contact?</source>
        <translation>¿Descartar este contacto?</translation>
    </message>
    <message>
        <source>%1 never reached Whaapy.</source>
        <translation>%1 no llegó a Whaapy.</translation>
    </message>
    <message>
        <source>If you discard it, what was typed for it is removed from this computer and will not be sent. This can&apos;t be undone.</source>
        <translation>Si lo descartas, lo que se escribió para él se quita de esta computadora y no se enviará. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>&amp;View contact</source>
        <translation>&amp;Ver contacto</translation>
    </message>
    <message>
        <source>&amp;Update that contact</source>
        <translation>&amp;Actualizar ese contacto</translation>
    </message>
    <message>
        <source>Adds what you typed to the existing contact. Its tags are kept.</source>
        <translation>Agrega lo que escribiste al contacto existente. Sus etiquetas se conservan.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>⚠ A contact with this number already exists: %1</source>
        <translation>⚠ Ya existe un contacto con este número: %1</translation>
    </message>
</context>
<context>
    <name>DuplicateUpdateFlow</name>
    <message>
        <source>Reading the existing contact…</source>
        <translation>Leyendo el contacto existente…</translation>
    </message>
    <message>
        <source>That contact already has everything you typed.</source>
        <translation>Ese contacto ya tiene todo lo que escribiste; no hubo nada que cambiar.</translation>
    </message>
</context>
<context>
    <name>EarlierBanner</name>
    <message>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>Put that contact back in the form to fix it</source>
        <translation>Vuelve a poner ese contacto en el formulario para corregirlo</translation>
    </message>
    <message>
        <source>Hide this message (the contact stays in the list)</source>
        <translation>Ocultar este aviso (el contacto sigue en la lista)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este aviso</translation>
    </message>
</context>
<context>
    <name>EditBanner</name>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <source>Leave the contact as it is on Whaapy</source>
        <translation>Deja el contacto como está en Whaapy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Editando:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Editing: %1</source>
        <translation>Editando: %1</translation>
    </message>
</context>
<context>
    <name>EditPresenter</name>
    <message>
        <source>Its changes are still being saved; open it again in a moment.</source>
        <translation>Todavía se guardan sus cambios; vuelve a abrirlo en un momento.</translation>
    </message>
    <message>
        <source>Whaapy doesn&apos;t let a saved contact&apos;s phone change; for another number, save a new contact.</source>
        <translation>Whaapy no permite cambiar el teléfono de un contacto guardado; para otro número, guarda un contacto nuevo.</translation>
    </message>
    <message>
        <source>Saving the changes to “%1”…</source>
        <translation>Guardando los cambios de «%1»…</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>(Whaapy can&apos;t empty some fields, so they keep their value.)</source>
        <translation>(Whaapy no permite vaciar algunos campos; conservan su valor.)</translation>
    </message>
    <message>
        <source>Whaapy refused some of its fields.</source>
        <translation>Whaapy rechazó algunos de sus datos.</translation>
    </message>
    <message>
        <source>The changes to “%1” were not saved: %2</source>
        <translation>No se guardaron los cambios de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>EmailExistingHint</name>
    <message>
        <source>Already exists with this e-mail: %1</source>
        <translation>Ya existe con este correo: %1</translation>
    </message>
    <message>
        <source>Already exists with this e-mail: %1 · %2</source>
        <translation>Ya existe con este correo: %1 · %2</translation>
    </message>
</context>
<context>
    <name>EmailSuggestion</name>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quisiste decir %1?</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Put this address in the e-mail (Ctrl+Space)</source>
        <translation>Poner esta dirección en el correo (Ctrl+Espacio)</translation>
    </message>
</context>
<context>
    <name>EmptyNote</name>
    <message>
        <source>No contact matches the search or the filters.</source>
        <translation>Ningún contacto coincide con la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation>Cargando contactos…</translation>
    </message>
    <message>
        <source>No contacts yet. The ones you save will appear here, newest first.</source>
        <translation>Todavía no hay contactos. Los que guardes aparecerán aquí, los más nuevos primero.</translation>
    </message>
</context>
<context>
    <name>ExistingHint</name>
    <message>
        <source>Already exists: %1</source>
        <translation>Ya existe: %1</translation>
    </message>
    <message>
        <source>Already exists: %1 · created on %2</source>
        <translation>Ya existe: %1 · creado el %2</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Show that contact beside the form</source>
        <translation>Mostrar ese contacto junto al formulario</translation>
    </message>
    <message>
        <source>Edit that one</source>
        <translation>Editar ese</translation>
    </message>
    <message>
        <source>Change that contact instead of making a new one</source>
        <translation>Cambiar ese contacto en vez de crear uno nuevo</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Sugerencia</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx).</source>
        <translation>Un archivo CSV o un libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel on Windows)</source>
        <translation>Windows-1252 (Excel en Windows)</translation>
    </message>
    <message>
        <source>DOS (850)</source>
        <translation>DOS (850)</translation>
    </message>
    <message>
        <source>Mac (Roman)</source>
        <translation>Mac (Roman)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Bar (|)</source>
        <translation>Barra (|)</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.txt *.xlsx *.xlsm);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in the sheet «%1». If the first rows look wrong, choose another sheet.</source>
        <translation>
            <numerusform>%Ln fila en la hoja «%1». Si las primeras filas no se ven bien, elige otra hoja.</numerusform>
            <numerusform>%Ln filas en la hoja «%1». Si las primeras filas no se ven bien, elige otra hoja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), read as %1 and separated by %2. If accents or columns look wrong below, choose another encoding or separator.</source>
        <translation>
            <numerusform>%Ln fila, leída como %1 y separada por %2. Si abajo los acentos o las columnas no se ven bien, elige otra codificación u otro separador.</numerusform>
            <numerusform>%Ln filas, leídas como %1 y separadas por %2. Si abajo los acentos o las columnas no se ven bien, elige otra codificación u otro separador.</numerusform>
        </translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barras</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Step 1 of 5: the file</source>
        <translation>Paso 1 de 5: el archivo</translation>
    </message>
    <message>
        <source>Step 2 of 5: the columns</source>
        <translation>Paso 2 de 5: las columnas</translation>
    </message>
    <message>
        <source>Step 3 of 5: check before importing</source>
        <translation>Paso 3 de 5: revisa antes de importar</translation>
    </message>
    <message>
        <source>Step 4 of 5: sending</source>
        <translation>Paso 4 de 5: enviando</translation>
    </message>
    <message>
        <source>Step 5 of 5: report</source>
        <translation>Paso 5 de 5: reporte</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln contact(s)</source>
        <translation>
            <numerusform>&amp;Importar %Ln contacto</numerusform>
            <numerusform>&amp;Importar %Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>Revisando %Ln fila…</numerusform>
            <numerusform>Revisando %Ln filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>The contacts could not be stored on this computer, so none was sent. The message above the form says why; try again once it is solved.</source>
        <translation>Los contactos no se pudieron guardar en esta computadora, así que no se envió ninguno. El aviso sobre el formulario dice por qué; inténtalo de nuevo cuando esté resuelto.</translation>
    </message>
</context>
<context>
    <name>ImportLine</name>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Cancel what is left…</source>
        <translation>Cancelar lo que falta…</translation>
    </message>
    <message>
        <source>The import of «%1» is finished: see its report.</source>
        <translation>Terminó la importación de «%1»: revisa su reporte.</translation>
    </message>
    <message>
        <source>See the report</source>
        <translation>Ver el reporte</translation>
    </message>
    <message>
        <source>Importing «%1»</source>
        <translation>Importando «%1»</translation>
    </message>
</context>
<context>
    <name>KeptForNext</name>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Back to no tags, no stage and your country for the next contact (Ctrl+R)</source>
        <translation>Sin etiquetas, sin etapa y con tu país para el siguiente contacto (Ctrl+R)</translation>
    </message>
    <message>
        <source>Kept for the next one: %1</source>
        <translation>Se conservan para el siguiente: %1</translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Quitar esta fila</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation>Nombre del campo personalizado</translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation>Valor del campo personalizado</translation>
    </message>
    <message>
        <source>Remove this custom field</source>
        <translation>Quitar este campo personalizado</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>Sistema externo</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Remove this external ID</source>
        <translation>Quitar este ID externo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Sí/No</translation>
    </message>
    <message>
        <source>Value type</source>
        <translation>Tipo de valor</translation>
    </message>
    <message>
        <source>“%1” is there twice: each name can be used only once.</source>
        <translation>«%1» está dos veces: cada nombre se usa una sola vez.</translation>
    </message>
    <message>
        <source>“%1” is not a number (example: 1500 or 1,500.50).</source>
        <translation>«%1» no es un número (ejemplo: 1500 o 1,500.50).</translation>
    </message>
</context>
<context>
    <name>ListFooter</name>
    <message>
        <source>No connection to Whaapy.</source>
        <translation>Sin conexión con Whaapy.</translation>
    </message>
    <message>
        <source>Showing what is saved on this computer.</source>
        <translation>Se muestra lo guardado en esta computadora.</translation>
    </message>
    <message>
        <source>Last updated %1.</source>
        <translation>Última actualización: %1.</translation>
    </message>
    <message>
        <source>Updating… (last updated %1)</source>
        <translation>Actualizando… (última actualización: %1)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n</source>
        <translation>
            <numerusform>Mostrando %1 de %n</numerusform>
            <numerusform>Mostrando %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts: %n</source>
        <translation>
            <numerusform>Contactos: %n</numerusform>
            <numerusform>Contactos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Whaapy Contacts</source>
        <translation>Whaapy Contactos</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>&amp;Connect a Whaapy account…</source>
        <translation>&amp;Conectar una cuenta de Whaapy…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or Excel file</source>
        <translation>Importar contactos de un archivo CSV o de Excel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Practice mode — %1</source>
        <translation>Modo de práctica — %1</translation>
    </message>
    <message>
        <source>Disconnected. Back in practice mode.</source>
        <translation>Desconectado. De vuelta en modo de práctica.</translation>
    </message>
    <message>
        <source>Connected to Whaapy for this session only: the key was not saved.</source>
        <translation>Conectado a Whaapy solo por esta sesión: la clave no se guardó.</translation>
    </message>
    <message>
        <source>Not saved: this computer can&apos;t keep contacts right now (see the notice above). What you typed is still here.</source>
        <translation>No se guardó: esta computadora no puede guardar contactos por ahora (mira el aviso de arriba). Lo que escribiste sigue aquí.</translation>
    </message>
    <message>
        <source>Not saved: the contact is still in the form.</source>
        <translation>No se guardó: el contacto sigue en el formulario.</translation>
    </message>
    <message>
        <source>Your changes to this contact will be lost.</source>
        <translation>Se perderán tus cambios en este contacto.</translation>
    </message>
    <message>
        <source>What you typed will be lost.</source>
        <translation>Se perderá lo que escribiste.</translation>
    </message>
    <message>
        <source>Clear the form?</source>
        <translation>¿Limpiar el formulario?</translation>
    </message>
    <message>
        <source>The form holds your changes to another contact.</source>
        <translation>El formulario tiene tus cambios a otro contacto.</translation>
    </message>
    <message>
        <source>The form holds a contact you are typing.</source>
        <translation>El formulario tiene un contacto que estás escribiendo.</translation>
    </message>
    <message>
        <source>Save what you typed first?</source>
        <translation>¿Guardar primero lo que escribiste?</translation>
    </message>
    <message>
        <source>Save it first</source>
        <translation>Guardarlo primero</translation>
    </message>
    <message>
        <source>Discard it and open the other</source>
        <translation>Descartarlo y abrir el otro</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Key used for this session only</source>
        <translation>Clave usada solo por esta sesión</translation>
    </message>
    <message>
        <source>This computer has no password store the app can use, so the key is kept only while the app is open. It is never written to disk. You will need to paste it again next time.</source>
        <translation>Este equipo no tiene un almacén de contraseñas que la app pueda usar, así que la clave se usa solo mientras la app está abierta. Nunca se escribe en disco. La próxima vez tendrás que pegarla de nuevo.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check what each column of the file is. Columns you leave as «Don&apos;t import» are not sent; «Custom field» keeps them under the column&apos;s name.</source>
        <translation>Revisa qué es cada columna del archivo. Las que dejes en «No importar» no se envían; «Campo personalizado» las guarda con el nombre de la columna.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>for example: Expo 2026</source>
        <translation>por ejemplo: Expo 2026</translation>
    </message>
    <message>
        <source>Tag for every imported contact</source>
        <translation>Etiqueta para cada contacto importado</translation>
    </message>
    <message>
        <source>Choose which column has the phone: it is required.</source>
        <translation>Elige qué columna tiene el teléfono: es obligatorio.</translation>
    </message>
    <message>
        <source>Numbers without + are from:</source>
        <translation>Los números sin + son de:</translation>
    </message>
    <message>
        <source>&amp;Tag for this import:</source>
        <translation>&amp;Etiqueta para esta importación:</translation>
    </message>
    <message>
        <source>Import «%1» as</source>
        <translation>Importar «%1» como</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Datos inválidos</source>
        <translation>Datos inválidos</translation>
    </message>
    <message>
        <source>A la clave le faltan permisos: %1. Agrégalos en app.whaapy.com → Configuración → Claves de API.</source>
        <translation>A la clave le faltan permisos: %1. Agrégalos en app.whaapy.com → Configuración → Claves de API.</translation>
    </message>
    <message>
        <source>(no indicados)</source>
        <translation>(no indicados)</translation>
    </message>
    <message>
        <source>Whaapy no aceptó este contacto (respuesta %1). Revisa los datos y vuelve a guardarlo; si se repite, revisa la dirección del servidor.</source>
        <translation>Whaapy no aceptó este contacto (respuesta %1). Revisa los datos y vuelve a guardarlo; si se repite, revisa la dirección del servidor.</translation>
    </message>
    <message>
        <source>El contacto es demasiado grande para enviarlo. Acorta las notas u otros textos largos y vuelve a guardarlo.</source>
        <translation>El contacto es demasiado grande para enviarlo. Acorta las notas u otros textos largos y vuelve a guardarlo.</translation>
    </message>
    <message>
        <source>Whaapy no encontró dónde guardar contactos en esa dirección. Revisa la dirección del servidor en «Conectar una cuenta de Whaapy…» y vuelve a guardarlo.</source>
        <translation>Whaapy no encontró dónde guardar contactos en esa dirección. Revisa la dirección del servidor en «Conectar una cuenta de Whaapy…» y vuelve a guardarlo.</translation>
    </message>
    <message>
        <source>Whaapy pide esperar un momento. Intenta de nuevo en %1 s.</source>
        <translation>Whaapy pide esperar un momento. Intenta de nuevo en %1 s.</translation>
    </message>
    <message>
        <source>Whaapy pide esperar. Intenta de nuevo en %1 min.</source>
        <translation>Whaapy pide esperar. Intenta de nuevo en %1 min.</translation>
    </message>
    <message>
        <source>Ocurrió un error al hablar con Whaapy. Intenta de nuevo.</source>
        <translation>Ocurrió un error al hablar con Whaapy. Intenta de nuevo.</translation>
    </message>
    <message>
        <source>La clave no es válida o fue revocada. Conecta tu cuenta con una clave nueva.</source>
        <translation>La clave no es válida o fue revocada. Conecta tu cuenta con una clave nueva.</translation>
    </message>
    <message>
        <source>La clave tiene caracteres que una clave de Whaapy no lleva (acentos, espacios o caracteres invisibles). Conecta tu cuenta de nuevo y pega la clave tal como aparece en Whaapy.</source>
        <translation>La clave tiene caracteres que una clave de Whaapy no lleva (acentos, espacios o caracteres invisibles). Conecta tu cuenta de nuevo y pega la clave tal como aparece en Whaapy.</translation>
    </message>
    <message>
        <source>No se encontró ese contacto en Whaapy. Puede que lo hayan borrado.</source>
        <translation>No se encontró ese contacto en Whaapy. Puede que lo hayan borrado.</translation>
    </message>
    <message>
        <source>Ya existe un contacto con este número de teléfono.</source>
        <translation>Ya existe un contacto con este número de teléfono.</translation>
    </message>
    <message>
        <source>Whaapy no aceptó este contacto. Su respuesta: «%1»</source>
        <translation>Whaapy no aceptó este contacto. Su respuesta: «%1»</translation>
    </message>
    <message>
        <source>Whaapy no aceptó este contacto y no dijo qué campo corregir.</source>
        <translation>Whaapy no aceptó este contacto y no dijo qué campo corregir.</translation>
    </message>
    <message>
        <source>Whaapy rechazó algunos datos. Revisa los campos marcados.</source>
        <translation>Whaapy rechazó algunos datos. Revisa los campos marcados.</translation>
    </message>
    <message>
        <source>Whaapy pide esperar un momento. Intenta de nuevo en unos segundos.</source>
        <translation>Whaapy pide esperar un momento. Intenta de nuevo en unos segundos.</translation>
    </message>
    <message>
        <source>Whaapy tiene un problema en este momento. Intenta de nuevo en unos minutos.</source>
        <translation>Whaapy tiene un problema en este momento. Intenta de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>Whaapy respondió algo que no se pudo leer. Intenta de nuevo en unos minutos.</source>
        <translation>Whaapy respondió algo que no se pudo leer. Intenta de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>El servidor respondió con una redirección en lugar de contestar. Revisa la dirección del servidor, o si tu red pide iniciar sesión (como el wifi de un hotel).</source>
        <translation>El servidor respondió con una redirección en lugar de contestar. Revisa la dirección del servidor, o si tu red pide iniciar sesión (como el wifi de un hotel).</translation>
    </message>
    <message>
        <source>Sin conexión con Whaapy. Revisa tu internet e intenta de nuevo.</source>
        <translation>Sin conexión con Whaapy. Revisa tu internet e intenta de nuevo.</translation>
    </message>
    <message>
        <source>No se pudo conectar con el servidor. Revisa la dirección o tu internet.</source>
        <translation>No se pudo conectar con el servidor. Revisa la dirección o tu internet.</translation>
    </message>
    <message>
        <source>Sin internet: no se encontró el servidor de Whaapy. Revisa tu conexión.</source>
        <translation>Sin internet: no se encontró el servidor de Whaapy. Revisa tu conexión.</translation>
    </message>
    <message>
        <source>Se cortó la conexión con Whaapy. Revisa tu internet e intenta de nuevo.</source>
        <translation>Se cortó la conexión con Whaapy. Revisa tu internet e intenta de nuevo.</translation>
    </message>
    <message>
        <source>Whaapy tardó demasiado en responder. Intenta de nuevo.</source>
        <translation>Whaapy tardó demasiado en responder. Intenta de nuevo.</translation>
    </message>
    <message>
        <source>Falta la @ en el correo (ejemplo: nombre@empresa.com).</source>
        <translation>Falta la @ en el correo (ejemplo: nombre@empresa.com).</translation>
    </message>
    <message>
        <source>El correo no es válido. Revisa que esté bien escrito (nombre@empresa.com).</source>
        <translation>El correo no es válido. Revisa que esté bien escrito (nombre@empresa.com).</translation>
    </message>
    <message>
        <source>Escribe el número de teléfono.</source>
        <translation>Escribe el número de teléfono.</translation>
    </message>
    <message>
        <source>Esto no parece un número de teléfono.</source>
        <translation>Esto no parece un número de teléfono.</translation>
    </message>
    <message>
        <source>Faltan dígitos: el número es demasiado corto.</source>
        <translation>Faltan dígitos: el número es demasiado corto.</translation>
    </message>
    <message>
        <source>Sobran dígitos: el número es demasiado largo.</source>
        <translation>Sobran dígitos: el número es demasiado largo.</translation>
    </message>
    <message>
        <source>La clave de país no existe. Revisa lo que va después del +.</source>
        <translation>La clave de país no existe. Revisa lo que va después del +.</translation>
    </message>
    <message>
        <source>Este número no existe en el país elegido. Revisa los dígitos o el país.</source>
        <translation>Este número no existe en el país elegido. Revisa los dígitos o el país.</translation>
    </message>
    <message>
        <source>Se quitó el 1 de celular antiguo (ya no se usa desde 2019).</source>
        <translation>Se quitó el 1 de celular antiguo (ya no se usa desde 2019).</translation>
    </message>
    <message>
        <source>Se quitó el prefijo 044 (ya no se usa desde 2019).</source>
        <translation>Se quitó el prefijo 044 (ya no se usa desde 2019).</translation>
    </message>
    <message>
        <source>Se quitó el prefijo 045 (ya no se usa desde 2019).</source>
        <translation>Se quitó el prefijo 045 (ya no se usa desde 2019).</translation>
    </message>
    <message>
        <source>Se quitó el prefijo 01 (ya no se usa desde 2019).</source>
        <translation>Se quitó el prefijo 01 (ya no se usa desde 2019).</translation>
    </message>
    <message>
        <source>La extensión no se guarda en el teléfono (WhatsApp no la usa); anótala en Notas si la necesitas.</source>
        <translation>La extensión no se guarda en el teléfono (WhatsApp no la usa); anótala en Notas si la necesitas.</translation>
    </message>
    <message>
        <source>La URL de la imagen debe empezar con https:// (ejemplo: https://sitio.com/foto.jpg).</source>
        <translation>La URL de la imagen debe empezar con https:// (ejemplo: https://sitio.com/foto.jpg).</translation>
    </message>
    <message>
        <source>Elige un país de la lista (código de 2 letras, como MX).</source>
        <translation>Elige un país de la lista (código de 2 letras, como MX).</translation>
    </message>
    <message>
        <source>En México el código postal tiene 5 dígitos.</source>
        <translation>En México el código postal tiene 5 dígitos.</translation>
    </message>
    <message>
        <source>El origen puede tener como máximo %1 caracteres.</source>
        <translation>El origen puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Cada campo personalizado necesita un nombre.</source>
        <translation>Cada campo personalizado necesita un nombre.</translation>
    </message>
    <message>
        <source>Cada ID externo necesita un nombre.</source>
        <translation>Cada ID externo necesita un nombre.</translation>
    </message>
    <message>
        <source>El valor de «%1» no es un número válido.</source>
        <translation>El valor de «%1» no es un número válido.</translation>
    </message>
    <message>
        <source>Escribe un valor para «%1» o quita la fila.</source>
        <translation>Escribe un valor para «%1» o quita la fila.</translation>
    </message>
    <message>
        <source>El valor del trato debe ser un número positivo.</source>
        <translation>El valor del trato debe ser un número positivo.</translation>
    </message>
    <message>
        <source>Tiene letras que no se pudieron leer (�): escríbelas de nuevo.</source>
        <translation>Tiene letras que no se pudieron leer (�): escríbelas de nuevo.</translation>
    </message>
    <message>
        <source>Error inesperado; se reintentará.</source>
        <translation>Error inesperado; se reintentará.</translation>
    </message>
    <message>
        <source>Sobra 1 dígito: los números de México tienen 10 dígitos (lada y número).</source>
        <translation>Sobra 1 dígito: los números de México tienen 10 dígitos (lada y número).</translation>
    </message>
    <message>
        <source>Sobran %1 dígitos: los números de México tienen 10 dígitos (lada y número).</source>
        <translation>Sobran %1 dígitos: los números de México tienen 10 dígitos (lada y número).</translation>
    </message>
    <message>
        <source>Falta 1 dígito: los números de México tienen 10 dígitos (lada y número).</source>
        <translation>Falta 1 dígito: los números de México tienen 10 dígitos (lada y número).</translation>
    </message>
    <message>
        <source>Faltan %1 dígitos: los números de México tienen 10 dígitos (lada y número).</source>
        <translation>Faltan %1 dígitos: los números de México tienen 10 dígitos (lada y número).</translation>
    </message>
    <message>
        <source>No es un número de México: revisa la lada y los dígitos, o elige otro país.</source>
        <translation>No es un número de México: revisa la lada y los dígitos, o elige otro país.</translation>
    </message>
    <message>
        <source>Sobra 1 dígito para un número del país elegido.</source>
        <translation>Sobra 1 dígito para un número del país elegido.</translation>
    </message>
    <message>
        <source>Sobran %1 dígitos para un número del país elegido.</source>
        <translation>Sobran %1 dígitos para un número del país elegido.</translation>
    </message>
    <message>
        <source>Falta 1 dígito para un número del país elegido.</source>
        <translation>Falta 1 dígito para un número del país elegido.</translation>
    </message>
    <message>
        <source>Faltan %1 dígitos para un número del país elegido.</source>
        <translation>Faltan %1 dígitos para un número del país elegido.</translation>
    </message>
    <message>
        <source>Ocurrió un error al hablar con el servidor de práctica. Intenta de nuevo.</source>
        <translation>Ocurrió un error al hablar con el servidor de práctica. Intenta de nuevo.</translation>
    </message>
    <message>
        <source>No se encontró ese contacto en tus contactos de práctica. Puede que lo hayan borrado.</source>
        <translation>No se encontró ese contacto en tus contactos de práctica. Puede que lo hayan borrado.</translation>
    </message>
    <message>
        <source>El servidor de práctica no aceptó este contacto (respuesta %1). Revisa los datos y vuelve a guardarlo.</source>
        <translation>El servidor de práctica no aceptó este contacto (respuesta %1). Revisa los datos y vuelve a guardarlo.</translation>
    </message>
    <message>
        <source>El servidor de práctica no aceptó este contacto. Su respuesta: «%1»</source>
        <translation>El servidor de práctica no aceptó este contacto. Su respuesta: «%1»</translation>
    </message>
    <message>
        <source>El servidor de práctica no aceptó este contacto y no dijo qué campo corregir.</source>
        <translation>El servidor de práctica no aceptó este contacto y no dijo qué campo corregir.</translation>
    </message>
    <message>
        <source>El servidor de práctica rechazó algunos datos. Revisa los campos marcados.</source>
        <translation>El servidor de práctica rechazó algunos datos. Revisa los campos marcados.</translation>
    </message>
    <message>
        <source>El servidor de práctica pide esperar un momento. Intenta de nuevo en %1 s.</source>
        <translation>El servidor de práctica pide esperar un momento. Intenta de nuevo en %1 s.</translation>
    </message>
    <message>
        <source>El servidor de práctica pide esperar. Intenta de nuevo en %1 min.</source>
        <translation>El servidor de práctica pide esperar. Intenta de nuevo en %1 min.</translation>
    </message>
    <message>
        <source>El servidor de práctica pide esperar un momento. Intenta de nuevo en unos segundos.</source>
        <translation>El servidor de práctica pide esperar un momento. Intenta de nuevo en unos segundos.</translation>
    </message>
    <message>
        <source>El servidor de práctica tiene un problema en este momento. Intenta de nuevo en unos minutos.</source>
        <translation>El servidor de práctica tiene un problema en este momento. Intenta de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>El servidor de práctica respondió algo que no se pudo leer. Intenta de nuevo en unos minutos.</source>
        <translation>El servidor de práctica respondió algo que no se pudo leer. Intenta de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>El servidor de práctica no responde. Intenta de nuevo en un momento.</source>
        <translation>El servidor de práctica no responde. Intenta de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Se cortó la conexión con el servidor de práctica. Intenta de nuevo.</source>
        <translation>Se cortó la conexión con el servidor de práctica. Intenta de nuevo.</translation>
    </message>
    <message>
        <source>El servidor de práctica tardó demasiado en responder. Intenta de nuevo.</source>
        <translation>El servidor de práctica tardó demasiado en responder. Intenta de nuevo.</translation>
    </message>
    <message>
        <source>El disco de esta computadora está lleno: no se pueden guardar contactos nuevos. Lo que escribiste sigue en el formulario. Libera espacio (borra o mueve archivos que no necesites) y vuelve a guardar; la app lo notará sola.</source>
        <translation>El disco de esta computadora está lleno: no se pueden guardar contactos nuevos. Lo que escribiste sigue en el formulario. Libera espacio (borra o mueve archivos que no necesites) y vuelve a guardar; la app lo notará sola.</translation>
    </message>
    <message>
        <source>No se pudo escribir en el disco de esta computadora: no se pueden guardar contactos nuevos. Lo que escribiste sigue en el formulario. Revisa el disco o pide ayuda a quien administra esta computadora; la app lo volverá a intentar sola.</source>
        <translation>No se pudo escribir en el disco de esta computadora: no se pueden guardar contactos nuevos. Lo que escribiste sigue en el formulario. Revisa el disco o pide ayuda a quien administra esta computadora; la app lo volverá a intentar sola.</translation>
    </message>
    <message>
        <source>La carpeta donde la app guarda tus contactos no permite escribir: no se pueden guardar contactos nuevos ni enviar los pendientes. Lo que escribiste sigue en el formulario. Pide a quien administra esta computadora que permita escribir en la carpeta %1; la app lo notará sola.</source>
        <translation>La carpeta donde la app guarda tus contactos no permite escribir: no se pueden guardar contactos nuevos ni enviar los pendientes. Lo que escribiste sigue en el formulario. Pide a quien administra esta computadora que permita escribir en la carpeta %1; la app lo notará sola.</translation>
    </message>
    <message>
        <source>No se pudo abrir el archivo donde la app guarda tus contactos: no se pueden guardar contactos nuevos. Lo que escribiste sigue en el formulario. Pide ayuda a quien administra esta computadora; la app lo volverá a intentar sola.</source>
        <translation>No se pudo abrir el archivo donde la app guarda tus contactos: no se pueden guardar contactos nuevos. Lo que escribiste sigue en el formulario. Pide ayuda a quien administra esta computadora; la app lo volverá a intentar sola.</translation>
    </message>
    <message>
        <source>El archivo de tus contactos en esta computadora estaba dañado. Se guardó aparte, sin borrarlo, como %1, y se empezó uno nuevo. Si faltara algún contacto pendiente, soporte puede recuperarlo de ese archivo.</source>
        <translation>El archivo de tus contactos en esta computadora estaba dañado. Se guardó aparte, sin borrarlo, como %1, y se empezó uno nuevo. Si faltara algún contacto pendiente, soporte puede recuperarlo de ese archivo.</translation>
    </message>
    <message>
        <source>El archivo de tus contactos en esta computadora se borró mientras la app estaba abierta. Se volvió a crear con todo lo que tenía: no se perdió nada.</source>
        <translation>El archivo de tus contactos en esta computadora se borró mientras la app estaba abierta. Se volvió a crear con todo lo que tenía: no se perdió nada.</translation>
    </message>
    <message>
        <source>Ya se puede guardar otra vez en esta computadora. Los contactos pendientes siguen.</source>
        <translation>Ya se puede guardar otra vez en esta computadora. Los contactos pendientes siguen.</translation>
    </message>
    <message>
        <source>Escribe la dirección del servidor, por ejemplo https://api.whaapy.com.</source>
        <translation>Escribe la dirección del servidor, por ejemplo https://api.whaapy.com.</translation>
    </message>
    <message>
        <source>La dirección del servidor no puede tener espacios.</source>
        <translation>La dirección del servidor no puede tener espacios.</translation>
    </message>
    <message>
        <source>La dirección del servidor debe empezar con https://, por ejemplo https://api.whaapy.com.</source>
        <translation>La dirección del servidor debe empezar con https://, por ejemplo https://api.whaapy.com.</translation>
    </message>
    <message>
        <source>La dirección debe empezar con https:// (http:// solo para este equipo, como http://127.0.0.1).</source>
        <translation>La dirección debe empezar con https:// (http:// solo para este equipo, como http://127.0.0.1).</translation>
    </message>
    <message>
        <source>El nombre del servidor no es válido. Revisa cómo está escrita la dirección.</source>
        <translation>El nombre del servidor no es válido. Revisa cómo está escrita la dirección.</translation>
    </message>
    <message>
        <source>El puerto (el número después de «:») debe ser un número del 1 al 65535.</source>
        <translation>El puerto (el número después de «:») debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>La dirección del servidor no puede llevar usuario, contraseña, «?» ni «#».</source>
        <translation>La dirección del servidor no puede llevar usuario, contraseña, «?» ni «#».</translation>
    </message>
    <message>
        <source>Primero pega tu clave de Whaapy.</source>
        <translation>Primero pega tu clave de Whaapy.</translation>
    </message>
    <message>
        <source>La clave tiene espacios en medio. Cópiala de nuevo desde Whaapy, completa y sin espacios.</source>
        <translation>La clave tiene espacios en medio. Cópiala de nuevo desde Whaapy, completa y sin espacios.</translation>
    </message>
    <message>
        <source>La clave tiene un carácter que no puede ir en una clave: «%1». Cópiala de nuevo desde Whaapy en lugar de escribirla.</source>
        <translation>La clave tiene un carácter que no puede ir en una clave: «%1». Cópiala de nuevo desde Whaapy en lugar de escribirla.</translation>
    </message>
    <message>
        <source>Esto no parece una clave de Whaapy: las claves empiezan con «wha_». Revisa que copiaste la clave completa.</source>
        <translation>Esto no parece una clave de Whaapy: las claves empiezan con «wha_». Revisa que copiaste la clave completa.</translation>
    </message>
    <message>
        <source>La clave está incompleta. Cópiala de nuevo desde Whaapy, completa.</source>
        <translation>La clave está incompleta. Cópiala de nuevo desde Whaapy, completa.</translation>
    </message>
    <message>
        <source>Esto es demasiado largo para ser una clave. Copia solo la clave.</source>
        <translation>Esto es demasiado largo para ser una clave. Copia solo la clave.</translation>
    </message>
    <message>
        <source>El mismo teléfono ya está en la fila %1 del archivo.</source>
        <translation>El mismo teléfono ya está en la fila %1 del archivo.</translation>
    </message>
    <message>
        <source>Ya existía: ese teléfono ya está en tus contactos.</source>
        <translation>Ya existía: ese teléfono ya está en tus contactos.</translation>
    </message>
    <message>
        <source>Omitida por ti.</source>
        <translation>Omitida por ti.</translation>
    </message>
    <message>
        <source>«%1» no es una cantidad.</source>
        <translation>«%1» no es una cantidad.</translation>
    </message>
    <message>
        <source>Otros teléfonos: %1</source>
        <translation>Otros teléfonos: %1</translation>
    </message>
    <message>
        <source>Otros correos: %1</source>
        <translation>Otros correos: %1</translation>
    </message>
    <message>
        <source>No importar</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Nombre completo</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Nombre(s)</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <source>Apellido(s)</source>
        <translation>Apellido(s)</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Empresa</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Ciudad</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Código postal</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>País</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Etiquetas</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Valor del trato</source>
        <translation>Valor del trato</translation>
    </message>
    <message>
        <source>Campo personalizado</source>
        <translation>Campo personalizado</translation>
    </message>
    <message>
        <source>El archivo no se puede leer como tabla: revisa que sus comillas estén cerradas, o ábrelo en Excel y guárdalo de nuevo como .csv.</source>
        <translation>El archivo no se puede leer como tabla: revisa que sus comillas estén cerradas, o ábrelo en Excel y guárdalo de nuevo como .csv.</translation>
    </message>
    <message>
        <source>No se pudo abrir el archivo: %1</source>
        <translation>No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <source>El archivo no tiene filas con datos. Revisa que sea la lista de contactos.</source>
        <translation>El archivo no tiene filas con datos. Revisa que sea la lista de contactos.</translation>
    </message>
    <message>
        <source>El archivo es demasiado grande (más de 50 MB) para ser una lista de contactos.</source>
        <translation>El archivo es demasiado grande (más de 50 MB) para ser una lista de contactos.</translation>
    </message>
    <message>
        <source>No se pudo leer el archivo de Excel. Ábrelo en Excel y guárdalo de nuevo como .xlsx o .csv.</source>
        <translation>No se pudo leer el archivo de Excel. Ábrelo en Excel y guárdalo de nuevo como .xlsx o .csv.</translation>
    </message>
    <message>
        <source>Los archivos .xls (Excel 97-2003) no se pueden leer. En Excel, guárdalo como .xlsx o .csv.</source>
        <translation>Los archivos .xls (Excel 97-2003) no se pueden leer. En Excel, guárdalo como .xlsx o .csv.</translation>
    </message>
    <message>
        <source>El archivo no se puede leer como %1. Elige otra codificación.</source>
        <translation>El archivo no se puede leer como %1. Elige otra codificación.</translation>
    </message>
    <message>
        <source>Columna %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>No se envió: cancelaste la importación.</source>
        <translation>No se envió: cancelaste la importación.</translation>
    </message>
    <message>
        <source>No se envió: se descartó en la lista de contactos antes de llegar a Whaapy.</source>
        <translation>No se envió: se descartó en la lista de contactos antes de llegar a Whaapy.</translation>
    </message>
    <message>
        <source>Todavía se está enviando; aparecerá en tus contactos cuando llegue.</source>
        <translation>Todavía se está enviando; aparecerá en tus contactos cuando llegue.</translation>
    </message>
    <message>
        <source>Ya existía, y sus campos vacíos no se pudieron completar: ábrelo en la lista (Requiere atención) para actualizarlo.</source>
        <translation>Ya existía, y sus campos vacíos no se pudieron completar: ábrelo en la lista (Requiere atención) para actualizarlo.</translation>
    </message>
    <message>
        <source>Whaapy no lo aceptó: %1</source>
        <translation>Whaapy no lo aceptó: %1</translation>
    </message>
    <message>
        <source>Fila</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>No se pudo guardar el reporte: %1</source>
        <translation>No se pudo guardar el reporte: %1</translation>
    </message>
    <message>
        <source>No se reconoce el país «%1». Escribe su nombre (México, Colombia…) o su código de 2 letras (MX, CO).</source>
        <translation>No se reconoce el país «%1». Escribe su nombre (México, Colombia…) o su código de 2 letras (MX, CO).</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Sending status</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <source>Retry no&amp;w</source>
        <translation>Reintentar a&amp;hora</translation>
    </message>
    <message>
        <source>practice allows %1 a minute</source>
        <translation>la práctica permite %1 por minuto</translation>
    </message>
    <message>
        <source>Whaapy allows %1 a minute</source>
        <translation>Whaapy permite %1 por minuto</translation>
    </message>
    <message>
        <source>done in about %1 min</source>
        <translation>listo en ~%1 min</translation>
    </message>
    <message>
        <source>Sending paused</source>
        <translation>Envío en pausa</translation>
    </message>
    <message>
        <source>Waiting until this computer can save</source>
        <translation>Esperando a que esta computadora pueda guardar</translation>
    </message>
    <message>
        <source>Another window is sending</source>
        <translation>Otra ventana está enviando</translation>
    </message>
    <message>
        <source>Whaapy is slow to answer</source>
        <translation>Whaapy tarda en responder</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Whaapy asked us to wait</source>
        <translation>Whaapy pidió esperar</translation>
    </message>
    <message>
        <source>Whaapy is having trouble</source>
        <translation>Whaapy tiene problemas</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The practice server asked us to wait</source>
        <translation>El servidor de práctica pidió esperar</translation>
    </message>
    <message>
        <source>The practice server is slow to answer</source>
        <translation>El servidor de práctica tarda en responder</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) pending</source>
        <translation>
            <numerusform>%n contacto pendiente</numerusform>
            <numerusform>%n contactos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n requiere atención</numerusform>
            <numerusform>%n requieren atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pendiente</numerusform>
            <numerusform>%Ln pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice server is not answering</source>
        <translation>El servidor de práctica no responde</translation>
    </message>
    <message>
        <source>The practice server is having trouble</source>
        <translation>El servidor de práctica tiene problemas</translation>
    </message>
    <message>
        <source>retrying in %1 min</source>
        <translation>se reintentará en %1 min</translation>
    </message>
    <message>
        <source>retrying in %1 s</source>
        <translation>se reintentará en %1 s</translation>
    </message>
</context>
<context>
    <name>PasteBanner</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Put the fields back as they were before the paste</source>
        <translation>Devolver los campos a como estaban antes de pegar</translation>
    </message>
    <message>
        <source>(Ctrl+Z)</source>
        <translation>(Ctrl+Z)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Fill the form with the next contact you pasted</source>
        <translation>Llenar el formulario con el siguiente contacto que pegaste</translation>
    </message>
    <message>
        <source>Hide this message (the fields stay as they are)</source>
        <translation>Ocultar este mensaje (los campos se quedan como están)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este aviso</translation>
    </message>
</context>
<context>
    <name>PasteChoice</name>
    <message>
        <source>Several contacts</source>
        <translation>Varios contactos</translation>
    </message>
    <message>
        <source>This file has %1 contacts. Fill with:</source>
        <translation>Este archivo tiene %1 contactos. Llenar con:</translation>
    </message>
    <message>
        <source>What you pasted has %1 contacts. Fill with:</source>
        <translation>Lo que pegaste tiene %1 contactos. Llenar con:</translation>
    </message>
    <message>
        <source>The others are offered one at a time, each after you save the one before.</source>
        <translation>Los demás se ofrecen uno por uno, cada uno después de guardar el anterior.</translation>
    </message>
    <message>
        <source>Contacts pasted</source>
        <translation>Contactos pegados</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Llenar</translation>
    </message>
</context>
<context>
    <name>PasteFill</name>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Localizador</translation>
    </message>
    <message>
        <source>Phone extension: %1</source>
        <translation>Extensión del teléfono: %1</translation>
    </message>
    <message>
        <source>Job title: %1</source>
        <translation>Puesto: %1</translation>
    </message>
    <message>
        <source>Other phones: %1</source>
        <translation>Otros teléfonos: %1</translation>
    </message>
    <message>
        <source>Other e-mails: %1</source>
        <translation>Otros correos: %1</translation>
    </message>
    <message>
        <source>The phone&apos;s extension went to Notes: %1.</source>
        <translation>La extensión del teléfono quedó en Notas: %1.</translation>
    </message>
    <message>
        <source>Other phones went to Notes: %1.</source>
        <translation>Los otros teléfonos quedaron en Notas: %1.</translation>
    </message>
    <message>
        <source>Other e-mails went to Notes: %1.</source>
        <translation>Los otros correos quedaron en Notas: %1.</translation>
    </message>
    <message>
        <source>The job title went to Notes: %1.</source>
        <translation>El puesto quedó en Notas: %1.</translation>
    </message>
    <message>
        <source>The whole message went to Notes.</source>
        <translation>El mensaje completo quedó en Notas.</translation>
    </message>
    <message>
        <source>No contact was found in %1.</source>
        <translation>No se encontró ningún contacto en %1.</translation>
    </message>
    <message>
        <source>«%1» is too big to fill the form from (over 8 MB).</source>
        <translation>«%1» es demasiado grande para llenar el formulario (más de 8 MB).</translation>
    </message>
    <message>
        <source>«%1» could not be read. Check that it is still there.</source>
        <translation>No se pudo leer «%1». Revisa que el archivo siga ahí.</translation>
    </message>
    <message>
        <source>What you pasted is another contact&apos;s (%1): nothing was changed. To save it as a new contact, cancel the edit (Esc) and paste it again.</source>
        <translation>Lo pegado es de otro contacto (%1): no se cambió nada. Para guardarlo como contacto nuevo, cancela la edición (Esc) y pégalo de nuevo.</translation>
    </message>
    <message>
        <source>Nothing was filled from what you pasted: those fields already hold something.</source>
        <translation>No se llenó nada con lo pegado: esos campos ya tienen algo.</translation>
    </message>
    <message>
        <source>Nothing was filled from what you pasted: the fields already held it.</source>
        <translation>No se llenó nada con lo pegado: los campos ya lo tenían.</translation>
    </message>
    <message>
        <source>1 field was filled from what you pasted: %1.</source>
        <translation>Se llenó 1 campo con lo pegado: %1.</translation>
    </message>
    <message>
        <source>%2 fields were filled from what you pasted: %1.</source>
        <translation>Se llenaron %2 campos con lo pegado: %1.</translation>
    </message>
    <message>
        <source>%1 was not changed: it already held %2 (the paste had %3).</source>
        <translation>No se cambió %1: ya tenía %2 (lo pegado decía %3).</translation>
    </message>
    <message>
        <source>Contact %1 of %2 you pasted.</source>
        <translation>Contacto %1 de %2 de lo pegado.</translation>
    </message>
    <message>
        <source>Some letters of what you pasted could not be read (they show as �): check %1. If it came from a .vcf file, drop the file on the window instead.</source>
        <translation>Algunas letras de lo pegado no se pudieron leer (se ven como �): revisa %1. Si venía de un archivo .vcf, mejor arrastra el archivo a la ventana.</translation>
    </message>
    <message>
        <source>What you pasted can no longer be undone at once: you changed %1.</source>
        <translation>Lo pegado ya no se puede deshacer de una vez: cambiaste %1.</translation>
    </message>
    <message>
        <source>Next of what you pasted: contact %1 of %2, %3.</source>
        <translation>Sigue de lo pegado: contacto %1 de %2, %3.</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Otra dirección</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <source>Went to the custom fields: %1.</source>
        <translation>Quedó en los campos personalizados: %1.</translation>
    </message>
    <message>
        <source>Went to Notes: %1.</source>
        <translation>Quedó en Notas: %1.</translation>
    </message>
</context>
<context>
    <name>PasteSession</name>
    <message>
        <source>The form holds another contact: save it or clear it (Esc), and the next pasted one is offered again.</source>
        <translation>El formulario tiene otro contacto: guárdalo o límpialo (Esc) y se te ofrecerá de nuevo el siguiente de lo pegado.</translation>
    </message>
</context>
<context>
    <name>PausedBanner</name>
    <message>
        <source>Fix the key…</source>
        <translation>Corregir la clave…</translation>
    </message>
    <message>
        <source>Sending is paused; your contacts are kept and will go out once it&apos;s fixed.</source>
        <translation>El envío está en pausa; tus contactos se conservan y saldrán en cuanto se corrija.</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>Ej.: {example}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Qué corregir</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Repeated in the file</source>
        <translation>Repetido en el archivo</translation>
    </message>
    <message>
        <source>Already in your contacts</source>
        <translation>Ya está en tus contactos</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>Con errores</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Rows that repeat a phone, or whose phone is already in your contacts, are not sent and are listed in the report. Double-click a phone or e-mail to fix it; untick a row to leave it out.</source>
        <translation>Las filas que repiten un teléfono, o cuyo teléfono ya está en tus contactos, no se envían y aparecen en el reporte. Haz doble clic en un teléfono o correo para corregirlo; desmarca una fila para dejarla fuera.</translation>
    </message>
    <message>
        <source>Show only rows with something to check</source>
        <translation>Mostrar solo las filas que hay que revisar</translation>
    </message>
    <message>
        <source>For phones already in your contacts, fill in what that contact is missing (nothing it has is changed)</source>
        <translation>Para los teléfonos que ya están en tus contactos, completar lo que le falta a ese contacto (no se cambia nada de lo que ya tiene)</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas por importar</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln new&lt;/b&gt; to import</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln nuevo&lt;/b&gt; por importar</numerusform>
            <numerusform>&lt;b&gt;%Ln nuevos&lt;/b&gt; por importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeated in the file</source>
        <translation>
            <numerusform>%Ln repetido en el archivo</numerusform>
            <numerusform>%Ln repetidos en el archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in your contacts</source>
        <translation>
            <numerusform>%Ln ya en tus contactos</numerusform>
            <numerusform>%Ln ya en tus contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln con errores</numerusform>
            <numerusform>%Ln con errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out</source>
        <translation>
            <numerusform>%Ln omitido</numerusform>
            <numerusform>%Ln omitidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Import progress</source>
        <translation>Avance de la importación</translation>
    </message>
    <message>
        <source>You can close this window and keep typing contacts: the ones you type go first, and the import goes on, also after closing the app.</source>
        <translation>Puedes cerrar esta ventana y seguir capturando contactos: los que escribes van primero, y la importación sigue, también si cierras la aplicación.</translation>
    </message>
    <message>
        <source>Cancel the import…</source>
        <translation>Cancelar la importación…</translation>
    </message>
    <message>
        <source>Importing «%1»</source>
        <translation>Importando «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 sent</source>
        <translation>
            <numerusform>%Ln de %1 enviado</numerusform>
            <numerusform>%Ln de %1 enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing one(s) filled in</source>
        <translation>
            <numerusform>%Ln existente completado</numerusform>
            <numerusform>%Ln existentes completados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already existed</source>
        <translation>
            <numerusform>%Ln ya existía</numerusform>
            <numerusform>%Ln ya existían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln rechazado</numerusform>
            <numerusform>%Ln rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent (cancelled)</source>
        <translation>
            <numerusform>%Ln sin enviar (cancelado)</numerusform>
            <numerusform>%Ln sin enviar (cancelados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whaapy allows %1 a minute</source>
        <translation>Whaapy permite %1 por minuto</translation>
    </message>
    <message>
        <source>sending fails for now and is retried on its own (the window&apos;s bottom line says why)</source>
        <translation>el envío falla por ahora y se reintenta solo (la línea de abajo de la ventana dice por qué)</translation>
    </message>
    <message>
        <source>working out how long it will take…</source>
        <translation>calculando cuánto falta…</translation>
    </message>
    <message>
        <source>done in less than a minute</source>
        <translation>listo en menos de un minuto</translation>
    </message>
    <message>
        <source>done in ~%1 min</source>
        <translation>listo en ~%1 min</translation>
    </message>
    <message>
        <source>Cancel the import?</source>
        <translation>¿Cancelar la importación?</translation>
    </message>
    <message>
        <source>The contacts not sent yet will not be sent. Those already sent stay in your contacts, and the few already on their way are finished. The report lists every row that was not sent.</source>
        <translation>Los contactos que aún no se envían ya no se enviarán. Los ya enviados se quedan en tus contactos, y los pocos que van en camino se terminan de enviar. El reporte lista cada fila que no se envió.</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Keep importing</source>
        <translation>Seguir importando</translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message>
        <source>Quit Whaapy Contacts?</source>
        <translation>¿Salir de Whaapy Contactos?</translation>
    </message>
    <message>
        <source>1 contact has not reached Whaapy yet.</source>
        <translation>1 contacto todavía no llega a Whaapy.</translation>
    </message>
    <message>
        <source>%1 contacts have not reached Whaapy yet.</source>
        <translation>%1 contactos todavía no llegan a Whaapy.</translation>
    </message>
    <message>
        <source>You were typing a contact.</source>
        <translation>Estabas escribiendo un contacto.</translation>
    </message>
    <message>
        <source>Every contact reached Whaapy.</source>
        <translation>Todos los contactos llegaron a Whaapy.</translation>
    </message>
    <message>
        <source>This computer can&apos;t save right now (see the notice above): what you typed in the form can&apos;t be kept, and it is lost if you quit.</source>
        <translation>Esta computadora no puede guardar por ahora (mira el aviso de arriba): lo que escribiste en el formulario no se puede conservar y se pierde si sales.</translation>
    </message>
    <message>
        <source>The contacts saved before stay on this computer.</source>
        <translation>Los contactos guardados antes se quedan en esta computadora.</translation>
    </message>
    <message>
        <source>Quit and lose what I typed</source>
        <translation>Salir y perder lo que escribí</translation>
    </message>
    <message>
        <source>Nothing is lost: what is pending and what you typed stay on this computer. They continue once you paste the API key again the next time you open the app (this computer could not keep the key).</source>
        <translation>No se pierde nada: lo pendiente y lo que escribiste se quedan en esta computadora. Continúan cuando vuelvas a pegar la clave de API la próxima vez que abras la app (esta computadora no pudo guardar la clave).</translation>
    </message>
    <message>
        <source>Nothing is lost: what is pending and what you typed stay on this computer and continue the next time you open the app.</source>
        <translation>No se pierde nada: lo pendiente y lo que escribiste se quedan en esta computadora y continúan la próxima vez que abras la app.</translation>
    </message>
    <message>
        <source>Quit and send later</source>
        <translation>Salir y enviar después</translation>
    </message>
    <message>
        <source>What you typed stays on this computer and is back in the form the next time you open the app.</source>
        <translation>Lo que escribiste se queda en esta computadora y vuelve al formulario la próxima vez que abras la app.</translation>
    </message>
    <message>
        <source>Quit and keep the draft</source>
        <translation>Salir y conservar el borrador</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Seguir aquí</translation>
    </message>
</context>
<context>
    <name>RecentContactsModel</name>
    <message>
        <source>just now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>hoy %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>ayer %1</translation>
    </message>
    <message>
        <source>Saved (practice)</source>
        <translation>Guardado (práctica)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Not sent yet: it is sent on its own, nothing to do.</source>
        <translation>Todavía no se envía: se enviará solo, no hay que hacer nada.</translation>
    </message>
</context>
<context>
    <name>RecentPanel</name>
    <message>
        <source>Recent contacts</source>
        <translation>Contactos recientes</translation>
    </message>
    <message>
        <source>Search recent contacts (Ctrl+F)</source>
        <translation>Buscar en contactos recientes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search recent contacts</source>
        <translation>Buscar en contactos recientes</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Filter by funnel stage</source>
        <translation>Filtrar por etapa del embudo</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(sin etapa)</translation>
    </message>
    <message>
        <source>Loading all the details…</source>
        <translation>Cargando todos los datos…</translation>
    </message>
    <message>
        <source>No connection: these are the details saved here.</source>
        <translation>Sin conexión: estos son los datos guardados en esta computadora.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Por qué no se importó</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Filas no importadas</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Guardar el reporte…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln contact(s) imported.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln contacto importado.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln contactos importados.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already existed</source>
        <translation>
            <numerusform>%Ln ya existía</numerusform>
            <numerusform>%Ln ya existían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported (listed below: save the report to fix them and import them again).</source>
        <translation>
            <numerusform>%Ln no importado (abajo en la lista: guarda el reporte para corregirlo e importarlo de nuevo).</numerusform>
            <numerusform>%Ln no importados (abajo la lista: guarda el reporte para corregirlos e importarlos de nuevo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) that already existed were filled in with what they were missing.</source>
        <translation>
            <numerusform>%Ln contacto que ya existía se completó con lo que le faltaba.</numerusform>
            <numerusform>%Ln contactos que ya existían se completaron con lo que les faltaba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el reporte</translation>
    </message>
    <message>
        <source>rows-not-imported.csv</source>
        <translation>filas-no-importadas.csv</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>ResumedUndos</name>
    <message>
        <source>the practice server</source>
        <translation>el servidor de práctica</translation>
    </message>
    <message>
        <source>Undoing “%1”: the app was closed before it finished; it is finished as soon as %2 answers.</source>
        <translation>Deshaciendo «%1»: la app se cerró antes de terminar; se terminará en cuanto %2 conteste.</translation>
    </message>
    <message>
        <source>Finished undoing “%1”: it was deleted.</source>
        <translation>Se terminó de deshacer «%1»: se borró.</translation>
    </message>
    <message>
        <source>Finished undoing “%1”: it was never sent.</source>
        <translation>Se terminó de deshacer «%1»: no llegó a enviarse.</translation>
    </message>
    <message>
        <source>Couldn&apos;t finish undoing “%1”: it is still saved.</source>
        <translation>No se pudo terminar de deshacer «%1»: sigue guardado.</translation>
    </message>
</context>
<context>
    <name>SaveController</name>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Saved as pending: it will be sent as soon as Whaapy answers.</source>
        <translation>Guardado como pendiente: se enviará en cuanto Whaapy responda.</translation>
    </message>
    <message>
        <source>The practice server refused this contact; why is written above the form.</source>
        <translation>El servidor de práctica no aceptó este contacto; el motivo está arriba del formulario.</translation>
    </message>
    <message>
        <source>Whaapy refused this contact; why is written above the form.</source>
        <translation>Whaapy no aceptó este contacto; el motivo está arriba del formulario.</translation>
    </message>
    <message>
        <source>Check the marked fields.</source>
        <translation>Revisa los campos marcados.</translation>
    </message>
    <message>
        <source>Saved as pending: it will be sent as soon as the practice server answers.</source>
        <translation>Guardado como pendiente: se enviará en cuanto responda el servidor de práctica.</translation>
    </message>
    <message>
        <source>Wait a moment: the last save is being undone.</source>
        <translation>Espera un momento: se está deshaciendo lo último que se guardó.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Guardando «%1»…</translation>
    </message>
    <message>
        <source>“%1” was not saved: that number is already in your practice contacts.</source>
        <translation>«%1» no se guardó: ese número ya está en tus contactos de práctica.</translation>
    </message>
    <message>
        <source>“%1” was not saved: that number is already in Whaapy.</source>
        <translation>«%1» no se guardó: ese número ya está en Whaapy.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the practice server refused it.</source>
        <translation>«%1» no se guardó: el servidor de práctica lo rechazó.</translation>
    </message>
    <message>
        <source>“%1” was not saved: Whaapy refused it.</source>
        <translation>«%1» no se guardó: Whaapy lo rechazó.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the practice server refused some of its fields.</source>
        <translation>«%1» no se guardó: el servidor de práctica rechazó algunos de sus datos.</translation>
    </message>
    <message>
        <source>“%1” was not saved: Whaapy refused some of its fields.</source>
        <translation>«%1» no se guardó: Whaapy rechazó algunos de sus datos.</translation>
    </message>
    <message>
        <source>That number is already in your practice contacts.</source>
        <translation>Ese número ya está en tus contactos de práctica.</translation>
    </message>
    <message>
        <source>That number is already in Whaapy.</source>
        <translation>Ese número ya está en Whaapy.</translation>
    </message>
    <message>
        <source>The number was changed: save with Ctrl+Enter to check it again.</source>
        <translation>Cambiaste el número: guarda con Ctrl+Enter para revisarlo de nuevo.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>What you typed is still in the form; try again when ready.</source>
        <translation>Lo que escribiste sigue en el formulario; intenta de nuevo cuando puedas.</translation>
    </message>
</context>
<context>
    <name>ShellPresenter</name>
    <message>
        <source>Connected to Whaapy.</source>
        <translation>Conectado a Whaapy.</translation>
    </message>
    <message>
        <source>Discarded. It was not sent to Whaapy.</source>
        <translation>Descartado. No se envió a Whaapy.</translation>
    </message>
    <message>
        <source>Recovered your changes to “%1”.</source>
        <translation>Se recuperaron tus cambios a «%1».</translation>
    </message>
    <message>
        <source>Recovered the contact you were typing.</source>
        <translation>Se recuperó el contacto que estabas escribiendo.</translation>
    </message>
    <message>
        <source>Every pending contact was sent.</source>
        <translation>Se enviaron todos los contactos pendientes.</translation>
    </message>
    <message>
        <source>Opened “%1” with what you typed in its empty fields: %2.</source>
        <translation>Se abrió «%1» con lo que escribiste en sus campos vacíos: %2.</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>Se abrió «%1».</translation>
    </message>
    <message>
        <source>Not changed, it has its own: %1.</source>
        <translation>No se cambió, ya tiene el suyo: %1.</translation>
    </message>
    <message>
        <source>Save to send the changes.</source>
        <translation>Guarda para enviar los cambios.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everything in this window can be done from the keyboard.</source>
        <translation>Todo en esta ventana se puede hacer con el teclado.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>Guardar el contacto</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Go to that field, menu or button</source>
        <translation>Ir a ese campo, menú o botón</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Campo siguiente, campo anterior</translation>
    </message>
    <message>
        <source>Close a list or a search first; then clear the form (it asks first if you typed something)</source>
        <translation>Primero cierra una lista o una búsqueda; después limpia el formulario (pregunta antes si escribiste algo)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Reset what is kept for the next contact (tags, stage, countries)</source>
        <translation>Restablecer lo que se conserva para el siguiente contacto (etiquetas, etapa, países)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Pin the phone&apos;s country for the next contacts, or unpin it</source>
        <translation>Fijar el país del teléfono para los siguientes contactos, o quitar la fijación</translation>
    </message>
    <message>
        <source>Ctrl+Space (in the phone)</source>
        <translation>Ctrl+Espacio (en el teléfono)</translation>
    </message>
    <message>
        <source>Use the other country&apos;s reading offered under the number</source>
        <translation>Usar la lectura de otro país que se ofrece bajo el número</translation>
    </message>
    <message>
        <source>Ctrl+Space (in the e-mail)</source>
        <translation>Ctrl+Espacio (en el correo)</translation>
    </message>
    <message>
        <source>Use the address suggested under the e-mail</source>
        <translation>Usar la dirección sugerida bajo el correo</translation>
    </message>
    <message>
        <source>Ctrl+V (in the form)</source>
        <translation>Ctrl+V (en el formulario)</translation>
    </message>
    <message>
        <source>Paste a contact card, signature or chat line: it fills the form (Ctrl+Z undoes it)</source>
        <translation>Pegar una tarjeta de contacto, una firma o una línea de chat: llena el formulario (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Enter, Tab or comma (in Tags)</source>
        <translation>Enter, Tab o coma (en Etiquetas)</translation>
    </message>
    <message>
        <source>Add the highlighted suggestion, or the tag you typed</source>
        <translation>Agregar la sugerencia resaltada, o la etiqueta que escribiste</translation>
    </message>
    <message>
        <source>← at the start of Tags, then ← →</source>
        <translation>← al inicio de Etiquetas, luego ← →</translation>
    </message>
    <message>
        <source>Move onto the tags added</source>
        <translation>Pasar a las etiquetas agregadas</translation>
    </message>
    <message>
        <source>Del or Backspace (on a tag)</source>
        <translation>Supr o Retroceso (en una etiqueta)</translation>
    </message>
    <message>
        <source>Remove that tag</source>
        <translation>Quitar esa etiqueta</translation>
    </message>
    <message>
        <source>Letters, code or +code (in the country)</source>
        <translation>Letras, código o +clave (en el país)</translation>
    </message>
    <message>
        <source>Find the phone&apos;s country, then Enter</source>
        <translation>Buscar el país del teléfono, luego Enter</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search recent contacts</source>
        <translation>Buscar en contactos recientes</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Actualizar la lista</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or Excel file</source>
        <translation>Importar contactos de un archivo CSV o de Excel</translation>
    </message>
    <message>
        <source>↑ ↓  PgUp PgDn  Home End</source>
        <translation>↑ ↓  RePág AvPág  Inicio Fin</translation>
    </message>
    <message>
        <source>Move through the list; the selected contact&apos;s details show below</source>
        <translation>Moverse por la lista; abajo se ven los datos del contacto seleccionado</translation>
    </message>
    <message>
        <source>Enter (in the list)</source>
        <translation>Enter (en la lista)</translation>
    </message>
    <message>
        <source>Edit the selected contact, or open one that needs attention in the form</source>
        <translation>Editar el contacto seleccionado, o abrir en el formulario uno que requiere atención</translation>
    </message>
    <message>
        <source>Del (in the list)</source>
        <translation>Supr (en la lista)</translation>
    </message>
    <message>
        <source>Discard the selected contact that needs attention (it asks first)</source>
        <translation>Descartar el contacto seleccionado que requiere atención (pregunta antes)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation>Mostrar estos atajos</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Ctrl+Z (or Ctrl+Alt+Z)</source>
        <translation>Ctrl+Z (o Ctrl+Alt+Z)</translation>
    </message>
    <message>
        <source>Undo the last save while it is offered; in a box with typing, Ctrl+Z undoes the typing first</source>
        <translation>Deshacer lo último que se guardó mientras se ofrece; en una casilla con algo escrito, Ctrl+Z deshace primero lo escrito</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formulario de contacto</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>Contactos recientes</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En toda la ventana</translation>
    </message>
</context>
<context>
    <name>SourceWords</name>
    <message>
        <source>Typed by hand</source>
        <translation>Escrito a mano</translation>
    </message>
    <message>
        <source>Another application</source>
        <translation>Otra aplicación</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Importado de un archivo</translation>
    </message>
    <message>
        <source>Another application (automatic)</source>
        <translation>Otra aplicación (automático)</translation>
    </message>
    <message>
        <source>An automation (n8n)</source>
        <translation>Una automatización (n8n)</translation>
    </message>
    <message>
        <source>WhatsApp, through Whaapy</source>
        <translation>WhatsApp, por Whaapy</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <source>Is it a number from %1 (+%2)?</source>
        <translation>¿Es un número de %1 (+%2)?</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Save it as a number from %1 (Ctrl+Space)</source>
        <translation>Guardarlo como número de %1 (Ctrl+Espacio)</translation>
    </message>
</context>
<context>
    <name>TagInput</name>
    <message>
        <source>Add a tag…</source>
        <translation>Agregar etiqueta…</translation>
    </message>
    <message>
        <source>Enter or a comma adds the tag; Backspace removes the last</source>
        <translation>Enter o una coma agrega la etiqueta; Retroceso quita la última</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>“%1” is not a tag yet: pick a suggestion, or press Enter to add it.</source>
        <translation>«%1» todavía no es una etiqueta: elige una sugerencia o presiona Enter para agregarla.</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Quitar la etiqueta «%1»</translation>
    </message>
    <message>
        <source>Tag %1, press to remove</source>
        <translation>Etiqueta %1, presiona para quitarla</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>&lt;b&gt;Practice mode:&lt;/b&gt; contacts are not sent to Whaapy</source>
        <translation>&lt;b&gt;Modo de práctica:&lt;/b&gt; los contactos no se envían a Whaapy</translation>
    </message>
    <message>
        <source>Practice mode: contacts are not sent to Whaapy</source>
        <translation>Modo de práctica: los contactos no se envían a Whaapy</translation>
    </message>
    <message>
        <source>Connect a Whaapy account…</source>
        <translation>Conectar una cuenta de Whaapy…</translation>
    </message>
</context>
<context>
    <name>UndoBanner</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last save (%1)</source>
        <translation>Deshacer lo último que se guardó (%1)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Put it back in the form</source>
        <translation>Volver a ponerlo en el formulario</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>UndoSaveFlow</name>
    <message>
        <source>Saved “%1”. Undo deletes “%1” from your practice contacts and puts it back in the form.</source>
        <translation>Se guardó «%1». Deshacer borra «%1» de tus contactos de práctica y lo regresa al formulario.</translation>
    </message>
    <message>
        <source>Saved “%1”. Undo deletes “%1” from Whaapy and puts it back in the form.</source>
        <translation>Se guardó «%1». Deshacer borra «%1» de Whaapy y lo regresa al formulario.</translation>
    </message>
    <message>
        <source>Saved “%1” (waiting to be sent). Undo takes it out before it is sent and puts it back in the form.</source>
        <translation>Se guardó «%1» (pendiente de enviar). Deshacer lo quita antes de que se envíe y lo regresa al formulario.</translation>
    </message>
    <message>
        <source>Updated “%1”. Undo puts its previous values back.</source>
        <translation>Se actualizó «%1». Deshacer le regresa sus datos anteriores.</translation>
    </message>
    <message>
        <source>Undo puts back what it can; a new note stays.</source>
        <translation>Deshacer regresa lo que se puede; una nota nueva se queda.</translation>
    </message>
    <message>
        <source>Undo can&apos;t take these back: %1.</source>
        <translation>Esto no se puede deshacer: %1.</translation>
    </message>
    <message>
        <source>Undoing “%1”…</source>
        <translation>Deshaciendo «%1»…</translation>
    </message>
    <message>
        <source>“%1” is back in the form.</source>
        <translation>«%1» está otra vez en el formulario.</translation>
    </message>
    <message>
        <source>the practice server</source>
        <translation>el servidor de práctica</translation>
    </message>
    <message>
        <source>Undoing “%1”: it is deleted as soon as %2 answers.</source>
        <translation>Deshaciendo «%1»: se borrará en cuanto %2 conteste.</translation>
    </message>
    <message>
        <source>The contact you are typing stays in the form.</source>
        <translation>El contacto que estás escribiendo sigue en el formulario.</translation>
    </message>
    <message>
        <source>Undone: %1 has its previous values again, except %2.</source>
        <translation>Deshecho: %1 tiene otra vez sus datos anteriores, excepto %2.</translation>
    </message>
    <message>
        <source>Undone: %1 has its previous values again.</source>
        <translation>Deshecho: %1 tiene otra vez sus datos anteriores.</translation>
    </message>
    <message>
        <source>Undone: “%1” was never sent.</source>
        <translation>Deshecho: «%1» no llegó a enviarse.</translation>
    </message>
    <message>
        <source>Undone: “%1” had not been saved.</source>
        <translation>Deshecho: «%1» no se había guardado.</translation>
    </message>
    <message>
        <source>Undone: “%1” was deleted from your practice contacts.</source>
        <translation>Deshecho: «%1» se borró de tus contactos de práctica.</translation>
    </message>
    <message>
        <source>Undone: “%1” was deleted from Whaapy.</source>
        <translation>Deshecho: «%1» se borró de Whaapy.</translation>
    </message>
    <message>
        <source>%1 (what was added can&apos;t be removed)</source>
        <translation>%1 (lo que se agregó no se puede quitar)</translation>
    </message>
    <message>
        <source>%1 (can&apos;t be emptied)</source>
        <translation>%1 (no se puede vaciar)</translation>
    </message>
    <message>
        <source>the new note</source>
        <translation>la nota nueva</translation>
    </message>
    <message>
        <source>“%1” was not undone: the account was changed first; it stays with the contacts of that account.</source>
        <translation>«%1» no se deshizo: se cambió de cuenta antes; se queda con los contactos de esa cuenta.</translation>
    </message>
    <message>
        <source>Couldn&apos;t undo: “%1” keeps its new values.</source>
        <translation>No se pudo deshacer: «%1» sigue con sus datos nuevos.</translation>
    </message>
    <message>
        <source>your practice contacts</source>
        <translation>tus contactos de práctica</translation>
    </message>
    <message>
        <source>Couldn&apos;t undo: it couldn&apos;t be checked whether “%1” was saved in %2. It won&apos;t be sent again.</source>
        <translation>No se pudo deshacer: no se pudo revisar si «%1» quedó guardado en %2. Ya no se volverá a enviar.</translation>
    </message>
    <message>
        <source>Couldn&apos;t undo: “%1” is still saved in your practice contacts.</source>
        <translation>No se pudo deshacer: «%1» sigue guardado en tus contactos de práctica.</translation>
    </message>
    <message>
        <source>Couldn&apos;t undo: “%1” is still saved in Whaapy.</source>
        <translation>No se pudo deshacer: «%1» sigue guardado en Whaapy.</translation>
    </message>
</context>
<context>
    <name>UpdatePreviewDialog</name>
    <message>
        <source>Reference in %1</source>
        <translation>Referencia en %1</translation>
    </message>
    <message>
        <source>Update the existing contact</source>
        <translation>Actualizar el contacto existente</translation>
    </message>
    <message>
        <source>%1 already has this number. Tick what should change:</source>
        <translation>%1 ya tiene este número. Marca lo que debe cambiar:</translation>
    </message>
    <message>
        <source>Update the ticked fields</source>
        <translation>Actualizar los campos marcados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Quedará</translation>
    </message>
    <message>
        <source>(can&apos;t be undone)</source>
        <translation>(no se podrá deshacer)</translation>
    </message>
    <message>
        <source>Now: %1. Will be: %2.</source>
        <translation>Ahora: %1. Quedará: %2.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
</TS>
