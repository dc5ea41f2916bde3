"""One paste's life in the form: filled, shown, undone as one thing, and, with several
contacts pasted, the next one offered once the form is saved or cleared."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from whaapy_contacts.ui.common.undo_key import UndoKey
from whaapy_contacts.ui.form.paste_apply import (
    Filled,
    FormWriter,
    fields_said,
    highlight,
    unhighlight,
    watch_edits,
)
from whaapy_contacts.ui.form.paste_banner import PasteBanner
from whaapy_contacts.ui.form.paste_notes import moved_to_notes

if TYPE_CHECKING:
    from whaapy_contacts.domain.paste import Pasted
    from whaapy_contacts.ui.form.contact_form import ContactForm
    from whaapy_contacts.ui.form.paste_fill import PasteFill

UNDO_LABEL = "paste-fill"  # the arbiter's label for this offer (tests, the F1 sheet)


class PasteSession(QObject):
    def __init__(self, form: ContactForm, owner: PasteFill) -> None:
        super().__init__(owner)
        self._form, self._owner = form, owner
        self._writer = FormWriter(form)
        self.banner = form.add_banner(PasteBanner(form))
        self.banner.undo_requested.connect(self.undo)
        self.banner.next_requested.connect(self._next_clicked)
        self._done: Filled | None = None
        self._offer: int | None = None
        self._filling = False
        self._watched: set[str] = set()
        self._queue: list[tuple[int, Pasted]] = []  # (its number in the paste, card)
        self._current: tuple[int, Pasted] | None = None
        self._total = 0
        form.destroyed.connect(self._withdraw)

    # --- starting -------------------------------------------------------------------------

    def start(self, cards: tuple[Pasted, ...], from_file: bool) -> None:
        self.end_fill()
        self._queue, self._total = list(enumerate(cards, start=1)), len(cards)
        if len(cards) == 1:
            self.fill_next()
            return
        from whaapy_contacts.ui.form.paste_choice import PasteChoice  # noqa: PLC0415

        choice = PasteChoice(cards, from_file, self._form.window())
        choice.chosen.connect(self._chosen)
        choice.finished.connect(choice.deleteLater)
        choice.open()
        self._owner.choice_shown.emit(choice)

    def _chosen(self, index: int) -> None:
        """The one picked first, then the others in their order."""
        self._queue = self._queue[index:] + self._queue[:index]
        self.fill_next()
        window = self._form.window()
        window.activateWindow()  # the dialog had it: back to typing in the form
        self._form.phone.setFocus()

    def fill_next(self) -> None:
        if not self._queue:
            self.banner.hide()
            return
        self.end_fill()
        self._current = self._queue.pop(0)
        self._apply(self._current[1])

    def _next_clicked(self) -> None:
        if not self._form.is_blank():
            # The next card goes into an empty form only: a contact put back by an undo (or
            # typed) would take its fields (hallway test t17b, 3). Offered again once the form
            # is saved or cleared.
            self.show_problem(
                QCoreApplication.translate(
                    "PasteSession",
                    "The form holds another contact: save it or clear it (Esc), and the next "
                    "pasted one is offered again.",
                )
            )
            return
        self.fill_next()
        self._form.phone.setFocus()  # not the button, which hides: back to typing in the form

    def show_problem(self, said: str) -> None:
        self.banner.show_fill(said, [], undoable=False)

    # --- filling --------------------------------------------------------------------------

    def _apply(self, card: Pasted) -> None:
        other = self._someone_else(card)
        if other:
            self.banner.show_fill(other, [], undoable=False)
            self._owner.filled.emit()
            return
        self._filling = True
        try:
            done = self._writer.apply(card)
            self._after_change("phone_number" in done.before)
        finally:
            self._filling = False
        self._done = done
        for name in done.names():
            box = self._writer.box(name)
            highlight(box)
            done.highlighted[name] = box
            if name not in self._watched:
                self._watched.add(name)
                watch_edits(self._form, name, self._edited)
        if done.before:
            self._offer = UndoKey.instance().offer(UNDO_LABEL, self.undo)
        self.banner.show_fill(
            self._said(done), self._details(card, done), undoable=bool(done.before)
        )
        self._owner.filled.emit()

    def _someone_else(self, card: Pasted) -> str:
        """While editing a contact, a paste whose number is not that contact's is someone
        else's: it fills nothing, not even the empty fields (t17a finding 3). What to say."""
        editing = self._form.editing
        if editing is None or not card.phone:
            return ""
        from whaapy_contacts.domain.phone import normalize_phone, same_phone  # noqa: PLC0415
        from whaapy_contacts.domain.phone_format import format_international  # noqa: PLC0415

        pasted = normalize_phone(card.phone, self._form.phone.region()).e164 or card.phone
        if same_phone(editing.phone_number, pasted):
            return ""
        return QCoreApplication.translate(
            "PasteFill", "What you pasted is another contact's (%1): nothing was changed. To save "
            "it as a new contact, cancel the edit (Esc) and paste it again."
        ).replace("%1", format_international(pasted))  # fmt: skip

    def _after_change(self, phone: bool) -> None:
        """What typing would have told the form: the number's checks and look-up, the
        autosaved draft (never a save)."""
        if phone:
            self._form.phone.edited.emit()
        self._form.edited.emit()

    def _said(self, done: Filled) -> str:
        names = done.names()
        if not names and done.left:
            return QCoreApplication.translate(
                "PasteFill", "Nothing was filled from what you pasted: those fields already hold "
                "something."
            )  # fmt: skip
        if not names:
            return QCoreApplication.translate(
                "PasteFill", "Nothing was filled from what you pasted: the fields already held it."
            )
        if len(names) == 1:
            said = QCoreApplication.translate(
                "PasteFill", "1 field was filled from what you pasted: %1."
            )
        else:
            said = QCoreApplication.translate(
                "PasteFill", "%2 fields were filled from what you pasted: %1."
            ).replace("%2", str(len(names)))
        return said.replace("%1", fields_said(names))

    def _details(self, card: Pasted, done: Filled) -> list[str]:
        lines = self._unreadable(done)
        lines += moved_to_notes(card) if "notes" in done.before else []
        lines += done.beyond
        for what, held, pasted in done.left:
            lines.append(
                QCoreApplication.translate(
                    "PasteFill", "%1 was not changed: it already held %2 (the paste had %3)."
                ).replace("%1", what).replace("%2", held).replace("%3", pasted)
            )  # fmt: skip
        if self._total > 1 and self._current is not None:
            lines.append(
                QCoreApplication.translate("PasteFill", "Contact %1 of %2 you pasted.")
                .replace("%1", str(self._current[0])).replace("%2", str(self._total))
            )  # fmt: skip
        return lines

    def _unreadable(self, done: Filled) -> list[str]:
        """Letters the clipboard had already lost (a Windows-1252 text handed over as UTF-8):
        never silently; dropping the file reads it right."""
        lost = [n for n in done.names() if "\ufffd" in str(self._writer.held_named(n))]
        if not lost:
            return []
        return [
            QCoreApplication.translate(
                "PasteFill",
                "Some letters of what you pasted could not be read (they show as �): check %1. "
                "If it came from a .vcf file, drop the file on the window instead.",
            ).replace("%1", fields_said(lost))
        ]

    # --- ending ---------------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        """The person changed a filled field: the fill is no longer one thing to undo, so its
        [Deshacer], Ctrl+Z and every highlight go, and the banner says why (t17a finding 5)."""
        done = self._done
        if self._filling or done is None or name not in done.highlighted:
            return
        self.end_fill()  # every highlight with the undo: the banner, button and colours agree
        self.banner.set_said(
            QCoreApplication.translate(
                "PasteFill", "What you pasted can no longer be undone at once: you changed %1."
            ).replace("%1", fields_said([name]))
        )

    def undo(self) -> None:
        """All the fields the paste set back as they were; highlights and banner gone."""
        done = self._done
        if done is None or not shiboken6.isValid(self._form):
            return
        self._filling = True
        try:
            self._writer.undo(done)
            self._after_change("phone_number" in done.before)
        finally:
            self._filling = False
        self.end_fill()
        if self._current is not None and self._total > 1:
            self._queue.insert(0, self._current)  # not filled after all: next again
            self._offer_next()
        else:
            self.banner.hide()

    def end_fill(self) -> None:
        self._withdraw()
        if self._done is not None:
            for box in self._done.highlighted.values():
                unhighlight(box)
            self._done = None

    def form_cleared(self) -> None:
        """Saved or cleared: the fill is over (its undo too); the next card, if any, offered."""
        if self._filling:
            return
        self.end_fill()
        if self._queue:
            self._offer_next()
        else:
            self.banner.hide()

    def _offer_next(self) -> None:
        number, card = self._queue[0]
        self.banner.show_next(
            QCoreApplication.translate(
                "PasteFill", "Next of what you pasted: contact %1 of %2, %3."
            ).replace("%1", str(number)).replace("%2", str(self._total))
            .replace("%3", card.title_line())
        )  # fmt: skip

    def _withdraw(self) -> None:
        if self._offer is not None:
            UndoKey.instance().withdraw(self._offer)
            self._offer = None

    def highlighted(self) -> dict[str, QWidget]:
        """The filled fields still highlighted, by name (tests, the screenshots)."""
        return dict(self._done.highlighted) if self._done else {}
