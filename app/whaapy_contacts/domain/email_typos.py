"""A likely slip in an e-mail's domain ("maria@gmail.con" -> "maria@gmail.com"), only offered.

Only the domain is looked at, and only against the providers people in Mexico use: a domain
not near one of them (a company's own) gets no suggestion. Near means at most 2 edits on the
whole domain (a swap of two letters counts as one), at most 1 of them in the provider's name
("hotmart.com" is a company, not "hotmail"), and the same first letter for short names
("wahoo.com" is not "yahoo"). A real country ending stays ("hotmail.fr", "live.com.ar"), except
".co", the usual slip of ".com".
"""

from __future__ import annotations

# The provider's name -> the endings it really has, the usual one first.
PROVIDERS: dict[str, tuple[str, ...]] = {
    "gmail": ("com",),
    "hotmail": ("com", "es"),
    "outlook": ("com", "es"),
    "yahoo": ("com", "com.mx", "es"),
    "live": ("com.mx", "com"),
    "icloud": ("com",),
    "prodigy": ("net.mx",),
    "msn": ("com",),
    "aol": ("com",),
    "protonmail": ("com",),
}
# Domains that don't exist, with the one meant (more than 2 edits away, so named here).
NOT_REAL = {"gmail.com.mx": "gmail.com", "gmail.mx": "gmail.com", "icloud.com.mx": "icloud.com"}
# Real endings of other countries or kinds: never "corrected" into a provider's.
REAL_ENDINGS = frozenset(
    ("co", "com", "net", "org", "edu", "gob", "mx", "es", "ar", "cl", "pe", "br", "us", "ca",
     "de", "fr", "it", "se", "uk", "pt", "ve", "ec", "uy", "bo", "py", "gt", "cr")
)  # fmt: skip
MAX_EDITS = 2
SHORT_NAME = 6  # names up to this long must keep their first letter to be matched


def suggest_email(text: str) -> str | None:
    """The address probably meant, or None (nothing near, already right, not an address)."""
    local, at, domain = text.strip().rpartition("@")
    if not at or not local or not _looks_complete(domain):
        return None
    meant = likely_domain(domain.lower())
    return f"{local}@{meant}" if meant else None


def likely_domain(domain: str) -> str | None:
    """The provider's domain ``domain`` is a slip of, or None."""
    if domain in NOT_REAL:
        return NOT_REAL[domain]
    name, _, ending = domain.partition(".")
    if ending in PROVIDERS.get(name, ()):
        return None  # a real provider's domain
    best: tuple[int, str] | None = None
    for known_name, endings in PROVIDERS.items():
        if not _name_near(name, known_name):
            continue
        for known_ending in endings:
            if not _ending_near(ending, known_ending):
                continue
            known = f"{known_name}.{known_ending}"
            edits = distance(domain, known)
            if edits <= MAX_EDITS and (best is None or edits < best[0]):
                best = (edits, known)
    return best[1] if best else None


def _looks_complete(domain: str) -> bool:
    """A dot with a name before it and at least two letters after the last one."""
    name, dot, rest = domain.partition(".")
    return bool(name and dot and len(domain.rsplit(".", 1)[1]) >= 2 and not rest.endswith("."))


def _name_near(name: str, known: str) -> bool:
    if name == known:
        return True
    if len(known) <= 4:
        return False  # "msn", "aol", "live": one edit away is another word ("lime")
    if len(known) <= SHORT_NAME and name[:1] != known[:1]:
        return False
    return distance(name, known) <= 1


def _ending_near(ending: str, known: str) -> bool:
    if ending == known:
        return True
    if ending == "co":
        return known == "com"  # Colombia's ending is the usual slip of ".com"
    real = all(label in REAL_ENDINGS for label in ending.split("."))
    return not real and distance(ending, known) <= MAX_EDITS


def distance(a: str, b: str) -> int:
    """Edits from ``a`` to ``b``: insert, delete, replace, or swap two neighbours (one edit)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][len(b)]


def still_typing(text: str) -> bool:
    """True while the domain typed so far begins a provider's real one ("gmail.co"): it may
    still become it, so a suggestion waits until the field is left."""
    domain = text.strip().rpartition("@")[2].lower()
    return any(
        f"{name}.{ending}".startswith(domain) and f"{name}.{ending}" != domain
        for name, endings in PROVIDERS.items()
        for ending in endings
    )
