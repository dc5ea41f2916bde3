"""whaapy-contacts: the command line, then bootstrap/ (bootstrap/app.py) does the rest."""

from __future__ import annotations

import sys

from whaapy_contacts.bootstrap.pyside_startup import use_cheap_pyside_check

use_cheap_pyside_check()  # before our other imports: see bootstrap/pyside_startup.py

from whaapy_contacts.bootstrap.app import main  # noqa: E402

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
