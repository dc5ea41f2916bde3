"""A start-up cost PySide6 adds to every later import, and the cheap check we use instead.

Importing PySide6 replaces ``__import__`` so that a module can opt into ``from __feature__ import
snake_case``. To know which modules use PySide, it then reads the *source file* of every module
imported from then on (``inspect.getsource`` and a text search for "PySide6"): some 300 files
at our start-up, ~20 ms on the GUI thread before the window appears and ~50 ms in all
(measured with ``bench/bench_startup.py`` and py-spy, PySide6 6.11).

``use_cheap_pyside_check()`` swaps that check for one that looks at what the module holds
instead: a module that imported anything from PySide6 holds a PySide6 class or module. The
answer only picks a module's feature default (none of our modules uses ``__feature__``). If a
PySide6 release no longer has the hook, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

_PREFIXES = ("PySide6", "shiboken6")


def holds_pyside(module: ModuleType) -> bool:
    """Whether a module holds something from PySide6 (what it imported from there)."""
    for value in list(vars(module).values()):
        if isinstance(value, ModuleType):
            owner = value.__name__
        elif isinstance(value, type):
            owner = value.__module__
        else:
            owner = type(value).__module__
        if isinstance(owner, str) and owner.startswith(_PREFIXES):
            return True
    return False


def use_cheap_pyside_check() -> bool:
    """Replace PySide6's per-import source scan; False if this PySide6 has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = holds_pyside  # type: ignore[attr-defined]
    return True
