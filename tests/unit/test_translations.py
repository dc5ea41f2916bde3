"""The Spanish messages of the layers below the UI: marked, in both catalogues, English in one."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from whaapy_contacts.api import errors
from whaapy_contacts.domain.contact import SOURCE_MAX_LEN, ContactDraft
from whaapy_contacts.domain.email import check_email
from whaapy_contacts.domain.phone import PhoneNotice, PhoneReason
from whaapy_contacts.domain.texts import CONTEXT, fill, templates
from whaapy_contacts.domain.validation import FIELD_CHECKS, check_key_values

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def catalogue(name: str) -> dict[str, str]:
    """Source → finished translation, in the domain's context."""
    out = {}
    for context in ET.parse(I18N / f"{name}.ts").getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if not translation.get("type"):
                out[message.findtext("source") or ""] = translation.text or ""
    return out


def shown_messages() -> list[str]:
    """What the domain and the API client can say to a user, as they say it."""
    wrong = ContactDraft(
        phone_number="55", avatar_url="ftp:x", country="ZZ", source="x" * (SOURCE_MAX_LEN + 1),
        custom_fields={"": "1"}, external_ids={"": "a"}, deal_value=-1.0,
    )  # fmt: skip
    drafts = (wrong, ContactDraft(phone_number="55", postal_code="1"))
    messages = [r.message for r in PhoneReason] + [n.message for n in PhoneNotice]
    messages += [m for d in drafts for check in FIELD_CHECKS.values() for m in check(d)]
    messages += [check_email("sin-arroba").reason or "", check_email("a@b@c").reason or ""]
    messages += check_key_values({"k": " "}, "x")
    messages += check_key_values({"monto": float("nan")}, "x")
    samples: list[errors.ApiError] = [
        errors.ApiError(), errors.Unauthorized(), errors.NotFound(), errors.ServerError(),
        errors.MissingScopes(("contacts:write",)), errors.MissingScopes(()),
        errors.DuplicateContact("c1"), errors.RateLimited(None), errors.RateLimited(2.4),
        errors.BadResponse(), errors.TransportError(), errors.ConnectionRefused(),
        errors.NameResolutionFailed(), errors.ConnectionDropped(), errors.RequestTimeout(),
    ]  # fmt: skip
    return [m for m in messages + [e.user_message for e in samples] if m]


def in_catalogue(message: str, known: dict[str, str]) -> bool:
    if message in known:
        return True
    for template in templates():
        pattern = "".join(
            re.escape(p) if i % 2 == 0 else ".+"
            for i, p in enumerate(re.split(r"%(\d+)", template))
        )
        if template in known and re.fullmatch(pattern, message):
            return True
    return False


@pytest.mark.parametrize("name", ["whaapy_en", "whaapy_es_MX"])
def test_every_message_is_in_the_catalogue(name):
    known = catalogue(name)
    missing = [m for m in shown_messages() if not in_catalogue(m, known)]
    assert not missing, f"not marked with QT_TRANSLATE_NOOP, or {name}.ts is stale: {missing}"


def test_english_translates_and_spanish_keeps_them():
    english, spanish = catalogue("whaapy_en"), catalogue("whaapy_es_MX")
    assert set(english) == set(spanish)
    assert len(english) > 30
    assert all(spanish[s] == s for s in spanish)
    same = [s for s, t in english.items() if t == s]
    assert not same, f"left in Spanish in whaapy_en.ts: {same}"
    placeholders = [
        s
        for s, t in english.items()
        if sorted(re.findall("%\\d", s)) != sorted(re.findall("%\\d", t))
    ]
    assert not placeholders


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        ("a %1 b", (5,), "a 5 b"),
        ("%2 then %1", ("x", "y"), "y then x"),
        ("%1", ("%2",), "%2"),  # a value that looks like a placeholder stays as it is
        ("no values", (), "no values"),
    ],
)
def test_fill(text, values, expected):
    assert fill(text, *values) == expected
