"""Screenshots of the recent-contacts list with 0, 3 and 100,000 contacts, to look at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_list.py [OUT_DIR] [--lang es|en]

Screens: the empty list; three contacts with one selected (details pane); the same contact
loaded in the form in edit mode; 100,000 contacts in the local history with no server
answering (the list works offline and says so), then searched and scrolled to the middle.
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
from pathlib import Path

import httpx
from PySide6.QtWidgets import QApplication
from screenshots import build_window, shoot, wait_until

from whaapy_contacts.bootstrap.app import install_translators
from whaapy_contacts.sandbox.server import DEFAULT_KEY, SandboxServer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from bench_recent_scale import make_history

PEOPLE = [
    {"phone_number": "+525511112222", "name": "Ana López", "tags": ["cliente"],
     "company": "Papelería Ruiz", "email": "ana@papeleria.mx"},
    {"phone_number": "+528187654321", "name": "Carlos Ruiz", "tags": ["feria2026", "vip"],
     "custom_fields": {"contrato": 50000, "activo": True}, "external_ids": {"hubspot": "h-77"},
     "notes": "Quiere cotización el lunes", "city": "Monterrey", "state": "Nuevo León"},
    {"phone_number": "+523398765432", "name": "María García"},
]  # fmt: skip


def empty_and_three(url: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        window, close = build_window(url, Path(folder))
        window.present()
        window.start()
        wait_until(
            lambda: window.presenter.recent.updated_at is not None and window.form.stage.count() > 1
        )
        shoot(window, out, "list-00-empty")
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {DEFAULT_KEY}"}) as c:
            stages = c.get("/funnel/v1/stages").json()["stages"]
            for person, stage in zip(PEOPLE, (None, stages[2]["id"], stages[0]["id"]), strict=True):
                c.post(
                    "/contacts/v1", json={**person, **({"funnel_stage_id": stage} if stage else {})}
                )
        window.refresh()
        wait_until(lambda: window.model.rowCount() == 3)
        window.table.selectRow(1)
        details = window.recent.details
        wait_until(details.edit_button.isEnabled)
        shoot(window, out, "list-01-three-contacts-details")
        details.edit_button.click()
        window.form.tags.add_tag("recompra")
        shoot(window, out, "list-02-editing")
        close()


def hundred_thousand(out: Path) -> None:
    with socket.socket() as probe:  # a port where nothing listens: no server answers
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    with tempfile.TemporaryDirectory() as folder:
        make_history(Path(folder), 100_000)
        window, close = build_window(url, Path(folder))
        window.present()
        window.start()
        wait_until(lambda: window.model.total() == 100_000, 60_000)
        wait_until(lambda: window.presenter.recent.online is False)
        shoot(window, out, "list-03-100k-offline")
        window.search.setText("maría núñez")
        wait_until(lambda: window.model.rowCount() < 100_000)
        shoot(window, out, "list-04-100k-searched")
        window.search.clear()
        wait_until(lambda: window.model.rowCount() == 100_000)
        bar = window.table.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        window.table.selectRow(bar.value() + 3)
        shoot(window, out, "list-05-100k-scrolled")
        close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screenshots/out")
    parser.add_argument("--lang", default="es")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translators(app, args.lang)
    with SandboxServer(rate_limit=0) as server:
        empty_and_three(server.url, out)
    hundred_thousand(out)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
