"""The phone's country: a searchable picker with flags, Spanish names and dial codes."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QWidget

from whaapy_contacts.domain.countries import (
    DEFAULT_COUNTRY,
    country_name,
    fold,
    ordered_codes,
)
from whaapy_contacts.domain.phone_data import DIAL_CODES
from whaapy_contacts.ui.common.a11y import name_combo
from whaapy_contacts.ui.common.early_qt import DECORATION_ROLE, DISPLAY_ROLE, EDIT_ROLE, USER_ROLE
from whaapy_contacts.ui.common.flags import FLAG_SIZE, flag_icon
from whaapy_contacts.ui.common.texts import ui_language
from whaapy_contacts.ui.form.clean_input import clean_typing

CODE_ROLE = USER_ROLE + 1  # the ISO code of a picker row

_Index = QModelIndex | QPersistentModelIndex
_W = TypeVar("_W", bound=QWidget)


class _Country(NamedTuple):
    code: str
    name: str  # "México"
    label: str  # "México +52"
    dial: str  # "52"


class _SearchKey(NamedTuple):
    label: str  # folded label, for "contains" matches
    words: tuple[str, ...]  # folded name words, for "starts a word" matches


def _countries() -> tuple[_Country, ...]:
    """Every country in picker order, named in the UI's language."""
    return _countries_in(ui_language())


@cache
def _countries_in(lang: str) -> tuple[_Country, ...]:
    """Plain data, so it is safe to share between pickers."""
    # A committed table (tools/gen_phone_data.py): phonenumbers' own would import it at start-up.
    dial = {region: str(code) for region, code in DIAL_CODES.items()}
    return tuple(_country(code, dial.get(code, ""), lang) for code in ordered_codes(lang))


def _country(code: str, dial: str, lang: str) -> _Country:
    name = country_name(code, lang)
    return _Country(code, name, f"{name} +{dial}" if dial else name, dial)


@cache
def _search_keys_in(lang: str) -> tuple[_SearchKey, ...]:
    """Folded once, at the first search (not while the window is being built)."""
    countries = _countries_in(lang)
    return tuple(_SearchKey(fold(c.label), tuple(fold(c.name).split())) for c in countries)


def search_countries(query: str) -> list[int]:
    """Rows of ``_countries()`` matching ``query``, best first, picker order within a rank.

    ``"co"`` ranks Colombia (its code) above México (which merely contains "co"); ``"57"`` and
    ``"+57"`` match dial codes, the country that owns a shared code first (+44 → Reino Unido).
    """
    text = fold(query).strip()
    if not text:
        return []
    digits = text.removeprefix("+")
    rank, needle = (_dial_rank, digits) if digits.isdigit() else (_name_rank, text)
    lang = ui_language()
    pairs = zip(_countries_in(lang), _search_keys_in(lang), strict=True)
    ranked: list[tuple[int, int]] = []
    for row, (country, key) in enumerate(pairs):
        if (position := rank(country, key, needle)) is not None:
            ranked.append((position, row))
    return [row for _, row in sorted(ranked)]


def _dial_rank(country: _Country, _key: _SearchKey, digits: str) -> int | None:
    if country.dial == digits:
        import phonenumbers  # here, not at start-up (domain/phone.py)

        main = phonenumbers.region_code_for_country_code(int(digits)) == country.code
        return 0 if main else 1
    return 2 if country.dial.startswith(digits) else None


def _name_rank(country: _Country, key: _SearchKey, text: str) -> int | None:
    if text == country.code.lower():
        return 0
    if key.label.startswith(text):
        return 1
    if any(word.startswith(text) for word in key.words):
        return 2
    return 3 if text in key.label else None


