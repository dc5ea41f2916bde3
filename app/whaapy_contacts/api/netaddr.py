"""Address helpers shared by the API client and the sandbox (standard library only)."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    """``localhost``, 127.0.0.0/8 or ::1: traffic that never leaves this computer."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
