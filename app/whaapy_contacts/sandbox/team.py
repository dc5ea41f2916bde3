"""The sandbox's fixed team: a few sample agents to assign contacts to."""

from __future__ import annotations

from typing import Any

AGENTS: tuple[dict[str, Any], ...] = (
    {
        "id": "6f1d2a4e-8c3b-4d5e-9f60-1a2b3c4d5e01",
        "name": "María García",
        "email": "maria.garcia@ejemplo.mx",
        "role": "admin",
        "is_available": True,
    },
    {
        "id": "6f1d2a4e-8c3b-4d5e-9f60-1a2b3c4d5e02",
        "name": "Carlos Hernández",
        "email": "carlos.hernandez@ejemplo.mx",
        "role": "agent",
        "is_available": True,
    },
    {
        "id": "6f1d2a4e-8c3b-4d5e-9f60-1a2b3c4d5e03",
        "name": "Sofía Ramírez",
        "email": "sofia.ramirez@ejemplo.mx",
        "role": "agent",
        "is_available": False,
    },
)

AGENT_IDS = frozenset(agent["id"] for agent in AGENTS)


def agents() -> list[dict[str, Any]]:
    """Copies of the sample agents, as ``GET /team/v1`` lists them."""
    return [dict(agent) for agent in AGENTS]
