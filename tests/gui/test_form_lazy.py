"""What the form leaves for later: "More details" and the inline messages are built on first
need (start-up is timed), and nothing a user sees, hears or does tells them apart from parts
built with the form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from tests.gui.audit import spoken_description
from whaapy_contacts.domain.contact import Contact, ContactDraft, draft_to_dict
from whaapy_contacts.ui.common.messages import FieldMessage, Kind
from whaapy_contacts.ui.form.contact_form import ContactForm

EDIT_NOTE = "Nota nueva (las notas guardadas se conservan)"


def is_built(form: ContactForm) -> bool:
    return bool(form.more.findChildren(QWidget))


def make_window(qtbot, *, section_first: bool = False) -> tuple[QWidget, ContactForm, QLineEdit]:
    """A shown, active window: the form, then a field made after it, as the list is in the app.
    ``section_first`` builds "More details" with the form, before that field exists."""
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # no size-hint warnings
    form = ContactForm(window)
    if section_first:
        form.set_more_visible(True)
        form.set_more_visible(False)
    after = QLineEdit(window)
    after.setObjectName("after")
    layout.addWidget(form)
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, form, after


def names(form: ContactForm, after: QLineEdit) -> dict[QWidget, str]:
    """The form's focus stops by name, to compare the Tab order of two windows."""
    stops = {
        "phone": form.phone.line_edit(),
        "name": form.name,
        "email": form.email,
        "tags": form.tags.entry(),
        "stage": form.stage,
        "more": form.more_toggle,
        "save": form.save_button,
        "clear": form.clear_button,
        "after": after,
    }
    for name in ("company", "address", "city", "state", "postal_code", "country", "notes",
                 "avatar_url", "source"):  # fmt: skip
        stops[name] = getattr(form, name)
    for name in ("custom_fields", "external_ids"):
        stops[f"{name}.add"] = getattr(form, name).focusProxy()
    return {widget: name for name, widget in stops.items()}


def named(stops: dict[QWidget, str], widget: QWidget) -> str:
    """Its name, or what it is (a row of a key/value editor: the same in both windows)."""
    return stops.get(widget) or f"{type(widget).__name__} {widget.accessibleName()!r}"


def tab_walk(qtbot, start: QWidget, steps: int, *, back: bool = False) -> list[QWidget]:
    start.setFocus()
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    seen = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, modifier)
        seen.append(QApplication.focusWidget())
    return seen


# --- the draft and the everyday calls ---------------------------------------------------------


def test_a_new_form_makes_neither_the_section_nor_its_messages_insides(qtbot):
    form = ContactForm()
    qtbot.addWidget(form)
    assert not is_built(form)
    assert form.more.isHidden()
    assert form.findChildren(FieldMessage)  # there, empty, hidden
    assert all(not m.findChildren(QWidget) for m in form.findChildren(FieldMessage))


def test_the_draft_is_the_same_whether_the_section_is_built_or_not(qtbot):
    unbuilt, built = ContactForm(), ContactForm()
    qtbot.addWidget(unbuilt)
    qtbot.addWidget(built)
    built.set_more_visible(True)
    built.set_more_visible(False)
    assert not is_built(unbuilt)
    assert is_built(built)
    assert unbuilt.draft() == built.draft()
    assert draft_to_dict(unbuilt.draft()) == draft_to_dict(built.draft())
    for draft in (unbuilt.draft(), built.draft()):
        assert type(draft.custom_fields) is dict
        assert type(draft.external_ids) is dict
    assert unbuilt.is_blank()
    assert built.is_blank()
    for form in (unbuilt, built):
        form.name.setText("Ana")
        form.clear_all()
        form.name.setText("Luis")
    assert unbuilt.draft() == built.draft()
    assert not is_built(unbuilt)


