"""Within Whaapy's limit (issue 15): a backlog drains at the limit, the typed contact first.

The sandbox runs in its own process with ``--rate-limit N`` (requests a minute, a sliding
window, 429 above it), as the real server would. The app side is the real outbox, client and
request budget (services/scheduler.py) on worker threads, driven by a QCoreApplication.

- Drain at the limit: COUNT contacts already waiting in the outbox's file (a morning offline)
  drain against ``--rate-limit 600``: requests answered >= 0.95 x the limit (each Mexican
  number costs two: the look-up of services/existing.py, then the create), 429s <= 1 % of the
  requests, every contact on the server exactly once. Also at 100 a minute over a shorter batch.
- The typed contact first: during the 600 drain, TYPED contacts are saved one at a time, each
  after the previous one is on the server; each must be on the server (its answer recorded)
  within 2 s of being saved: median and worst.

The sandbox's own stats (``GET /_sandbox/stats``) count the requests and the 429s; a second key
in an account of its own reads the server's contacts at the end without spending the app's
budget.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common
import httpx
from common import SandboxProcess
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QTimer

from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.bootstrap.headless import HeadlessOutbox
from whaapy_contacts.domain.contact import ContactDraft
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.domain.validation import check_draft
from whaapy_contacts.sandbox.server import DEFAULT_KEY
from whaapy_contacts.storage.outbox import OutboxStore

READER = "wha_bench_reader"
SECOND = "wha_bench_second"  # a colleague's key on the same account: one budget for both
TYPED_LIMIT_S = 2.0


def sandbox(limit: int) -> SandboxProcess:
    return SandboxProcess(
        "--rate-limit", str(limit), "--key", DEFAULT_KEY, "--key", SECOND, "--key", READER,
        "--account", f"checks={READER}",
    )  # fmt: skip


def backlog_file(folder: Path, count: int, prefix: str) -> list[str]:
    """The outbox's file with ``count`` contacts waiting, written before the app opens it."""
    store = OutboxStore(folder / "local.sqlite3", (contact_to_json, contact_from_json))
    phones = []
    for i in range(count):
        checked = check_draft(ContactDraft(phone_number=f"{prefix}{i:06d}", name=f"Atraso {i}"))
        assert checked.ok
        phones.append(str(checked.payload["phone_number"]))
        store.add(checked.payload, {})
    store.close()
    return phones


def server_phones(url: str) -> list[str]:
    phones: list[str] = []
    params: dict[str, object] = {"limit": 100}
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {READER}"}) as client:
        while True:
            page = client.get("/contacts/v1", params=params).json()
            phones += [c["phone_number"] for c in page["contacts"]]
            if not page["pagination"]["has_more"]:
                return phones
            params["cursor"] = page["pagination"]["next_cursor"]


def wait_until(done, timeout_s: float) -> bool:
    """Run the event loop until ``done()`` (True) or the time is up (False)."""
    deadline = QDeadlineTimer(int(timeout_s * 1000))
    loop = QEventLoop()
    while not done() and not deadline.hasExpired():
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return bool(done())


def drain(limit: int, count: int, typed: int, prefix: str) -> dict[str, float]:
    with sandbox(limit) as server, tempfile.TemporaryDirectory() as tmp:
        phones = backlog_file(Path(tmp), count, prefix)
        box = HeadlessOutbox(server.url, DEFAULT_KEY, Path(tmp), timeout=10.0, paced=True)
        service = box.service
        started = time.monotonic()
        service.pump()
        latencies: list[float] = []
        for i in range(typed):
            draft = ContactDraft(phone_number=f"55 9{i:07d}", name=f"Recién {i}")
            entry = service.submit(draft)
            assert entry is not None
            saved = time.monotonic()
            sent = lambda entry_id=entry.id: service.entry(entry_id).state is OutboxState.SENT  # noqa: E731
            assert wait_until(sent, 30)
            latencies.append(time.monotonic() - saved)
            phones.append(str(service.entry(entry.id).payload["phone_number"]))
            wait_until(lambda: False, 0.5)  # the next one a moment later, mid-drain
        assert wait_until(lambda: not service.has_pending(), 3600), "drain did not finish"
        elapsed = time.monotonic() - started
        budget = box.scheduler.state() if box.scheduler else None
        box.close()
        stats = httpx.get(f"{server.url}/_sandbox/stats").json()["keys"][DEFAULT_KEY]
        on_server = server_phones(server.url)
    total = count + typed
    return {
        "rate_per_min": stats["requests"] / elapsed * 60,  # the budget spent
        "contacts_per_min": total / elapsed * 60,
        "requests": stats["requests"],
        "rate_limited": stats["rate_limited"],
        "exactly_once": float(sorted(on_server) == sorted(phones) and len(on_server) == total),
        "typed_median": statistics.median(latencies) if latencies else 0.0,
        "typed_worst": max(latencies) if latencies else 0.0,
        "pauses": budget.pauses if budget else 0,
        "elapsed": elapsed,
    }


