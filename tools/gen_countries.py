"""Generate domain/countries_data.py from CLDR (via Babel, a dev-time tool only)."""

import pathlib

from babel import Locale

# ISO 3166-1 alpha-2 codes that are officially assigned (CLDR also lists regions and macro-areas).
es = Locale("es", "MX").territories
en = Locale("en").territories
codes = sorted(
    c
    for c in es
    if len(c) == 2
    and c.isalpha()
    and c
    not in {
        "EU",
        "EZ",
        "UN",
        "QO",
        "XA",
        "XB",
        "XK",
        "ZZ",
        "AC",
        "CP",
        "CQ",
        "DG",
        "EA",
        "IC",
        "TA",
    }
)
lines = [
    '"""ISO 3166-1 alpha-2 codes with es-MX and English names (tools/gen_countries.py)."""',
    "",
    "COUNTRIES: dict[str, tuple[str, str]] = {",
]
for c in codes:
    lines.append(f"    {c!r}: ({es[c]!r}, {en[c]!r}),")
lines.append("}")
out = pathlib.Path(__file__).resolve().parents[1] / "app/whaapy_contacts/domain/countries_data.py"
out.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(len(codes), "countries ->", out, "(run ruff format on it)")
