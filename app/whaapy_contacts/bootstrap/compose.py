"""The composition root: the model layer built from one config (``build_services``), and every
signal between it and the window connected in one place (``wire``, after qutebrowser's
``_connect_signals``).

main.py, the headless outbox, the GUI tests, the benchmarks and the screenshot tool all build
the app through these two functions, passing overrides for what they replace (a folder, a
clock, a client, a secret store): what is tested is what ships. Imported after the window's
first paint (bootstrap/deferred.py): it may import the whole model layer at the top.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer

from whaapy_contacts.api.mapping import contact_from_json, contact_to_json
from whaapy_contacts.api.urls import DEFAULT_BASE_URL
from whaapy_contacts.bootstrap.practice import PRACTICE_RATE_LIMIT, EmbeddedSandbox
from whaapy_contacts.bootstrap.settings import BASE_URL_KEY
from whaapy_contacts.services.account import (
    AccountService,
    KeyHint,
    Mode,
    count_unsent,
    paced_client,
)
from whaapy_contacts.services.contacts import ContactService
from whaapy_contacts.services.custom_fields import CustomFieldsService
from whaapy_contacts.services.duplicate_hint import DuplicateHint
from whaapy_contacts.services.outbox import OutboxService
from whaapy_contacts.services.recent import RecentService
from whaapy_contacts.services.undo import UndoService
from whaapy_contacts.storage.outbox import OutboxStore
from whaapy_contacts.storage.paths import account_dir
from whaapy_contacts.storage.secrets import FallbackStore, KeyringStore, SecretStore
from whaapy_contacts.workers.runner import TaskRunner

if TYPE_CHECKING:
    from whaapy_contacts.api.client import ContactsClient
    from whaapy_contacts.ui.shell.main_window import MainWindow
    from whaapy_contacts.ui.shell.outbox_status import OutboxStatus

ClientFactory = Callable[[str, str], "ContactsClient"]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Config:
    """What the person (or the command line) chose."""

    base_url: str = DEFAULT_BASE_URL  # already checked; a bad saved one is the account's to say
    env_key: str | None = None  # WHAAPY_API_KEY: this run only, never stored
    practice_rate_limit: int = PRACTICE_RATE_LIMIT  # the self-test runs its practice unlimited


@dataclass(frozen=True)
class Overrides:
    """Parts a test, benchmark or tool replaces; None is the shipped part."""

    data_folder: Callable[[str], Path] | None = None  # account slug -> its folder
    clock: Callable[[], datetime] | None = None  # the recent list's "now"
    client_factory: ClientFactory | None = None  # (base URL, key) -> client; default: paced
    secrets: SecretStore | None = None  # default: the OS keyring, else memory
    start_training: Callable[[], tuple[str, str]] | None = None  # default: the embedded sandbox
    key_hint: KeyHint | None = None
    settings: QSettings | None = None  # where the server address is remembered
    runner: TaskRunner | None = None
    outbox_rng: random.Random | None = None  # the retries' jitter
    page_size: int | None = None  # the recent list's pages


def open_outbox(folder: Path) -> tuple[OutboxStore, Path]:
    """The durable outbox in an account's folder, and the path of its send lock."""
    store = OutboxStore(folder / "local.sqlite3", (contact_to_json, contact_from_json))
    return store, folder / "outbox.lock"


@dataclass
class Services:
    """The model layer: one account's services on one runner."""

    runner: TaskRunner
    secrets: SecretStore
    account: AccountService
    contacts: ContactService
    outbox: OutboxService
    recent: RecentService
    settings: QSettings
    data_folder: Callable[[str], Path]
    sandbox: EmbeddedSandbox | None = None  # None when the practice server is given
    closed: bool = field(default=False, init=False)
    duplicate_hint: DuplicateHint = field(init=False)  # "Ya existe: …" while typing
    undo: UndoService = field(init=False)  # undo the last save
    custom_fields: CustomFieldsService = field(init=False)  # the account's own fields

    def __post_init__(self) -> None:
        self.duplicate_hint = DuplicateHint(self.recent, self.account.client, self.runner)
        self.undo = UndoService(self.outbox, self.recent, self.account, self.runner)
        self.custom_fields = CustomFieldsService(self.account, self.runner, self.data_folder)

    def open_account_outbox(self) -> tuple[OutboxStore, Path]:
        """The current account's outbox (after a switch: the new account's)."""
        return open_outbox(self.data_folder(self.account.data_slug))

    def stored_safely(self) -> bool:
        """Whether the contacts are being kept on this computer (for the crash dialog)."""
        return not self.closed and self.outbox.storage.problem is None

    def close(self, wait_ms: int = 10000) -> bool:
        """Requests waiting for their turn end now; the workers drain; then each part closes.
        False if the workers did not finish in ``wait_ms``."""
        self.account.stop_pacing()
        drained = self.runner.wait(wait_ms)
        self.outbox.close()
        self.recent.close()
        self.account.close()
        if self.sandbox is not None:
            self.sandbox.stop()
        self.closed = True
        return drained


