"""The contact form. It emits ``submitted(ContactDraft)``; its owner saves. Values, not widgets."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic, Self, TypeVar, overload

from PySide6 import QtCore
from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.domain.countries import DEFAULT_COUNTRY, country_name
from whaapy_contacts.ui.common.decor import Banner, make_title
from whaapy_contacts.ui.common.early_qt import NO_FOCUS, RIGHT_ARROW, TEXT_BESIDE_ICON, set_early
from whaapy_contacts.ui.common.flags import FLAG_SIZE
from whaapy_contacts.ui.common.messages import FieldMessage, Kind
from whaapy_contacts.ui.common.source_words import SOURCES, source_code, source_text
from whaapy_contacts.ui.common.texts import ui_language
from whaapy_contacts.ui.form.clean_input import clean_notes, clean_typing
from whaapy_contacts.ui.form.country_picker import CountryListModel
from whaapy_contacts.ui.form.kept_for_next import KeptForNext, pin_row
from whaapy_contacts.ui.form.kv_editor import KeyValueEditor
from whaapy_contacts.ui.form.phone_field import PhoneField
from whaapy_contacts.ui.form.tag_input import TagInput

if TYPE_CHECKING:
    # The domain (dataclasses, validation) loads after the first paint: imported where used.
    from PySide6.QtGui import QShowEvent

    from whaapy_contacts.domain.contact import Contact, ContactDraft, FunnelStage, JsonScalar
    from whaapy_contacts.ui.form.earlier_banner import EarlierBanner

_MORE_FIELDS = (
    "company", "address", "city", "state", "postal_code", "country", "notes",
    "custom_fields", "external_ids", "avatar_url", "source",
)  # fmt: skip
_W = TypeVar("_W", bound=QWidget)
CLICK_FOCUS = 2  # Qt.FocusPolicy.ClickFocus, by value (see early_qt.py)
SCROLLBAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff


class _InMore(Generic[_W]):
    """A widget of the "More details" section, which is built on first need (most contacts
    never open it, and start-up is timed): reading one of its widgets is such a need.
    ``_build_more`` sets them."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._attribute = f"_{name}"

    @overload
    def __get__(self, form: None, owner: type) -> Self: ...
    @overload
    def __get__(self, form: ContactForm, owner: type | None = None) -> _W: ...
    def __get__(self, form: ContactForm | None, owner: type | None = None) -> Self | _W:
        if form is None:
            return self
        form._ensure_more()
        widget: _W = getattr(form, self._attribute)
        return widget

    def __set__(self, form: ContactForm, widget: _W) -> None:
        setattr(form, self._attribute, widget)


