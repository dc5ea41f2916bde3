"""Closing with contacts not sent, or with a half-typed form: ask, with buttons that say what
they do ("Salir y enviar después" only when something would be sent)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class QuitQuestion(QMessageBox):
    """``unsent``: contacts not on the server yet (pending or needing attention); ``typed``:
    the form holds a half-typed contact; ``storage_failing``: the local file can't be written
    now, so what is typed can't be kept (said, and staying is the default); ``session_only``:
    the key was not stored, so pending contacts wait until it is pasted again."""

    def __init__(
        self,
        unsent: int,
        parent: QWidget | None = None,
        *,
        typed: bool = False,
        storage_failing: bool = False,
        session_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Quit Whaapy Contacts?"))
        self.leave_button = self.addButton("", QMessageBox.ButtonRole.AcceptRole)
        self.stay_button = self.addButton(self.tr("Stay here"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.stay_button)
        self._storage_failing = storage_failing
        self._session_only = session_only
        self.show_counts(unsent, typing=typed or not unsent)

    def show_counts(self, unsent: int, *, typing: bool) -> None:
        """Said again as the outbox answers while it is open: a count must not outlive itself."""
        if unsent == 1:
            text = self.tr("1 contact has not reached Whaapy yet.")
        elif unsent:
            text = self.tr("%1 contacts have not reached Whaapy yet.").replace("%1", str(unsent))
        elif typing:
            text = self.tr("You were typing a contact.")
        else:
            text = self.tr("Every contact reached Whaapy.")
        self.setText(text)
        if self._storage_failing and typing:  # nothing can be written: the typing can't stay
            self.setIcon(QMessageBox.Icon.Warning)
            keep = self.tr(
                "This computer can't save right now (see the notice above): what you typed "
                "in the form can't be kept, and it is lost if you quit."
            )
            if unsent:
                keep += " " + self.tr("The contacts saved before stay on this computer.")
            leave = self.tr("Quit and lose what I typed")
        elif unsent:
            keep = (
                self.tr(
                    "Nothing is lost: what is pending and what you typed stay on this "
                    "computer. They continue once you paste the API key again the next time "
                    "you open the app (this computer could not keep the key)."
                )
                if self._session_only
                else self.tr(
                    "Nothing is lost: what is pending and what you typed stay on this computer "
                    "and continue the next time you open the app."
                )
            )
            leave = self.tr("Quit and send later")
        elif typing:  # nothing would be sent: what is kept is the draft
            keep = self.tr(
                "What you typed stays on this computer and is back in the form the next "
                "time you open the app."
            )
            leave = self.tr("Quit and keep the draft")
        else:
            keep, leave = "", self.tr("Quit")
        self.setInformativeText(keep)
        self.leave_button.setText(leave)

    def leave_chosen(self) -> bool:
        self.exec()
        return self.clickedButton() is self.leave_button
