"""Translations for importing contacts from spreadsheets (issue 18): ui/importer, and the
messages of domain/importing and services/import*.py."""

# ruff: noqa: E501

ES = {
    # For the window's menu action the lead wires (not in this branch's code yet).
    "Import contacts…": "Importar contactos…",
    "&Import contacts…": "&Importar contactos…",
    "Import contacts from a CSV or Excel file": "Importar contactos de un archivo CSV o de Excel",
    "Import contacts": "Importar contactos",
    "Step 1 of 5: the file": "Paso 1 de 5: el archivo",
    "Step 2 of 5: the columns": "Paso 2 de 5: las columnas",
    "Step 3 of 5: check before importing": "Paso 3 de 5: revisa antes de importar",
    "Step 4 of 5: sending": "Paso 4 de 5: enviando",
    "Step 5 of 5: report": "Paso 5 de 5: reporte",
    "&Back": "&Atrás",
    "&Next": "&Siguiente",
    "Cancel": "Cancelar",
    "Close": "Cerrar",
    "Reading the file…": "Leyendo el archivo…",
    "The contacts could not be stored on this computer, so none was sent. The message above the form says why; try again once it is solved.": "Los contactos no se pudieron guardar en esta computadora, así que no se envió ninguno. El aviso sobre el formulario dice por qué; inténtalo de nuevo cuando esté resuelto.",
    # file_page.py
    "&Choose a file…": "&Elegir un archivo…",
    "A CSV file or an Excel workbook (.xlsx).": "Un archivo CSV o un libro de Excel (.xlsx).",
    "Automatic": "Automático",
    "Windows-1252 (Excel on Windows)": "Windows-1252 (Excel en Windows)",
    "DOS (850)": "DOS (850)",
    "Mac (Roman)": "Mac (Roman)",
    "Comma (,)": "Coma (,)",
    "Semicolon (;)": "Punto y coma (;)",
    "Tab": "Tabulador",
    "Bar (|)": "Barra (|)",
    "First rows of the file": "Primeras filas del archivo",
    "&Encoding:": "&Codificación:",
    "&Separator:": "&Separador:",
    "S&heet:": "&Hoja:",
    "Spreadsheets (*.csv *.txt *.xlsx *.xlsm);;All files (*)": "Hojas de cálculo (*.csv *.txt *.xlsx *.xlsm);;Todos los archivos (*)",
    "commas": "comas",
    "semicolons": "punto y coma",
    "tabs": "tabuladores",
    "bars": "barras",
    # mapping_page.py
    "Check what each column of the file is. Columns you leave as «Don't import» are not sent; «Custom field» keeps them under the column's name.": "Revisa qué es cada columna del archivo. Las que dejes en «No importar» no se envían; «Campo personalizado» las guarda con el nombre de la columna.",
    "Column in the file": "Columna del archivo",
    "Examples": "Ejemplos",
    "Import as": "Importar como",
    "Columns of the file": "Columnas del archivo",
    "for example: Expo 2026": "por ejemplo: Expo 2026",
    "Tag for every imported contact": "Etiqueta para cada contacto importado",
    "Choose which column has the phone: it is required.": "Elige qué columna tiene el teléfono: es obligatorio.",
    "Numbers without + are from:": "Los números sin + son de:",
    "&Tag for this import:": "&Etiqueta para esta importación:",
    "Import «%1» as": "Importar «%1» como",
    # preview_page.py, preview_model.py
    "Rows that repeat a phone, or whose phone is already in your contacts, are not sent and are listed in the report. Double-click a phone or e-mail to fix it; untick a row to leave it out.": "Las filas que repiten un teléfono, o cuyo teléfono ya está en tus contactos, no se envían y aparecen en el reporte. Haz doble clic en un teléfono o correo para corregirlo; desmarca una fila para dejarla fuera.",
    "Show only rows with something to check": "Mostrar solo las filas que hay que revisar",
    "Rows to import": "Filas por importar",
    "Import": "Importar",
    "Row": "Fila",
    "Status": "Estado",
    "Name": "Nombre",
    "Phone": "Teléfono",
    "Email": "Correo",
    "What to fix": "Qué corregir",
    "New": "Nuevo",
    "Repeated in the file": "Repetido en el archivo",
    "Already in your contacts": "Ya está en tus contactos",
    "Has errors": "Con errores",
    "Skipped": "Omitida",
    # progress_page.py
    "Import progress": "Avance de la importación",
    "You can close this window and keep typing contacts: the ones you type go first, and the import goes on, also after closing the app.": "Puedes cerrar esta ventana y seguir capturando contactos: los que escribes van primero, y la importación sigue, también si cierras la aplicación.",
    "Cancel the import…": "Cancelar la importación…",
    "Whaapy allows %1 a minute": "Whaapy permite %1 por minuto",
    "working out how long it will take…": "calculando cuánto falta…",
    "done in less than a minute": "listo en menos de un minuto",
    "done in ~%1 min": "listo en ~%1 min",
    "Cancel the import?": "¿Cancelar la importación?",
    "The contacts not sent yet will not be sent. Those already sent stay in your contacts, and the few already on their way are finished. The report lists every row that was not sent.": "Los contactos que aún no se envían ya no se enviarán. Los ya enviados se quedan en tus contactos, y los pocos que van en camino se terminan de enviar. El reporte lista cada fila que no se envió.",
    "Cancel the import": "Cancelar la importación",
    "Keep importing": "Seguir importando",
    # report_page.py
    "Why it was not imported": "Por qué no se importó",
    "Rows not imported": "Filas no importadas",
    "&Save the report…": "&Guardar el reporte…",
    "Save the report": "Guardar el reporte",
    "rows-not-imported.csv": "filas-no-importadas.csv",
    "CSV file (*.csv)": "Archivo CSV (*.csv)",
    "Saved in %1": "Guardado en %1",
    "For phones already in your contacts, fill in what that contact is missing (nothing it has is changed)": "Para los teléfonos que ya están en tus contactos, completar lo que le falta a ese contacto (no se cambia nada de lo que ya tiene)",
}

