"""Paste to fill (issue 17, item 1): Ctrl+V, the box's "Pegar", or a drop anywhere in the form
with something that holds more than one thing (a vCard, a signature, a chat line) fills it.

A paste of one thing (a number, a name) is an ordinary paste, as it always was: the phone
cleans it. Free text pasted in the notes stays text there (a card still fills). Reading the
text is the domain's (domain/paste/); putting it in the fields and taking it back is
paste_apply.py; paste_banner.py says what happened; several contacts are chosen in
paste_choice.py. Nothing is saved: the person saves as always.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QContextMenuEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QWidget

if TYPE_CHECKING:
    from whaapy_contacts.domain.paste import Pasted
    from whaapy_contacts.ui.form.contact_form import ContactForm
    from whaapy_contacts.ui.form.paste_session import PasteSession

_KEY_PRESS = QEvent.Type.KeyPress
_CONTEXT_MENU = QEvent.Type.ContextMenu
_DRAG = (QEvent.Type.DragEnter, QEvent.Type.DragMove)
_DROP = QEvent.Type.Drop
_WATCHED = frozenset((_KEY_PRESS, _CONTEXT_MENU, *_DRAG, _DROP))


class PasteFill(QObject):
    """The form's paste and drop, watched through one application filter (``_Dispatcher``)."""

    filled = Signal()  # the form was filled from a paste (tests, the screenshots)
    choice_shown = Signal(object)  # the PasteChoice dialog, for several contacts

    def __init__(self, form: ContactForm) -> None:
        super().__init__(form)
        self._form = form
        self._session: PasteSession | None = None  # made at the first paste that fills
        self._drag: tuple[int, tuple[Pasted, ...], bool] | None = None  # (mime id, cards, files)
        form.setAcceptDrops(True)
        _dispatcher().add(self)

    @property
    def form(self) -> ContactForm:
        return self._form

    def session(self) -> PasteSession:
        if self._session is None:
            from whaapy_contacts.ui.form.paste_session import PasteSession  # noqa: PLC0415

            self._session = PasteSession(self._form, self)
        return self._session

    def attach_window(self) -> None:
        """Drops on the window around the form fill it too (the form is shown in one now)."""
        self._form.window().setAcceptDrops(True)

    def forget(self) -> None:
        """The form was cleared (saved, Esc): the fill is over; a next card may be offered."""
        if self._session is not None:
            self._session.form_cleared()

    # --- events ---------------------------------------------------------------------------

    def handle(self, watched: QWidget, event: QEvent) -> bool:
        kind = event.type()
        if kind == _KEY_PRESS:
            assert isinstance(event, QKeyEvent)
            return self._key(watched, event)
        if kind == _CONTEXT_MENU:
            assert isinstance(event, QContextMenuEvent)
            return self._context_menu(watched, event)
        assert isinstance(event, QDropEvent)  # drag enter, move and drop
        return self._drop(watched, event, drop=kind == _DROP)

    def _key(self, watched: QWidget, event: QKeyEvent) -> bool:
        if not event.matches(QKeySequence.StandardKey.Paste):
            return False
        focus = QApplication.focusWidget()
        if watched is not focus or not self._in_form(watched):
            return False  # each key once, at the focus; outside the form as always
        mime = QApplication.clipboard().mimeData()
        return mime is not None and self.paste(mime, at=watched)

    def _context_menu(self, watched: QWidget, event: QContextMenuEvent) -> bool:
        """The box's own menu, whose "Pegar" goes through the same rules as Ctrl+V."""
        if not isinstance(watched, QLineEdit) or not self._in_form(watched):
            return False
        menu = self.box_menu(watched)
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True

    def box_menu(self, edit: QLineEdit) -> QMenu:
        """The box's standard menu, its "Pegar" ours."""
        menu = edit.createStandardContextMenu()
        paste_action = next((a for a in menu.actions() if a.objectName() == "edit-paste"), None)
        if paste_action is not None:
            paste_action.triggered.disconnect()
            paste_action.triggered.connect(lambda: self._menu_paste(edit))
        return menu

    def _menu_paste(self, edit: QLineEdit) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is None or not self.paste(mime, at=edit):
            edit.paste()

    def _drop(self, watched: QWidget, event: QDropEvent, *, drop: bool) -> bool:
        """A .vcf/.txt file is taken as it enters (read when dropped: a problem is said
        then); text only when it holds a contact (else the box under it takes it)."""
        if watched.window() is not self._form.window() or event.source() is not None:
            return False  # not ours, or text dragged inside the app: moved as always
        mime = event.mimeData()
        if self._drag is None or self._drag[0] != id(mime) or event.type() == QEvent.Type.DragEnter:
            from whaapy_contacts.ui.form.paste_reading import has_files  # noqa: PLC0415

            files = has_files(mime)
            cards = () if files else self._read(mime, notes=isinstance(watched, QPlainTextEdit))[0]
            self._drag = (id(mime), cards, files)
        _mime_id, cards, files = self._drag
        if not cards and not files:
            return False  # text for the box under it, as always (or nothing for us)
        event.acceptProposedAction()
        if drop:
            self._drag = None
            if files:
                self.paste(mime, say_nothing_found=True)
            else:
                self._fill(cards, False)
        return True

    def _in_form(self, widget: QWidget) -> bool:
        return widget is self._form or self._form.isAncestorOf(widget)

    # --- reading and filling --------------------------------------------------------------

    def paste(
        self, mime: QMimeData, at: QWidget | None = None, *, say_nothing_found: bool = False
    ) -> bool:
        """Fill the form from ``mime`` if it holds more than one thing; False: it doesn't
        (the box pastes it as always)."""
        cards, from_file = self._read(mime, notes=isinstance(at, QPlainTextEdit))
        if not cards:
            if from_file and say_nothing_found:
                from whaapy_contacts.ui.form.paste_reading import nothing_found  # noqa: PLC0415

                self.session().show_problem(nothing_found(mime))
            return False
        self._fill(cards, from_file)
        return True

    def _read(self, mime: QMimeData, *, notes: bool) -> tuple[tuple[Pasted, ...], bool]:
        from whaapy_contacts.ui.form.paste_reading import read_mime  # noqa: PLC0415 - domain

        cards, from_file, problem = read_mime(mime, notes=notes)
        if problem:
            self.session().show_problem(problem)
            return (), False  # said: nothing else to do with it
        return cards, from_file

    def _fill(self, cards: tuple[Pasted, ...], from_file: bool) -> None:
        self.session().start(cards, from_file)


class _Dispatcher(QObject):
    """One application event filter for every form (tests make many windows): the first
    comparison is all that most events cost."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._fills: list[PasteFill] = []
        app.installEventFilter(self)

    def add(self, fill: PasteFill) -> None:
        self._fills.append(fill)
        fill.form.destroyed.connect(lambda: self._drop(fill))

    def _drop(self, fill: PasteFill) -> None:
        self._fills = [f for f in self._fills if f is not fill]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _WATCHED or not isinstance(watched, QWidget):
            return False
        window = watched.window()
        for fill in self._fills:
            if fill.form.window() is window:
                return fill.handle(watched, event)
        return False


_DISPATCHER: list[_Dispatcher] = []


def _dispatcher() -> _Dispatcher:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not _DISPATCHER or _DISPATCHER[0].parent() is not app:
        _DISPATCHER[:] = [_Dispatcher(app)]
    return _DISPATCHER[0]
