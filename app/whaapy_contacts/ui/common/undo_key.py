"""Ctrl+Z for whole actions (a paste that filled the form, a save) without stealing it from typing.

Text boxes own Ctrl+Z: it takes back what was typed in them. Some actions are bigger than one
box: a paste that filled five fields, a contact just saved. Those *offer* an undo here. Ctrl+Z
then means, as in the best editors: first undo the typing in the focused box, if that box has
anything to undo; once it has nothing (or the focus is on no text box), undo the newest offer that
is still live. An offer lives until it expires (``ms``), is withdrawn, or is taken.

One instance per application, installed as an application event filter by the window
(``UndoKey.install(app)``); offers come from the form's features. Nothing here knows what the
actions are: each offer is a callback.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_ids = itertools.count(1)


@dataclass
class Offer:
    id: int
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        if not event.matches(QKeySequence.StandardKey.Undo) or not self._offers:
            return False
        focus = QApplication.focusWidget()
        at_focus = watched is focus or (
            focus is None and isinstance(watched, QWidget) and watched.isWindow()
        )
        if not at_focus or own_undo_available(focus):
            return False  # each event once, at the focus; typing to undo comes first
        if self.current() is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the KeyPress comes to us, not to a shortcut
            return True
        return self.trigger()
