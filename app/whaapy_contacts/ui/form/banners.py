"""The banners of the form: who already has the typed number, whose contact is edited, and
the ones made late (a contact that came back refused, an edit the server did not take)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from whaapy_contacts.ui.common.decor import Banner

if TYPE_CHECKING:
    from whaapy_contacts.ui.form.earlier_banner import EarlierBanner


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


class LateBanners:
    """The refused-contact and failed-edit banners, made on first need (after the first paint)
    over the fields: in ``column`` above ``summary``, Tab order after ``before``."""

    def __init__(self, column: QVBoxLayout, summary: QWidget, before: QWidget) -> None:
        self._column, self._summary, self._before = column, summary, before
        self._earlier: EarlierBanner | None = None
        self._failed_edit: EarlierBanner | None = None

    def earlier(self, open_requested: SignalInstance) -> EarlierBanner:
        if self._earlier is None:
            self._earlier = self._make()
            self._earlier.open_requested.connect(open_requested)
        return self._earlier

    def failed_edit(self, open_requested: SignalInstance) -> EarlierBanner:
        if self._failed_edit is None:
            self._failed_edit = banner = self._make()
            banner.setObjectName("FailedEditBanner")
            tip = QCoreApplication.translate(
                "ContactForm", "Put your changes to that contact back in the form"
            )
            banner.open_button.setToolTip(tip)
            banner.open_requested.connect(open_requested)
        return self._failed_edit

    def _make(self) -> EarlierBanner:
        from whaapy_contacts.ui.form.earlier_banner import EarlierBanner  # noqa: PLC0415 - late

        banner = EarlierBanner(self._column.parentWidget())
        self._column.insertWidget(self._column.indexOf(self._summary), banner)
        # Made late, its buttons joined the end of the window's Tab order: put them before
        # the first field, where they are on screen.
        before = self._before
        for button in (banner.open_button, banner.close_button):
            QWidget.setTabOrder(before, button)
            before = button
        return banner

    def earlier_if_shown(self, form: QWidget) -> EarlierBanner | None:
        banner = self._earlier
        return banner if banner is not None and banner.isVisibleTo(form) else None

    def forget_earlier(self, entry_id: str) -> None:
        if self._earlier is not None:
            self._earlier.forget(entry_id)
