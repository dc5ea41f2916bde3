"""The contact form. It emits ``submitted(ContactDraft)``; its owner saves. Values, not widgets.

The view: it builds and lays out its parts and emits what the person asks for. Its rows come
from domain/fields.py (field_rows.py makes them, field_widgets.py by kind); form_values.py (the
presenter of its values) decides what a loaded draft or contact shows and what stays for the
next contact; form_feedback.py checks fields and places messages; edit_mode.py shows new vs
edit; banners.py and form_scroll.py are its other parts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.domain.countries import DEFAULT_COUNTRY, country_name
from whaapy_contacts.domain.fields import key_value_names, main_fields, more_fields, more_names
from whaapy_contacts.ui.common.decor import make_title
from whaapy_contacts.ui.common.early_qt import RIGHT_ARROW, TEXT_BESIDE_ICON, set_early
from whaapy_contacts.ui.common.messages import FieldMessage, Kind
from whaapy_contacts.ui.common.texts import ui_language
from whaapy_contacts.ui.form.banners import DuplicateBanner, EditBanner, LateBanners
from whaapy_contacts.ui.form.edit_mode import show_mode, show_mode_in_more
from whaapy_contacts.ui.form.email_suggestion import EmailSuggestion
from whaapy_contacts.ui.form.existing_hint import EmailExistingHint, ExistingHint
from whaapy_contacts.ui.form.field_rows import FieldRows, mnemonic
from whaapy_contacts.ui.form.form_feedback import FormFeedback
from whaapy_contacts.ui.form.form_scroll import FormScroll
from whaapy_contacts.ui.form.form_values import FormValues
from whaapy_contacts.ui.form.kept_for_next import KeptForNext, pin_row
from whaapy_contacts.ui.form.kv_editor import KeyValueEditor
from whaapy_contacts.ui.form.paste_fill import PasteFill
from whaapy_contacts.ui.form.phone_field import PhoneField
from whaapy_contacts.ui.form.tag_input import TagInput

if TYPE_CHECKING:
    # The domain (dataclasses, validation) loads after the first paint: imported where used.
    from PySide6.QtGui import QShowEvent

    from whaapy_contacts.domain.contact import Contact, ContactDraft, FunnelStage
    from whaapy_contacts.domain.custom_fields import FieldDefinition
    from whaapy_contacts.ui.form.earlier_banner import EarlierBanner

CLICK_FOCUS = 2  # Qt.FocusPolicy.ClickFocus, by value (see early_qt.py)


class ContactForm(QWidget):
    """Every field of the table; the common ones up front, the rest behind "More details"
    (built on first need: reading one of its widgets, ``form.company``, is such a need)."""

    submitted = Signal(object)  # ContactDraft
    edited = Signal()  # the user changed anything (for the autosaved draft)
    clear_requested = Signal()
    view_existing_requested = Signal()
    update_existing_requested = Signal()
    update_submitted = Signal(object, object)  # edit mode: (Contact as loaded, ContactDraft)
    edit_cancelled = Signal()
    earlier_open_requested = Signal(str)  # the refused-contact banner's "Abrirlo": entry id
    failed_edit_open_requested = Signal(str)  # the failed-edit banner's "Abrirlo": contact id
    blocked = Signal(str)  # Ctrl+Enter didn't save: why, for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = FieldRows(self)
        self.editing: Contact | None = None
        self._loaded: ContactDraft | None = None  # edit mode: the draft as loaded
        self._custom_fields: tuple[FieldDefinition, ...] = ()  # the account's own fields
        self.values = FormValues(self)
        self.feedback = FormFeedback(self)
        self._build()
        self.paste = PasteFill(self)  # a paste or drop that holds a contact fills the form

    def __getattr__(self, name: str) -> Any:
        """A widget of "More details" by its field's name (``form.company``): built now."""
        if name not in more_names():
            raise AttributeError(name)
        self.ensure_more()
        return self.rows.widgets[name]

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = make_title(QLabel(self.tr("New contact"), self))
        self.edit_banner = EditBanner(self)
        self.edit_banner.cancel_button.clicked.connect(self.cancel_edit)
        self.summary = FieldMessage(Kind.ERROR, None, self)
        self._build_phone()
        self.rows.make_main(self.phone)
        widgets = self.rows.widgets
        self.name = _as(QLineEdit, widgets["name"])
        self.email = _as(QLineEdit, widgets["email"])
        self.tags = _as(TagInput, widgets["tags"])
        self.stage = _as(QComboBox, widgets["funnel_stage_id"])
        self.more_toggle = QToolButton(self)
        self.more_toggle.setText(self.tr("&More details"))
        self.more_toggle.setCheckable(True)
        set_early(self.more_toggle, toolButtonStyle=TEXT_BESIDE_ICON, arrowType=RIGHT_ARROW)
        self.more_toggle.toggled.connect(self.set_more_visible)
        self.more = QWidget(self)  # filled by ensure_more
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
        self._layout_top()
        self.email_suggestion = EmailSuggestion(self.email, self)
        self.rows.boxes["email"].addWidget(self.email_suggestion)
        # "Ya existe con este correo: …" (issue 17): not in edit mode, not what the phone told.
        self.existing_email = EmailExistingHint(
            self.email, lambda: self.editing is not None, self.existing, self
        )
        self.rows.boxes["email"].addWidget(self.existing_email)
        self._wire_phone()
        self.feedback.wire_fields(main_fields())

    def _build_phone(self) -> None:
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
        self.existing = ExistingHint(self)  # "Ya existe: …" while typing (issue 17)
        self.duplicate.view_requested.connect(self.view_existing_requested)
        self.duplicate.update_requested.connect(self.update_existing_requested)

    def _phone_box(self) -> QVBoxLayout:
        phone_box = QVBoxLayout()
        phone_box.setSpacing(2)
        phone_box.addLayout(pin_row(self.phone, self.pin))
        # A whole number with room to spare, whatever the window's width: at 1024 px the
        # splitter squeezed it to "Ej.: 2…" (the form's minimum width follows from it).
        number = self.phone.line_edit()
        number.setMinimumWidth(number.fontMetrics().horizontalAdvance("+52 55 1234 5678 M"))
        phone_error = self.rows.error_for("phone_number", self.phone.line_edit())
        for widget in (phone_error, self.phone_notice, self.phone_hint, self.existing,
                       self.duplicate):  # fmt: skip
            phone_box.addWidget(widget)
        self.phone.place_suggestion(phone_box)
        return phone_box

    def _layout_top(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows.lay_out_main(form, self._phone_box())
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        inner = QWidget(self)
        inner.setObjectName("FormContent")
        column = QVBoxLayout(inner)
        self._column = column
        for widget in (self.title, self.edit_banner, self.summary):
            column.addWidget(widget)
        column.addLayout(form)
        column.addWidget(self.more_toggle)
        column.addWidget(self.more)
        column.addStretch(1)
        self._scroll, self._inner = FormScroll(inner, self), inner
        self._late = LateBanners(column, self.summary, self.edit_banner.cancel_button)
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll, 1)
        outer.addWidget(self.kept)
        outer.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_width()  # polished now: the sizes are the real ones
        self.paste.attach_window()

    def add_banner(self, banner: QWidget) -> Any:
        """A banner made late (a paste's) over the fields, its buttons first in Tab order."""
        self._column.insertWidget(self._column.indexOf(self.summary), banner)
        before: QWidget = self.edit_banner.cancel_button
        for button in banner.findChildren(QAbstractButton):
            QWidget.setTabOrder(before, button)
            before = button
        return banner

    def add_footer_banner(self, banner: QWidget) -> None:
        """A banner under the fields, over the buttons (the undo's after each save): it takes
        the room below the fields instead of pushing them down at every save."""
        self._outer.insertWidget(self._outer.indexOf(self.kept), banner)

    def fit_width(self) -> None:
        self._scroll.fit_width(self)

    def show_in_view(self, message: QWidget, focused: QWidget | None) -> None:
        """A message and the box it is about, scrolled into view."""
        self._scroll.show_message(message, focused)

    def ensure_more(self) -> None:
        """Build "More details": when it opens, or when its fields are read or given values or
        messages. Unbuilt, it holds its defaults (see ``FormValues.draft``)."""
        if self.rows.more_built:
            return
        self.rows.build_more(self.more, self.more_toggle)
        self.fit_width()
        self.feedback.wire_fields(more_fields())
        show_mode_in_more(self)
        editor = _as(KeyValueEditor, self.rows.widgets["custom_fields"])
        editor.set_definitions(self._custom_fields)
        editor.left_defined.connect(lambda: self.check("custom_fields"))

    def set_custom_fields(self, definitions: tuple[FieldDefinition, ...]) -> None:
        """The account's own fields, offered by name above the free rows (kv_editor.py)."""
        self._custom_fields = tuple(definitions)
        if self.rows.more_built:
            _as(KeyValueEditor, self.rows.widgets["custom_fields"]).set_definitions(definitions)

    # --- wiring ---------------------------------------------------------------------------

    def _wire_phone(self) -> None:
        self.phone.editing_finished.connect(lambda: self.feedback.check_left("phone_number"))
        self.phone.edited.connect(self.feedback.phone_edited)
        self.phone.edited.connect(self.update_kept)
        self.phone.edited.connect(self._look_for_existing)

    def _look_for_existing(self) -> None:
        """A complete new number: is it saved already? (Not in edit mode: it is that one.)"""
        self.existing.phone_changed(None if self.editing else self.phone.result().e164)

    def alt_letter(self, letter: str) -> None:
        """An Alt+letter no visible label took, typed in one of the form's fields (clean_input
        keeps it out of the text): with "Más datos" closed, its field's letter opens it there
        (Alt+Z, Campos personalizados). Any other does nothing."""
        if self.more.isVisible():
            return
        self.ensure_more()
        caption = next((c for c in self.rows.captions if self.more.isAncestorOf(c)
                        and mnemonic(c.text()) == letter), None)  # fmt: skip
        buddy = caption.buddy() if caption is not None else None
        if buddy is None:
            return
        self.set_more_visible(True)
        # As the label's own shortcut does ("Agregar…" adds a row then, its name focused).
        buddy.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        if isinstance(buddy, QAbstractButton):
            buddy.animateClick()

    # --- the banners made late ------------------------------------------------------------

    def earlier(self) -> EarlierBanner:
        """The banner for a contact saved earlier that came back refused (made on first need,
        after the first paint), over the fields."""
        return self._late.earlier(self.earlier_open_requested)

    def failed_edit(self) -> EarlierBanner:
        """The same for an edit the server did not take (the form had moved on at once)."""
        return self._late.failed_edit(self.failed_edit_open_requested)

    def earlier_if_shown(self) -> EarlierBanner | None:
        return self._late.earlier_if_shown(self)

    def forget_earlier(self, entry_id: str) -> None:
        """That contact is back in the form, or saved again: its banner is no longer true."""
        self._late.forget_earlier(entry_id)

    # --- values ---------------------------------------------------------------------------

    def draft(self) -> ContactDraft:
        return self.values.draft()

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
        if self.rows.more_built:
            editors = [(n, _as(KeyValueEditor, self.rows.widgets[n])) for n in key_value_names()]
            bad = [(n, e) for n, e in editors if e.problems()]
            if bad:  # each of the account's fields says its own under it (custom_inputs.py)
                self.show_errors({n: tuple(e.listed_problems()) for n, e in bad})
                self.blocked.emit(self.tr("Not saved: %1").replace("%1", bad[0][1].problems()[0]))
                return
        if self.editing is not None:
            self.update_submitted.emit(self.editing, self.draft())
            return
        self.submitted.emit(self.draft())

    def is_blank(self) -> bool:
        return self.draft().is_blank()

    # --- feedback -------------------------------------------------------------------------

    def check(self, name: str) -> tuple[str, ...]:
        return self.feedback.check(name)

    def show_errors(self, errors: Mapping[str, tuple[str, ...]], *, practice: bool = False) -> None:
        self.feedback.show_errors(errors, practice=practice)

    def error_text(self, name: str) -> str:
        """The visible message under a field ("" when none)."""
        return self.feedback.error_text(name)

    def clear_errors(self) -> None:
        self.show_errors({})

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        idle = self.tr("Save changes") if self.editing else self.tr("Save")
        self.save_button.setText(self.tr("Saving…") if busy else idle)

    def show_duplicate(self, name: str) -> None:
        self.duplicate.show_for(name)

    def show_notices(self, notices: tuple[str, ...]) -> None:
        self.phone_notice.set_messages(notices)

    def set_more_visible(self, visible: bool) -> None:
        if visible:
            self.ensure_more()
        self.more.setVisible(visible)
        self.fit_width()  # measured while hidden it counted for nothing
        arrow = QtCore.Qt.ArrowType.DownArrow if visible else QtCore.Qt.ArrowType.RightArrow
        self.more_toggle.setArrowType(arrow)
        if self.more_toggle.isChecked() != visible:
            self.more_toggle.setChecked(visible)

    # --- the next contact -----------------------------------------------------------------

    def clear_for_next(self) -> None:
        """Empty the form for the next contact; country, tags, stage and source stay (batch)."""
        self.values.clear_for_next()
        self.paste.forget()  # the fill is over: its highlights and undo go
        self.duplicate.hide()
        self.existing.clear()
        self.existing_email.clear()
        self.phone_hint.clear()
        self.phone_notice.clear()  # it spoke of the number just emptied (an update, a save)
        self.clear_errors()
        self.update_kept()
        self.phone.setFocus()

    def clear_all(self) -> None:
        """Esc: everything, sticky fields included, back to the defaults (and out of edit mode)."""
        show_mode(self, None)
        self.pin.setChecked(False)
        self.clear_for_next()
        self.reset_kept()

    def reset_kept(self) -> None:
        """ "Restablecer" (Ctrl+R): what stays for the next contact back to the defaults; what
        is typed stays."""
        if self.editing is not None:
            return  # those are the edited contact's own values
        self.values.reset_kept()
        self.update_kept()

    def reset_sticky(self) -> None:
        self.values.reset_kept()

    def kept_parts(self) -> list[tuple[str, str]]:
        """What stays for the next contact, as (what, value) in the person's words."""
        return self.values.kept_parts()

    def update_kept(self) -> None:
        self.kept.show_kept([] if self.editing is not None else self.kept_parts())

    def load_draft(self, draft: ContactDraft) -> None:
        """Put a saved draft back in the form (a recovered draft, or an entry to fix)."""
        self.values.load_draft(draft)

    # --- edit mode ------------------------------------------------------------------------

    def load_for_edit(self, contact: Contact) -> None:
        """Show an existing contact to change it. Saving emits ``update_submitted``; the phone
        and source can't change (the API refuses both), and the notes box takes a new note."""
        self.clear_all()
        show_mode(self, contact)
        self.values.load_for_edit(contact)
        self.name.setFocus()
        self._loaded = self.draft()

    def load_edit_draft(self, contact: Contact, draft: ContactDraft) -> None:
        """An edit the server did not take, back in the form as it was typed (still an edit
        of ``contact``: saving sends what differs from it)."""
        self.load_for_edit(contact)
        self.values.load_edit_draft(draft)
        self.name.setFocus()

    def has_changes(self) -> bool:
        """Editing: anything changed since the contact was loaded (Esc asks only then)."""
        return self.editing is not None and self.draft() != self._loaded

    def edit_target(self) -> Contact | None:
        """The contact being edited, or None when the form makes a new contact."""
        return self.editing

    def leave_edit_mode(self) -> None:
        """Back to an empty form for a new contact."""
        self.clear_all()

    def cancel_edit(self) -> None:
        self.leave_edit_mode()
        self.edit_cancelled.emit()

    def select_stage(self, stage: FunnelStage | None) -> None:
        if stage is not None and self.stage.findData(stage.id) < 0:
            self.stage.addItem(stage.name, stage.id)  # stages not loaded yet: show it anyway
        self.stage.setCurrentIndex(max(0, self.stage.findData(stage.id if stage else "")))


def _as(kind: type[Any], widget: QWidget) -> Any:
    assert isinstance(widget, kind), (kind, widget)
    return widget
