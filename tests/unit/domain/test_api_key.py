"""What can be an API key: cleaned of what a paste brings, refused with a reason otherwise."""

import pytest

from whaapy_contacts.domain.api_key import clean_key, key_problem, usable_key


@pytest.mark.parametrize(
    ("pasted", "key"),
    [
        ("wha_abc123", "wha_abc123"),
        ("  wha_abc123\n", "wha_abc123"),
        ("\u202a\u200ewha_abc123\u200b\u202c", "wha_abc123"),
        ("\ufeffwha_abc\u00ad123\t", "wha_abc123"),
        ("wha_a\x00b", "wha_ab"),
    ],
)
def test_pasted_keys_are_cleaned(pasted, key):
    assert clean_key(pasted) == key
    assert key_problem(clean_key(pasted)) is None


@pytest.mark.parametrize(
    ("key", "starts"),
    [
        ("", "Primero pega"),
        ("wha_TESTSECRÉT123", "La clave tiene un carácter que no puede ir en una clave: «É»"),
        ("wha_abc\u00a0def", "La clave tiene espacios en medio"),
        ("wha_abc def", "La clave tiene espacios en medio"),
        ("sk_live_123", "Esto no parece una clave de Whaapy"),
        ("Bearer wha_123", "La clave tiene espacios en medio"),
        ("wha_", "La clave está incompleta"),
        ("wha_" + "a" * 600, "Esto es demasiado largo"),
    ],
)
def test_what_cannot_be_a_key_says_why(key, starts):
    problem = key_problem(clean_key(key))
    assert problem is not None
    assert problem.startswith(starts)


def test_usable_key_drops_a_stored_key_that_cannot_be_one():
    assert usable_key(None) is None
    assert usable_key("wha_SECRÉT") is None
    assert usable_key(" wha_ok\u200b") == "wha_ok"