EN = {
    "No se pudo abrir el archivo: %1": "The file could not be opened: %1",
    "El archivo no tiene filas con datos. Revisa que sea la lista de contactos.": "The file has no rows with data. Check that it is the contact list.",
    "El archivo es demasiado grande (más de 50 MB) para ser una lista de contactos.": "The file is too large (over 50 MB) to be a contact list.",
    "No se pudo leer el archivo de Excel. Ábrelo en Excel y guárdalo de nuevo como .xlsx o .csv.": "The Excel file could not be read. Open it in Excel and save it again as .xlsx or .csv.",
    "Los archivos .xls (Excel 97-2003) no se pueden leer. En Excel, guárdalo como .xlsx o .csv.": ".xls files (Excel 97-2003) can't be read. In Excel, save it as .xlsx or .csv.",
    "El archivo no se puede leer como %1. Elige otra codificación.": "The file can't be read as %1. Choose another encoding.",
    "Columna %1": "Column %1",
    "No importar": "Don't import",
    "Nombre completo": "Full name",
    "Nombre(s)": "First name(s)",
    "Apellido(s)": "Last name(s)",
    "Teléfono": "Phone",
    "Correo": "Email",
    "Empresa": "Company",
    "Dirección": "Address",
    "Ciudad": "City",
    "Estado": "State",
    "Código postal": "Postal code",
    "País": "Country",
    "Etiquetas": "Tags",
    "Notas": "Notes",
    "Valor del trato": "Deal value",
    "Campo personalizado": "Custom field",
    "El mismo teléfono ya está en la fila %1 del archivo.": "The same phone is already in row %1 of the file.",
    "Ya existía: ese teléfono ya está en tus contactos.": "Already existed: that phone is already in your contacts.",
    "Omitida por ti.": "Left out by you.",
    "«%1» no es una cantidad.": "«%1» is not an amount.",
    "No se envió: cancelaste la importación.": "Not sent: you cancelled the import.",
    "Todavía se está enviando; aparecerá en tus contactos cuando llegue.": "Still being sent; it will appear in your contacts when it arrives.",
    "Whaapy no lo aceptó: %1": "Whaapy did not accept it: %1",
    "Ya existía, y sus campos vacíos no se pudieron completar: ábrelo en la lista (Requiere atención) para actualizarlo.": "Already existed, and its empty fields could not be filled in: open it in the list (Needs attention) to update it.",
    "Fila": "Row",
    "Motivo": "Reason",
    "No se pudo guardar el reporte: %1": "The report could not be saved: %1",
    "No se envió: se descartó en la lista de contactos antes de llegar a Whaapy.": "Not sent: it was discarded in the contact list before it reached Whaapy.",
}