def test_everyday_calls_leave_the_section_unbuilt(qtbot):
    form = ContactForm()
    qtbot.addWidget(form)
    submitted = []
    form.submitted.connect(submitted.append)
    form.phone.set_text("55 1234 5678")
    form.name.setText("Ana")
    form.draft()
    assert not form.is_blank()
    form.check("email")
    form.submit()
    assert submitted
    form.show_errors({"phone_number": ("Falta el número",), "nope": ("Otro problema",)})
    assert form.error_text("phone_number") == "Falta el número"
    assert form.summary.text() == "Otro problema"
    assert form.error_text("company") == ""
    form.clear_errors()
    form.clear_for_next()
    form.clear_all()
    form.reset_sticky()
    form.load_draft(ContactDraft(phone_number="55 1111 2222", name="Ana", tags=("vip",)))
    form.load_for_edit(Contact(id="c1", phone_number="+525511112222", name="Ana", source="manual"))
    form.leave_edit_mode()
    assert not is_built(form)


def test_a_draft_with_values_in_the_section_builds_it(qtbot):
    form = ContactForm()
    qtbot.addWidget(form)
    quiet = ContactDraft(phone_number="55 1111 2222", source="api")
    form.load_draft(quiet)
    assert is_built(form)
    assert not form.more_toggle.isChecked()  # a source alone does not open it, as before
    assert form.source.currentText() == "Otra aplicación"  # the words for "api"
    assert form.draft().source == "api"
    full = ContactDraft(
        phone_number="55 1111 2222",
        city="Bogotá",
        country="CO",
        custom_fields={"plan": 3, "vip": True},
        external_ids={"hubspot": "42"},
    )
    form.load_draft(full)
    assert form.more_toggle.isChecked()
    assert (form.city.text(), form.country.currentData()) == ("Bogotá", "CO")
    assert form.draft().custom_fields == {"plan": 3, "vip": True}
    assert form.draft().external_ids == {"hubspot": "42"}


def test_edit_mode_reaches_a_section_built_after_it(qtbot):
    late, early = ContactForm(), ContactForm()
    qtbot.addWidget(late)
    qtbot.addWidget(early)
    early.set_more_visible(True)
    contact = Contact(id="c1", phone_number="+525511112222", name="Ana", source="api")
    for form in (late, early):
        form.load_for_edit(contact)
    late.set_more_visible(True)
    for form in (late, early):
        assert not form.source.isEnabled()
        assert form.source.currentText() == "Otra aplicación"  # the words for "api"
        assert form.notes.placeholderText() == EDIT_NOTE
        form.leave_edit_mode()
        assert form.source.isEnabled()
        assert form.source.currentText() == "Escrito a mano"  # the words for "manual"
        assert form.notes.placeholderText() == ""


def test_loading_a_contact_without_section_values_keeps_it_unbuilt_until_opened(qtbot):
    form = ContactForm()
    qtbot.addWidget(form)
    form.load_for_edit(Contact(id="c1", phone_number="+525511112222", name="Ana"))
    assert not is_built(form)
    assert form.draft().source == "manual"
    assert form.draft().country == "MX"
    form.more_toggle.setChecked(True)
    assert form.source.currentText() == "Escrito a mano"  # the words for "manual"
    assert not form.source.isEnabled()


# --- feedback in the section ------------------------------------------------------------------


def test_an_error_in_the_section_opens_it_focuses_its_field_and_is_spoken(qtbot, monkeypatch):
    heard = []

    def listen(event):
        message = event.message() if event.type() == QAccessible.Event.Announcement else ""
        heard.append((event.type(), event.object(), message))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    _window, form, _after = make_window(qtbot)
    form.show_errors({"company": ("Demasiado largo",)})
    assert form.more_toggle.isChecked()
    assert form.more.isVisible()
    assert form.error_text("company") == "Demasiado largo"
    assert QApplication.focusWidget() is form.company
    assert spoken_description(form.company) == "Demasiado largo"
    assert (QAccessible.Event.Announcement, form.company, "Demasiado largo") in heard
    form.clear_errors()
    assert form.error_text("company") == ""
    assert spoken_description(form.company) == ""


def test_with_errors_above_and_in_the_section_the_section_comes_first_as_before(qtbot):
    # The section used to be built before the rows above it, so its messages came first:
    # show_errors focuses (and announces) in that order still.
    _window, form, _after = make_window(qtbot)
    form.show_errors({"phone_number": ("Falta el número",), "city": ("Demasiado largo",)})
    assert QApplication.focusWidget() is form.city


def test_checking_a_section_field_builds_it(qtbot):
    form = ContactForm()
    qtbot.addWidget(form)
    assert form.check("avatar_url") == ()
    assert is_built(form)


