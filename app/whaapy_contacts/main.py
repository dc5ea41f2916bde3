"""Composition root: QApplication, logging, translations, excepthook; builds and wires it all."""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from whaapy_contacts.bootstrap.pyside_startup import use_cheap_pyside_check

use_cheap_pyside_check()  # before our other imports: see pyside_startup.py

from whaapy_contacts import __version__  # noqa: E402

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from whaapy_contacts.sandbox.server import SandboxServer
    from whaapy_contacts.services.account import AccountService
    from whaapy_contacts.services.outbox import OutboxService
    from whaapy_contacts.services.recent import RecentService
    from whaapy_contacts.storage.outbox import OutboxStore
    from whaapy_contacts.ui.shell.main_window import MainWindow

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


class SettingsKeyHint:
    """Whether a key was stored in the keyring (a yes/no in the settings file; never the key)."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def get(self) -> bool:
        # No answer (a new install): no key was ever stored here, so don't ask the keyring.
        value = self._settings.value("account/key_in_keyring", False)
        return value in (True, "true", "1", 1)

    def set(self, stored: bool) -> None:
        self._settings.setValue("account/key_in_keyring", stored)

    def live_url(self) -> str | None:
        """The live account connected last (its address), until the person disconnects."""
        value = self._settings.value("account/live_url", "")
        return str(value) if value else None

    def set_live_url(self, url: str | None) -> None:
        if url:
            self._settings.setValue("account/live_url", url)
        else:
            self._settings.remove("account/live_url")


PRACTICE_RATE_LIMIT = 100  # requests a minute: Whaapy's published default, so practice is real


class EmbeddedSandbox:
    """Training mode's server: started on first use, on a loopback port, data in the user dir."""

    def __init__(self, rate_limit: int = PRACTICE_RATE_LIMIT) -> None:
        self.server: SandboxServer | None = None
        self.rate_limit = rate_limit
        self._lock = threading.Lock()

    def start(self) -> tuple[str, str]:
        """Thread-safe: the account starts it from a worker."""
        from whaapy_contacts.sandbox.server import DEFAULT_KEY, SandboxServer
        from whaapy_contacts.storage.paths import sandbox_db_path

        with self._lock:
            if self.server is None:
                self.server = _practice_server(SandboxServer, sandbox_db_path(), self.rate_limit)
                log.info("training sandbox listening on %s", self.server.url)
            return self.server.url, DEFAULT_KEY

    def stop(self) -> None:
        with self._lock:
            if self.server is not None:
                self.server.stop()
                self.server = None


def _practice_server(
    server_type: type[SandboxServer], path: Path, rate_limit: int
) -> SandboxServer:
    """The practice server on its file; a damaged file is moved aside (never deleted) and a
    fresh one started; a disk that can't hold it gives practice contacts kept in memory only
    (practice must still work: nothing of it reaches Whaapy)."""
    import sqlite3

    from whaapy_contacts.storage.local_db import Problem, classify, move_aside

    for attempt in range(2):
        try:
            server = server_type(db_path=str(path), rate_limit=rate_limit)
            server.start()
            return server
        except (sqlite3.Error, OSError) as exc:
            problem = classify(exc, path).problem
            log.info("practice data at %s not usable (%s): %s", path, problem.value, exc)
            if problem is not Problem.CORRUPT or attempt:
                break
            log.info("practice data moved aside to %s", move_aside(path))
    server = server_type(db_path=None, rate_limit=rate_limit)
    server.start()
    return server


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName("Whaapy Contactos")
    app.setApplicationVersion(__version__)
    from whaapy_contacts.ui.common.app_icon import app_icon

    app.setWindowIcon(app_icon())
    if args.smoke:  # before any path is read: the self-test must not touch the user's data
        from whaapy_contacts.bootstrap import smoke

        args.smoke_run = smoke.prepare()
    install_translators(app, pick_language(args.lang))
    return run(app, args)


def warm_up_parsers() -> None:
    """Load what the first keystrokes need (phonenumbers with Mexico's metadata, email-validator).

    Run on a worker once the window shows: the window does not wait for them, and the first
    digit typed does not either.
    """
    from whaapy_contacts.domain.email import check_email
    from whaapy_contacts.domain.phone import normalize_phone

    normalize_phone("55 1234 5678")
    check_email("nombre@empresa.com")


def open_outbox(slug: str) -> tuple[OutboxStore, Path]:
    """The durable outbox of one account (its own folder), and the path of its send lock."""
    from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
    from whaapy_contacts.storage.outbox import OutboxStore
    from whaapy_contacts.storage.paths import account_dir

    folder = account_dir(slug)
    store = OutboxStore(folder / "local.sqlite3", (contact_to_json, contact_from_json))
    return store, folder / "outbox.lock"


