"""Ctrl+Z for whole actions (a paste that filled the form, a save) without stealing it from typing.

Text boxes own Ctrl+Z: it takes back what was typed in them. Some actions are bigger than one
box: a paste that filled five fields, a contact just saved. Those *offer* an undo here. Ctrl+Z
then undoes the newest action, as the best editors do: the typing in the focused box when that
box was typed in after the newest live offer was made (and it has typing to undo); otherwise the
newest offer. So Ctrl+Z right after a paste that filled the form undoes the fill, not what was
typed in the focused box before it (hallway test, issue 17). An offer lives until it expires
(``ms``), is withdrawn, or is taken.

One instance per application, installed as an application event filter by the window
(``UndoKey.install(app)``); offers come from the form's features. Nothing here knows what the
actions are: each offer is a callback.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_ids = itertools.count(1)
_EDIT_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


def _edits(event: QKeyEvent) -> bool:
    """A key that changes a text box's text: a letter, a deletion, a paste or a cut."""
    text = event.text()
    if text and text.isprintable() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return True
    paste, cut = QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Cut
    return event.key() in _EDIT_KEYS or event.matches(paste) or event.matches(cut)


@dataclass
class Offer:
    id: int  # also its place in time: typing is compared with it (``_typed_at``)
    label: str  # what Ctrl+Z would undo, for the shortcut sheet and tests ("el llenado", …)
    run: Callable[[], None]
    ms: int | None  # None: until withdrawn
    clock: QElapsedTimer = field(default_factory=QElapsedTimer)

    def live(self) -> bool:
        return self.ms is None or self.clock.elapsed() < self.ms


def own_undo_available(widget: QWidget | None) -> bool:
    """Whether the focused widget would take Ctrl+Z for itself (typing to take back)."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and widget.isUndoAvailable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly() and widget.document().isUndoAvailable()
    return False


class UndoKey(QObject):
    """The application's arbiter of Ctrl+Z. ``offer`` returns an id to ``withdraw`` it."""

    taken = Signal(str)  # the label of the offer Ctrl+Z ran

    _instance: UndoKey | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offers: list[Offer] = []
        self._typed_at: dict[
            int, int
        ] = {}  # a text box (its id) -> the newest offer id at its typing
        self._last_id = 0

    @classmethod
    def install(cls, app: QApplication) -> UndoKey:
        """The one instance for ``app`` (made and installed on first use)."""
        if cls._instance is None or cls._instance.parent() is not app:
            cls._instance = cls(app)
            app.installEventFilter(cls._instance)
        return cls._instance

    @classmethod
    def instance(cls) -> UndoKey:
        app = QApplication.instance()
        assert isinstance(app, QApplication), "UndoKey needs a QApplication"
        return cls.install(app)

    def offer(self, label: str, run: Callable[[], None], ms: int | None = None) -> int:
        offer = Offer(next(_ids), label, run, ms)
        self._last_id = offer.id
        offer.clock.start()
        self._offers.append(offer)
        return offer.id

    def withdraw(self, offer_id: int) -> None:
        self._offers = [o for o in self._offers if o.id != offer_id]

    def current(self) -> Offer | None:
        """The newest live offer (expired ones are dropped on the way)."""
        self._offers = [o for o in self._offers if o.live()]
        return self._offers[-1] if self._offers else None

    def trigger(self) -> bool:
        """Run the newest live offer, as Ctrl+Z with nothing typed to undo would."""
        offer = self.current()
        if offer is None:
            return False
        self.withdraw(offer.id)
        offer.run()
        self.taken.emit(offer.label)
        return True

    def _typing_is_newer(self, focus: QWidget | None, offer: Offer) -> bool:
        """The focused box has typing to undo, typed after ``offer`` was made."""
        if not own_undo_available(focus):
            return False
        return self._typed_at.get(id(focus), 0) >= offer.id

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        focus = QApplication.focusWidget()
        at_focus = watched is focus or (
            focus is None and isinstance(watched, QWidget) and watched.isWindow()
        )
        if not at_focus:
            return False  # each event once, at the focus
        if not event.matches(QKeySequence.StandardKey.Undo):
            if kind == QEvent.Type.KeyPress and _edits(event):
                self._typed_at[id(focus)] = self._last_id  # typed after the offers so far
            return False
        offer = self.current()
        if offer is None or self._typing_is_newer(focus, offer):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the KeyPress comes to us, not to a shortcut
            return True
        return self.trigger()