# --- the keyboard -----------------------------------------------------------------------------


@pytest.mark.parametrize("rows", [False, True])
def test_tab_goes_through_a_section_built_late_as_through_one_built_with_the_form(qtbot, rows):
    walks = []
    for section_first in (True, False):
        _window, form, after = make_window(qtbot, section_first=section_first)
        form.more_toggle.setChecked(True)  # the late one is built now, after the window
        if rows:
            form.custom_fields.add_row()
            form.external_ids.add_row()
        QApplication.processEvents()
        stops = names(form, after)
        start = form.phone.line_edit()
        forth = tab_walk(qtbot, start, 40)  # round the window and on
        back = tab_walk(qtbot, start, 40, back=True)
        walks.append(([named(stops, w) for w in forth], [named(stops, w) for w in back]))
    assert walks[0] == walks[1]
    forth, _back = walks[1]
    section = forth[forth.index("more") + 1 : forth.index("save")]
    assert section[:7] == ["company", "address", "city", "state", "postal_code", "country",
                           "notes"]  # fmt: skip
    assert section[-2:] == ["avatar_url", "source"]
    assert forth[forth.index("save") :][:3] == ["save", "clear", "after"]


def test_tab_from_a_clicked_message_goes_on_from_where_the_message_is(qtbot):
    walks = []
    for section_first in (True, False):
        _window, form, after = make_window(qtbot, section_first=section_first)
        form.show_errors({"phone_number": ("Falta el número",), "city": ("Demasiado largo",)})
        stops = names(form, after)
        walk = []
        for name in ("phone_number", "city"):
            shown = form.error_text(name)
            message = next(m for m in form.findChildren(FieldMessage) if m.text() == shown)
            text = message.findChildren(QLabel)[-1]
            walk.append(named(stops, tab_walk(qtbot, text, 1)[0]))
            walk.append(named(stops, tab_walk(qtbot, text, 1, back=True)[0]))
        walks.append(walk)
    assert walks[0] == walks[1] == ["after", "clear", "save", "source"]


# --- FieldMessage -----------------------------------------------------------------------------


@pytest.fixture
def host(qtbot) -> QWidget:
    """A widget with a field whose messages are to be shown."""
    host = QWidget()
    qtbot.addWidget(host)
    QLineEdit(host).setAccessibleDescription("kept until a message")
    return host


def test_a_message_makes_its_labels_with_its_first_text(host, monkeypatch):
    heard = []

    def listen(event):
        message = event.message() if event.type() == QAccessible.Event.Announcement else ""
        heard.append((event.type(), event.object(), message))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    field = host.findChild(QLineEdit)
    message = FieldMessage(Kind.ERROR, field, host)
    assert message.objectName() == "FieldMessage_error"
    assert message.findChildren(QWidget) == []
    assert message.text() == ""
    assert message.isHidden()
    message.set_messages(())
    message.clear()
    assert message.findChildren(QWidget) == []
    assert field.accessibleDescription() == "kept until a message"  # as before: untouched
    assert heard == []
    message.set_messages(["Falta la @"])
    assert message.text() == "Falta la @"
    assert not message.isHidden()
    icon, text = message.findChildren(QLabel)
    assert not icon.pixmap().isNull()
    assert icon.accessibleName() == "Error"
    assert text.text() == "Falta la @"
    assert field.accessibleDescription() == "Falta la @"
    assert heard == [
        (QAccessible.Event.DescriptionChanged, field, ""),
        (QAccessible.Event.Announcement, field, "Falta la @"),
    ]
    message.clear()
    assert message.text() == ""
    assert message.isHidden()
    assert field.accessibleDescription() == ""


def test_a_message_without_a_field_is_announced_from_its_text(host, monkeypatch):
    heard = []

    def listen(event):
        if event.type() == QAccessible.Event.Announcement:
            heard.append((event.object(), event.message(), event.politeness()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    message = FieldMessage(Kind.NOTICE, None, host)
    message.set_messages(["Se guardó sin etiquetas"])
    text = message.findChildren(QLabel)[-1]
    assert heard == [(text, "Se guardó sin etiquetas", QAccessible.AnnouncementPoliteness.Polite)]
