"""Undo the last save (issue 17, item 5): "Se guardó «Ana». [Deshacer] (Ctrl+Z)" for UNDO_MS.

After a new contact: Deshacer withdraws it from the outbox, or deletes it on the server
(services/undo.py), and once that is done (never before: a failed DELETE leaves it saved, and
the form untouched) its values go back into the form; into an empty form only: a form
already holding the next contact keeps it, and the undone one waits in the banner ("Volver a
ponerlo en el formulario"). After an update (edit mode, or the duplicate banner's "Actualizar
ese contacto"): a PATCH back to the values it replaced; what it can't put back is named.

Ctrl+Z reaches it through ui/common/undo_key.py (typing in the focused box is undone first),
until the form is edited after the save: from then on Ctrl+Z is the typing's, and only a click
on Deshacer undoes the save. Ctrl+Alt+Z, the duplicate flow's old key, is an alias of Ctrl+Z.
Saving waits while an undo runs: its outcome decides whether what is in the form is still on
the server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from shiboken6 import isValid

from whaapy_contacts.domain.fields import fields_by_name
from whaapy_contacts.domain.outbox import OutboxState
from whaapy_contacts.domain.phone import normalize_phone, same_phone
from whaapy_contacts.services.problems import problem_or_raise
from whaapy_contacts.services.undo import Outcome, Undone, UndoService
from whaapy_contacts.services.undo_patch import undo_of_edit
from whaapy_contacts.ui.common.field_words import change_caption
from whaapy_contacts.ui.common.texts import render
from whaapy_contacts.ui.common.undo_key import UndoKey
from whaapy_contacts.ui.form import duplicate_update

if TYPE_CHECKING:
    from whaapy_contacts.domain.contact import Contact, ContactDraft
    from whaapy_contacts.domain.outbox import OutboxEntry
    from whaapy_contacts.services.recent_edit import Updated
    from whaapy_contacts.ui.form.contact_form import ContactForm
    from whaapy_contacts.ui.form.duplicate_update import UndoBanner

ALIAS_KEYS = "Ctrl+Alt+Z"


@dataclass
class _Save:
    """The save on offer: a new contact (``entry_id``) or an update (``contact_id``)."""

    who: str
    entry_id: str = ""
    draft: ContactDraft | None = None  # a new contact's values, to put back in the form
    contact_id: str = ""
    patch: dict[str, object] = field(default_factory=dict)
    kept: tuple[str, ...] = ()  # an update's fields that keep their new value
    note: bool = False  # an update appended a note, which stays
    token: int = 0  # once undoing
    offer_id: int = 0  # UndoKey's; 0 once withdrawn from Ctrl+Z (the form was edited)


class UndoSaveFlow(QObject):
    """One save on offer at a time (the last); undone contacts not yet back in the form wait
    in ``held``. Bootstrap/compose.py connects it."""

    status = Signal(str)

    def __init__(
        self,
        window: QWidget,
        banner: UndoBanner,
        undo: UndoService,
        form: ContactForm,
        *,
        make_room: Callable[[], bool],
        keep_draft: Callable[[], None],
        practice: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self._banner, self._undo, self._form = banner, undo, form
        self._make_room, self._keep_draft = make_room, keep_draft
        self._current: _Save | None = None
        self._undoing: _Save | None = None
        self._failed: _Save | None = None
        self.held: list[tuple[str, ContactDraft]] = []  # (who, values) undone, not in the form
        self._editing: dict[str, Contact] = {}  # contact id -> as it was before its edit
        self._practice = practice  # the practice server is not Whaapy: say which
        self._loading = False  # putting an undone contact back: not the person's editing
        banner.undo_button.clicked.connect(self.undo)
        banner.retry_button.clicked.connect(self.retry)
        banner.put_back_button.clicked.connect(self.put_back)
        banner.expired.connect(self._expired)
        undo.done.connect(self._done)
        undo.failed.connect(self._failed_with)
        undo.waiting.connect(self._waiting)
        undo.abandoned.connect(self._abandoned)
        QShortcut(QKeySequence(ALIAS_KEYS), window, self._alias)
        window.installEventFilter(self)  # closed: its offer leaves the application's arbiter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self._withdraw_offer()
            self._hold_in_form()
        return False

    def _hold_in_form(self) -> None:
        """Closing while an undone contact waits here: into an empty form it goes, so the
        window keeps it as any typing (the quit question sees it; the draft survives)."""
        form = self._form
        if self.held and form.is_blank() and form.edit_target() is None:
            _who, draft = self.held.pop()
            form.load_draft(draft)

    @property
    def busy(self) -> bool:
        """An undo is running (its outcome is not known yet)."""
        return self._undoing is not None

    def blocks(self, draft: ContactDraft) -> bool:
        """Saving ``draft`` waits while the contact being undone, with the same number, may
        still be on the server: it would be refused as its duplicate. Another contact goes."""
        undoing = self._undoing.draft if self._undoing is not None else None
        return undoing is not None and same_phone(_e164(draft), _e164(undoing))

    # --- offers ---------------------------------------------------------------------------

    def offer_create(self, entry_id: str, draft: ContactDraft) -> None:
        _forget_box_undo(self._form)
        who = draft.name.strip() or draft.phone_number.strip()
        self._offer(_Save(who, entry_id=entry_id, draft=draft), self._created_text(who))

    def _created_text(self, who: str) -> str:
        if self._practice():
            text = self.tr("Saved “%1”. Undo deletes “%1” from your practice contacts and "
                           "puts it back in the form.")  # fmt: skip
        else:
            text = self.tr(
                "Saved “%1”. Undo deletes “%1” from Whaapy and puts it back in the form."
            )
        return text.replace("%1", who)

    def _pending_text(self, who: str) -> str:
        """Nothing of it reached the server yet (it is down, or asked to wait): the undo only
        takes it out of the outbox."""
        text = self.tr("Saved “%1” (waiting to be sent). Undo takes it out before it is sent "
                       "and puts it back in the form.")  # fmt: skip
        return text.replace("%1", who)

    def form_edited(self) -> None:
        """The person changed the form after the save: Ctrl+Z is theirs now (correcting their
        typing must never delete the contact saved before). Deshacer stays until it expires:
        a click on it is a request, not a stray key."""
        save = self._current
        if self._loading or save is None or not save.offer_id:
            return
        UndoKey.instance().withdraw(save.offer_id)
        save.offer_id = 0

    def _alias(self) -> None:
        """Ctrl+Alt+Z means what Ctrl+Z would: nothing once the form has been edited."""
        if self._current is not None and self._current.offer_id:
            self.undo()

    def offer_update(
        self, contact_id: str, patch: dict[str, object], who: str, note: bool,
        kept: tuple[str, ...],
    ) -> None:  # fmt: skip
        """After an update: ``patch`` puts the previous values back. What it can't: a note
        appended (``note``), the fields ``kept`` (one that was empty can't be emptied again,
        a custom field added can't be removed: custom fields merge, null is never sent)."""
        if not patch:
            self._banner.hide()  # nothing could be put back: no promise is made
            return
        text = self.tr("Updated “%1”. Undo puts its previous values back.").replace("%1", who)
        if note:
            text += " " + self.tr("Undo puts back what it can; a new note stays.")
        if kept:
            text += " " + self.tr("Undo can't take these back: %1.").replace(
                "%1", ", ".join(_caption(name) for name in dict.fromkeys(kept))
            )
        _forget_box_undo(self._form)
        self._offer(_Save(who, contact_id=contact_id, patch=patch, kept=kept, note=note), text)

    def edit_submitted(self, old: Contact, _draft: object) -> None:
        """Edit mode's save: the contact as it was, to undo the edit once it is answered."""
        self._editing[old.id] = old

    def edit_saved(self, updated: Updated) -> None:
        old = self._editing.pop(updated.contact.id, None)
        if old is None or not updated.sent:
            return
        undo = undo_of_edit(old, updated.contact)
        who = updated.contact.display_name or updated.contact.phone_number
        self.offer_update(old.id, undo.patch, who, undo.note_stays, undo.kept)

    def entry_changed(self, entry: OutboxEntry) -> None:
        """A contact on offer came back refused (a duplicate, field errors): nothing was
        created, so there is nothing to undo; the refusal's own banner says what happened.
        Waiting in the outbox (or sent after all), the offer says what Deshacer would do."""
        save = self._current
        if save is None or save.entry_id != entry.id:
            return
        if entry.state is not OutboxState.ATTENTION:
            if entry.state is OutboxState.SENT or entry.attempts:  # (not its first try, on it)
                waits = entry.state is OutboxState.PENDING and not entry.ambiguous
                says = self._pending_text if waits else self._created_text
                self._banner.reword(says(save.who))
            return
        self._withdraw_offer()
        if not self.held and self._failed is None:
            self._banner.hide()

    def _offer(self, save: _Save, text: str) -> None:
        self._withdraw_offer()
        self._current, self._failed = save, None
        save.offer_id = UndoKey.instance().offer("save", self._keyed, duplicate_update.UNDO_MS)
        self._banner.offer(text)

    def _keyed(self) -> None:
        """Ctrl+Z took the offer. The arbiter outlives windows (one per application): a window
        closed meanwhile has nothing to undo any more."""
        if isValid(self) and isValid(self._banner):
            self.undo()

    def _withdraw_offer(self) -> None:
        if self._current is not None:
            UndoKey.instance().withdraw(self._current.offer_id)
            self._current = None

    def _expired(self) -> None:
        """The offer's time ran out (or a told outcome has been read): the banner goes."""
        self._withdraw_offer()
        if not self.held and self._failed is None:
            self._banner.hide()

    # --- undoing --------------------------------------------------------------------------

    def undo(self) -> None:
        """Deshacer, Ctrl+Z (when the focused box has no typing to undo) or Ctrl+Alt+Z."""
        save = self._current
        if save is None or self._undoing is not None or not self._banner.isVisible():
            return
        self._withdraw_offer()
        self._undoing = save
        save.token = self._undo.new_token()
        self._banner.working(self.tr("Undoing “%1”…").replace("%1", save.who))
        if save.draft is not None:  # its values go back once it is undone (never before)
            self._undo.undo_create(save.token, save.entry_id)
        else:
            self._undo.undo_update(save.token, save.contact_id, save.patch)

    def retry(self) -> None:
        save = self._failed
        if save is None or self._undoing is not None:
            return
        self._failed, self._undoing = None, save
        self._banner.working(self.tr("Undoing “%1”…").replace("%1", save.who))
        self._undo.retry(save.token)

    def _back_to_form(self, who: str, draft: ContactDraft) -> None:
        """Into the form if it is empty; else it waits here (never over the next contact).
        The undo may end seconds after Ctrl+Z: a focus elsewhere (the search) stays there."""
        form = self._form
        if not (form.is_blank() and form.edit_target() is None):
            self.held.append((who, draft))
            return
        focus = QApplication.focusWidget()
        self._loading = True
        try:
            form.load_draft(draft)
        finally:
            self._loading = False
        self._keep_draft()  # survives a crash as any typing does
        if focus is None or not isValid(focus) or _inside(focus, form, self._banner):
            focus = form.phone
        focus.setFocus()

    def put_back(self) -> None:
        """ "Volver a ponerlo en el formulario": after asking about what the form holds."""
        if not self.held or not self._make_room():
            return
        who, draft = self.held.pop()
        self._form.load_draft(draft)
        self._keep_draft()
        self._form.phone.setFocus()
        if self.held:
            self._banner.told(self.tr("“%1” is back in the form.").replace("%1", who), held=True)
        else:
            self._banner.told(self.tr("“%1” is back in the form.").replace("%1", who))

    # --- outcomes -------------------------------------------------------------------------

    def _waiting(self, token: int) -> None:
        save = self._undoing
        if save is None or save.token != token or self._current is not None:
            return  # (a newer save on offer keeps the banner)
        where = self.tr("the practice server") if self._practice() else "Whaapy"
        text = self.tr("Undoing “%1”: it is deleted as soon as %2 answers.")
        self._banner.working(text.replace("%2", where).replace("%1", save.who))

    def _done(self, undone: Undone) -> None:
        save = self._undoing
        if save is None or save.token != undone.token:
            return
        self._undoing = None
        if undone.contact is not None:  # an update undone: named as it is again
            save.who = undone.contact.display_name or save.who
        if save.draft is not None:  # a create undone: nothing of it is saved any more
            self._back_to_form(save.who, save.draft)
        text = self._done_text(undone.outcome, save)
        held = bool(self.held)
        if held and save.draft is not None and self.held[-1][1] is save.draft:
            text += " " + self.tr("The contact you are typing stays in the form.")
        if self._current is None or held:
            self._banner.told(text, held=held)
        # else: a newer save is on offer in the banner; the status bar tells this one.
        self.status.emit(text)

    def _done_text(self, outcome: Outcome, save: _Save) -> str:
        if outcome is Outcome.RESTORED and (save.kept or save.note):
            text = self.tr("Undone: %1 has its previous values again, except %2.")
            return text.replace("%2", self._stayed(save)).replace("%1", save.who)
        if outcome is Outcome.RESTORED:
            text = self.tr("Undone: %1 has its previous values again.")
        elif outcome is Outcome.WITHDRAWN:
            text = self.tr("Undone: “%1” was never sent.")
        elif outcome is Outcome.NOTHING:
            text = self.tr("Undone: “%1” had not been saved.")
        elif self._practice():
            text = self.tr("Undone: “%1” was deleted from your practice contacts.")
        else:
            text = self.tr("Undone: “%1” was deleted from Whaapy.")
        return text.replace("%1", save.who)

    def _stayed(self, save: _Save) -> str:
        """What an undone update could not put back, as the person reads it."""
        parts = []
        fields = fields_by_name()
        for name in dict.fromkeys(save.kept):
            known = fields.get(name)
            if known is not None and known.patch in ("merge", "whole-map"):
                why = self.tr("%1 (what was added can't be removed)")
            else:
                why = self.tr("%1 (can't be emptied)")
            parts.append(why.replace("%1", _caption(name)))
        if save.note:
            parts.append(self.tr("the new note"))
        return ", ".join(parts)

    def account_changed(self, _mode: object = None) -> None:
        """Another account: what is on offer was the other one's, and stays there."""
        self._withdraw_offer()
        if self._undoing is None and not self.held and self._failed is None:
            self._banner.hide()

    def _abandoned(self, token: int) -> None:
        save = self._undoing
        if save is None or save.token != token:
            return
        self._undoing = None
        text = self.tr("“%1” was not undone: the account was changed first; it stays with the "
                       "contacts of that account.").replace("%1", save.who)  # fmt: skip
        self._banner.failed(text, held=bool(self.held), retry=False)
        self.status.emit(text)

    def _failed_with(self, token: int, exc: object) -> None:
        save = self._undoing
        if save is None or save.token != token:
            return
        self._undoing, self._failed = None, save
        problem = problem_or_raise(exc)
        if save.draft is None:
            text = self.tr("Couldn't undo: “%1” keeps its new values.")
        elif self._undo.unsure(token):  # out of the outbox; on the server it couldn't be looked for
            where = self.tr("your practice contacts") if self._practice() else "Whaapy"
            text = self.tr("Couldn't undo: it couldn't be checked whether “%1” was saved in %2. "
                           "It won't be sent again.").replace("%2", where)  # fmt: skip
        elif self._practice():
            text = self.tr("Couldn't undo: “%1” is still saved in your practice contacts.")
        else:
            text = self.tr("Couldn't undo: “%1” is still saved in Whaapy.")
        text = text.replace("%1", save.who)
        self._withdraw_offer()  # a newer save's offer gives way: this must be read
        self._banner.failed(text, held=bool(self.held))
        self.status.emit(f"{text} {render(problem, practice=self._practice())}")


def _forget_box_undo(form: QWidget) -> None:
    """The save emptied the boxes, and Qt keeps that emptying as their typing to undo: Ctrl+Z
    in one would bring back a field of the contact just saved, alone, instead of undoing the
    save. What the boxes hold now is where their own undo starts."""
    for edit in form.findChildren(QLineEdit):
        if edit.isUndoAvailable():
            blocked = edit.blockSignals(True)
            edit.setText(edit.text())  # setText starts a new undo history
            edit.blockSignals(blocked)
    for plain in form.findChildren(QPlainTextEdit):
        plain.document().clearUndoRedoStacks()
    for rich in form.findChildren(QTextEdit):
        rich.document().clearUndoRedoStacks()


def _inside(widget: QWidget, *owners: QWidget) -> bool:
    return any(owner.isAncestorOf(widget) for owner in owners)


def _e164(draft: ContactDraft) -> str:
    return normalize_phone(draft.phone_number, draft.phone_region).e164 or draft.phone_number


def _caption(name: str) -> str:
    """A field as the update preview names it ("Correo", "Campos personalizados")."""
    field = fields_by_name().get(name)
    return change_caption(field) if field is not None else name
