"""One-digit typos of real Mexican numbers, for the typo-safety tests (issue 13, case 5)."""

from __future__ import annotations

import phonenumbers
from phonenumbers import PhoneNumberType

# Realistic numbers across area codes: CDMX, Guadalajara, Monterrey, Puebla, Cancún, Tijuana,
# Mérida, Querétaro, León, Ciudad Juárez, Chihuahua, Culiacán, Toluca, Acapulco, Tuxtla.
REALISTIC = (
    "5512345678", "3398765432", "8181234567", "2221234567", "9981234567", "6641234567",
    "9999876543", "4421234567", "4771234567", "6561234567", "6141234567", "6671234567",
    "7221234567", "7441234567", "9611234567",
)  # fmt: skip


def mexican_numbers() -> list[str]:
    """libphonenumber's MX examples (fixed line, mobile) and the realistic ones, national."""
    examples = [
        phonenumbers.example_number_for_type("MX", kind)
        for kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE)
    ]
    numbers = [phonenumbers.national_significant_number(n) for n in examples if n is not None]
    numbers += [n for n in REALISTIC if phonenumbers.is_valid_number_for_region(
        phonenumbers.parse(n, "MX"), "MX")]  # fmt: skip
    return list(dict.fromkeys(numbers))


def one_digit_typos(number: str) -> set[str]:
    """Every number one added, dropped or changed digit away from ``number``."""
    typos: set[str] = set()
    for at in range(len(number) + 1):
        typos.update(number[:at] + d + number[at:] for d in "0123456789")
    for at in range(len(number)):
        typos.add(number[:at] + number[at + 1 :])
        typos.update(number[:at] + d + number[at + 1 :] for d in "0123456789")
    typos.discard(number)
    return typos
