"""The server address: what is refused, with which Spanish message, and what is accepted."""

import pytest

from whaapy_contacts.api.urls import BadAddress, check_base_url


@pytest.mark.parametrize(
    ("url", "starts"),
    [
        ("http://example.com", "La dirección debe empezar con https://"),
        ("http://192.168.1.5:8000", "La dirección debe empezar con https://"),
        ("http://[::1", "El nombre del servidor no es válido"),
        ("http://127.0.0.1:abc", "El puerto"),
        ("http://127.0.0.1:0", "El puerto"),
        ("http://127.0.0.1:65536", "El puerto"),
        ("http://127.0.0.1:", "El puerto"),
        ("https://api. whaapy.com", "La dirección del servidor no puede tener espacios"),
        ("https://api.whaapy.com\t/x", "La dirección del servidor no puede tener espacios"),
        ("", "Escribe la dirección del servidor"),
        ("   ", "Escribe la dirección del servidor"),
        ("ftp://api.whaapy.com", "La dirección del servidor debe empezar con https://"),
        ("api.whaapy.com", "La dirección del servidor debe empezar con https://"),
        ("https://", "El nombre del servidor no es válido"),
        ("https://ex_ample.com", "El nombre del servidor no es válido"),
        ("https://exa..mple.com", "El nombre del servidor no es válido"),
        ("https://user:pw@api.whaapy.com", "La dirección del servidor no puede llevar usuario"),
        ("https://api.whaapy.com/?a=1", "La dirección del servidor no puede llevar usuario"),
        ("https://api.whaapy.com/#x", "La dirección del servidor no puede llevar usuario"),
    ],
)
def test_bad_addresses_say_what_to_change(url, starts):
    with pytest.raises(BadAddress) as info:
        check_base_url(url)
    assert info.value.user_message.startswith(starts)
    assert isinstance(info.value, ValueError)  # callers that caught ValueError still do


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://api.whaapy.com/", "https://api.whaapy.com"),
        ("  https://api.whaapy.com  ", "https://api.whaapy.com"),
        ("https://proxy.example.mx/whaapy/", "https://proxy.example.mx/whaapy"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://localhost:1", "http://localhost:1"),
        ("http://[::1]:65535/", "http://[::1]:65535"),
        ("https://ñandú.mx", "https://ñandú.mx"),
    ],
)
def test_usable_addresses_are_kept(url, kept):
    assert check_base_url(url) == kept