def load_model_layer(*, warm_keyring: bool = False) -> None:
    """On a worker, right after the first paint: the log file, and the modules of everything
    behind the window (services, storage, the API's errors), ~30 ms that the window does not
    wait for. With ``warm_keyring`` (a key was stored), the keyring and its backend too (~80 ms):
    the account then reads the key on the GUI thread without loading them there."""
    from whaapy_contacts.bootstrap.logsetup import setup_logging
    from whaapy_contacts.storage.paths import log_dir

    log_path = setup_logging(log_dir())
    log.info("starting %s, log at %s", __version__, log_path or "(none: not writable)")
    import whaapy_contacts.services.account
    import whaapy_contacts.services.contacts
    import whaapy_contacts.services.outbox
    import whaapy_contacts.services.recent
    import whaapy_contacts.ui.form.save_controller  # noqa: F401
    from whaapy_contacts.storage.secrets import KeyringStore

    if warm_keyring:
        try:
            log.info("keyring backend: %s", KeyringStore().backend_name())
        except Exception as exc:  # reading the key will say what is wrong; loading goes on
            log.warning("keyring backend not loaded: %s", type(exc).__name__)


class ModelLayer:
    """The services behind the window, made once their modules are loaded (``load``) and then
    attached to it. Until then the window shows, takes typing, and keeps what is asked of it."""

    def __init__(self, app: QApplication, args: SimpleNamespace, window: MainWindow) -> None:
        from whaapy_contacts.workers.runner import TaskRunner

        self._app, self._args, self._window = app, args, window
        self.settings = QSettings()
        self.env_key = os.environ.get("WHAAPY_API_KEY") or None  # this run only, never stored
        self.key_hint = SettingsKeyHint(self.settings)
        self.runner = TaskRunner()
        # The self-test measures our app, not Whaapy's budget: its sandbox has no limit.
        self.sandbox = EmbeddedSandbox(rate_limit=0 if args.smoke else PRACTICE_RATE_LIMIT)
        self.account: AccountService | None = None
        self.outbox: OutboxService | None = None
        self.recent: RecentService | None = None

    def stored_safely(self) -> bool:
        """Whether the contacts are being kept on this computer (for the crash dialog)."""
        return self.outbox is not None and self.outbox.storage.problem is None

    def expects_training(self) -> bool:
        """What the first frame shows (the account decides once made): no key, no practice."""
        return self.env_key is None and not self.key_hint.get()

    def load(self) -> None:
        warm = not self.expects_training()  # the account will ask the keyring
        job = self.runner.submit("model-layer", lambda: load_model_layer(warm_keyring=warm))
        job.succeeded.connect(self._loaded)
        job.failed.connect(self._failed)

    def _loaded(self) -> None:
        try:
            self._build()
        except Exception as exc:  # a data folder that can't be written, say
            self._failed(exc)

    def _failed(self, exc: object) -> None:
        """Nothing works without the services (not even keeping what is typed): say so with
        the crash dialog, then quit, rather than leave a window that looks usable."""
        try:
            raise exc if isinstance(exc, BaseException) else RuntimeError(repr(exc))
        except BaseException:
            sys.excepthook(*sys.exc_info())
        self._app.exit(1)

    def _build(self) -> None:
        from whaapy_contacts.api.urls import DEFAULT_BASE_URL
        from whaapy_contacts.services.account import AccountService
        from whaapy_contacts.services.contacts import ContactService
        from whaapy_contacts.services.outbox import OutboxService
        from whaapy_contacts.services.recent import RecentService
        from whaapy_contacts.storage.secrets import FallbackStore, KeyringStore

        settings, runner = self.settings, self.runner
        base_url = self._args.base_url or str(settings.value("account/base_url", DEFAULT_BASE_URL))
        account = AccountService(
            FallbackStore(KeyringStore()), runner, self.sandbox.start, base_url=base_url,
            env_key=self.env_key, key_hint=self.key_hint,
        )  # fmt: skip
        self.account = account
        account.start()
        contacts = ContactService(account, runner)
        store, lock_path = open_outbox(account.data_slug)
        self.recent = recent = RecentService(account, runner)  # history in the account's folder
        self.outbox = outbox = OutboxService(
            store, account.client, runner, lock_path, budget=account.budget,
            history_ids=recent.ids_with_phone,
        )  # fmt: skip
        account.mode_changed.connect(lambda _mode: outbox.switch(*open_outbox(account.data_slug)))
        account.mode_changed.connect(
            lambda _mode: settings.setValue("account/base_url", account.base_url)
        )
        self._window.attach(account, contacts, outbox, self.recent)
        self._window.start()
        runner.submit("warm-up", warm_up_parsers)
        if self._args.smoke:
            self._args.smoke_run.start(self._app, self._window, account)

    def close(self) -> None:
        if self.account is not None:
            self.account.stop_pacing()  # requests waiting for their turn end now
        self.runner.wait(5000)
        for part in (self.outbox, self.recent, self.account):
            if part is not None:
                part.close()
        self.sandbox.stop()


def run(app: QApplication, args: SimpleNamespace) -> int:
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
    try:
        return app.exec()
    finally:
        layer.close()
        sys.excepthook = sys.__excepthook__
        # Freed here, while the QApplication lives: left to the interpreter's exit (a reference
        # cycle can keep it), its labels' shortcuts would crash the exit (seen in the benches).
        shiboken6.delete(window)


if __name__ == "__main__":
    sys.exit(main())
