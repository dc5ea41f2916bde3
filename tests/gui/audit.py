"""What a window shows and says, read back for checks: English left in Spanish, empty labels,
and the names a screen reader gets (through QAccessible, not widget attributes).

``Recorder`` is a QTranslator that answers nothing and notes every (context, source) the app
asks Qt to translate, so a ``tr()`` string missing from the catalogue is recognised as English
source text when it shows up on screen. The catalogue's own English sources are known too, and a
last net catches English words in text that never went through ``tr()`` at all.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "whaapy_es_MX.ts"

# Text that may look English or untranslated on a Spanish screen, and why that is right.
ALLOWED: dict[str, str] = {
    "Whaapy": "the product's name",
    "WhatsApp": "a product's name",
    "Whaapy Contactos": "the app's name in Spanish, with the product's name in it",
    "MX": "ISO country code, as typed into the API",
    "+52": "Mexico's dialling code",
    "Ctrl+F": "a key label, printed so on Mexican keyboards",
    "Ctrl+Q": "a key label, printed so on Mexican keyboards",
    "Ctrl+I": "a key label, printed so on Mexican keyboards",
    "Ctrl+Alt+Z": "a key label, printed so on Mexican keyboards",
    "Ctrl+R": "a key label, printed so on Mexican keyboards",
    "Ctrl+P": "a key label, printed so on Mexican keyboards",
    "F1": "a key label",
    "F5": "a key label",
    "Esc": "a key label, printed so on Mexican keyboards",
    "Ctrl+Enter": "a key label, printed so on Mexican keyboards",
    "manual": "a value of the API's `source` field (and Spanish too)",
    "api": "a value of the API's `source` field",
    "import": "a value of the API's `source` field",
    "webhook": "a value of the API's `source` field",
    "n8n": "a value of the API's `source` field (a product's name)",
    "https://…": "the placeholder of the image URL: the URL's start is not a word",
    "wha_…": "the placeholder of the API key: how every Whaapy key starts",
    "Error": "Spanish as well as English",
    "No": "Spanish as well as English",
    "hubspot": "an external system's name, typed by the audit as data",
    "contacts:write": "an API permission's name, as Whaapy's settings page lists it",
    "contacts:read": "an API permission's name, as Whaapy's settings page lists it",
}
# Words that are not Spanish: any of them in a Spanish screen's text is English left behind.
_ENGLISH = re.compile(
    r"\b(the|and|your|you|is|are|of|with|this|that|to|for|from|will|can't|please|here|"
    r"what|which|it|an|on|at|be|save|cancel|close|clear|search|help|quit|edit|remove|add|"
    r"open|new|show|hide|retry|yes|ok|phone|email|tags|name|contact|contacts|stage|e\.g)\b",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]+>")
_LOOKUPS = {"Messages", "QGuiApplication"}  # contexts asked about text that may not be theirs
_PLACEHOLDER = re.compile(r"%\d+|\{\w+\}")


@dataclass(frozen=True)
class Seen:
    where: str  # which widget and what about it ("QPushButton text")
    text: str


class Recorder(QTranslator):
    """Installed last, asked first: notes every lookup and lets the real catalogues answer."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        # not ours: Qt asks the next translator

    def isEmpty(self) -> bool:
        return False


def clean(text: str) -> str:
    """As a user sees it: no mnemonic ampersands, no markup, one space between words."""
    text = html.unescape(_TAG.sub(" ", text)) if "<" in text else text
    text = re.sub(r"&(.)", r"\1", text)
    return " ".join(text.split())


def _catalogue() -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
    """Finished translations, and the entries translated to themselves on purpose ("No")."""
    translations, identical = {}, set()
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = (translation.text if translation is not None else "") or ""
            translations[(name, source)] = text
            if text == source:
                identical.add((name, source))
    return translations, identical


class Checker:
    """Finds English source text, English words and missing labels in what was seen."""

    def __init__(self, recorder: Recorder | None = None) -> None:
        self._recorder = recorder
        self._translations, self._identical = _catalogue()

    def english_sources(self) -> list[re.Pattern[str]]:
        """Patterns of every English source string that should not reach a Spanish screen."""
        sources = {s for (ctx, s), t in self._translations.items() if t != s}
        if self._recorder is not None:
            for context, source in self._recorder.asked:
                # "Messages": ui/texts.translated looks up any message shown, most of them not
                # ours (tests/unit/test_translations.py checks that all of ours are there).
                if (context, source) in self._identical or context in _LOOKUPS:
                    continue
                if QCoreApplication.translate(context, source) == source:
                    sources.add(source)  # asked, and nobody had a translation
        patterns = []
        for source in sources:
            text = clean(source)
            if text and text not in ALLOWED:
                pieces = _PLACEHOLDER.split(text)
                patterns.append(re.compile(".+".join(re.escape(p) for p in pieces)))
        return patterns

    def problems(self, seen: list[Seen]) -> list[str]:
        patterns = self.english_sources()
        found = []
        for item in seen:
            text = clean(item.text)
            if not text or text in ALLOWED:
                continue
            if any(p.fullmatch(text) for p in patterns):
                found.append(f"English source text in {item.where}: {text!r}")
            elif _ENGLISH.search(_without_allowed(text)):
                found.append(f"English words in {item.where}: {text!r}")
        return sorted(set(found))


