"""The deferred start: after the window's first paint, the model layer's modules load on a
worker (~30 ms the window does not wait for), then the GUI thread builds and wires it
(bootstrap/compose.py). Until then the window shows, takes typing, and keeps what is asked."""

from __future__ import annotations

import logging
import os
import sys
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from whaapy_contacts import __version__
from whaapy_contacts.bootstrap.practice import PRACTICE_RATE_LIMIT
from whaapy_contacts.bootstrap.settings import SettingsKeyHint

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from whaapy_contacts.bootstrap.compose import Services
    from whaapy_contacts.ui.shell.main_window import MainWindow

log = logging.getLogger("whaapy_contacts")


def warm_up_parsers() -> None:
    """Load what the first keystrokes need (phonenumbers with Mexico's metadata, email-validator).

    Run on a worker once the window shows: the window does not wait for them, and the first
    digit typed does not either.
    """
    from whaapy_contacts.domain.email import check_email
    from whaapy_contacts.domain.phone import normalize_phone

    normalize_phone("55 1234 5678")
    check_email("nombre@empresa.com")


def load_model_layer(*, warm_keyring: bool = False) -> None:
    """On a worker, right after the first paint: the log file, and the modules of everything
    behind the window (services, storage, the API's errors), ~30 ms that the window does not
    wait for. With ``warm_keyring`` (a key was stored), the keyring and its backend too (~80 ms):
    the account then reads the key on the GUI thread without loading them there."""
    from whaapy_contacts.bootstrap.logsetup import setup_logging
    from whaapy_contacts.storage.paths import log_dir

    log_path = setup_logging(log_dir())
    log.info("starting %s, log at %s", __version__, log_path or "(none: not writable)")
    import whaapy_contacts.bootstrap.compose
    import whaapy_contacts.ui.form.save_controller
    import whaapy_contacts.ui.shell.presenter  # noqa: F401
    from whaapy_contacts.storage.secrets import KeyringStore

    if warm_keyring:
        try:
            log.info("keyring backend: %s", KeyringStore().backend_name())
        except Exception as exc:  # reading the key will say what is wrong; loading goes on
            log.warning("keyring backend not loaded: %s", type(exc).__name__)


class ModelLayer:
    """The services behind the window, built once their modules are loaded (``load``) and then
    wired to it."""

    def __init__(self, app: QApplication, args: SimpleNamespace, window: MainWindow | None) -> None:
        from whaapy_contacts.workers.runner import TaskRunner

        self._app, self._args, self._window = app, args, window
        self.settings = QSettings()
        self.env_key = os.environ.get("WHAAPY_API_KEY") or None  # this run only, never stored
        self.key_hint = SettingsKeyHint(self.settings)
        self.runner = TaskRunner()  # made now: it loads the modules before the services exist
        # The self-test measures our app, not Whaapy's budget: its sandbox has no limit.
        self.rate_limit = 0 if args.smoke else PRACTICE_RATE_LIMIT
        self.services: Services | None = None

    def stored_safely(self) -> bool:
        """Whether the contacts are being kept on this computer (for the crash dialog)."""
        return self.services is not None and self.services.stored_safely()

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

    def build(self) -> Services:
        """The services as the app ships them, from the command line and the settings."""
        from whaapy_contacts.api.urls import DEFAULT_BASE_URL
        from whaapy_contacts.bootstrap.compose import Config, Overrides, build_services
        from whaapy_contacts.bootstrap.settings import saved_base_url

        base_url = self._args.base_url or saved_base_url(self.settings, DEFAULT_BASE_URL)
        config = Config(base_url, self.env_key, practice_rate_limit=self.rate_limit)
        overrides = Overrides(key_hint=self.key_hint, settings=self.settings, runner=self.runner)
        self.services = build_services(config, overrides)
        return self.services

    def _build(self) -> None:
        from whaapy_contacts.bootstrap.compose import wire

        services = self.build()
        assert self._window is not None
        wire(self._window, services)
        self._window.start()
        services.runner.submit("warm-up", warm_up_parsers)
        if self._args.smoke:
            self._args.smoke_run.start(self._app, self._window, services.account)

    def close(self) -> None:
        if self.services is not None:
            self.services.close(5000)
        else:
            self.runner.wait(5000)
