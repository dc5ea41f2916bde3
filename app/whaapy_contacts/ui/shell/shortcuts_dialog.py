"""F1: every keyboard shortcut on one sheet (also Help → Keyboard shortcuts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

# The key sequence of a row (Qt's portable text), for rows that are one real shortcut.
SEQUENCE_ROLE = Qt.ItemDataRole.UserRole + 1

Row = tuple[str, str, str]  # keys as printed on the keyboard, what they do, portable sequence


class ShortcutsDialog(QDialog):
    """A two-column list, grouped by where the keys work. Keys use keyboard labels (Ctrl, Esc)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr("Everything in this window can be done from the keyboard."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(self._width_for_all(), self.fontMetrics().lineSpacing() * 26)

    def _fill(self) -> None:
        for title, rows in self._sections():
            section = QTreeWidgetItem(self.tree, [title])
            section.setFirstColumnSpanned(True)
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            for keys, what, sequence in rows:
                item = QTreeWidgetItem(section, [keys, what])
                item.setData(0, SEQUENCE_ROLE, sequence)
            section.setExpanded(True)

    def _width_for_all(self) -> int:
        """Both columns in full: nothing cut with "…", at any scale or font size."""
        metrics = self.tree.fontMetrics()
        rows = [row for _title, rows in self._sections() for row in rows]
        keys = max(metrics.horizontalAdvance(k) for k, _w, _s in rows)
        what = max(metrics.horizontalAdvance(w) for _k, w, _s in rows)
        indent = self.tree.indentation() + 6 * metrics.averageCharWidth()  # padding, frames
        return keys + what + 2 * indent

    def sequences(self) -> set[str]:
        """Every real shortcut the sheet lists (portable text, "Ctrl+F"), for tests."""
        items = self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        return {str(item.data(0, SEQUENCE_ROLE) or "") for item in items} - {""}

    def _sections(self) -> list[tuple[str, list[Row]]]:
        form: list[Row] = [
            (self.tr("Ctrl+Enter"), self.tr("Save the contact"), "Ctrl+Return"),
            (self.tr("Esc"),
             self.tr("Close a list or a search first; then clear the form (it asks first if "
                     "you typed something)"), "Esc"),
            (self.tr("Ctrl+R"),
             self.tr("Reset what is kept for the next contact (tags, stage, countries)"),
             "Ctrl+R"),
            (self.tr("Ctrl+P"),
             self.tr("Pin the phone's country for the next contacts, or unpin it"), "Ctrl+P"),
            (self.tr("Ctrl+Space (in the phone)"),
             self.tr("Use the other country's reading offered under the number"), ""),
            (self.tr("Ctrl+Space (in the e-mail)"),
             self.tr("Use the address suggested under the e-mail"), ""),
            (self.tr("Ctrl+V (in the form)"),
             self.tr("Paste a contact card, signature or chat line: it fills the form (Ctrl+Z "
                     "undoes it)"), ""),
            (self.tr("Alt + underlined letter"), self.tr("Go to that field, menu or button"), ""),
            (self.tr("Tab, Shift+Tab"), self.tr("Next field, previous field"), ""),
            (self.tr("Enter, Tab or comma (in Tags)"),
             self.tr("Add the highlighted suggestion, or the tag you typed"), ""),
            (self.tr("← at the start of Tags, then ← →"), self.tr("Move onto the tags added"), ""),
            (self.tr("Del or Backspace (on a tag)"), self.tr("Remove that tag"), ""),
            (self.tr("Letters, code or +code (in the country)"),
             self.tr("Find the phone's country, then Enter"), ""),
        ]  # fmt: skip
        recent: list[Row] = [
            (self.tr("Ctrl+F"), self.tr("Search recent contacts"), "Ctrl+F"),
            (self.tr("F5"), self.tr("Refresh the list"), "F5"),
            (self.tr("Ctrl+I"), self.tr("Import contacts from a CSV or Excel file"), "Ctrl+I"),
            (self.tr("↑ ↓  PgUp PgDn  Home End"),
             self.tr("Move through the list; the selected contact's details show below"), ""),
            (self.tr("Enter (in the list)"),
             self.tr("Edit the selected contact, or open one that needs attention in the form"),
             ""),
            (self.tr("Del (in the list)"),
             self.tr("Discard the selected contact that needs attention (it asks first)"),
             "Del"),
        ]  # fmt: skip
        window: list[Row] = [
            (self.tr("F1"), self.tr("Show these shortcuts"), "F1"),
            (self.tr("Ctrl+Q"), self.tr("Quit"), "Ctrl+Q"),
            (self.tr("Ctrl+Z (or Ctrl+Alt+Z)"),
             self.tr("Undo the last save while it is offered; in a box with typing, Ctrl+Z "
                     "undoes the typing first"),
             "Ctrl+Alt+Z"),
        ]  # fmt: skip
        return [
            (self.tr("Contact form"), form),
            (self.tr("Recent contacts"), recent),
            (self.tr("Everywhere"), window),
        ]