def _without_allowed(text: str) -> str:
    for word in ALLOWED:
        text = text.replace(word, " ")
    return text


# --- reading a window ----------------------------------------------------------------------


def shown(root: QWidget) -> list[Seen]:
    """Every text ``root`` and its visible children show, say or hint, menus included."""
    seen: list[Seen] = []
    widgets = [root, *(w for w in root.findChildren(QWidget) if w.isVisibleTo(root))]
    for widget in widgets:
        seen += _texts_of(widget)
    if isinstance(root, QMainWindow):
        seen += [Seen("status bar", root.statusBar().currentMessage())]
        for action in root.menuBar().actions():
            seen += _menu_texts(action)
    return [s for s in seen if s.text]


def _texts_of(widget: QWidget) -> list[Seen]:
    kind = type(widget).__name__
    out = [
        Seen(f"{kind} tooltip", widget.toolTip()),
        Seen(f"{kind} status tip", widget.statusTip()),
    ]
    out += [Seen(f"{kind} accessible name", widget.accessibleName())]
    out += [Seen(f"{kind} accessible description", widget.accessibleDescription())]
    if widget.isWindow():
        out.append(Seen(f"{kind} window title", widget.windowTitle()))
    if isinstance(widget, QLabel):
        out.append(Seen(f"QLabel {widget.objectName()}", widget.text()))
    elif isinstance(widget, QAbstractButton):
        out.append(Seen(f"{kind} text", widget.text()))
    elif isinstance(widget, QGroupBox):
        out.append(Seen("QGroupBox title", widget.title()))
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        out.append(Seen(f"{kind} placeholder", widget.placeholderText()))
    elif isinstance(widget, QComboBox):
        out += [Seen(f"{kind} item", widget.itemText(i)) for i in range(widget.count())]
    elif isinstance(widget, QAbstractItemView):
        out += _model_texts(widget)
    if isinstance(widget, QMessageBox):
        out += [Seen("QMessageBox text", widget.text())]
        out += [Seen("QMessageBox informative text", widget.informativeText())]
    return out


def _model_texts(view: QAbstractItemView) -> list[Seen]:
    model = view.model()
    if model is None:
        return []
    columns = _columns(model, QModelIndex())
    headers = (model.headerData(c, Qt.Orientation.Horizontal) for c in range(columns))
    return [Seen("list header", str(h or "")) for h in headers] + _cells(model, QModelIndex())


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """A QListWidget's model hides columnCount from Python (PySide6): one column."""
    try:
        return model.columnCount(parent)
    except TypeError:
        return 1


def _cells(model: QAbstractItemModel, parent: QModelIndex, rows: int = 20) -> list[Seen]:
    """Text and tooltips of the first ``rows`` rows, and of their children (trees)."""
    out = []
    for row in range(min(rows, model.rowCount(parent))):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    out.append(Seen(f"list cell {row},{column} ({role.name})", value))
        out += _cells(model, model.index(row, 0, parent))
    return out


def _menu_texts(action: QAction) -> list[Seen]:
    out = [Seen("menu", action.text()), Seen("menu tooltip", action.toolTip())]
    menu = action.menu()
    if isinstance(menu, QMenu):
        for child in menu.actions():
            if not child.isSeparator():
                out += _menu_texts(child)
    return out


def unlabelled(root: QWidget) -> list[str]:
    """Places where a label is expected and the screen shows nothing."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = type(widget).__name__
        if widget.isWindow() and not widget.windowTitle():
            found.append(f"{name}: a window with no title")
        bare = isinstance(widget, QAbstractButton) and widget.icon().isNull()
        if bare and not clean(widget.text()) and not isinstance(widget.parent(), QComboBox):
            found.append(f"{name}: a button with no text and no icon")
        if isinstance(widget, QLabel) and widget.buddy() is not None and not clean(widget.text()):
            found.append(f"{name}: an empty label for {type(widget.buddy()).__name__}")
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if not clean(action.text()):
                found.append("an empty menu title")
    return found


# --- what a screen reader gets -------------------------------------------------------------


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology gets. On Linux a combo box's name is its current value,
    so its real name is the label related to it (see ``ui/common/a11y.py``)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    if interface.role() == QAccessible.Role.ComboBox:
        labels = interface.relations(QAccessible.RelationFlag.Label)
        return labels[0][0].text(QAccessible.Text.Name) if labels else ""
    return interface.text(QAccessible.Text.Name)


def spoken_description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description) if interface else ""


def controls(root: QWidget) -> list[QWidget]:
    """Visible, enabled widgets a user can operate (Tab, click or keyboard focus), in no order;
    widgets that hand their focus to another (a combo's line edit) are that other one."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.focusProxy() is None
        and not isinstance(w.parent(), QComboBox)  # the combo's own line edit or popup
        and type(w).__name__ not in ("QScrollBar", "QSplitterHandle")
    ]
