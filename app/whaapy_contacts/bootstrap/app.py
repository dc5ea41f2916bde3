"""The application: QApplication, the command line, translations, the excepthook, and the start.

The window is built and shown first; the model layer is loaded after its first paint
(bootstrap/deferred.py) and then built and wired (bootstrap/compose.py). This module is on the
first frame's path: it imports Qt and our window only; everything else is imported where used.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from whaapy_contacts.bootstrap.pyside_startup import use_cheap_pyside_check

# Once PySide6 is loaded (its import hook with it), before our other imports: every module
# imported from here on would otherwise have its source scanned (see pyside_startup.py).
use_cheap_pyside_check()

from whaapy_contacts import __version__  # noqa: E402

if TYPE_CHECKING:
    import argparse

log = logging.getLogger("whaapy_contacts")

ORG = "Whaapy"
APP = "whaapy-contacts"


def parse_args(argv: Sequence[str] | None) -> SimpleNamespace:
    """The command line. With no arguments (how the app starts from its icon) argparse is not
    consulted: building the parser and its gettext and locale lookups cost ~3 ms of start-up."""
    if not (sys.argv[1:] if argv is None else argv):
        return SimpleNamespace(base_url=None, lang=None, smoke=False)
    import argparse

    parser = argparse.ArgumentParser(prog="whaapy-contacts", description="Whaapy Contacts")
    parser.add_argument("--base-url", help="Whaapy API base URL (HTTPS, or http for loopback)")
    parser.add_argument("--lang", choices=("es", "en"), help="UI language (default: system)")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="self-test in a throwaway folder: save one practice contact; exit 0 if all worked",
    )
    args = parser.parse_args(argv)
    if args.base_url is not None:
        args.base_url = _checked_base_url(parser, args.base_url)
    return SimpleNamespace(**vars(args))


def _checked_base_url(parser: argparse.ArgumentParser, url: str) -> str:
    """A bad ``--base-url`` is a usage error (exit 2) said in plain Spanish, before any window:
    the translations are not loaded yet, and Spanish is the messages' own language."""
    from whaapy_contacts.api.urls import BadAddress, check_base_url

    try:
        return check_base_url(url)
    except BadAddress as exc:
        parser.exit(2, f"whaapy-contacts: --base-url {url!r}: {exc.user_message}\n")


def pick_language(requested: str | None) -> str:
    """Spanish unless asked otherwise or the system is in English."""
    if requested:
        return requested
    return "en" if QLocale.system().language() == QLocale.Language.English else "es"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our es_MX catalogue from the bundled resources, plus Qt's own (standard buttons); in
    English, whaapy_en: the UI is written in English, the domain's messages in Spanish."""
    from whaapy_contacts.ui.common import resources_rc  # noqa: F401 - registers :/i18n

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues: tuple[tuple[str, str], ...] = (("whaapy_es_MX", ":/i18n"), ("qtbase_es", qt_dir))
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.system().territory()))
        catalogues = (("whaapy_en", ":/i18n"), ("whaapy_en_plurals", ":/i18n"))  # tr's %n forms
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    loaded = []
    for name, directory in catalogues:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            log.warning("translation %s not found in %s", name, directory)
    return loaded


def make_app() -> QApplication:
    """The QApplication with our names and icon (the settings file and folders follow them)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName("Whaapy Contactos")
    app.setApplicationVersion(__version__)
    from whaapy_contacts.ui.common.app_icon import app_icon

    app.setWindowIcon(app_icon())
    return app


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    app = make_app()
    if args.smoke:  # before any path is read: the self-test must not touch the user's data
        from whaapy_contacts.bootstrap import smoke

        args.smoke_run = smoke.prepare()
    install_translators(app, pick_language(args.lang))
    return run(app, args)


def run(app: QApplication, args: SimpleNamespace) -> int:
    """The window at once; the model layer after its first paint; the crash dialog for what
    nobody expected."""
    from whaapy_contacts.bootstrap.deferred import ModelLayer
    from whaapy_contacts.bootstrap.logsetup import KNOWN_SECRETS
    from whaapy_contacts.ui.shell.crash import CrashHandler
    from whaapy_contacts.ui.shell.first_paint import after_first_paint
    from whaapy_contacts.ui.shell.main_window import MainWindow

    window = MainWindow()
    layer = ModelLayer(app, args, window)
    if layer.env_key:
        KNOWN_SECRETS.append(layer.env_key)
    window.show_training(layer.expects_training())
    crash = CrashHandler(window, stored_safely=layer.stored_safely)
    sys.excepthook = crash.handle
    if os.environ.get("WHAAPY_STARTUP_PROBE"):
        from whaapy_contacts.bootstrap.probe import exit_after_first_paint

        exit_after_first_paint(window, app)
    window.show()
    after_first_paint(window, window.present)
    after_first_paint(window, layer.load)
    from whaapy_contacts.bootstrap.collector import MainThreadCollector

    collector = MainThreadCollector(app)  # garbage freed on this thread only
    try:
        return app.exec()
    finally:
        collector.stop()
        layer.close()
        sys.excepthook = sys.__excepthook__
        # Freed here, while the QApplication lives: left to the interpreter's exit (a reference
        # cycle can keep it), its labels' shortcuts would crash the exit (seen in the benches).
        shiboken6.delete(window)