class DuplicateBanner(QFrame):
    """Under the phone: who already has this number, and what to do about it."""

    view_requested = Signal()
    update_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DuplicateBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self.view_button = QPushButton(self.tr("&View contact"), self)
        self.update_button = QPushButton(self.tr("&Update that contact"), self)
        self.update_button.setToolTip(
            self.tr("Adds what you typed to the existing contact. Its tags are kept.")
        )
        self.view_button.clicked.connect(self.view_requested)
        self.update_button.clicked.connect(self.update_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.update_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        layout.addLayout(buttons)
        self.hide()

    def text(self) -> str:
        return self._label.text()

    def show_for(self, name: str) -> None:
        who = name or self.tr("(no name)")
        self._label.setText(
            self.tr("⚠ A contact with this number already exists: %1").replace("%1", who)
        )
        self.show()


class EditBanner(Banner):
    """Over the form in edit mode: whose contact is being changed, and a way out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("#e8f0fb", "#2b5797", "#0b1f3a", parent)
        self.setObjectName("EditBanner")
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel editing"), self)
        self.cancel_button.setToolTip(self.tr("Leave the contact as it is on Whaapy"))
        self.row.addWidget(self._label, 1)
        self.row.addWidget(self.cancel_button)
        self.hide()

    def text(self) -> str:
        return self._label.text()

    def show_for(self, name: str) -> None:
        self._label.setText(self.tr("<b>Editing:</b> %1").replace("%1", name.replace("<", "&lt;")))
        self._label.setAccessibleName(self.tr("Editing: %1").replace("%1", name))
        self.show()


def _mnemonic(text: str) -> str:
    """The Alt letter of a caption ("Campos personali&zados" -> "z"), "" if none."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


class ContactForm(QWidget):
    """Every field of the seed; the common ones up front, the rest behind "More details"."""

    submitted = Signal(object)  # ContactDraft
    edited = Signal()  # the user changed anything (for the autosaved draft)
    clear_requested = Signal()
    view_existing_requested = Signal()
    update_existing_requested = Signal()
    update_submitted = Signal(object, object)  # edit mode: (Contact as loaded, ContactDraft)
    edit_cancelled = Signal()
    earlier_open_requested = Signal(str)  # the refused-contact banner's "Abrirlo": entry id
    failed_edit_open_requested = Signal(str)  # the failed-edit banner's "Abrirlo": contact id

    company = _InMore[QLineEdit]()
    address = _InMore[QLineEdit]()
    city = _InMore[QLineEdit]()
    state = _InMore[QLineEdit]()
    postal_code = _InMore[QLineEdit]()
    country = _InMore[QComboBox]()
    notes = _InMore[QPlainTextEdit]()
    custom_fields = _InMore[KeyValueEditor]()
    external_ids = _InMore[KeyValueEditor]()
    avatar_url = _InMore[QLineEdit]()
    source = _InMore[QComboBox]()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, QWidget] = {}
        self._captions: list[QLabel] = []  # every row's label, both sections (_align_captions)
        self._errors: dict[str, FieldMessage] = {}
        self._editing: Contact | None = None
        self._more_built = False
        self._earlier: EarlierBanner | None = None
        self._failed_edit: EarlierBanner | None = None
        self._loaded: ContactDraft | None = None  # edit mode: the draft as loaded
        self._build()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = make_title(QLabel(self.tr("New contact"), self))
        self.edit_banner = EditBanner(self)
        self.edit_banner.cancel_button.clicked.connect(self.cancel_edit)
        self.summary = FieldMessage(Kind.ERROR, None, self)
        self.phone = PhoneField(self)
        self.pin = QToolButton(self)
        self.pin.setText(self.tr("Pin"))
        self.pin.setCheckable(True)
        self.pin.setToolTip(
            self.tr("Keep this country for the next contacts (otherwise each new one starts "
                    "in %1). Ctrl+P")
            .replace("%1", country_name(DEFAULT_COUNTRY, ui_language()))
        )  # fmt: skip
        self.pin.setAccessibleName(self.tr("Pin the phone's country"))
        # Not a Tab stop: Tab goes from the number to the name, as it always did. Ctrl+P.
        set_early(self.pin, focusPolicy=CLICK_FOCUS)
        self.pin.toggled.connect(self.update_kept)
        self.phone_notice = FieldMessage(Kind.NOTICE, self.phone.line_edit(), self)
        self.phone_hint = FieldMessage(Kind.HINT, None, self)
        self.duplicate = DuplicateBanner(self)
        self.duplicate.view_requested.connect(self.view_existing_requested)
        self.duplicate.update_requested.connect(self.update_existing_requested)
        self.name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("name@company.com"))
        self.tags = TagInput(self)
        self.stage = QComboBox(self)
        self.stage.addItem(self.tr("(no stage)"), "")
        self.more_toggle = QToolButton(self)
        self.more_toggle.setText(self.tr("&More details"))
        self.more_toggle.setCheckable(True)
        set_early(self.more_toggle, toolButtonStyle=TEXT_BESIDE_ICON, arrowType=RIGHT_ARROW)
        self.more_toggle.toggled.connect(self.set_more_visible)
        self.more = QWidget(self)  # filled by _ensure_more
        self.more.hide()
        # Made here, so Tab reaches it after the fields (as on screen), before "Guardar".
        self.kept = KeptForNext(self)
        self.kept.reset_requested.connect(self.reset_kept)
        self.save_button = QPushButton(self.tr("Save"), self)
        # Not setDefault(): Enter in a field doesn't save (Ctrl+Enter does), so the button
        # must not be drawn as the one Enter presses.
        self.save_button.setToolTip(self.tr("Save the contact (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.submit)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Clear the form (Esc)"))
        self.clear_button.clicked.connect(self.clear_requested)
        clean_typing(self.name, self.email, self.tags.entry())
        self._layout_top()
        self._wire_checks()

    def _layout_top(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        phone_box = QVBoxLayout()
        phone_box.setSpacing(2)
        phone_box.addLayout(pin_row(self.phone, self.pin))
        # A whole number with room to spare, whatever the window's width: at 1024 px the
        # splitter squeezed it to "Ej.: 2…" (the form's minimum width follows from it).
        number = self.phone.line_edit()
        number.setMinimumWidth(number.fontMetrics().horizontalAdvance("+52 55 1234 5678 M"))
        phone_error = self._error_for("phone_number", self.phone.line_edit())
        for widget in (phone_error, self.phone_notice, self.phone_hint, self.duplicate):
            phone_box.addWidget(widget)
        self.phone.place_suggestion(phone_box)
        self._add_row(form, self.tr("&Phone *"), "phone_number", self.phone, phone_box)
        self._add_row(form, self.tr("&Name"), "name", self.name)
        self._add_row(form, self.tr("&Email"), "email", self.email)
        self._add_row(form, self.tr("&Tags"), "tags", self.tags, buddy=self.tags.entry())
        self._add_row(form, self.tr("Funnel &stage"), "funnel_stage_id", self.stage)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        inner = QWidget(self)
        inner.setObjectName("FormContent")
        column = QVBoxLayout(inner)
        self._column = column
        column.addWidget(self.title)
        column.addWidget(self.edit_banner)
        column.addWidget(self.summary)
        column.addLayout(form)
        column.addWidget(self.more_toggle)
        column.addWidget(self.more)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        set_early(scroll, focusPolicy=NO_FOCUS)  # not a Tab stop: it follows the focus
        # Never sideways: the form is as wide as its fields need (_fit_width), so nothing sits
        # past a right edge the person would have to scroll to (Qt.ScrollBarAlwaysOff).
        set_early(scroll, horizontalScrollBarPolicy=SCROLLBAR_ALWAYS_OFF)
        scroll.setWidget(inner)
        self._scroll, self._inner = scroll, inner
        # Never sideways, whatever asks (a Tab stop's ensureWidgetVisible scrolled the labels
        # half out: "eléfono *", "ombre", hallway test, finding 9).
        scroll.horizontalScrollBar().valueChanged.connect(self._never_sideways)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.kept)
        outer.addLayout(buttons)

    def _never_sideways(self, value: int) -> None:
        if value:
            self._scroll.horizontalScrollBar().setValue(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_width()  # polished now: the sizes are the real ones

    def _fit_width(self) -> None:
        """A scroll area doesn't pass its content's minimum width on: say it, so the splitter
        and the window leave the fields their room (the number, "Fijar", the banners)."""
        bar = self._scroll.style().pixelMetric(self._scroll.style().PixelMetric.PM_ScrollBarExtent)
        self._scroll.setMinimumWidth(self._inner.minimumSizeHint().width() + bar + 2)
        self.updateGeometry()
        self._widen_in_splitter()

    def _widen_in_splitter(self) -> None:
        """A splitter keeps a pane's width when its minimum grows: the form was cut at the right
        once "Más datos" opened (hallway test, finding 9). Take the room from the next pane."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter) or not self.isVisible():
            return
        need = self.minimumSizeHint().width()
        sizes = splitter.sizes()
        at = splitter.indexOf(self)
        short = need - sizes[at]
        if short > 0 and len(sizes) > at + 1:
            sizes[at] += short
            sizes[at + 1] -= short
            splitter.setSizes(sizes)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Whatever gets the focus (Alt+letter, an error, Tab) is scrolled into view: Qt's
        scroll area does that for Tab only."""
        if new is None or not self._inner.isAncestorOf(new):
            return
        # Not ensureWidgetVisible(): for a text box it aims at the text cursor, and left a
        # focused notes box half under the edge. The bottom, then the top (the top wins).
        top = new.mapTo(self._inner, QPoint(0, 0)).y()
        self._scroll.ensureVisible(0, top + new.height() - 1, 0, 6)
        self._scroll.ensureVisible(0, top, 0, 6)

    def _ensure_more(self) -> None:
        """Build "More details": when it opens, or when its fields are read or given values or
        messages. Unbuilt, it holds its defaults (see ``_more_draft``)."""
        if self._more_built:
            return
        self._more_built = True
        above = self._errors
        self._errors = {}
        self._build_more(self.more)
        # Its messages first, as when it was built before the rows above it: show_errors
        # announces them and picks the field to focus in this order.
        self._errors.update(above)
        self._more_in_tab_order()
        self._align_captions()
        self._fit_width()
        self._wire_more()
        self._show_mode_in_more()

    def _build_more(self, box: QWidget) -> None:
        self.company = QLineEdit(box)
        self.address = QLineEdit(box)
        self.city = QLineEdit(box)
        self.state = QLineEdit(box)
        self.postal_code = QLineEdit(box)
        self.country = QComboBox(box)
        self.country.setModel(CountryListModel(parent=self.country, with_dial=False))
        self.country.setIconSize(FLAG_SIZE)
        # Sized by a typical name, not the longest of 249 (which widened the whole form).
        self.country.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.country.setMinimumContentsLength(12)
        self.notes = QPlainTextEdit(box)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.custom_fields = KeyValueEditor(self.tr("Add custom field"), typed=True, parent=box)
        self.external_ids = KeyValueEditor(self.tr("Add external ID"), typed=False, parent=box)
        self.avatar_url = QLineEdit(box)
        self.avatar_url.setPlaceholderText("https://…")
        self.source = QComboBox(box)
        self.source.setEditable(True)
        self.source.addItems([source_text(code) for code in SOURCES])  # plain words, not codes
        self.source.setToolTip(self.tr("Where the contact came from."))
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (self.tr("Compan&y"), "company", self.company),
            (self.tr("A&ddress"), "address", self.address),
            (self.tr("C&ity"), "city", self.city),
            (self.tr("State"), "state", self.state),  # no letter left for it
            (self.tr("Posta&l code"), "postal_code", self.postal_code),
            (self.tr("&Country"), "country", self.country),
            (self.tr("N&otes"), "notes", self.notes),
            (self.tr("Custom &fields"), "custom_fields", self.custom_fields),
            (self.tr("E&xternal IDs"), "external_ids", self.external_ids),
            (self.tr("Ima&ge URL"), "avatar_url", self.avatar_url),
            (self.tr("Sou&rce"), "source", self.source),
        )
        for label, name, widget in rows:
            self._add_row(form, label, name, widget)
        clean_typing(self.company, self.address, self.city, self.state, self.postal_code,
                     self.avatar_url, self.source)  # fmt: skip
        clean_notes(self.notes)
        self.reset_sticky()

    def _add_row(
        self,
        form: QFormLayout,
        label: str,
        name: str,
        widget: QWidget,
        box: QVBoxLayout | None = None,
        *,
        buddy: QWidget | None = None,
    ) -> None:
        caption = QLabel(label, form.parentWidget() or self)
        caption.setBuddy(buddy or (self.phone.line_edit() if widget is self.phone else widget))
        self._captions.append(caption)
        if isinstance(widget, KeyValueEditor):
            caption.setBuddy(widget.mnemonic_target())
            widget.changed.connect(lambda: caption.setBuddy(widget.mnemonic_target()))
        self._fields[name] = widget
        if box is None:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self._error_for(name, buddy or widget))
        form.addRow(caption, box)

    def _error_for(self, name: str, field: QWidget) -> FieldMessage:
        message = FieldMessage(Kind.ERROR, field, self)
        self._errors[name] = message
        return message

    def _align_captions(self) -> None:
        """ "Más datos" is a second form layout: its fields start where the ones above do
        when both label columns are as wide as the widest label of either."""
        width = max(c.sizeHint().width() for c in self._captions)
        for caption in self._captions:
            caption.setMinimumWidth(width)

    def _more_in_tab_order(self) -> None:
        """Widgets made now join the end of the window's focus chain: move the section's Tab
        stops back after its toggle, where they are on screen."""
        previous: QWidget = self.more_toggle
        for name in _MORE_FIELDS:
            widget = self._fields[name]
            proxy = widget.focusProxy()  # a KeyValueEditor's: its "Add" button
            stop = widget if proxy is None else proxy
            QWidget.setTabOrder(previous, stop)
            if proxy is not None:  # Qt puts a widget right before the child it hands focus to
                widget.setFocusProxy(proxy)
            previous = stop

    def _wire_checks(self) -> None:
        """Check a field when the user leaves it; re-check while they fix a flagged one."""
        self.phone.editing_finished.connect(lambda: self._check_left("phone_number"))
        self.phone.edited.connect(self._phone_edited)
        self._check_on_leave("email")
        self._wire_edited()

    def _check_on_leave(self, name: str) -> None:
        edit = self._fields[name]
        assert isinstance(edit, QLineEdit)
        edit.editingFinished.connect(lambda: self._check_left(name))
        edit.textEdited.connect(lambda _t: self._recheck_if_flagged(name))

    def _check_left(self, name: str) -> None:
        """Leaving a field checks what was typed; an empty one is "required" only on save (or
        once flagged): the form cleared for the next contact, then the list clicked, is no
        mistake of the person's."""
        field = self.phone if name == "phone_number" else self._fields[name]
        value = field.text() if isinstance(field, (PhoneField, QLineEdit)) else ""
        if value.strip() or self._errors[name].text():
            self.check(name)

    def _wire_edited(self) -> None:
        """One ``edited`` signal for every user change, whatever the widget."""
        self.phone.edited.connect(self.edited)
        for edit in (self.name, self.email):
            edit.textEdited.connect(self.edited)
        self.stage.activated.connect(self.edited)
        self.tags.changed.connect(self.edited)
        self.tags.changed.connect(self._recheck_tags)
        for signal in (self.stage.currentIndexChanged, self.tags.changed, self.phone.edited):
            signal.connect(self.update_kept)

    def _recheck_tags(self) -> None:
        """The half-typed-tag message goes as soon as it stops being true (it became a tag,
        or the entry emptied), and follows what is typed while it is."""
        if self._errors["tags"].text():
            message = self.tags.half_typed()
            self._errors["tags"].set_messages([message] if message else [])

    def _wire_more(self) -> None:
        """``_wire_checks`` and ``_wire_edited`` for the section, once built."""
        for name in ("avatar_url", "postal_code"):
            self._check_on_leave(name)
        self.country.currentIndexChanged.connect(lambda: self._recheck_if_flagged("postal_code"))
        self.custom_fields.changed.connect(lambda: self._recheck_if_flagged("custom_fields"))
        self.external_ids.changed.connect(lambda: self._recheck_if_flagged("external_ids"))
        for edit in (self.company, self.address, self.city, self.state, self.postal_code,
                     self.avatar_url):  # fmt: skip
            edit.textEdited.connect(self.edited)
        self.notes.textChanged.connect(self._notes_changed)
        self.country.activated.connect(self.edited)
        self.source.editTextChanged.connect(self.edited)
        self.country.currentIndexChanged.connect(self.update_kept)
        self.source.editTextChanged.connect(self.update_kept)
        for widget in (self.custom_fields, self.external_ids):
            widget.changed.connect(self.edited)
            widget.changed.connect(self._fit_width)  # a row may be wider than the fields

    def alt_letter(self, letter: str) -> None:
        """An Alt+letter no visible label took, typed in one of the form's fields (clean_input
        keeps it out of the text): with "Más datos" closed, its field's letter opens it there
        (Alt+Z, Campos personalizados). Any other does nothing."""
        if self.more.isVisible():
            return
        self._ensure_more()
        caption = next((c for c in self._captions if self.more.isAncestorOf(c)
                        and _mnemonic(c.text()) == letter), None)  # fmt: skip
        buddy = caption.buddy() if caption is not None else None
        if buddy is None:
            return
        self.set_more_visible(True)
        # As the label's own shortcut does ("Agregar…" adds a row then, its name focused).
        buddy.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        if isinstance(buddy, QAbstractButton):
            buddy.animateClick()

    def _notes_changed(self) -> None:
        if self.notes.hasFocus():
            self.edited.emit()

    def earlier(self) -> EarlierBanner:
        """The banner for a contact saved earlier that came back refused (made on first need,
        after the first paint), over the fields."""
        if self._earlier is None:
            self._earlier = self._late_banner()
            self._earlier.open_requested.connect(self.earlier_open_requested)
        return self._earlier

    def failed_edit(self) -> EarlierBanner:
        """The same for an edit the server did not take (the form had moved on at once)."""
        if self._failed_edit is None:
            self._failed_edit = self._late_banner()
            self._failed_edit.setObjectName("FailedEditBanner")
            tip = self.tr("Put your changes to that contact back in the form")
            self._failed_edit.open_button.setToolTip(tip)
            self._failed_edit.open_requested.connect(self.failed_edit_open_requested)
        return self._failed_edit

    def _late_banner(self) -> EarlierBanner:
        from whaapy_contacts.ui.form.earlier_banner import EarlierBanner

        banner = EarlierBanner(self._column.parentWidget())
        self._column.insertWidget(self._column.indexOf(self.summary), banner)
        # Made late, its buttons joined the end of the window's Tab order: put them before
        # the first field, where they are on screen.
        before: QWidget = self.edit_banner.cancel_button
        for button in (banner.open_button, banner.close_button):
            QWidget.setTabOrder(before, button)
            before = button
        return banner

    def earlier_if_shown(self) -> EarlierBanner | None:
        banner = self._earlier
        return banner if banner is not None and banner.isVisibleTo(self) else None

    def forget_earlier(self, entry_id: str) -> None:
        """That contact is back in the form, or saved again: its banner is no longer true."""
        if self._earlier is not None:
            self._earlier.forget(entry_id)

    # --- values ---------------------------------------------------------------------------

    def draft(self) -> ContactDraft:
        from dataclasses import replace

        return replace(
            self._more_draft(),
            phone_number=self.phone.text(),
            phone_region=self.phone.region(),
            name=self.name.text(),
            email=self.email.text(),
            tags=self.tags.tags(),
            funnel_stage_id=str(self.stage.currentData() or ""),
        )

    def _more_draft(self) -> ContactDraft:
        """The section's fields (the others blank). Unbuilt, what its new widgets would hold,
        ``reset_sticky``'s included: the draft is read on every edit, and mustn't build it."""
        from whaapy_contacts.domain.contact import ContactDraft

        if not self._more_built:
            return ContactDraft(
                phone_number="",
                custom_fields={},
                external_ids={},
                source="manual",
                country=DEFAULT_COUNTRY,
            )
        return ContactDraft(
            phone_number="",
            avatar_url=self.avatar_url.text(),
            custom_fields=self.custom_fields.values(),
            external_ids={k: str(v) for k, v in self.external_ids.values().items()},
            notes=self.notes.toPlainText(),
            source=source_code(self.source.currentText()),
            company=self.company.text(),
            address=self.address.text(),
            city=self.city.text(),
            state=self.state.text(),
            postal_code=self.postal_code.text(),
            country=str(self.country.currentData() or DEFAULT_COUNTRY),
        )

    def set_stages(self, stages: tuple[FunnelStage, ...]) -> None:
        current = self.stage.currentData()
        self.stage.clear()
        self.stage.addItem(self.tr("(no stage)"), "")
        for stage in stages:
            self.stage.addItem(stage.name, stage.id)
        self.stage.setCurrentIndex(max(0, self.stage.findData(current)))

    def set_tag_suggestions(self, tags: list[str] | tuple[str, ...]) -> None:
        self.tags.set_suggestions(tags)

    def submit(self) -> None:
        if tag := self.tags.settle():  # a half-typed tag is never sent as it is, nor guessed
            self.show_errors({"tags": (tag,)})
            return
        if self._more_built:
            problems = {name: tuple(editor.problems()) for name, editor in
                        (("custom_fields", self.custom_fields), ("external_ids", self.external_ids))
                        if editor.problems()}  # fmt: skip
            if problems:
                self.show_errors(problems)
                return
        if self._editing is not None:
            self.update_submitted.emit(self._editing, self.draft())
            return
        self.submitted.emit(self.draft())

    # --- feedback -------------------------------------------------------------------------

    def check(self, name: str) -> tuple[str, ...]:
        if name in _MORE_FIELDS:
            self._ensure_more()
        from whaapy_contacts.domain.validation import check_field

        messages = check_field(self.draft(), name)
        if name in ("custom_fields", "external_ids"):
            editor = self.custom_fields if name == "custom_fields" else self.external_ids
            messages = (*messages, *editor.problems())
        self._errors[name].set_messages(messages)
        if name == "phone_number":
            self._show_phone_feedback()
        return messages

    def _recheck_if_flagged(self, name: str) -> None:
        if self._errors[name].text():
            self.check(name)

    def _phone_edited(self) -> None:
        self.duplicate.hide()
        self._recheck_if_flagged("phone_number")
        if self.phone_notice.text() or self.phone_hint.text():
            self._show_phone_feedback()  # each phone message goes when it stops being true

    def _show_phone_feedback(self) -> None:
        result = self.phone.result()
        self.phone_notice.set_messages([n.message for n in result.notices])
        hint = self.tr("This looks like a landline; WhatsApp needs a mobile number.")
        self.phone_hint.set_messages([hint] if result.ok and result.is_landline else [])

    def show_errors(self, errors: Mapping[str, tuple[str, ...]]) -> None:
        """Each message under its field; unknown fields in the summary; focus the first bad one."""
        if any(name in errors for name in _MORE_FIELDS):
            self._ensure_more()
        for name, label in self._errors.items():
            label.set_messages(errors.get(name, ()))
        unknown = [m for name, msgs in errors.items() if name not in self._errors for m in msgs]
        self.summary.set_messages(unknown)
        if any(name in errors for name in _MORE_FIELDS):
            self.more_toggle.setChecked(True)
        first = next((n for n in self._errors if n in errors), None)
        if first is not None:
            self._focus_field(first)

    def _focus_field(self, name: str) -> None:
        """The bad box itself: in a key/value editor, the row at fault (not its "Add")."""
        target = self._fields[name]
        if isinstance(target, KeyValueEditor) and target.focus_problem():
            return
        (self.phone.line_edit() if target is self.phone else target).setFocus()

    def error_text(self, name: str) -> str:
        """The visible message under a field ("" when none)."""
        if name in _MORE_FIELDS and not self._more_built:
            return ""
        label = self.summary if name == "_summary" else self._errors[name]
        return label.text() if label.isVisibleTo(self) else ""

    def clear_errors(self) -> None:
        self.show_errors({})

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        idle = self.tr("Save changes") if self._editing else self.tr("Save")
        self.save_button.setText(self.tr("Saving…") if busy else idle)

    def show_duplicate(self, name: str) -> None:
        self.duplicate.show_for(name)

    def show_notices(self, notices: tuple[str, ...]) -> None:
        self.phone_notice.set_messages(notices)

    def set_more_visible(self, visible: bool) -> None:
        if visible:
            self._ensure_more()
        self.more.setVisible(visible)
        self._fit_width()  # measured while hidden it counted for nothing
        arrow = QtCore.Qt.ArrowType.DownArrow if visible else QtCore.Qt.ArrowType.RightArrow
        self.more_toggle.setArrowType(arrow)
        if self.more_toggle.isChecked() != visible:
            self.more_toggle.setChecked(visible)

    def is_blank(self) -> bool:
        return self.draft().is_blank()

    def clear_for_next(self) -> None:
        """Empty the form for the next contact; country, tags, stage and source stay (batch)."""
        self.name.clear()
        self.email.clear()
        self.phone.clear()
        if not self.pin.isChecked():  # a foreign number doesn't make the next one foreign
            self.phone.set_region(DEFAULT_COUNTRY)
        if self._more_built:  # else it is empty
            for edit in (self.company, self.address, self.city, self.state, self.postal_code,
                         self.avatar_url):  # fmt: skip
                edit.clear()
            self.notes.clear()
            self.custom_fields.clear()
            self.external_ids.clear()
        self.duplicate.hide()
        self.phone_hint.clear()
        self.phone_notice.clear()  # it spoke of the number just emptied (an update, a save)
        self.clear_errors()
        self.update_kept()
        self.phone.setFocus()

    def clear_all(self) -> None:
        """Esc: everything, sticky fields included, back to the defaults (and out of edit mode)."""
        self._set_editing(None)
        self.pin.setChecked(False)
        self.clear_for_next()
        self.reset_kept()

    def reset_kept(self) -> None:
        """ "Restablecer" (Ctrl+R): what stays for the next contact back to the defaults; what
        is typed stays."""
        if self._editing is not None:
            return  # those are the edited contact's own values
        self.pin.setChecked(False)
        if not self.phone.text().strip():  # a typed +code chose it: not ours to undo
            self.phone.set_region(DEFAULT_COUNTRY)
        self.tags.set_tags(())
        self.stage.setCurrentIndex(0)
        self.reset_sticky()
        self.update_kept()

    def kept_parts(self) -> list[tuple[str, str]]:
        """What stays for the next contact, as (what, value) in the person's words."""
        parts: list[tuple[str, str]] = []
        if chips := self.tags.chips():
            parts.append((self.tr("Tags"), ", ".join(chips)))
        if self.stage.currentIndex() > 0:
            parts.append((self.tr("Stage"), self.stage.currentText()))
        if self.pin.isChecked():
            name = country_name(self.phone.region(), ui_language())
            parts.append((self.tr("Phone country"), self.tr("%1 (pinned)").replace("%1", name)))
        if self._more_built and (code := str(self.country.currentData() or "")) != DEFAULT_COUNTRY:
            parts.append((self.tr("Country"), country_name(code, ui_language())))
        if self._more_built and source_code(self.source.currentText()) not in ("", "manual"):
            parts.append((self.tr("Source"), self.source.currentText()))
        return parts

    def update_kept(self) -> None:
        self.kept.show_kept([] if self._editing is not None else self.kept_parts())

    def load_draft(self, draft: ContactDraft) -> None:
        """Put a saved draft back in the form (a recovered draft, or an entry to fix)."""
        self.clear_all()
        self.phone.set_region(draft.phone_region)
        self.phone.set_text(draft.phone_number)
        self.name.setText(draft.name)
        self.email.setText(draft.email)
        self.tags.set_tags(draft.tags)
        self.stage.setCurrentIndex(max(0, self.stage.findData(draft.funnel_stage_id)))
        self._fill_more(draft)
        more = (draft.company, draft.address, draft.city, draft.state, draft.postal_code,
                draft.notes, draft.avatar_url, draft.custom_fields, draft.external_ids)  # fmt: skip
        self.set_more_visible(any(more) or draft.country != DEFAULT_COUNTRY)
        self.phone.setFocus()

    def _fill_more(self, values: ContactDraft) -> None:
        """Show the section's fields of ``values`` in it, on a cleared form. When they are its
        defaults there is nothing to change, and an unbuilt section stays so."""
        shown = self._more_draft()
        if all(getattr(values, n) == getattr(shown, n) for n in _MORE_FIELDS):
            return
        for name in ("company", "address", "city", "state", "postal_code", "avatar_url"):
            edit = getattr(self, name)
            assert isinstance(edit, QLineEdit)
            edit.setText(str(getattr(values, name)))
        self.notes.setPlainText(values.notes)
        self.country.setCurrentIndex(max(0, self.country.findData(values.country)))
        self.source.setCurrentText(source_text(values.source))
        self.custom_fields.set_values(dict(values.custom_fields))
        self.external_ids.set_values(dict(values.external_ids))

    def reset_sticky(self) -> None:
        if not self._more_built:
            return  # it holds the defaults
        self.country.setCurrentIndex(max(0, self.country.findData(DEFAULT_COUNTRY)))
        self.source.setCurrentText(source_text("manual"))

    # --- edit mode ------------------------------------------------------------------------

    def load_for_edit(self, contact: Contact) -> None:
        """Show an existing contact to change it. Saving emits ``update_submitted``; the phone
        and source can't change (the API refuses both), and the notes box takes a new note."""
        self.clear_all()
        self._set_editing(contact)
        self.phone.set_text(contact.phone_number)
        self.name.setText(contact.name or contact.display_name)
        self.email.setText(contact.email)
        self.tags.set_tags(contact.tags)
        self._select_stage(contact.funnel_stage)
        from whaapy_contacts.domain.contact import ContactDraft

        scalars = (str, int, float, bool)  # nested values are left alone, not shown as text
        fields: dict[str, JsonScalar] = {
            k: v for k, v in contact.custom_fields.items() if isinstance(v, scalars)
        }
        self._fill_more(
            ContactDraft(  # the notes box takes a new note: it stays empty
                phone_number="",
                company=contact.company,
                address=contact.address,
                city=contact.city,
                state=contact.state,
                postal_code=contact.postal_code,
                avatar_url=contact.avatar_url,
                country=contact.country or "MX",
                source=contact.source or "manual",
                custom_fields=fields,
                external_ids=dict(contact.external_ids),
            )
        )
        more = (contact.company, contact.address, contact.city, contact.state,
                contact.postal_code, contact.avatar_url, fields, contact.external_ids)  # fmt: skip
        self.set_more_visible(any(more) or (contact.country or "MX") != DEFAULT_COUNTRY)
        self.name.setFocus()
        self._loaded = self.draft()

    def load_edit_draft(self, contact: Contact, draft: ContactDraft) -> None:
        """An edit the server did not take, back in the form as it was typed (still an edit
        of ``contact``: saving sends what differs from it)."""
        self.load_for_edit(contact)
        self.name.setText(draft.name)
        self.email.setText(draft.email)
        self.tags.set_tags(draft.tags)
        self.stage.setCurrentIndex(max(0, self.stage.findData(draft.funnel_stage_id)))
        shown = self._more_draft()
        if any(getattr(draft, n) != getattr(shown, n) for n in _MORE_FIELDS):
            self._fill_more(draft)
            self.set_more_visible(True)
        self.name.setFocus()

    def has_changes(self) -> bool:
        """Editing: anything changed since the contact was loaded (Esc asks only then)."""
        return self._editing is not None and self.draft() != self._loaded

    def edit_target(self) -> Contact | None:
        """The contact being edited, or None when the form makes a new contact."""
        return self._editing

    def leave_edit_mode(self) -> None:
        """Back to an empty form for a new contact."""
        self.clear_all()

    def cancel_edit(self) -> None:
        self.leave_edit_mode()
        self.edit_cancelled.emit()

    def _set_editing(self, contact: Contact | None) -> None:
        self._editing = contact
        editing = contact is not None
        self.title.setText(self.tr("Edit contact") if editing else self.tr("New contact"))
        if contact is not None:
            self.edit_banner.show_for(contact.display_name or contact.phone_number)
        else:
            self.edit_banner.hide()
        if self.isVisible():
            self._fit_width()  # the banner's width counts while it shows
        self.phone.setEnabled(not editing)
        self.phone.setToolTip(self.tr("The phone of a saved contact can't be changed here.")
                              if editing else "")  # fmt: skip
        self.pin.setEnabled(not editing)
        self.update_kept()
        if self._more_built:
            self._show_mode_in_more()
        if self.save_button.isEnabled():  # a save in flight keeps its "Saving…"
            self.save_button.setText(self.tr("Save changes") if editing else self.tr("Save"))

    def _show_mode_in_more(self) -> None:
        editing = self._editing is not None
        self.source.setEnabled(not editing)
        note = self.tr("A new note (the saved notes stay)") if editing else ""
        self.notes.setPlaceholderText(note)

    def _select_stage(self, stage: FunnelStage | None) -> None:
        if stage is not None and self.stage.findData(stage.id) < 0:
            self.stage.addItem(stage.name, stage.id)  # stages not loaded yet: show it anyway
        self.stage.setCurrentIndex(max(0, self.stage.findData(stage.id if stage else "")))
