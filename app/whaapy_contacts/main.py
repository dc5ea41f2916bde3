"""whaapy-contacts: the command line, then bootstrap/ (bootstrap/app.py) does the rest."""

from __future__ import annotations

import sys

from whaapy_contacts.bootstrap.app import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
