<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_MX">
<context>
    <name>Messages</name>
    <message>
        <source>Datos inválidos</source>
        <translation>Invalid data</translation>
    </message>
    <message>
        <source>A la clave le faltan permisos: %1. Agrégalos en app.whaapy.com → Configuración → Claves de API.</source>
        <translation>The key is missing permissions: %1. Add them in app.whaapy.com → Configuración → Claves de API.</translation>
    </message>
    <message>
        <source>(no indicados)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Whaapy no aceptó este contacto (respuesta %1). Revisa los datos y vuelve a guardarlo; si se repite, revisa la dirección del servidor.</source>
        <translation>Whaapy did not accept this contact (answer %1). Check the details and save it again; if it happens again, check the server address.</translation>
    </message>
    <message>
        <source>El contacto es demasiado grande para enviarlo. Acorta las notas u otros textos largos y vuelve a guardarlo.</source>
        <translation>The contact is too large to send. Shorten the notes or other long texts and save it again.</translation>
    </message>
    <message>
        <source>Whaapy no encontró dónde guardar contactos en esa dirección. Revisa la dirección del servidor en «Conectar una cuenta de Whaapy…» y vuelve a guardarlo.</source>
        <translation>Whaapy found nowhere to save contacts at that address. Check the server address in “Connect a Whaapy account…” and save it again.</translation>
    </message>
    <message>
        <source>Whaapy pide esperar un momento. Intenta de nuevo en %1 s.</source>
        <translation>Whaapy asks us to wait a moment. Try again in %1 s.</translation>
    </message>
    <message>
        <source>Whaapy pide esperar. Intenta de nuevo en %1 min.</source>
        <translation>Whaapy asks us to wait. Try again in %1 min.</translation>
    </message>
    <message>
        <source>Ocurrió un error al hablar con Whaapy. Intenta de nuevo.</source>
        <translation>Something went wrong talking to Whaapy. Try again.</translation>
    </message>
    <message>
        <source>La clave no es válida o fue revocada. Conecta tu cuenta con una clave nueva.</source>
        <translation>The key is not valid or was revoked. Connect your account with a new key.</translation>
    </message>
    <message>
        <source>La clave tiene caracteres que una clave de Whaapy no lleva (acentos, espacios o caracteres invisibles). Conecta tu cuenta de nuevo y pega la clave tal como aparece en Whaapy.</source>
        <translation>The key has characters a Whaapy key never has (accents, spaces or invisible characters). Connect your account again and paste the key exactly as Whaapy shows it.</translation>
    </message>
    <message>
        <source>No se encontró ese contacto en Whaapy. Puede que lo hayan borrado.</source>
        <translation>That contact was not found in Whaapy. It may have been deleted.</translation>
    </message>
    <message>
        <source>Ya existe un contacto con este número de teléfono.</source>
        <translation>A contact with this phone number already exists.</translation>
    </message>
    <message>
        <source>Whaapy no aceptó este contacto. Su respuesta: «%1»</source>
        <translation>Whaapy did not accept this contact. Its answer: “%1”</translation>
    </message>
    <message>
        <source>Whaapy no aceptó este contacto y no dijo qué campo corregir.</source>
        <translation>Whaapy did not accept this contact and did not say which field to fix.</translation>
    </message>
    <message>
        <source>Whaapy rechazó algunos datos. Revisa los campos marcados.</source>
        <translation>Whaapy refused some of the data. Check the marked fields.</translation>
    </message>
    <message>
        <source>Whaapy pide esperar un momento. Intenta de nuevo en unos segundos.</source>
        <translation>Whaapy asks us to wait a moment. Try again in a few seconds.</translation>
    </message>
    <message>
        <source>Whaapy tiene un problema en este momento. Intenta de nuevo en unos minutos.</source>
        <translation>Whaapy is having a problem right now. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Whaapy respondió algo que no se pudo leer. Intenta de nuevo en unos minutos.</source>
        <translation>Whaapy sent an answer that could not be read. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>El servidor respondió con una redirección en lugar de contestar. Revisa la dirección del servidor, o si tu red pide iniciar sesión (como el wifi de un hotel).</source>
        <translation>The server answered with a redirect instead of an answer. Check the server address, or whether your network asks you to sign in (like a hotel&apos;s Wi-Fi).</translation>
    </message>
    <message>
        <source>Sin conexión con Whaapy. Revisa tu internet e intenta de nuevo.</source>
        <translation>No connection to Whaapy. Check your internet and try again.</translation>
    </message>
    <message>
        <source>No se pudo conectar con el servidor. Revisa la dirección o tu internet.</source>
        <translation>Could not connect to the server. Check the address or your internet.</translation>
    </message>
    <message>
        <source>Sin internet: no se encontró el servidor de Whaapy. Revisa tu conexión.</source>
        <translation>No internet: Whaapy&apos;s server was not found. Check your connection.</translation>
    </message>
    <message>
        <source>Se cortó la conexión con Whaapy. Revisa tu internet e intenta de nuevo.</source>
        <translation>The connection to Whaapy was cut. Check your internet and try again.</translation>
    </message>
    <message>
        <source>Whaapy tardó demasiado en responder. Intenta de nuevo.</source>
        <translation>Whaapy took too long to answer. Try again.</translation>
    </message>
    <message>
        <source>Falta la @ en el correo (ejemplo: nombre@empresa.com).</source>
        <translation>The email is missing its @ (example: name@company.com).</translation>
    </message>
    <message>
        <source>El correo no es válido. Revisa que esté bien escrito (nombre@empresa.com).</source>
        <translation>The email is not valid. Check how it is written (name@company.com).</translation>
    </message>
    <message>
        <source>Escribe el número de teléfono.</source>
        <translation>Type the phone number.</translation>
    </message>
    <message>
        <source>Esto no parece un número de teléfono.</source>
        <translation>This doesn&apos;t look like a phone number.</translation>
    </message>
    <message>
        <source>Faltan dígitos: el número es demasiado corto.</source>
        <translation>Digits are missing: the number is too short.</translation>
    </message>
    <message>
        <source>Sobran dígitos: el número es demasiado largo.</source>
        <translation>Too many digits: the number is too long.</translation>
    </message>
    <message>
        <source>La clave de país no existe. Revisa lo que va después del +.</source>
        <translation>That country code doesn&apos;t exist. Check what follows the +.</translation>
    </message>
    <message>
        <source>Este número no existe en el país elegido. Revisa los dígitos o el país.</source>
        <translation>This number doesn&apos;t exist in the chosen country. Check the digits or the country.</translation>
    </message>
    <message>
        <source>Se quitó el 1 de celular antiguo (ya no se usa desde 2019).</source>
        <translation>Removed the old mobile 1 (not used since 2019).</translation>
    </message>
    <message>
        <source>Se quitó el prefijo 044 (ya no se usa desde 2019).</source>
        <translation>Removed the 044 prefix (not used since 2019).</translation>
    </message>
    <message>
        <source>Se quitó el prefijo 045 (ya no se usa desde 2019).</source>
        <translation>Removed the 045 prefix (not used since 2019).</translation>
    </message>
    <message>
        <source>Se quitó el prefijo 01 (ya no se usa desde 2019).</source>
        <translation>Removed the 01 prefix (not used since 2019).</translation>
    </message>
    <message>
        <source>La extensión no se guarda en el teléfono (WhatsApp no la usa); anótala en Notas si la necesitas.</source>
        <translation>The extension isn&apos;t kept in the phone (WhatsApp doesn&apos;t use it); add it to Notes if you need it.</translation>
    </message>
    <message>
        <source>La URL de la imagen debe empezar con https:// (ejemplo: https://sitio.com/foto.jpg).</source>
        <translation>The image URL must start with https:// (example: https://site.com/photo.jpg).</translation>
    </message>
    <message>
        <source>Elige un país de la lista (código de 2 letras, como MX).</source>
        <translation>Choose a country from the list (a 2-letter code, like MX).</translation>
    </message>
    <message>
        <source>En México el código postal tiene 5 dígitos.</source>
        <translation>In Mexico the postal code has 5 digits.</translation>
    </message>
    <message>
        <source>El origen puede tener como máximo %1 caracteres.</source>
        <translation>The source can have at most %1 characters.</translation>
    </message>
    <message>
        <source>Cada campo personalizado necesita un nombre.</source>
        <translation>Each custom field needs a name.</translation>
    </message>
    <message>
        <source>Cada ID externo necesita un nombre.</source>
        <translation>Each external ID needs a name.</translation>
    </message>
    <message>
        <source>El valor de «%1» no es un número válido.</source>
        <translation>The value of “%1” is not a valid number.</translation>
    </message>
    <message>
        <source>Escribe un valor para «%1» o quita la fila.</source>
        <translation>Type a value for “%1” or remove the row.</translation>
    </message>
    <message>
        <source>El valor del trato debe ser un número positivo.</source>
        <translation>The deal value must be a positive number.</translation>
    </message>
    <message>
        <source>Tiene letras que no se pudieron leer (�): escríbelas de nuevo.</source>
        <translation>It has letters that could not be read (�): type them again.</translation>
    </message>
    <message>
        <source>Error inesperado; se reintentará.</source>
        <translation>Unexpected error; it will be retried.</translation>
    </message>
    <message>
        <source>Sobra 1 dígito: los números de México tienen 10 dígitos (lada y número).</source>
        <translation>1 digit too many: Mexican numbers have 10 digits (area code and number).</translation>
    </message>
    <message>
        <source>Sobran %1 dígitos: los números de México tienen 10 dígitos (lada y número).</source>
        <translation>%1 digits too many: Mexican numbers have 10 digits (area code and number).</translation>
    </message>
    <message>
        <source>Falta 1 dígito: los números de México tienen 10 dígitos (lada y número).</source>
        <translation>1 digit missing: Mexican numbers have 10 digits (area code and number).</translation>
    </message>
    <message>
        <source>Faltan %1 dígitos: los números de México tienen 10 dígitos (lada y número).</source>
        <translation>%1 digits missing: Mexican numbers have 10 digits (area code and number).</translation>
    </message>
    <message>
        <source>No es un número de México: revisa la lada y los dígitos, o elige otro país.</source>
        <translation>Not a Mexican number: check the area code and the digits, or pick another country.</translation>
    </message>
    <message>
        <source>Sobra 1 dígito para un número del país elegido.</source>
        <translation>1 digit too many for a number of the chosen country.</translation>
    </message>
    <message>
        <source>Sobran %1 dígitos para un número del país elegido.</source>
        <translation>%1 digits too many for a number of the chosen country.</translation>
    </message>
    <message>
        <source>Falta 1 dígito para un número del país elegido.</source>
        <translation>1 digit missing for a number of the chosen country.</translation>
    </message>
    <message>
        <source>Faltan %1 dígitos para un número del país elegido.</source>
        <translation>%1 digits missing for a number of the chosen country.</translation>
    </message>
    <message>
        <source>Ocurrió un error al hablar con el servidor de práctica. Intenta de nuevo.</source>
        <translation>Something went wrong talking to the practice server. Try again.</translation>
    </message>
    <message>
        <source>No se encontró ese contacto en tus contactos de práctica. Puede que lo hayan borrado.</source>
        <translation>That contact was not found in your practice contacts. It may have been deleted.</translation>
    </message>
    <message>
        <source>El servidor de práctica no aceptó este contacto (respuesta %1). Revisa los datos y vuelve a guardarlo.</source>
        <translation>The practice server did not accept this contact (answer %1). Check the details and save it again.</translation>
    </message>
    <message>
        <source>El servidor de práctica no aceptó este contacto. Su respuesta: «%1»</source>
        <translation>The practice server did not accept this contact. Its answer: “%1”</translation>
    </message>
    <message>
        <source>El servidor de práctica no aceptó este contacto y no dijo qué campo corregir.</source>
        <translation>The practice server did not accept this contact and did not say which field to fix.</translation>
    </message>
    <message>
        <source>El servidor de práctica rechazó algunos datos. Revisa los campos marcados.</source>
        <translation>The practice server refused some details. Check the marked fields.</translation>
    </message>
    <message>
        <source>El servidor de práctica pide esperar un momento. Intenta de nuevo en %1 s.</source>
        <translation>The practice server asks us to wait a moment. Try again in %1 s.</translation>
    </message>
    <message>
        <source>El servidor de práctica pide esperar. Intenta de nuevo en %1 min.</source>
        <translation>The practice server asks us to wait. Try again in %1 min.</translation>
    </message>
    <message>
        <source>El servidor de práctica pide esperar un momento. Intenta de nuevo en unos segundos.</source>
        <translation>The practice server asks us to wait a moment. Try again in a few seconds.</translation>
    </message>
    <message>
        <source>El servidor de práctica tiene un problema en este momento. Intenta de nuevo en unos minutos.</source>
        <translation>The practice server has a problem right now. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>El servidor de práctica respondió algo que no se pudo leer. Intenta de nuevo en unos minutos.</source>
        <translation>The practice server answered something that could not be read. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>El servidor de práctica no responde. Intenta de nuevo en un momento.</source>
        <translation>The practice server is not answering. Try again in a moment.</translation>
    </message>
    <message>
        <source>Se cortó la conexión con el servidor de práctica. Intenta de nuevo.</source>
        <translation>The connection to the practice server was cut. Try again.</translation>
    </message>
    <message>
        <source>El servidor de práctica tardó demasiado en responder. Intenta de nuevo.</source>
        <translation>The practice server took too long to answer. Try again.</translation>
    </message>
    <message>
        <source>El disco de esta computadora está lleno: no se pueden guardar contactos nuevos. Lo que escribiste sigue en el formulario. Libera espacio (borra o mueve archivos que no necesites) y vuelve a guardar; la app lo notará sola.</source>
        <translation>This computer&apos;s disk is full: new contacts can&apos;t be saved. What you typed is still in the form. Free some space (delete or move files you don&apos;t need) and save again; the app will notice by itself.</translation>
    </message>
    <message>
        <source>No se pudo escribir en el disco de esta computadora: no se pueden guardar contactos nuevos. Lo que escribiste sigue en el formulario. Revisa el disco o pide ayuda a quien administra esta computadora; la app lo volverá a intentar sola.</source>
        <translation>This computer&apos;s disk refused a write: new contacts can&apos;t be saved. What you typed is still in the form. Check the disk or ask whoever looks after this computer for help; the app will try again by itself.</translation>
    </message>
    <message>
        <source>La carpeta donde la app guarda tus contactos no permite escribir: no se pueden guardar contactos nuevos ni enviar los pendientes. Lo que escribiste sigue en el formulario. Pide a quien administra esta computadora que permita escribir en la carpeta %1; la app lo notará sola.</source>
        <translation>The folder where the app keeps your contacts can&apos;t be written to: new contacts can&apos;t be saved and pending ones can&apos;t be sent. What you typed is still in the form. Ask whoever looks after this computer to allow writing to the folder %1; the app will notice by itself.</translation>
    </message>
    <message>
        <source>No se pudo abrir el archivo donde la app guarda tus contactos: no se pueden guardar contactos nuevos. Lo que escribiste sigue en el formulario. Pide ayuda a quien administra esta computadora; la app lo volverá a intentar sola.</source>
        <translation>The file where the app keeps your contacts could not be opened: new contacts can&apos;t be saved. What you typed is still in the form. Ask whoever looks after this computer for help; the app will try again by itself.</translation>
    </message>
    <message>
        <source>El archivo de tus contactos en esta computadora estaba dañado. Se guardó aparte, sin borrarlo, como %1, y se empezó uno nuevo. Si faltara algún contacto pendiente, soporte puede recuperarlo de ese archivo.</source>
        <translation>The file of your contacts on this computer was damaged. It was put aside, not deleted, as %1, and a new one was started. If a pending contact is missing, support can recover it from that file.</translation>
    </message>
    <message>
        <source>El archivo de tus contactos en esta computadora se borró mientras la app estaba abierta. Se volvió a crear con todo lo que tenía: no se perdió nada.</source>
        <translation>The file of your contacts on this computer was deleted while the app was open. It was made again with everything it held: nothing was lost.</translation>
    </message>
    <message>
        <source>Ya se puede guardar otra vez en esta computadora. Los contactos pendientes siguen.</source>
        <translation>Saving on this computer works again. Pending contacts carry on.</translation>
    </message>
    <message>
        <source>Escribe la dirección del servidor, por ejemplo https://api.whaapy.com.</source>
        <translation>Type the server&apos;s address, for example https://api.whaapy.com.</translation>
    </message>
    <message>
        <source>La dirección del servidor no puede tener espacios.</source>
        <translation>The server&apos;s address can&apos;t have spaces.</translation>
    </message>
    <message>
        <source>La dirección del servidor debe empezar con https://, por ejemplo https://api.whaapy.com.</source>
        <translation>The server&apos;s address must start with https://, for example https://api.whaapy.com.</translation>
    </message>
    <message>
        <source>La dirección debe empezar con https:// (http:// solo para este equipo, como http://127.0.0.1).</source>
        <translation>The address must start with https:// (http:// only for this computer, like http://127.0.0.1).</translation>
    </message>
    <message>
        <source>El nombre del servidor no es válido. Revisa cómo está escrita la dirección.</source>
        <translation>The server&apos;s name is not valid. Check how the address is written.</translation>
    </message>
    <message>
        <source>El puerto (el número después de «:») debe ser un número del 1 al 65535.</source>
        <translation>The port (the number after “:”) must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>La dirección del servidor no puede llevar usuario, contraseña, «?» ni «#».</source>
        <translation>The server&apos;s address can&apos;t include a user name, a password, “?” or “#”.</translation>
    </message>
    <message>
        <source>Primero pega tu clave de Whaapy.</source>
        <translation>Paste your Whaapy key first.</translation>
    </message>
    <message>
        <source>La clave tiene espacios en medio. Cópiala de nuevo desde Whaapy, completa y sin espacios.</source>
        <translation>The key has spaces in it. Copy it again from Whaapy, whole and without spaces.</translation>
    </message>
    <message>
        <source>La clave tiene un carácter que no puede ir en una clave: «%1». Cópiala de nuevo desde Whaapy en lugar de escribirla.</source>
        <translation>The key has a character that can&apos;t be in a key: “%1”. Copy it again from Whaapy instead of typing it.</translation>
    </message>
    <message>
        <source>Esto no parece una clave de Whaapy: las claves empiezan con «wha_». Revisa que copiaste la clave completa.</source>
        <translation>This doesn&apos;t look like a Whaapy key: keys start with “wha_”. Check that you copied all of it.</translation>
    </message>
    <message>
        <source>La clave está incompleta. Cópiala de nuevo desde Whaapy, completa.</source>
        <translation>The key is incomplete. Copy all of it again from Whaapy.</translation>
    </message>
    <message>
        <source>Esto es demasiado largo para ser una clave. Copia solo la clave.</source>
        <translation>This is too long to be a key. Copy only the key.</translation>
    </message>
    <message>
        <source>El mismo teléfono ya está en la fila %1 del archivo.</source>
        <translation>The same phone is already in row %1 of the file.</translation>
    </message>
    <message>
        <source>Ya existía: ese teléfono ya está en tus contactos.</source>
        <translation>Already existed: that phone is already in your contacts.</translation>
    </message>
    <message>
        <source>Omitida por ti.</source>
        <translation>Left out by you.</translation>
    </message>
    <message>
        <source>«%1» no es una cantidad.</source>
        <translation>«%1» is not an amount.</translation>
    </message>
    <message>
        <source>Otros teléfonos: %1</source>
        <translation>Other phones: %1</translation>
    </message>
    <message>
        <source>Otros correos: %1</source>
        <translation>Other e-mails: %1</translation>
    </message>
    <message>
        <source>No importar</source>
        <translation>Don&apos;t import</translation>
    </message>
    <message>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Nombre(s)</source>
        <translation>First name(s)</translation>
    </message>
    <message>
        <source>Apellido(s)</source>
        <translation>Last name(s)</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Empresa</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Ciudad</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Etiquetas</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Valor del trato</source>
        <translation>Deal value</translation>
    </message>
    <message>
        <source>Campo personalizado</source>
        <translation>Custom field</translation>
    </message>
    <message>
        <source>El archivo no se puede leer como tabla: revisa que sus comillas estén cerradas, o ábrelo en Excel y guárdalo de nuevo como .csv.</source>
        <translation>The file can&apos;t be read as a table: check that its quotes are closed, or open it in Excel and save it again as .csv.</translation>
    </message>
    <message>
        <source>No se pudo abrir el archivo: %1</source>
        <translation>The file could not be opened: %1</translation>
    </message>
    <message>
        <source>El archivo no tiene filas con datos. Revisa que sea la lista de contactos.</source>
        <translation>The file has no rows with data. Check that it is the contact list.</translation>
    </message>
    <message>
        <source>El archivo es demasiado grande (más de 50 MB) para ser una lista de contactos.</source>
        <translation>The file is too large (over 50 MB) to be a contact list.</translation>
    </message>
    <message>
        <source>No se pudo leer el archivo de Excel. Ábrelo en Excel y guárdalo de nuevo como .xlsx o .csv.</source>
        <translation>The Excel file could not be read. Open it in Excel and save it again as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Los archivos .xls (Excel 97-2003) no se pueden leer. En Excel, guárdalo como .xlsx o .csv.</source>
        <translation>.xls files (Excel 97-2003) can&apos;t be read. In Excel, save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>El archivo no se puede leer como %1. Elige otra codificación.</source>
        <translation>The file can&apos;t be read as %1. Choose another encoding.</translation>
    </message>
    <message>
        <source>Columna %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>No se envió: cancelaste la importación.</source>
        <translation>Not sent: you cancelled the import.</translation>
    </message>
    <message>
        <source>No se envió: se descartó en la lista de contactos antes de llegar a Whaapy.</source>
        <translation>Not sent: it was discarded in the contact list before it reached Whaapy.</translation>
    </message>
    <message>
        <source>Todavía se está enviando; aparecerá en tus contactos cuando llegue.</source>
        <translation>Still being sent; it will appear in your contacts when it arrives.</translation>
    </message>
    <message>
        <source>Ya existía, y sus campos vacíos no se pudieron completar: ábrelo en la lista (Requiere atención) para actualizarlo.</source>
        <translation>Already existed, and its empty fields could not be filled in: open it in the list (Needs attention) to update it.</translation>
    </message>
    <message>
        <source>Whaapy no lo aceptó: %1</source>
        <translation>Whaapy did not accept it: %1</translation>
    </message>
    <message>
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No se pudo guardar el reporte: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <source>No se reconoce el país «%1». Escribe su nombre (México, Colombia…) o su código de 2 letras (MX, CO).</source>
        <translation>The country «%1» is not recognised. Write its name (Mexico, Colombia…) or its 2-letter code (MX, CO).</translation>
    </message>
</context>
</TS>
