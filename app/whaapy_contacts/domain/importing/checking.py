"""Every row through the form's rules (domain/validation.py check_draft), then duplicates.

A row becomes a ContactDraft exactly as if it had been typed into the form (source
``import``, the batch's tag added), so what the form would refuse is refused here with the
same Spanish message; a duplicate is the same number by canonical digits (domain/phone.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from types import MappingProxyType

from whaapy_contacts.domain.contact import ContactDraft, JsonScalar, clean_tags
from whaapy_contacts.domain.importing.countries import UNKNOWN_COUNTRY, country_code
from whaapy_contacts.domain.importing.mapping import JOINED, LABELS, Target, phone_order
from whaapy_contacts.domain.importing.reading import Table
from whaapy_contacts.domain.phone import canonical_digits
from whaapy_contacts.domain.texts import QT_TRANSLATE_NOOP, fill, template
from whaapy_contacts.domain.validation import DraftCheck, check_draft

SOURCE_IMPORT = "import"


class RowStatus(Enum):
    NEW = "new"
    DUPLICATE_IN_FILE = "duplicate_in_file"  # the same number in an earlier row
    DUPLICATE_KNOWN = "duplicate_known"  # already in the account (history or server)
    INVALID = "invalid"
    SKIPPED = "skipped"  # the person chose to leave it out


DUPLICATE_IN_FILE = template(
    QT_TRANSLATE_NOOP("Messages", "El mismo teléfono ya está en la fila %1 del archivo.")
)
ALREADY_EXISTED = QT_TRANSLATE_NOOP(
    "Messages", "Ya existía: ese teléfono ya está en tus contactos."
)
SKIPPED_BY_PERSON = QT_TRANSLATE_NOOP("Messages", "Omitida por ti.")
NOT_A_NUMBER = template(QT_TRANSLATE_NOOP("Messages", "«%1» no es una cantidad."))


# Why a row is not sent: (field label or "", message), each a catalogue message, so the UI
# translates each part ("Teléfono: Falta 1 dígito…" is two).
Reason = tuple[str, str]


def spoken(reasons: Iterable[Reason], translate: Callable[[str], str] = str) -> str:
    """The reasons as one text: "Teléfono: Falta 1 dígito… Correo: …"."""
    return " ".join(
        f"{translate(label)}: {translate(message)}" if label else translate(message)
        for label, message in reasons
    )


_FIELD_TARGET = {t.value: t for t in Target}
_TAG_SPLIT = re.compile(r"\s*(?:[,;|]|:::)\s*")  # Google's labels are "a ::: b"


@dataclass(frozen=True)
class Settings:
    """Chosen for the whole file."""

    region: str = "MX"  # a number without + is of this country
    tag: str = ""  # added to every contact of the batch
    decimal_comma: bool = False  # "1.234,50" (a ; file from Excel in Spanish)


@dataclass(frozen=True)
class CheckedRow:
    number: int  # the row in the file, as the person sees it in Excel
    cells: tuple[str, ...]
    draft: ContactDraft
    check: DraftCheck
    status: RowStatus
    reasons: tuple[Reason, ...] = ()  # why it is not sent (Spanish: the UI translates)
    key: str = ""  # canonical digits of the phone, when valid

    @property
    def reason(self) -> str:
        """The reasons in Spanish, as one text."""
        return spoken(self.reasons)

    @property
    def sendable(self) -> bool:
        return self.status is RowStatus.NEW


def check_table(
    table: Table,
    mapping: Sequence[Target],
    settings: Settings,
    skipped: Iterable[int] = (),
) -> list[CheckedRow]:
    """Every row checked, and duplicates within the file marked (the first one stays new)."""
    builder = RowBuilder(table.headers, mapping, settings)
    rows = [builder.check(number, cells) for number, cells in table.rows]
    return mark_duplicates(rows, set(skipped))


def mark_duplicates(rows: list[CheckedRow], skipped: set[int] | None = None) -> list[CheckedRow]:
    first: dict[str, int] = {}
    out: list[CheckedRow] = []
    for row in rows:
        marked = row
        if skipped and row.number in skipped:
            marked = replace(row, status=RowStatus.SKIPPED, reasons=(("", SKIPPED_BY_PERSON),))
        elif row.status is RowStatus.NEW and row.key in first:
            reason = ("", fill(DUPLICATE_IN_FILE, first[row.key]))
            marked = replace(row, status=RowStatus.DUPLICATE_IN_FILE, reasons=(reason,))
        elif row.status is RowStatus.NEW:
            first[row.key] = row.number
        out.append(marked)
    return out


def mark_known(rows: list[CheckedRow], known: Callable[[str], bool]) -> list[CheckedRow]:
    """Rows whose number the account already has (``known(canonical digits)``)."""
    return [
        replace(r, status=RowStatus.DUPLICATE_KNOWN, reasons=(("", ALREADY_EXISTED),))
        if r.status is RowStatus.NEW and known(r.key)
        else r
        for r in rows
    ]


def rederive(rows: Sequence[CheckedRow], skipped: set[int], known: set[str]) -> list[CheckedRow]:
    """Statuses again after the person fixed or skipped a row: each row back to what its own
    check says, then skipped rows, duplicates in the file and ``known`` numbers marked."""
    base = [r if r.status in (RowStatus.NEW, RowStatus.INVALID) else _unmarked(r) for r in rows]
    return mark_known(mark_duplicates(base, skipped), known.__contains__)


def _unmarked(row: CheckedRow) -> CheckedRow:
    if row.check.ok:
        return replace(row, status=RowStatus.NEW, reasons=())
    return replace(row, status=RowStatus.INVALID, reasons=tuple(_reasons(row.check)))


class RowBuilder:
    """Cells -> ContactDraft -> DraftCheck, for one mapping."""

    def __init__(self, headers: Sequence[str], mapping: Sequence[Target], settings: Settings):
        self._headers = tuple(headers)
        self._mapping = tuple(mapping)
        self._settings = settings
        self._phones = phone_order(headers, mapping)
        # (column, target's value, header) of the columns read, worked out once per file: an
        # Enum's hash and .value are Python calls, 20 per row of a 10,000-row file otherwise.
        self._plan = tuple(
            (index, target.value, self._headers[index] if index < len(self._headers) else "")
            for index, target in enumerate(self._mapping)
            if target is not Target.IGNORE
        )

    def check(self, number: int, cells: Sequence[str]) -> CheckedRow:
        draft, problems = self.draft(cells)
        checked = check_draft(draft)
        reasons = [*problems, *_reasons(checked)]
        if reasons:
            return CheckedRow(
                number, tuple(cells), draft, checked, RowStatus.INVALID, tuple(reasons)
            )
        key = canonical_digits(str(checked.payload.get("phone_number", "")))
        return CheckedRow(number, tuple(cells), draft, checked, RowStatus.NEW, (), key)

    def draft(self, cells: Sequence[str]) -> tuple[ContactDraft, list[Reason]]:
        values: dict[str, list[str]] = {}  # by the target's value
        custom: dict[str, JsonScalar] = {}
        width = len(cells)
        for index, target, header in self._plan:
            cell = cells[index] if index < width else ""
            if not cell:
                continue
            if target == _CUSTOM:
                custom[header] = cell
            else:
                values.setdefault(target, []).append(cell)
        phone = next((cells[i] for i in self._phones if i < width and cells[i]), "")
        extra: list[str] = []
        if _MANY in phone:
            phone = _first_of(phone, OTHER_PHONES, extra)
        if _MANY in values.get("email", [""])[0]:
            values["email"][0] = _first_of(values["email"][0], OTHER_EMAILS, extra)
        if extra:
            values.setdefault("notes", []).extend(extra)
        deal, problems = self._deal(values.get(_DEAL, []))
        country = self._country(values.get(_COUNTRY, []), problems)
        fields: dict[str, str] = {
            t: "\n".join(v) if t in _JOINED else v[0] for t, v in values.items() if t in _TEXT
        }
        fields.update(_joined_name(values))
        draft = ContactDraft(
            phone_number=phone,
            phone_region=country,  # the row's country reads its phone, else the chosen one
            tags=self._tags(values.get(_TAGS, [])),
            custom_fields=MappingProxyType(custom),
            source=SOURCE_IMPORT,
            country=country,
            deal_value=deal,
            **fields,  # type: ignore[arg-type]  # only the text fields (_TEXT, name)
        )
        return draft, problems

    def _country(self, cells: list[str], problems: list[Reason]) -> str:
        """The row's country: a code ("mx") or a name in Spanish or English ("MÉXICO",
        "EE.UU.", domain/importing/countries.py); none given, the chosen one. One not
        recognised is never guessed: a reason in ``problems``, and the row is not sent."""
        given = cells[0].strip() if cells else ""
        if not given:
            return self._settings.region
        code = country_code(given)
        if code is None:
            problems.append((LABELS[Target.COUNTRY], fill(UNKNOWN_COUNTRY, given)))
            return self._settings.region
        return code

    def _tags(self, cells: list[str]) -> tuple[str, ...]:
        tags = [t for cell in cells for t in _TAG_SPLIT.split(cell) if t and t != "* myContacts"]
        if self._settings.tag.strip():
            tags.append(self._settings.tag)
        return clean_tags(tags)

    def _deal(self, cells: list[str]) -> tuple[float | None, list[Reason]]:
        if not cells:
            return None, []
        value = parse_amount(cells[0], decimal_comma=self._settings.decimal_comma)
        if value is None:
            label = LABELS[Target.DEAL_VALUE]
            return None, [(label, fill(NOT_A_NUMBER, cells[0]))]
        return value, []


_TEXT = frozenset(("name", "email", "company", "address", "city", "state", "postal_code", "notes"))
_JOINED = frozenset(t.value for t in JOINED)
_CUSTOM, _DEAL, _COUNTRY, _TAGS = (t.value for t in (Target.CUSTOM, Target.DEAL_VALUE,
                                                     Target.COUNTRY, Target.TAGS))  # fmt: skip
_NAME, _FIRST, _LAST = Target.NAME.value, Target.FIRST_NAME.value, Target.LAST_NAME.value


_MANY = " ::: "  # Google Contacts' export: several values in one cell
OTHER_PHONES = template(QT_TRANSLATE_NOOP("Messages", "Otros teléfonos: %1"))
OTHER_EMAILS = template(QT_TRANSLATE_NOOP("Messages", "Otros correos: %1"))


def _first_of(cell: str, others: str, notes: list[str]) -> str:
    """The first of a cell's values; the others kept in the notes, never dropped (Google
    writes "+52 222 333 4444 ::: +52 222 333 5555": tester t18)."""
    first, *rest = [part.strip() for part in cell.split(_MANY.strip()) if part.strip()]
    if rest:
        notes.append(fill(others, ", ".join(rest)))
    return first


def _joined_name(values: dict[str, list[str]]) -> dict[str, str]:
    """First and last names joined ("Ana" + "López Díaz"), unless a full name was given."""
    if _NAME in values:
        return {"name": " ".join(values[_NAME])}
    parts = values.get(_FIRST, []) + values.get(_LAST, [])
    return {"name": " ".join(parts)} if parts else {}


def _reasons(checked: DraftCheck) -> list[Reason]:
    out: list[Reason] = []
    for name, messages in checked.errors.items():
        target = _FIELD_TARGET.get(name)
        label = LABELS[target] if target is not None else name
        out.extend((label, m) for m in messages)
    return out


_AMOUNT = re.compile(r"^[+-]?[\d.,\s\u00a0\u202f']+$")


def parse_amount(text: str, *, decimal_comma: bool) -> float | None:
    """ "$ 1.234,50" (decimal comma) or "1,234.50": 1234.5. None when it is no amount."""
    text = text.strip().removeprefix("$").removesuffix("MXN").strip()
    if not text or not _AMOUNT.match(text):
        return None
    text = re.sub(r"[\s\u00a0\u202f']", "", text)
    comma, dot = text.rfind(","), text.rfind(".")
    if comma >= 0 and dot >= 0:
        decimal = "," if comma > dot else "."
    elif comma >= 0:
        decimal = "," if decimal_comma or len(text) - comma - 1 != 3 else ""
    else:
        decimal = "." if not decimal_comma or len(text) - dot - 1 != 3 else ""
    thousands = {",", "."} - {decimal}
    for mark in thousands:
        text = text.replace(mark, "")
    text = text.replace(decimal, ".") if decimal else text
    try:
        return float(text)
    except ValueError:
        return None


@dataclass(frozen=True)
class Counts:
    new: int = 0
    duplicate_in_file: int = 0
    duplicate_known: int = 0
    invalid: int = 0
    skipped: int = 0


def counts(rows: Iterable[CheckedRow]) -> Counts:
    tally = dict.fromkeys(RowStatus, 0)
    for row in rows:
        tally[row.status] += 1
    return Counts(*(tally[s] for s in RowStatus))
