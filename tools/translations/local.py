"""Translations for engineer "local": the local file's problems (issue 14, cases 10-12)."""
# ruff: noqa: E501 - a translation table: one message per line

ES = {
    "Got it": "Entendido",
    "Not saved: this computer can't keep contacts right now (see the notice above). What you typed is still here.": "No se guardó: esta computadora no puede guardar contactos por ahora (mira el aviso de arriba). Lo que escribiste sigue aquí.",
    "Not saved: the contact is still in the form.": "No se guardó: el contacto sigue en el formulario.",
    "Something unexpected happened. Before closing, check that what you typed is still in the form: it may not have been saved. If it happens again, send this report to support.": "Ocurrió algo inesperado. Antes de cerrar, revisa que lo que escribiste siga en el formulario: puede que no se haya guardado. Si vuelve a pasar, envía este reporte a soporte.",
}

EN = {
    "El disco de esta computadora está lleno: no se pueden guardar contactos nuevos. Lo que escribiste sigue en el formulario. Libera espacio (borra o mueve archivos que no necesites) y vuelve a guardar; la app lo notará sola.": "This computer's disk is full: new contacts can't be saved. What you typed is still in the form. Free some space (delete or move files you don't need) and save again; the app will notice by itself.",
    "No se pudo escribir en el disco de esta computadora: no se pueden guardar contactos nuevos. Lo que escribiste sigue en el formulario. Revisa el disco o pide ayuda a quien administra esta computadora; la app lo volverá a intentar sola.": "This computer's disk refused a write: new contacts can't be saved. What you typed is still in the form. Check the disk or ask whoever looks after this computer for help; the app will try again by itself.",
    "La carpeta donde la app guarda tus contactos no permite escribir: no se pueden guardar contactos nuevos ni enviar los pendientes. Lo que escribiste sigue en el formulario. Pide a quien administra esta computadora que permita escribir en la carpeta %1; la app lo notará sola.": "The folder where the app keeps your contacts can't be written to: new contacts can't be saved and pending ones can't be sent. What you typed is still in the form. Ask whoever looks after this computer to allow writing to the folder %1; the app will notice by itself.",
    "No se pudo abrir el archivo donde la app guarda tus contactos: no se pueden guardar contactos nuevos. Lo que escribiste sigue en el formulario. Pide ayuda a quien administra esta computadora; la app lo volverá a intentar sola.": "The file where the app keeps your contacts could not be opened: new contacts can't be saved. What you typed is still in the form. Ask whoever looks after this computer for help; the app will try again by itself.",
    "El archivo de tus contactos en esta computadora estaba dañado. Se guardó aparte, sin borrarlo, como %1, y se empezó uno nuevo. Si faltara algún contacto pendiente, soporte puede recuperarlo de ese archivo.": "The file of your contacts on this computer was damaged. It was put aside, not deleted, as %1, and a new one was started. If a pending contact is missing, support can recover it from that file.",
    "El archivo de tus contactos en esta computadora se borró mientras la app estaba abierta. Se volvió a crear con todo lo que tenía: no se perdió nada.": "The file of your contacts on this computer was deleted while the app was open. It was made again with everything it held: nothing was lost.",
    "Ya se puede guardar otra vez en esta computadora. Los contactos pendientes siguen.": "Saving on this computer works again. Pending contacts carry on.",
}
