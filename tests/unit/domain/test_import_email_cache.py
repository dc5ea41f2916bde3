"""The e-mail check remembers each domain's answer (domain/email.py, for an import's 10,000
rows): every address gives exactly what email-validator gives without it."""

from __future__ import annotations

import random
import sys

from whaapy_contacts.domain import email
from whaapy_contacts.domain.email import check_email

DOMAINS = (
    "gmail.com", "Hotmail.COM", "empresa.com.mx", "xn--espaa-rta.com", "españa.com", "ñandú.mx",
    "localhost", "test", "example.com", "a.b", "-bad.com", "bad-.com", "sub..dot.com", "1.2.3.4",
    "[1.2.3.4]", "[IPv6:::1]", "com", "x" * 64 + ".com", ("a" * 60 + ".") * 5 + "com", "",
    "münchen.de", "ÉCOLE.fr", "under_score.com", "dom ain.com", "invalid", "onion", "арбуз.рф",
)  # fmt: skip
LOCALS = ("ana", "Ana.Lopez", "a+b", "josé", '"quoted"', ".dot", "dot.", "a..b", "x" * 65, "")


def addresses(count: int) -> list[str]:
    rng = random.Random(18)
    made = [f"{local}@{domain}" for local in LOCALS for domain in DOMAINS]
    made += [f"p{n}@{rng.choice(DOMAINS)}" for n in range(count)]
    return [*made, "no-at-sign", "two@@at.com", " padded@gmail.com ", "a@b@c.com"]


def test_remembered_domains_give_what_email_validator_gives_without_them(monkeypatch):
    texts = addresses(3000)
    remembered = [check_email.__wrapped__(t) for t in texts]  # the domains' answers kept
    module = sys.modules["email_validator.validate_email"]
    cached = module.validate_email_domain_name
    assert cached.cache_info().hits > 1000  # the comparison is not vacuous
    monkeypatch.setattr(module, "validate_email_domain_name", cached.__wrapped__)
    monkeypatch.setattr(email, "_remember_domains", lambda: None)
    plain = [check_email.__wrapped__(t) for t in texts]
    assert remembered == plain
    assert sum(r.normalized is not None for r in plain) > 1000
    assert sum(r.normalized is None for r in plain) > 200
