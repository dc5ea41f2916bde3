"""Translations for the account, key and address work (issue 14, cases 6-8 and 13; issue 13's
"Desconectar" question and the connect dialog's plain words)."""

# English UI source -> es-MX.
ES: dict[str, str] = {
    # ConnectDialog
    "Paste your Whaapy key (it starts with “wha_”). You create it in %1. It is kept in your "
    "computer's password store, never in a file.": (
        "Pega tu clave de Whaapy (empieza con «wha_»). La creas en %1. Se guarda en el almacén "
        "de contraseñas del sistema, nunca en un archivo."
    ),
    "API &key": "Cla&ve de Whaapy",
    "Testing the key…": "Probando la clave…",
    "✔ The connection works: this key can see and add contacts.": (
        "✔ La conexión funciona: esta clave puede ver y agregar contactos."
    ),
    "This key can't see or add contacts: it lacks the permissions %1. In %2, edit the key and "
    "turn them on, or create a new key with them.": (
        "Esta clave no puede ver ni agregar contactos: le faltan los permisos %1. En %2, edita "
        "la clave y actívalos, o crea una clave nueva que los tenga."
    ),
    "This key can see contacts but not add them: it lacks the permission %1. In %2, edit the "
    "key and turn it on, or create a new key with it.": (
        "Esta clave puede ver contactos pero no agregarlos: le falta el permiso %1. En %2, edita "
        "la clave y actívalo, o crea una clave nueva que lo tenga."
    ),
    "This key can add contacts but not see the list: it lacks the permission %1. In %2, edit "
    "the key and turn it on, or create a new key with it.": (
        "Esta clave puede agregar contactos pero no ver la lista: le falta el permiso %1. En %2, "
        "edita la clave y actívalo, o crea una clave nueva que lo tenga."
    ),
    "No connection to Whaapy, so the key could not be tested. Check your internet and try again.": (
        "Sin conexión con Whaapy: no se pudo probar la clave. Revisa tu internet e intenta de "
        "nuevo."
    ),
    "Disconnect from Whaapy?": "¿Desconectar tu cuenta de Whaapy?",
    "The key is removed from this computer and the app goes back to practice mode.": (
        "La clave se borra de este equipo y la app vuelve al modo de práctica."
    ),
    "Disconnect": "Desconectar",
    "Stay connected": "Seguir conectado",
    "Every contact you saved has reached Whaapy.": (
        "Todos los contactos que guardaste ya llegaron a Whaapy."
    ),
    "They stay saved on this computer and are sent when you connect this account again. They "
    "are not sent while you are in practice mode.": (
        "Se quedan guardados en este equipo y se enviarán cuando vuelvas a conectar esta cuenta. "
        "Mientras estés en modo de práctica no se envían."
    ),
    # AccountNotice
    "Enter the key…": "Pegar la clave…",
    "Got it": "Entendido",
    "The saved server address “%1” can't be used, so Whaapy's own (%2) is used.": (
        "La dirección del servidor guardada «%1» no se puede usar, así que se usa la de Whaapy "
        "(%2)."
    ),
    "Connected for this session only: this computer has no password store the app can use, so "
    "the key was not saved. When you close the app you will need to paste it again.": (
        "Conectado solo por esta sesión: este equipo no tiene un almacén de contraseñas que la "
        "app pueda usar, así que la clave no se guardó. Al cerrar la app tendrás que pegarla de "
        "nuevo."
    ),
    "1 contact is waiting to be sent to your Whaapy account.": (
        "1 contacto espera para enviarse a tu cuenta de Whaapy."
    ),
    "%1 contacts are waiting to be sent to your Whaapy account.": (
        "%1 contactos esperan para enviarse a tu cuenta de Whaapy."
    ),
    "Your Whaapy account is not connected.": "Tu cuenta de Whaapy no está conectada.",
    "Its key could not be kept on this computer: enter it again to send them. Until then you "
    "are in practice mode and nothing is sent.": (
        "Su clave no se pudo conservar en este equipo: pégala de nuevo para enviarlos. Mientras "
        "tanto estás en modo de práctica y no se envía nada."
    ),
    "Its key could not be kept on this computer: enter it again to connect.": (
        "Su clave no se pudo conservar en este equipo: pégala de nuevo para conectar."
    ),
    # MainWindow
    "Connected to Whaapy for this session only: the key was not saved.": (
        "Conectado a Whaapy solo por esta sesión: la clave no se guardó."
    ),
    "Key used for this session only": "Clave usada solo por esta sesión",
    "This computer has no password store the app can use, so the key is kept only while the "
    "app is open. It is never written to disk. You will need to paste it again next time.": (
        "Este equipo no tiene un almacén de contraseñas que la app pueda usar, así que la clave "
        "se usa solo mientras la app está abierta. Nunca se escribe en disco. La próxima vez "
        "tendrás que pegarla de nuevo."
    ),
}

# Spanish Messages source -> English.
EN: dict[str, str] = {
    # api/urls.py
    "Escribe la dirección del servidor, por ejemplo https://api.whaapy.com.": (
        "Type the server's address, for example https://api.whaapy.com."
    ),
    "La dirección del servidor no puede tener espacios.": (
        "The server's address can't have spaces."
    ),
    "La dirección del servidor debe empezar con https://, por ejemplo https://api.whaapy.com.": (
        "The server's address must start with https://, for example https://api.whaapy.com."
    ),
    "La dirección debe empezar con https:// (http:// solo para este equipo, como "
    "http://127.0.0.1).": (
        "The address must start with https:// (http:// only for this computer, like "
        "http://127.0.0.1)."
    ),
    "El nombre del servidor no es válido. Revisa cómo está escrita la dirección.": (
        "The server's name is not valid. Check how the address is written."
    ),
    "El puerto (el número después de «:») debe ser un número del 1 al 65535.": (
        "The port (the number after “:”) must be a number from 1 to 65535."
    ),
    "La dirección del servidor no puede llevar usuario, contraseña, «?» ni «#».": (
        "The server's address can't include a user name, a password, “?” or “#”."
    ),
    # domain/api_key.py
    "Primero pega tu clave de Whaapy.": "Paste your Whaapy key first.",
    "La clave tiene espacios en medio. Cópiala de nuevo desde Whaapy, completa y sin espacios.": (
        "The key has spaces in it. Copy it again from Whaapy, whole and without spaces."
    ),
    "La clave tiene un carácter que no puede ir en una clave: «%1». Cópiala de nuevo desde "
    "Whaapy en lugar de escribirla.": (
        "The key has a character that can't be in a key: “%1”. Copy it again from Whaapy "
        "instead of typing it."
    ),
    "Esto no parece una clave de Whaapy: las claves empiezan con «wha_». Revisa que copiaste la "
    "clave completa.": (
        "This doesn't look like a Whaapy key: keys start with “wha_”. Check that you copied all "
        "of it."
    ),
    "La clave está incompleta. Cópiala de nuevo desde Whaapy, completa.": (
        "The key is incomplete. Copy all of it again from Whaapy."
    ),
    "Esto es demasiado largo para ser una clave. Copia solo la clave.": (
        "This is too long to be a key. Copy only the key."
    ),
    # api/errors.py (the page's name in plain Spanish)
    "A la clave le faltan permisos: %1. Agrégalos en app.whaapy.com → Configuración → Claves "
    "de API.": (
        "The key is missing permissions: %1. Add them in app.whaapy.com → Configuración → "
        "Claves de API."
    ),
}