class CountryListModel(QAbstractListModel):
    """A view over ``_countries()``: all of them, or the rows of a search, in that order.

    Labelled "México +52" for phones, or "México" (``with_dial=False``) for addresses. The ISO
    code is the data of ``Qt.UserRole`` (what QComboBox.currentData reads) and ``CODE_ROLE``.
    Flags are loaded when a row is first drawn, not when the model is made. In the first frame
    (the phone's country): roles are compared as ints (``early_qt``).
    """

    def __init__(
        self,
        rows: list[int] | None = None,
        parent: QWidget | None = None,
        *,
        with_dial: bool = True,
    ) -> None:
        super().__init__(parent)
        self._rows = list(range(len(_countries()))) if rows is None else rows
        self._with_dial = with_dial

    def set_rows(self, rows: list[int]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        country = _countries()[self._rows[index.row()]]
        if role in (DISPLAY_ROLE, EDIT_ROLE):
            return country.label if self._with_dial else country.name
        if role == DECORATION_ROLE:
            return flag_icon(country.code)
        if role in (CODE_ROLE, USER_ROLE):
            return country.code
        return None


class CountryPicker(QComboBox):
    """Flag, Spanish name and dial code; type a name, an ISO code or a dial code to search."""

    country_picked = Signal(str)  # the user chose a country (not emitted by set_region)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.setModel(CountryListModel(parent=self))
        self.setIconSize(FLAG_SIZE)
        required(self.view()).setIconSize(FLAG_SIZE)
        self._rows = {c.code: i for i, c in enumerate(_countries())}
        self._matches = CountryListModel([], self)
        self._completer = self._make_completer()
        self._popup.setIconSize(FLAG_SIZE)
        self._edit = required(self.lineEdit())
        clean_typing(self)  # a pasted name with invisible marks would match nothing
        self._reported = -1
        name_combo(self, self.tr("Phone country"))
        self.set_region(DEFAULT_COUNTRY)
        self._connect_signals()

    @property
    def _popup(self) -> QAbstractItemView:
        """Asked for each time: a Python reference kept to the completer's popup (a window the
        completer deletes) made the interpreter crash at exit with a parentless picker."""
        return required(self._completer.popup())

    def _make_completer(self) -> QCompleter:
        # Not installed with setCompleter(): the line edit would then drive the prefix itself.
        # We rank the matches ourselves (search_countries) and show them all, unfiltered.
        self.setCompleter(None)  # type: ignore[arg-type]
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setWidget(self)
        return completer

    def _connect_signals(self) -> None:
        self._edit.textEdited.connect(self._search)
        self._edit.returnPressed.connect(self._pick_best)
        # activated is overloaded (str / QModelIndex); the stubs do not know the [] selector.
        self._completer.activated[QModelIndex].connect(self._pick_completion)  # type: ignore[index]
        self.activated.connect(self._pick_row)

    def region(self) -> str:
        return str(self.currentData(CODE_ROLE))

    def set_region(self, code: str) -> None:
        """Select ``code`` without emitting ``country_picked``; unknown codes are ignored."""
        row = self._rows.get(code.upper())
        if row is not None:
            self._reported = row
            self.setCurrentIndex(row)
            self._restore_text()
            self._show_start()

    def showPopup(self) -> None:
        required(self.view()).setMinimumWidth(self._popup_width())
        super().showPopup()

    def _popup_width(self) -> int:
        """Wide enough for the longest name. Measured with font metrics: the view's own
        sizeHintForColumn() asks the model for all 249 rows and costs about 13 ms."""
        metrics = self.fontMetrics()
        text = max(metrics.horizontalAdvance(c.label) for c in _countries())
        scrollbar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        return text + self.iconSize().width() + scrollbar + 4 * metrics.averageCharWidth()

    def _search(self, text: str) -> None:
        self._matches.set_rows(search_countries(text))
        if self._matches.rowCount() == 0:
            self._popup.hide()
            return
        self._popup.setMinimumWidth(self._popup_width())
        self._completer.complete()
        self._popup.setCurrentIndex(self._completer.completionModel().index(0, 0))

    def _pick_best(self) -> None:
        """Enter: the highlighted match, else the best one, else back to the current country."""
        current = self._popup.currentIndex()
        if self._popup.isVisible() and current.isValid():
            self._pick_completion(current)
        elif rows := search_countries(self.currentText()):
            self._pick_row(rows[0])
        else:
            self._restore_text()

    def _pick_completion(self, index: QModelIndex) -> None:
        self._pick_row(self._rows[str(index.data(CODE_ROLE))])

    def _pick_row(self, row: int) -> None:
        # The combo's own popup and arrow keys set the index before we hear of it: compare
        # with the last country we reported, not with currentIndex().
        self._popup.hide()
        self.setCurrentIndex(row)
        self._restore_text()
        if row != self._reported:
            self._reported = row
            self.country_picked.emit(self.region())

    def _restore_text(self) -> None:
        if self.currentText() != self.itemText(self.currentIndex()):
            self.setEditText(self.itemText(self.currentIndex()))

    def _show_start(self) -> None:
        """A long name shows its start ("Estados Uni…"), not its end ("dos Unidos +1")."""
        if not self._edit.hasFocus():
            self._edit.setCursorPosition(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        searching = self.currentText() != self.itemText(self.currentIndex())
        key = QtCore.Qt.Key
        if searching and event.key() == key.Key_Escape:
            self._popup.hide()
            self._restore_text()
            return  # consumed: a dialog must not close because a search was abandoned
        super().keyPressEvent(event)
        if searching and event.key() in (key.Key_Return, key.Key_Enter):
            event.accept()  # Enter picked a country; it must not also press a default button

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Scrolling a form past the picker must not change the country under the pointer.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Select the shown country so typing replaces it: "colo", not "México +52colo".
        super().focusInEvent(event)
        reason = QtCore.Qt.FocusReason
        if event.reason() == reason.MouseFocusReason:
            # The click that gave focus would place the cursor after us: select once it is done.
            QTimer.singleShot(0, self._edit, self._edit.selectAll)
        elif event.reason() != reason.PopupFocusReason:
            self._edit.selectAll()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Garbage typed and left: show the country that is really selected again.
        if event.reason() != QtCore.Qt.FocusReason.PopupFocusReason:
            self._popup.hide()
            self._restore_text()
            # Later, not now: focus also leaves while the window is torn down, and touching
            # the line edit then crashed the interpreter at exit (tests/integration/
            # test_clean_exit.py). The timer dies with the picker.
            QTimer.singleShot(0, self, self._show_start)
        super().focusOutEvent(event)


def required(widget: _W | None) -> _W:
    """A child Qt always creates here, though the stubs say it may be None."""
    assert widget is not None
    return widget
