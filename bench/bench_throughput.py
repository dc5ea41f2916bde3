"""Throughput: a burst of queued contacts drains through the outbox vs the sandbox's raw capacity.

Reference, same run: the same requests raw with httpx, as many at once as the outbox sends
(services.outbox.MAX_IN_FLIGHT), to a fresh sandbox: for each Mexican contact the look-up the
outbox does first (``POST /contacts/v1/search`` by the 10 digits, services/existing.py), then the
POST. Target: outbox ≥ 0.8 × raw (our overhead, not the cost of the look-up, which both pay).
Both keep their threads fed: the raw pool is handed every POST at once, the outbox hands up to
services.outbox.SEND_AHEAD to its MAX_IN_FLIGHT senders. "Drained" means every contact is
marked sent in the outbox's file.
The sandbox runs in its own process for both, as the real server would.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import common
import httpx
from common import SandboxProcess
from PySide6.QtCore import QCoreApplication

from whaapy_contacts.bootstrap.headless import HeadlessOutbox
from whaapy_contacts.domain.contact import ContactDraft
from whaapy_contacts.sandbox.server import DEFAULT_KEY
from whaapy_contacts.services.outbox import MAX_IN_FLIGHT

AUTH = {"Authorization": f"Bearer {DEFAULT_KEY}"}


def raw_rate(count: int) -> float:
    with (
        SandboxProcess("--rate-limit", "0") as server,
        httpx.Client(base_url=server.url, headers=AUTH) as client,
    ):
        bodies = [{"phone_number": f"+5255{70000000 + i}"} for i in range(count)]

        def send(body: dict[str, str]) -> int:
            wanted = {"phone_number": {"contains": body["phone_number"][3:]}}
            found = client.post("/contacts/v1/search", json={"filters": wanted, "limit": 100})
            assert found.status_code == 200
            assert not found.json()["contacts"]
            return client.post("/contacts/v1", json=body).status_code

        started = time.perf_counter()
        with ThreadPoolExecutor(MAX_IN_FLIGHT) as pool:
            codes = list(pool.map(send, bodies))
        elapsed = time.perf_counter() - started
    assert codes.count(200) == count, codes
    return count / elapsed


def outbox_rate(count: int) -> float:
    with SandboxProcess("--rate-limit", "0") as server, tempfile.TemporaryDirectory() as tmp:
        box = HeadlessOutbox(server.url, DEFAULT_KEY, Path(tmp))
        drafts = [ContactDraft(phone_number=f"55 7{i:07d}") for i in range(count)]
        box.service.pump = lambda: None  # queue the whole burst first, then drain
        for draft in drafts:
            box.service.submit(draft)
        del box.service.pump
        started = time.perf_counter()
        assert box.drain(300_000)
        elapsed = time.perf_counter() - started
        box.close()
    return count / elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QCoreApplication(sys.argv[:1])
    raws, boxes = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        raws.append(raw_rate(args.count))
        boxes.append(outbox_rate(args.count))
    raw, box = common.median(raws), common.median(boxes)
    print(f"raw look-up + POST: {raw:.0f}/s  outbox drain: {box:.0f}/s  (median of {args.runs}, "
          f"{args.count} contacts, {MAX_IN_FLIGHT} at once)")  # fmt: skip
    common.result("throughput_raw", raw, "contacts/s", "reference", True)
    ok = common.result(
        "throughput_outbox", box, "contacts/s", f">={0.8 * raw:.0f}", box >= 0.8 * raw
    )
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