def child(url: str, key: str, count: int, prefix: str) -> int:
    """One app instance of the two: its own backlog, its own key, the shared account."""
    app = QCoreApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        backlog_file(Path(tmp), count, prefix)
        box = HeadlessOutbox(url, key, Path(tmp), timeout=10.0, paced=True)
        started = time.monotonic()
        box.service.pump()
        done = wait_until(lambda: not box.service.has_pending(), 600)
        print(f"CHILD {time.monotonic() - started:.1f} {int(done)}", flush=True)
        box.close()
    del app
    return 0 if done else 1


def two_instances(limit: int, each: int) -> bool:
    """Two processes, two keys of one account, ``each`` contacts apiece at ``limit``."""
    with sandbox(limit) as server:
        procs = [
            subprocess.Popen(
                [sys.executable, __file__, "--child", server.url, key, str(each), prefix],
                stdout=subprocess.PIPE,
                text=True,
            )
            for key, prefix in ((DEFAULT_KEY, "55 72"), (SECOND, "55 73"))
        ]
        outs = [proc.communicate(timeout=900)[0] for proc in procs]
        finished = [line.split() for out in outs for line in out.splitlines()
                    if line.startswith("CHILD ")]  # fmt: skip
        stats = httpx.get(f"{server.url}/_sandbox/stats").json()["keys"]
        on_server = server_phones(server.url)
    both = all(proc.returncode == 0 for proc in procs) and len(finished) == 2
    requests = sum(stats[k]["requests"] for k in (DEFAULT_KEY, SECOND))
    refused = sum(stats[k]["rate_limited"] for k in (DEFAULT_KEY, SECOND))
    once = len(on_server) == 2 * each and len(set(on_server)) == 2 * each
    slowest = max((float(f[1]) for f in finished), default=0.0)
    print(f"two instances at {limit}/min: both finished: {both} (slowest {slowest:.0f} s); "
          f"{requests} requests, {refused} 429s; {len(on_server)} on the server, "
          f"exactly once: {once}")  # fmt: skip
    share = refused / max(1, requests)
    ok = common.result("two_instances_finished", float(both), "bool", "=1", both)
    ok &= common.result("two_instances_429s", share * 100, "%", "<=2", share <= 0.02)
    ok &= common.result("two_instances_exactly_once", float(once), "bool", "=1", once)
    return ok


def report(label: str, limit: int, got: dict[str, float]) -> bool:
    ratio = got["rate_per_min"] / limit
    share = got["rate_limited"] / max(1, got["requests"])
    print(
        f"{label}: {got['rate_per_min']:.0f} requests/min against {limit}/min ({ratio:.2f} x), "
        f"{got['contacts_per_min']:.0f} contacts/min (a Mexican number costs a look-up and a "
        f"create) in {got['elapsed']:.1f} s; {got['requests']:.0f} requests, "
        f"{got['rate_limited']:.0f} 429s, {got['pauses']:.0f} pauses; "
        f"exactly once: {bool(got['exactly_once'])}"
    )
    ok = common.result(f"{label}_rate", ratio, "x_limit", ">=0.95", ratio >= 0.95)
    ok &= common.result(f"{label}_429s", share * 100, "%", "<=1", share <= 0.01)
    ok &= common.result(
        f"{label}_exactly_once", got["exactly_once"], "bool", "=1", got["exactly_once"] == 1
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--typed", type=int, default=10)
    parser.add_argument("--slow-count", type=int, default=40, help="the batch at 100 a minute")
    parser.add_argument("--two-count", type=int, default=100, help="each instance's backlog")
    parser.add_argument("--skip-two", action="store_true", help="not the two-instance run")
    parser.add_argument("--child", nargs=4, metavar=("URL", "KEY", "COUNT", "PREFIX"))
    args = parser.parse_args()
    if args.child:
        url, key, count, prefix = args.child
        return child(url, key, int(count), prefix)
    app = QCoreApplication(sys.argv[:1])
    fast = drain(600, args.count, args.typed, "55 70")
    ok = report("drain_600", 600, fast)
    for name in ("typed_median", "typed_worst"):
        value = fast[name]
        ok &= common.result(f"drain_600_{name}", value, "s", f"<={TYPED_LIMIT_S:.0f}",
                            value <= TYPED_LIMIT_S)  # fmt: skip
    slow = drain(100, args.slow_count, 0, "55 71")
    ok &= report("drain_100", 100, slow)
    if not args.skip_two:
        ok &= two_instances(100, args.two_count)
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