def build_services(config: Config, overrides: Overrides | None = None) -> Services:
    """Every service of the model layer, built as the app ships them, with ``overrides``."""
    parts = overrides or Overrides()
    folder = parts.data_folder or account_dir
    runner = parts.runner or TaskRunner()
    secrets = parts.secrets or FallbackStore(KeyringStore())
    sandbox = None
    start_training = parts.start_training
    if start_training is None:
        sandbox = EmbeddedSandbox(rate_limit=config.practice_rate_limit)
        start_training = sandbox.start
    account = AccountService(
        secrets, runner, start_training, base_url=config.base_url, env_key=config.env_key,
        client_factory=parts.client_factory or paced_client, key_hint=parts.key_hint,
        unsent_in=lambda slug: count_unsent(slug, folder),
    )  # fmt: skip
    account.start()
    contacts = ContactService(account, runner)
    recent = RecentService(
        account, runner, folder=folder, page_size=parts.page_size, clock=parts.clock or _utc_now
    )
    store, lock_path = open_outbox(folder(account.data_slug))
    outbox = OutboxService(
        store, account.client, runner, lock_path, rng=parts.outbox_rng, budget=account.budget,
        history_ids=recent.ids_with_phone,
    )  # fmt: skip
    settings = parts.settings if parts.settings is not None else QSettings()
    return Services(
        runner, secrets, account, contacts, outbox, recent, settings, folder, sandbox=sandbox
    )


def wire_model(services: Services) -> None:
    """The connections inside the model layer (also without a window: bootstrap/headless.py).
    Switching account gives the outbox that account's store first, so whatever reacts after
    it (the recent list, the window) reads the new account's outbox."""
    account, outbox, settings = services.account, services.outbox, services.settings
    account.mode_changed.connect(lambda _mode: outbox.switch(*services.open_account_outbox()))
    account.mode_changed.connect(services.recent.on_account_changed)
    account.mode_changed.connect(lambda _mode: settings.setValue(BASE_URL_KEY, account.base_url))


def wire(window: MainWindow, services: Services) -> None:
    """Give the window its services and connect every signal between them, in one place; then
    whatever the person asked for before the services existed happens, in order.

    Within each signal the order is the one the app always had: the save controller hears an
    outbox entry before the list does; the panel hears an edit's answer before the window.
    The save controller's and the list panel's slots keep their private names for now: their
    files are being split by their owners (issue 16), and a rename there would collide."""
    wire_model(services)
    window.attach(services.account, services.contacts, services.outbox, services.recent)
    _wire_saving(window, services)
    _wire_list(window, services)
    _wire_shell(window, services)
    _wire_import(window, services)
    _wire_existing_hint(window, services)
    _wire_undo(window, services)
    _wire_custom_fields(window, services)
    window.ready()


def _wire_saving(window: MainWindow, services: Services) -> None:
    """The form's saves through the outbox, and the duplicate flow (ui/form/save_controller.py)."""
    form, saving, outbox, contacts = window.form, window.saving, services.outbox, services.contacts
    form.submitted.connect(saving.submit)
    form.view_existing_requested.connect(saving._view_duplicate)
    form.update_existing_requested.connect(saving._update_duplicate)
    form.earlier_open_requested.connect(saving.reopen_requested)
    outbox.validation_failed.connect(form.show_errors)
    outbox.entry_changed.connect(saving._on_entry)
    outbox.entries_changed.connect(saving._earlier_still_true)
    contacts.duplicate_found.connect(saving._on_duplicate)
    contacts.save_started.connect(lambda: form.set_busy(True))
    contacts.existing_updated.connect(saving._on_existing_updated)
    contacts.save_failed.connect(saving._on_update_failed)