# The counts, each with Qt's plural forms (``tr(text, "", n)``; %Ln: thousands grouped as the
# locale writes them): Spanish (one, many) here, English in PLURALS_EN.
ES.update(
    {
        "&Import %Ln contact(s)": ("&Importar %Ln contacto", "&Importar %Ln contactos"),
        "Checking %Ln row(s)…": ("Revisando %Ln fila…", "Revisando %Ln filas…"),
        "%Ln row(s) in the sheet «%1». If the first rows look wrong, choose another sheet.": (
            "%Ln fila en la hoja «%1». Si las primeras filas no se ven bien, elige otra hoja.",
            "%Ln filas en la hoja «%1». Si las primeras filas no se ven bien, elige otra hoja.",
        ),
        "%Ln row(s), read as %1 and separated by %2. If accents or columns look wrong below, choose another encoding or separator.": (
            "%Ln fila, leída como %1 y separada por %2. Si abajo los acentos o las columnas no se ven bien, elige otra codificación u otro separador.",
            "%Ln filas, leídas como %1 y separadas por %2. Si abajo los acentos o las columnas no se ven bien, elige otra codificación u otro separador.",
        ),
        "<b>%Ln new</b> to import": (
            "<b>%Ln nuevo</b> por importar",
            "<b>%Ln nuevos</b> por importar",
        ),
        "%Ln repeated in the file": ("%Ln repetido en el archivo", "%Ln repetidos en el archivo"),
        "%Ln already in your contacts": ("%Ln ya en tus contactos", "%Ln ya en tus contactos"),
        "%Ln with errors": ("%Ln con errores", "%Ln con errores"),
        "%Ln left out": ("%Ln omitido", "%Ln omitidos"),
        "%Ln of %1 sent": ("%Ln de %1 enviado", "%Ln de %1 enviados"),
        "%Ln existing one(s) filled in": ("%Ln existente completado", "%Ln existentes completados"),
        "%Ln already existed": ("%Ln ya existía", "%Ln ya existían"),
        "%Ln refused": ("%Ln rechazado", "%Ln rechazados"),
        "%Ln not sent (cancelled)": ("%Ln sin enviar (cancelado)", "%Ln sin enviar (cancelados)"),
        "<b>%Ln contact(s) imported.</b>": (
            "<b>%Ln contacto importado.</b>",
            "<b>%Ln contactos importados.</b>",
        ),
        "%Ln not imported (listed below: save the report to fix them and import them again).": (
            "%Ln no importado (abajo en la lista: guarda el reporte para corregirlo e importarlo de nuevo).",
            "%Ln no importados (abajo la lista: guarda el reporte para corregirlos e importarlos de nuevo).",
        ),
        "%Ln contact(s) that already existed were filled in with what they were missing.": (
            "%Ln contacto que ya existía se completó con lo que le faltaba.",
            "%Ln contactos que ya existían se completaron con lo que les faltaba.",
        ),
        # After a restart (services/import_record.py).
        "Importing «%1»": "Importando «%1»",
        # ui/importer/running_line.py: the window's line for an import that came back.
        "View": "Ver",
        "Cancel what is left…": "Cancelar lo que falta…",
        "The import of «%1» is finished: see its report.": "Terminó la importación de «%1»: revisa su reporte.",
        "See the report": "Ver el reporte",
    }
)

PLURALS_EN = {
    "&Import %Ln contact(s)": ("&Import %Ln contact", "&Import %Ln contacts"),
    "Checking %Ln row(s)…": ("Checking %Ln row…", "Checking %Ln rows…"),
    "%Ln row(s) in the sheet «%1». If the first rows look wrong, choose another sheet.": (
        "%Ln row in the sheet «%1». If the first rows look wrong, choose another sheet.",
        "%Ln rows in the sheet «%1». If the first rows look wrong, choose another sheet.",
    ),
    "%Ln row(s), read as %1 and separated by %2. If accents or columns look wrong below, choose another encoding or separator.": (
        "%Ln row, read as %1 and separated by %2. If accents or columns look wrong below, choose another encoding or separator.",
        "%Ln rows, read as %1 and separated by %2. If accents or columns look wrong below, choose another encoding or separator.",
    ),
    "<b>%Ln new</b> to import": ("<b>%Ln new</b> to import", "<b>%Ln new</b> to import"),
    "%Ln repeated in the file": ("%Ln repeated in the file", "%Ln repeated in the file"),
    "%Ln already in your contacts": (
        "%Ln already in your contacts",
        "%Ln already in your contacts",
    ),
    "%Ln with errors": ("%Ln with errors", "%Ln with errors"),
    "%Ln left out": ("%Ln left out", "%Ln left out"),
    "%Ln of %1 sent": ("%Ln of %1 sent", "%Ln of %1 sent"),
    "%Ln existing one(s) filled in": ("%Ln existing one filled in", "%Ln existing ones filled in"),
    "%Ln already existed": ("%Ln already existed", "%Ln already existed"),
    "%Ln refused": ("%Ln refused", "%Ln refused"),
    "%Ln not sent (cancelled)": ("%Ln not sent (cancelled)", "%Ln not sent (cancelled)"),
    "<b>%Ln contact(s) imported.</b>": (
        "<b>%Ln contact imported.</b>",
        "<b>%Ln contacts imported.</b>",
    ),
    "%Ln not imported (listed below: save the report to fix them and import them again).": (
        "%Ln not imported (listed below: save the report to fix it and import it again).",
        "%Ln not imported (listed below: save the report to fix them and import them again).",
    ),
    "%Ln contact(s) that already existed were filled in with what they were missing.": (
        "%Ln contact that already existed was filled in with what it was missing.",
        "%Ln contacts that already existed were filled in with what they were missing.",
    ),
}

EN.update(
    {
        "No se reconoce el país «%1». Escribe su nombre (México, Colombia…) o su código de 2 letras (MX, CO).": (
            "The country «%1» is not recognised. Write its name (Mexico, Colombia…) or its 2-letter code (MX, CO)."
        ),
    }
)
