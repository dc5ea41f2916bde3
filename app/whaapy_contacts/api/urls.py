"""The API's address: the default, and the rule that the key never travels in clear text.

Kept apart from client.py so that checking a URL does not import httpx (start-up time).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from whaapy_contacts.api.errors import InsecureBaseUrl
from whaapy_contacts.netaddr import is_loopback

DEFAULT_BASE_URL = "https://api.whaapy.com"


def check_base_url(url: str) -> str:
    """Return the URL without a trailing slash; raise InsecureBaseUrl unless HTTPS or loopback."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureBaseUrl(f"not an http(s) URL: {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecureBaseUrl("plain http is allowed only for loopback addresses")
    return url.strip().rstrip("/")