def _wire_list(window: MainWindow, services: Services) -> None:
    """The recent list and its service (ui/recent/panel.py, its presenter decides)."""
    panel, recent = window.recent, services.recent
    model, presenter = panel.model, panel.presenter
    model.more_requested.connect(recent.load_more)
    recent.account_changed.connect(presenter.account_changed)
    recent.history_loaded.connect(presenter.history_loaded)
    recent.page_loaded.connect(presenter.page_loaded)
    recent.forgotten.connect(model.forget)
    recent.list_failed.connect(presenter.list_failed)
    recent.state_changed.connect(presenter.state_changed)
    recent.search_loaded.connect(lambda _query, contacts: model.merge_contacts(contacts))
    recent.details_loaded.connect(presenter.details_loaded)
    recent.details_failed.connect(presenter.details_failed)
    recent.contact_updated.connect(presenter.contact_updated)
    for signal in (recent.update_started, recent.update_failed):
        signal.connect(presenter.edit_state_changed)
    recent.contact_changed.connect(presenter.contact_changed)


def _wire_import(window: MainWindow, services: Services) -> None:
    """ "Importar contactos…" (Ctrl+I): one import dialog at a time (ui/importer/flow.py). An
    import still being sent, or whose report was not closed, opens on its progress (or its
    report) when the app starts, and on Ctrl+I (services/import_record.py)."""

    def records() -> Path:
        return services.data_folder(services.account.data_slug) / "imports"

    def open_import_dialog() -> None:
        # Loaded on first use: reading spreadsheets is not part of the first frame.
        from whaapy_contacts.ui.importer.flow import open_import

        shown = getattr(window, "import_flow", None)
        if shown is not None and (shown.isVisible() or shown.holds_import()):
            shown.start()  # the same dialog forward, or the import that came back at start
            return
        window.import_flow = open_import(
            window, services.outbox, services.recent, services.runner, services.account.client,
            records=records,
        )  # fmt: skip

    def resume_at_start() -> None:
        """A line in the window, not the dialog: keys typed at start go to the form."""
        from whaapy_contacts.services.import_record import has_unseen

        if services.closed or not has_unseen(records()):
            return
        from whaapy_contacts.ui.importer.flow import restored_import
        from whaapy_contacts.ui.importer.running_line import ImportLine

        flow = restored_import(window, services.outbox, services.recent, services.runner,
                               services.account.client, records=records)  # fmt: skip
        if flow is not None:
            window.import_flow = flow
            window.add_notice(ImportLine(flow, window))

    window.import_action.triggered.connect(open_import_dialog)
    QTimer.singleShot(0, window, resume_at_start)  # once the window has been wired and shown


def _wire_existing_hint(window: MainWindow, services: Services) -> None:
    """ "Ya existe: Juan Pérez · creado el 12/03 [Ver] [Editar ese]" under the phone (and "Ya
    existe con este correo: …" under the e-mail), from the local history, then the server
    (ui/form/existing_hint.py, services/duplicate_hint.py)."""
    look_up = services.duplicate_hint
    services.account.mode_changed.connect(look_up.forget)
    for hint, ask, found in (
        (window.form.existing, look_up.look_up, look_up.found),
        (window.form.existing_email, look_up.look_up_email, look_up.email_found),
    ):
        hint.asked.connect(ask)
        found.connect(hint.show_found)
        hint.view_requested.connect(window.presenter.show_details)
        hint.edit_requested.connect(window.presenter.edit_existing)


