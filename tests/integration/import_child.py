"""A child process for the import crash test (issue 18).

    python import_child.py URL KEY FOLDER FILE   (FILE "-": the app started again)

Reads, checks and sends FILE as the dialog does (ImportService, with the batch's record in
FOLDER/imports), printing "SAVED" once the batch is in the outbox's file; with "-", prints
"RESTORED <done> <total> <file name>" for the import that comes back. Then "DONE" when all have
been sent, and "REPORT <json>": the counts and every row of the report, as the dialog shows it.
"""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop

from whaapy_contacts.bootstrap.headless import HeadlessOutbox
from whaapy_contacts.domain.importing.checking import Settings, spoken
from whaapy_contacts.domain.importing.mapping import guess_mapping
from whaapy_contacts.services import outbox as outbox_module
from whaapy_contacts.services.importing import ImportService


def main() -> int:
    url, key, folder, file = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4]
    app = QCoreApplication(sys.argv[:1])
    outbox_module.BACKOFF_BASE_S = 0.05
    outbox_module.BACKOFF_CAP_S = 0.2
    box = HeadlessOutbox(url, key, folder, timeout=5.0)
    service = ImportService(
        box.service, box.runner, lambda _key: [], records=lambda: folder / "imports"
    )
    if file != "-":
        loop = QEventLoop()
        got = []
        service.table_read.connect(lambda t: (got.append(t), loop.quit()))
        service.analysed.connect(lambda a: (got.append(a), loop.quit()))
        service.read(file)
        loop.exec()
        service.check(got[0], guess_mapping(got[0].headers), Settings())
        loop.exec()
        assert service.send(got[1], file_name=file) is not None
        print("SAVED", flush=True)
    else:
        batch = service.restore()
        assert batch is not None, "the import did not come back"
        progress = service.progress()
        print(f"RESTORED {progress.done} {progress.total} {progress.file_name}", flush=True)
    ok = box.drain(60000)
    print("DONE" if ok else "TIMEOUT", flush=True)
    progress = service.progress()
    rows = [[line.number, line.name, spoken(why)] for line, why in service.outcome_rows()]
    counts = {"sent": progress.sent, "existed": progress.existed, "total": progress.total,
              "finished": progress.finished}  # fmt: skip
    print("REPORT " + json.dumps({"counts": counts, "rows": rows}), flush=True)
    box.close()
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
