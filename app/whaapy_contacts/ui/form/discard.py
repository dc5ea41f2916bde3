"""Before an entry that needs attention is discarded: what will be lost; "Conservar" first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from whaapy_contacts.domain.phone import format_international

if TYPE_CHECKING:
    from whaapy_contacts.domain.outbox import OutboxEntry


class DiscardQuestion(QMessageBox):
    """Opened, not exec'd; ``discard`` runs only if the person picks "Descartar"."""

    def __init__(self, parent: QWidget, entry: OutboxEntry, discard: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Discard this contact?"))
        phone = format_international(entry.phone_number)
        who = f"{entry.name} ({phone})" if entry.name else phone
        self.setText(self.tr("%1 never reached Whaapy.").replace("%1", who))
        self.setInformativeText(
            self.tr(
                "If you discard it, what was typed for it is removed from this computer and "
                "will not be sent. This can't be undone."
            )
        )
        self.discard_button = self.addButton(
            self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.keep_button = self.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)
        self._discard = discard
        self.finished.connect(self._answered)

    def _answered(self) -> None:
        if self.clickedButton() is self.discard_button:
            self._discard()
        self.deleteLater()


def ask_discard(parent: QWidget, entry: OutboxEntry, discard: Callable[[], None]) -> QMessageBox:
    box = DiscardQuestion(parent, entry, discard)
    box.open()
    return box
