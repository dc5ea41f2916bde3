"""A child process for the import crash test (issue 18).

    python import_child.py URL KEY FOLDER FILE   (FILE "-": only send what is pending)

Reads, checks and sends FILE as the dialog does (ImportService), printing "SAVED" once the
batch is in the outbox's file, then "DONE" when all have been sent.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop

from whaapy_contacts.bootstrap.headless import HeadlessOutbox
from whaapy_contacts.domain.importing.checking import Settings
from whaapy_contacts.domain.importing.mapping import guess_mapping
from whaapy_contacts.services import outbox as outbox_module
from whaapy_contacts.services.importing import ImportService


def main() -> int:
    url, key, folder, file = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4]
    app = QCoreApplication(sys.argv[:1])
    outbox_module.BACKOFF_BASE_S = 0.05
    outbox_module.BACKOFF_CAP_S = 0.2
    box = HeadlessOutbox(url, key, folder, timeout=5.0)
    if file != "-":
        service = ImportService(box.service, box.runner, lambda _key: [])
        loop = QEventLoop()
        got = []
        service.table_read.connect(lambda t: (got.append(t), loop.quit()))
        service.analysed.connect(lambda a: (got.append(a), loop.quit()))
        service.read(file)
        loop.exec()
        service.check(got[0], guess_mapping(got[0].headers), Settings())
        loop.exec()
        assert service.send(got[1]) is not None
    print("SAVED", flush=True)
    ok = box.drain(60000)
    print("DONE" if ok else "TIMEOUT", flush=True)
    box.close()
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
