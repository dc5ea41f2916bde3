"""Qt fixtures for widget tests: headless platform, Spanish translations, the real app stack."""

from __future__ import annotations

import os

# Before any QApplication exists (pytest-qt creates it lazily in the ``qapp`` fixture).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt

from whaapy_contacts.api.client import ContactsClient
from whaapy_contacts.bootstrap.app import install_translators
from whaapy_contacts.bootstrap.compose import Config, Overrides, Services, build_services, wire
from whaapy_contacts.services import outbox as outbox_module
from whaapy_contacts.services.account import AccountService
from whaapy_contacts.services.contacts import ContactService
from whaapy_contacts.services.outbox import OutboxService
from whaapy_contacts.services.recent import RecentService
from whaapy_contacts.storage.secrets import MemoryStore
from whaapy_contacts.ui.shell.main_window import MainWindow
from whaapy_contacts.workers.runner import TaskRunner


@pytest.fixture(scope="session", autouse=True)
def spanish(qapp):
    """The app's primary language: every GUI test sees what an es-MX user sees."""
    translators = install_translators(qapp, "es")
    assert len(translators) == 2, "es_MX catalogue or Qt's qtbase_es did not load"
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def english(qapp, spanish):
    """The UI in English for one test (``--lang en``): widgets built inside it speak English."""
    for translator in spanish:
        qapp.removeTranslator(translator)
    translators = install_translators(qapp, "en")
    assert len(translators) == 2, "whaapy_en and whaapy_en_plurals catalogues did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    for translator in spanish:
        qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))


@dataclass
class Stack:
    window: MainWindow
    account: AccountService
    contacts: ContactService
    runner: TaskRunner
    secrets: MemoryStore
    outbox: OutboxService
    recent: RecentService
    services: Services


def stack_overrides(sandbox, folder, client_factory=ContactsClient, **more) -> Overrides:
    """The app's parts for a test: the sandbox as the practice server, one folder for every
    account's local data, the key in memory, the settings in that folder (never the user's)."""
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    return Overrides(
        data_folder=lambda _slug: folder, client_factory=client_factory, secrets=MemoryStore(),
        start_training=lambda: (sandbox.url, sandbox.key), settings=settings, **more,
    )  # fmt: skip


def stack_of(window: MainWindow, services: Services) -> Stack:
    return Stack(
        window, services.account, services.contacts, services.runner,
        services.secrets,  # type: ignore[arg-type]  # a MemoryStore in every test
        services.outbox, services.recent, services,
    )  # fmt: skip


def build_stack(
    qtbot,
    sandbox,
    tmp_path_factory,
    client_factory=ContactsClient,
    folder=None,
    online=True,
    attach=True,
) -> Stack:
    """The real window, services and worker threads, in training mode against the sandbox,
    built and wired as the app does (bootstrap/compose.py).

    ``folder`` is the account's local data (outbox, history): pass the same one to build a
    stack again as after a restart. With ``online=False`` the server is not expected to answer
    (nothing waits for the funnel stages). With ``attach=False`` the window is shown as the
    app's first frame is, before its services are wired: ``attach_stack`` does the rest."""
    folder = folder or tmp_path_factory.mktemp("account")
    overrides = stack_overrides(sandbox, folder, client_factory)
    services = build_services(Config(base_url=sandbox.url), overrides)
    window = MainWindow()
    qtbot.addWidget(window)
    built = stack_of(window, services)
    if attach:
        attach_stack(qtbot, built, online=online)
    else:
        window.show()
    return built


def attach_stack(qtbot, stack: Stack, online=True) -> None:
    """As the app does once the model layer is loaded: wire the services, then start."""
    wire(stack.window, stack.services)
    stack.window.show()
    stack.window.present()
    stack.window.start()
    if online:
        qtbot.waitUntil(lambda: stack.window.form.stage.count() > 1, timeout=5000)


def close_stack(stack: Stack) -> None:
    stack.window.close()
    assert stack.services.close(10000)


# The sandbox is the practice server: a duplicate is "already in your practice contacts".
ALREADY_IN_PRACTICE = "ese número ya está en tus contactos de práctica."


def open_refused(qtbot, form, says: str, keyboard: bool = False) -> None:
    """A saved contact came back refused: the form was freed for the next one at once, and the
    banner over it says which contact and why (``says``). "Abrirlo" (a click, or Space on it
    with ``keyboard``) brings that contact back into the form, with what was wrong."""
    banner = form.earlier()
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    assert banner.text() == says
    assert banner.open_button.text() == "Abrirlo"
    assert form.phone.text() == ""  # the form holds the next contact, not the refused one
    if keyboard:
        banner.open_button.setFocus()
        qtbot.keyClick(banner.open_button, Qt.Key.Key_Space)
    else:
        qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()  # its contact is in the form now


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch):
    """Retries in tens of milliseconds, so tests see the outbox drain quickly."""
    monkeypatch.setattr(outbox_module, "BACKOFF_BASE_S", 0.05)
    monkeypatch.setattr(outbox_module, "BACKOFF_CAP_S", 0.2)


@pytest.fixture(autouse=True)
def no_close_question(monkeypatch):
    """Closing at teardown must not block on the "pending contacts" question."""
    monkeypatch.setattr(MainWindow, "_may_close", lambda self: True)


@pytest.fixture
def stack(qtbot, sandbox, tmp_path_factory) -> Iterator[Stack]:
    built = build_stack(qtbot, sandbox, tmp_path_factory)
    yield built
    close_stack(built)