def _wire_undo(window: MainWindow, services: Services) -> None:
    """ "Se guardó «Ana». [Deshacer] (Ctrl+Z)" after each save (ui/form/undo_save.py). The
    outbox's moves reach the undo after the list has taken a contact just sent, so its DELETE
    takes it out of a list it is already in."""
    from whaapy_contacts.ui.form.undo_save import UndoSaveFlow

    presenter, saving, undo = window.presenter, window.saving, services.undo
    flow = window.undo_flow = UndoSaveFlow(
        window, window.undo_banner, undo, window.form, make_room=presenter.make_room,
        keep_draft=presenter.autosave_draft, practice=lambda: saving.practice,
    )  # fmt: skip
    saving.saved.connect(flow.offer_create)
    saving.undo_blocks = flow.blocks
    window.form.update_submitted.connect(flow.edit_submitted)
    window.form.edited.connect(flow.form_edited)  # typing after a save: Ctrl+Z is the typing's
    services.recent.contact_updated.connect(flow.edit_saved)
    services.outbox.entries_changed.connect(undo.entries_changed)
    services.outbox.entry_changed.connect(flow.entry_changed)
    services.account.mode_changed.connect(flow.account_changed)
    flow.status.connect(window.status)
    _wire_resumed_undos(window, services, lambda: services.account.mode is Mode.TRAINING)


def _wire_resumed_undos(
    window: MainWindow, services: Services, practice: Callable[[], bool]
) -> None:
    """An undo left unfinished by a kill or restart resumes in the outbox and is told: when the
    window opens, and when it ends (services/outbox_undo.py)."""
    from whaapy_contacts.services.outbox_undo import ResumedUndos

    resumed = ResumedUndos(services.outbox, services.recent, practice)
    resumed.setParent(window)  # lives as long as the window
    resumed.told.connect(window.status)
    resumed.told.connect(window.undo_banner.told)
    resumed.tell_unfinished()


def _wire_custom_fields(window: MainWindow, services: Services) -> None:
    """The account's own fields in the form (services/custom_fields.py): the cached ones now,
    Whaapy's in the background, again for each account."""
    fields = services.custom_fields
    fields.definitions_changed.connect(window.form.set_custom_fields)
    fields.definitions_changed.connect(window.recent.details.set_custom_fields)
    services.account.mode_changed.connect(lambda _mode: fields.refresh())
    fields.refresh()


def wire_status_line(line: OutboxStatus, outbox: OutboxService) -> None:
    """ "Sin conexión · 2 contactos pendientes…" and its "Reintentar ahora" (also alone, in
    tests of the line)."""
    line.attach(outbox)
    line.retry_button.clicked.connect(outbox.retry_now)
    outbox.status_changed.connect(line.show_status)
    outbox.entries_changed.connect(line.refresh)
    outbox.storage.changed.connect(line.refresh)


def _wire_shell(window: MainWindow, services: Services) -> None:
    """The window's presenter, status line and banners."""
    presenter, saving, form, panel = window.presenter, window.saving, window.form, window.recent
    outbox, contacts, recent = services.outbox, services.contacts, services.recent
    wire_status_line(window.outbox_status, outbox)
    window.attach_banners(outbox, contacts, recent)
    outbox.save_refused.connect(window.show_not_kept)
    outbox.storage.recovered.connect(window.storage_recovered)
    saving.status.connect(window.status)
    saving.details_requested.connect(presenter.show_details)
    saving.contact_requested.connect(panel.show_contact)
    window.duplicate_flow.status.connect(window.status)
    saving.update_preview_requested.connect(window.duplicate_flow.preview)
    saving.reopen_requested.connect(window.reopen)
    outbox.entry_changed.connect(presenter.entry_changed)
    outbox.status_changed.connect(window.paused_banner.show_status)
    outbox.entries_changed.connect(presenter.show_outbox)
    panel.outbox_rows_needed.connect(presenter.show_outbox)
    contacts.stages_loaded.connect(form.set_stages)
    contacts.tags_loaded.connect(presenter.add_known_tags)
    contacts.stages_loaded.connect(panel.set_stages)
    contacts.tags_loaded.connect(panel.add_tags)
    form.edited.connect(presenter.form_edited)
    form.update_submitted.connect(presenter.edits.submit)
    form.failed_edit_open_requested.connect(presenter.edits.reopen)
    recent.state_changed.connect(presenter.list_state_changed)
    recent.contact_updated.connect(presenter.edits.updated)
    recent.validation_failed.connect(presenter.edits.invalid)
    recent.update_failed.connect(presenter.edits.failed)
    services.account.mode_changed.connect(presenter.mode_changed)
