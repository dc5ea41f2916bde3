"""Soak: N saves through the real outbox under a random mix of faults; exactly N must arrive.

    python bench/soak_outbox.py [--count 200] [--seed 7]

Prints the counts and a RESULT line. The test suite runs a short version
(tests/integration/test_outbox.py::test_short_soak_random_faults_exactly_once).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from PySide6.QtCore import QCoreApplication

from whaapy_contacts.bootstrap.headless import HeadlessOutbox
from whaapy_contacts.domain.contact import ContactDraft
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.sandbox.server import DEFAULT_KEY, SandboxServer
from whaapy_contacts.services import outbox as outbox_module

KINDS = (
    {"kind": "drop_before"},
    {"kind": "drop_after_commit"},
    {"kind": "truncate"},
    {"kind": "status", "status": 500},
    {"kind": "status", "status": 502, "body": "html"},
    {"kind": "status", "status": 429, "retry_after": 1},
    {"kind": "delay", "ms": 2500},  # longer than the client's timeout
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    app = QCoreApplication(sys.argv[:1])
    outbox_module.BACKOFF_BASE_S = 0.05  # compress time; the mix of faults is what matters
    outbox_module.BACKOFF_CAP_S = 0.5
    with tempfile.TemporaryDirectory() as tmp, SandboxServer(rate_limit=0) as server:
        faults = [{**rng.choice(KINDS), "method": "POST"} for _ in range(args.count)]
        httpx.post(server.url + "/_sandbox/faults", json={"faults": faults}).raise_for_status()
        box = HeadlessOutbox(server.url, DEFAULT_KEY, Path(tmp), timeout=2.0)
        started = time.monotonic()
        for i in range(args.count):
            box.service.submit(ContactDraft(phone_number=f"55 80{i:06d}", name=f"Soak {i}"))
        drained = box.drain(600_000)
        elapsed = time.monotonic() - started
        states = [e.state for e in box.service.entries()]
        with httpx.Client(
            base_url=server.url, headers={"Authorization": f"Bearer {DEFAULT_KEY}"}
        ) as c:
            stored, cursor = [], None
            while True:
                params = {"limit": 100, **({"cursor": cursor} if cursor else {})}
                page = c.get("/contacts/v1", params=params).json()
                stored += [x["phone_number"] for x in page["contacts"]]
                cursor = page["pagination"]["next_cursor"]
                if not page["pagination"]["has_more"]:
                    break
        box.close()
    sent = states.count(OutboxState.SENT)
    print(f"saved={args.count} faults={len(faults)} drained={drained} seconds={elapsed:.1f}")
    print(f"marked_sent={sent} on_server={len(stored)} unique_on_server={len(set(stored))}")
    ok = drained and sent == args.count == len(stored) == len(set(stored))
    verdict = "pass" if ok else "fail"
    print(f"RESULT soak_exactly_once {len(stored)} contacts target={args.count} {verdict}")
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
