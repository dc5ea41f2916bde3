"""The words free text is read by: labels, legal suffixes, company and job words, and what a
person's name looks like in Mexico (accents, particles, "Lic." and the like)."""

from __future__ import annotations

import re

# "Tel: ", "Cel. ", "WhatsApp " just before a number: its kind for the notes.
_PHONE_WORDS = {
    "tel": "", "tels": "", "teléfono": "", "telefono": "", "cel": "cell", "celular": "cell",
    "móvil": "cell", "movil": "cell", "whatsapp": "whatsapp", "whats": "whatsapp",
    "wa": "whatsapp", "oficina": "work", "ofi": "work", "directo": "work", "conmutador": "main",
    "casa": "home", "fax": "fax", "t": "", "m": "cell", "c": "cell", "o": "work",
}  # fmt: skip
PHONE_LABEL = re.compile(
    r"(?i)(?<![\w])("
    + "|".join(sorted(_PHONE_WORDS, key=len, reverse=True))
    + r")\b\.?\s*[:.]?\s*$"
)
FIELD_LABELS = re.compile(
    r"(?i)(?:nombre|contacto|empresa|compañía|compania|razón social|razon social|puesto|cargo|"
    r"dirección|direccion|domicilio|correo(?: electrónico)?|e-?mail|mail|"
    + "|".join(_PHONE_WORDS)
    + r")\s*[.:]"
)
_FIELD_OF = {
    "nombre": "name", "contacto": "name", "empresa": "company", "compañía": "company",
    "compania": "company", "razón social": "company", "razon social": "company",
    "puesto": "title", "cargo": "title",
    "dirección": "address", "direccion": "address", "domicilio": "address",
}  # fmt: skip
_LABELLED = re.compile(r"(?i)^(" + "|".join(_FIELD_OF) + r")\s*:\s*(.+)$")
_LEGAL = re.compile(
    r"(?i)(?:\bS\.\s?A\.(?:\s?P\.\s?I\.)?(?:\s?B\.)?(?:\s?de\s?C\.\s?V\.)?"
    r"|\bSA(?:PI|B)?\s+de\s+CV\b|\bS\.?\s?de\s?R\.?\s?L\.?(?:\s?de\s?C\.?\s?V\.?)?"
    r"|\b[AS]\.\s?C\.(?=\s|$)|\b(?:Inc|LLC|Ltd|GmbH|Corp)\b\.?)"
)
_COMPANY_WORDS = re.compile(
    r"\b(?:Grupo|Corporativo|Corporación|Industrias|Comercializadora|Constructora|"
    r"Distribuidora|Servicios|Consultores|Consultoría|Farmacias?|Abogados|Asociados|Despacho|"
    r"Inmobiliaria|Transportes|Universidad|Instituto|Clínica|Hospital|Laboratorios?|Banco|"
    r"Seguros|Taller|Refaccionaria|Ferretería|Papelería|Tienda|Agencia|Editorial|Fundación|"
    r"Colegio|Escuela|Notaría|Hotel|Restaurante|Café|Cafetería|Panadería|Tortillería)\b"
)
_TITLE_WORDS = re.compile(
    r"(?i)^(?:sub)?(?:director|directora|gerente|jefe|jefa|coordinador|coordinadora|ejecutivo|"
    r"ejecutiva|asistente|contador|contadora|presidente|presidenta|vicepresidente|socio|socia|"
    r"analista|representante|encargado|encargada|supervisor|supervisora|administrador|"
    r"administradora|auxiliar|vendedor|vendedora|asesor|asesora|agente|ceo|cfo|coo|cto|"
    r"manager|fundador|fundadora|propietario|propietaria|dueño|dueña|recepción|ventas|compras)\b"
)
_HONORIFICS = frozenset(
    [
        "lic.",
        "lic",
        "ing.",
        "ing",
        "dr.",
        "dr",
        "dra.",
        "dra",
        "sr.",
        "sr",
        "sra.",
        "sra",
        "srita.",
        "mtro.",
        "mtra.",
        "arq.",
        "c.p.",
        "prof.",
        "profa.",
        "don",
        "doña",
    ]
)
_PARTICLES = frozenset(["de", "del", "la", "las", "los", "y", "e", "da", "di", "van", "von", "san"])
# U+FFFD: a letter a clipboard lost ("Ra�l"), still a name (the banner says so).
_NAME_WORD = re.compile(r"[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü'’\ufffd]+(?:-[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü'’\ufffd]+)?")
_CAPS_WORD = re.compile(r"[A-ZÁÉÍÓÚÑÜ]{2,}")
_INITIAL = re.compile(r"[A-ZÁÉÍÓÚÑÜ]\.")
# Capitalised words that open or close a message, not names.
_NOT_NAMES = frozenset(
    [
        "hola",
        "saludos",
        "gracias",
        "atentamente",
        "cordialmente",
        "att",
        "atte",
        "buenas",
        "buenos",
        "buen",
        "estimado",
        "estimada",
        "oficina",
        "casa",
        "celular",
        "teléfono",
        "méxico",
        "mexico",
        "cdmx",
        "enviado",
        "soy",
        "llamar",
        "habla",
    ]
)
_MAX_NAME_WORDS = 6


