"""The form's rows, made from domain/fields.py: each field's widget, caption and message.

"More details" is built on first need (most contacts never open it, and start-up is timed):
until then its fields hold their defaults, and reading the draft doesn't build it.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from whaapy_contacts.domain.fields import Field, default, main_fields, more_fields
from whaapy_contacts.ui.common.field_words import form_label
from whaapy_contacts.ui.common.messages import FieldMessage, Kind
from whaapy_contacts.ui.form import field_widgets
from whaapy_contacts.ui.form.kv_editor import KeyValueEditor
from whaapy_contacts.ui.form.phone_field import PhoneField
from whaapy_contacts.ui.form.tag_input import TagInput


def mnemonic(text: str) -> str:
    """The Alt letter of a caption ("Campos personali&zados" -> "z"), "" if none."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


def focus_target(widget: QWidget) -> QWidget:
    """The box that takes the focus for a field's widget (the phone's number, a tag entry)."""
    if isinstance(widget, PhoneField):
        return widget.line_edit()
    return widget.entry() if isinstance(widget, TagInput) else widget


class FieldRows:
    """Every row of the form: ``widgets`` and ``errors`` by field name, in the table's order
    (the section's messages first once built: see ``build_more``)."""

    def __init__(self, form: QWidget) -> None:
        self._form = form
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, FieldMessage] = {}
        self.boxes: dict[str, QVBoxLayout] = {}  # each row's column: widget, message, offers
        self.captions: list[QLabel] = []  # every row's label, both sections (align_captions)
        self.more_built = False

    def built(self) -> Iterator[tuple[Field, QWidget]]:
        """(field, widget) for every field the form shows now (the section once built)."""
        for field in main_fields() + (more_fields() if self.more_built else ()):
            yield field, self.widgets[field.name]

    def make_main(self, phone: PhoneField) -> None:
        """The widgets of the first section, in its order (their order is the Tab order)."""
        for field in main_fields():
            kind_widget = phone if field.kind == "phone" else None
            self.widgets[field.name] = kind_widget or field_widgets.make(field, self._form)

    def lay_out_main(self, form: QFormLayout, phone_box: QVBoxLayout) -> None:
        for field in main_fields():
            box = phone_box if field.kind == "phone" else None
            self.add_row(form, field, box)

    def add_row(self, form: QFormLayout, field: Field, box: QVBoxLayout | None = None) -> None:
        widget = self.widgets[field.name]
        buddy = focus_target(widget)
        caption = QLabel(form_label(field), form.parentWidget() or self._form)
        caption.setBuddy(buddy)
        self.captions.append(caption)
        if isinstance(widget, KeyValueEditor):
            caption.setBuddy(widget.mnemonic_target())
            widget.changed.connect(lambda: caption.setBuddy(widget.mnemonic_target()))
        if box is None:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.error_for(field.name, buddy))
        self.boxes[field.name] = box
        form.addRow(caption, box)

    def error_for(self, name: str, field: QWidget) -> FieldMessage:
        message = FieldMessage(Kind.ERROR, field, self._form)
        self.errors[name] = message
        return message

    def build_more(self, box: QWidget, toggle: QWidget) -> None:
        """The section's widgets and rows, in ``box``, Tab order after ``toggle``."""
        self.more_built = True
        above = self.errors
        self.errors = {}
        for field in more_fields():
            self.widgets[field.name] = field_widgets.make(field, box)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in more_fields():
            self.add_row(form, field)
        # Its messages first, as when it was built before the rows above it: show_errors
        # announces them and picks the field to focus in this order.
        self.errors.update(above)
        self._more_in_tab_order(toggle)
        self.align_captions()
        for field in more_fields():
            if field.kept:  # a new combo's first item is not its default
                field_widgets.write(field, self.widgets[field.name], default(field))

    def align_captions(self) -> None:
        """ "Más datos" is a second form layout: its fields start where the ones above do
        when both label columns are as wide as the widest label of either."""
        width = max(c.sizeHint().width() for c in self.captions)
        for caption in self.captions:
            caption.setMinimumWidth(width)

    def _more_in_tab_order(self, toggle: QWidget) -> None:
        """Widgets made now join the end of the window's focus chain: move the section's Tab
        stops back after its toggle, where they are on screen."""
        previous = toggle
        for field in more_fields():
            widget = self.widgets[field.name]
            proxy = widget.focusProxy()  # a KeyValueEditor's: its "Add" button
            stop = widget if proxy is None else proxy
            QWidget.setTabOrder(previous, stop)
            if proxy is not None:  # Qt puts a widget right before the child it hands focus to
                widget.setFocusProxy(proxy)
            previous = stop
