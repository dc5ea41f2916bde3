"""The window's questions: clear the form, quit with contacts waiting, a key kept for now only.

Each says what its answers do, and the one that loses something is never the default. Their
texts keep the window's translation context ("MainWindow"): they were its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from whaapy_contacts.services.account import AccountService
    from whaapy_contacts.services.outbox import OutboxService


def confirm_clear(parent: QWidget, *, editing: bool, save_first: bool = False) -> str:
    """ "clear", "save" (offered with ``save_first``: another contact is to be opened) or
    "keep", the default."""
    if save_first and editing:
        lost = QCoreApplication.translate(
            "MainWindow", "The form holds your changes to another contact."
        )
    elif save_first:
        lost = QCoreApplication.translate("MainWindow", "The form holds a contact you are typing.")
    elif editing:
        lost = QCoreApplication.translate(
            "MainWindow", "Your changes to this contact will be lost."
        )
    else:
        lost = QCoreApplication.translate("MainWindow", "What you typed will be lost.")
    title = (
        QCoreApplication.translate("MainWindow", "Save what you typed first?")
        if save_first
        else QCoreApplication.translate("MainWindow", "Clear the form?")
    )
    box = QMessageBox(QMessageBox.Icon.Question, title, lost, parent=parent)
    save = None
    if save_first:
        save = box.addButton(
            QCoreApplication.translate("MainWindow", "Save it first"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    discard = (
        QCoreApplication.translate("MainWindow", "Discard it and open the other")
        if save_first
        else QCoreApplication.translate("MainWindow", "Clear")
    )
    clear = box.addButton(discard, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(
        QCoreApplication.translate("MainWindow", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    # Enter and Esc keep the contact: the destructive answer is never the default.
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save and save else "clear" if clicked is clear else "keep"


def tell_session_only(parent: QWidget) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("MainWindow", "Key used for this session only"),
        QCoreApplication.translate(
            "MainWindow",
            "This computer has no password store the app can use, so the key is kept only "
            "while the app is open. It is never written to disk. You will need to paste it "
            "again next time.",
        ),
    )


def may_close(
    parent: QWidget, outbox: OutboxService, account: AccountService, typed: Callable[[], bool]
) -> bool:
    """Pending contacts or a half-typed form: ask first, with buttons that say what they do.
    The counts follow each group of answers while the question is open."""
    from whaapy_contacts.ui.shell.quit_question import QuitQuestion  # noqa: PLC0415 - a dialog

    status = outbox.status()
    unsent = status.pending + status.attention
    if not unsent and not typed():
        return True
    failing = outbox.storage.problem is not None  # the form's contact can't be kept
    question = QuitQuestion(
        unsent, parent, typed=typed(), storage_failing=failing, session_only=account.session_only
    )

    def recount() -> None:
        now = outbox.status()
        question.show_counts(now.pending + now.attention, typing=typed())

    outbox.entries_changed.connect(recount)  # only while the question is open
    try:
        return question.leave_chosen()
    finally:
        outbox.entries_changed.disconnect(recount)
