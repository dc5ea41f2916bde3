"""Why digits typed for a country are not one of its numbers, in words ("Sobra 1 dígito…").

Issue 13, case 5: a number typed without + belongs to the selected country, so when it is wrong
the person is told how (too long, too short, not a number there), never switched abroad.
"""

from __future__ import annotations

from enum import Enum

from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP, fill, template

MX_LENGTH = 10  # every Mexican number since 2019: area code and number, 10 digits

MX_ONE_EXTRA = QT_TRANSLATE_NOOP(
    "Messages", "Sobra 1 dígito: los números de México tienen 10 dígitos (lada y número)."
)
MX_EXTRA = template(
    QT_TRANSLATE_NOOP(
        "Messages", "Sobran %1 dígitos: los números de México tienen 10 dígitos (lada y número)."
    )
)
MX_ONE_MISSING = QT_TRANSLATE_NOOP(
    "Messages", "Falta 1 dígito: los números de México tienen 10 dígitos (lada y número)."
)
MX_MISSING = template(
    QT_TRANSLATE_NOOP(
        "Messages", "Faltan %1 dígitos: los números de México tienen 10 dígitos (lada y número)."
    )
)
MX_INVALID = QT_TRANSLATE_NOOP(
    "Messages",
    "No es un número de México: revisa la lada y los dígitos, o elige otro país.",
)
ONE_EXTRA = QT_TRANSLATE_NOOP("Messages", "Sobra 1 dígito para un número del país elegido.")
EXTRA = template(
    QT_TRANSLATE_NOOP("Messages", "Sobran %1 dígitos para un número del país elegido.")
)
ONE_MISSING = QT_TRANSLATE_NOOP("Messages", "Falta 1 dígito para un número del país elegido.")
MISSING = template(
    QT_TRANSLATE_NOOP("Messages", "Faltan %1 dígitos para un número del país elegido.")
)


class Fault(Enum):
    TOO_LONG = "long"
    TOO_SHORT = "short"
    INVALID = "invalid"


def describe(length: int, lengths: tuple[int, ...], region: str) -> tuple[Fault, str]:
    """What is wrong with a national number of ``length`` digits where ``lengths`` are valid.

    The detail is "" when the generic message of the fault says it best.
    """
    mexico = region.upper() == "MX"
    if lengths and length > max(lengths):
        extra = length - max(lengths)
        if mexico:
            return Fault.TOO_LONG, MX_ONE_EXTRA if extra == 1 else fill(MX_EXTRA, extra)
        return Fault.TOO_LONG, ONE_EXTRA if extra == 1 else fill(EXTRA, extra)
    if lengths and length < min(lengths):
        missing = min(lengths) - length
        if mexico:
            return Fault.TOO_SHORT, MX_ONE_MISSING if missing == 1 else fill(MX_MISSING, missing)
        return Fault.TOO_SHORT, ONE_MISSING if missing == 1 else fill(MISSING, missing)
    return Fault.INVALID, MX_INVALID if mexico else ""


def mx_national_length(digits: str) -> int:
    """How many digits of a Mexican national number were typed, past a retired prefix.

    No Mexican number starts with 0, so a leading 044/045/01 is a prefix whatever the length; a
    leading 1 is the old mobile 1 only in front of a number at least 10 digits long.
    """
    for prefix in ("044", "045", "01"):
        if digits.startswith(prefix) and len(digits) > len(prefix):
            return len(digits) - len(prefix)
    if digits.startswith("1") and len(digits) > MX_LENGTH:
        return len(digits) - 1
    return len(digits)