def phone_kind(word: str) -> str:
    return _PHONE_WORDS.get(word.casefold().rstrip("."), "")


def strip_label(piece: str) -> tuple[str, str]:
    """ "Empresa: Acme" -> ("company", "Acme"); a piece without a field's label -> ("", "")."""
    match = _LABELLED.match(piece)
    if match is None:
        return "", ""
    return _FIELD_OF[match[1].casefold()], match[2].strip()


def is_company(piece: str) -> bool:
    return bool(_LEGAL.search(piece) or _COMPANY_WORDS.search(piece))


def is_title(piece: str) -> bool:
    return bool(_TITLE_WORDS.match(piece)) and len(piece.split()) <= _MAX_NAME_WORDS


def looks_like_name(piece: str) -> bool:
    """Capitalised words (or all capitals), with particles and honorifics; no digits."""
    words = piece.split()
    if not 0 < len(words) <= _MAX_NAME_WORDS or any(ch.isdigit() for ch in piece):
        return False
    if words[0].casefold() in _PARTICLES or words[0].casefold().strip(",.") in _NOT_NAMES:
        return False
    named = 0
    for word in words:
        folded = word.casefold()
        if folded in _HONORIFICS or folded in _PARTICLES or _INITIAL.fullmatch(word):
            continue
        if not (_NAME_WORD.fullmatch(word) or _CAPS_WORD.fullmatch(word)):
            return False
        named += 1
    return named > 0


_NOISE = re.compile(
    r"(?i)^(?:hola|saludos(?: cordiales)?|un saludo|gracias|muchas gracias|atentamente|"
    r"cordialmente|att|atte|quedo atento|quedo atenta|quedo a sus órdenes|"
    r"enviado desde mi \w+|sent from my \w+|obtener outlook para \w+)[.,!:]*$"
)


def is_noise(piece: str) -> bool:
    """A greeting or a mail client's line: nothing of the contact's."""
    return bool(_NOISE.match(piece))


# "soy Ana Ruiz", "llamar a Carmen", "habla con Luis": who a chat message is about.
_NAME_CUE = re.compile(
    r"(?<![\w])(?i:soy|me llamo|mi nombre es|llamar a|habla con|hablar con|preguntar por|"
    r"con|a|de parte de)\s+("
    + _NAME_WORD.pattern
    + r"(?:\s+(?:(?:de|del|de la|de los|y)\s+)?"
    + _NAME_WORD.pattern
    + r"){0,3})"
)
_LOWER_WORD = re.compile(r"^[a-záéíóúñü]{2,}$")


def name_in_message(text: str) -> str:
    """The name a message gives after "soy", "a", "con"… ("llamar a Carmen al 55…" ->
    "Carmen"); "" when none reads as a name."""
    for match in _NAME_CUE.finditer(text):
        words = match[1].split()
        while words and words[-1].casefold() in _PARTICLES:
            words.pop()
        named = " ".join(words)
        if named and looks_like_name(named):
            return named
    return ""


def is_sentence(piece: str) -> bool:
    """Words of a sentence ("Pedido de 1500 pesos", "mi numero es"), not a name or a label:
    two words or more, one of them a lower-case word that is not a particle."""
    words = piece.split()
    return len(words) > 1 and any(_LOWER_WORD.match(w) and w not in _PARTICLES for w in words)
