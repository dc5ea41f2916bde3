"""A child process for the crash test: save N contacts into the outbox, then send them.

    python outbox_child.py URL KEY FOLDER N   (N=0: only send what is pending)

Prints "SAVED" once every contact is on disk, then "DONE" when all have been sent.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from whaapy_contacts.bootstrap.headless import HeadlessOutbox
from whaapy_contacts.domain.contact import ContactDraft
from whaapy_contacts.services import outbox as outbox_module


def main() -> int:
    url, key, folder, count = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    app = QCoreApplication(sys.argv[:1])
    outbox_module.BACKOFF_BASE_S = 0.05
    outbox_module.BACKOFF_CAP_S = 0.2
    box = HeadlessOutbox(url, key, folder, timeout=5.0)
    for i in range(count):
        box.service.submit(ContactDraft(phone_number=f"55 6100 {i:04d}", name=f"Kill {i}"))
    print("SAVED", flush=True)
    ok = box.drain(60000)
    print("DONE" if ok else "TIMEOUT", flush=True)
    box.close()
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
