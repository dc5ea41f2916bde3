"""PyInstaller's entry point: the same ``main()`` as the ``whaapy-contacts`` console script."""

import sys

from whaapy_contacts.main import main

sys.exit(main())
