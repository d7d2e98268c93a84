"""Accessible names and mnemonics for every control, from what a sighted officer reads beside
it: its buddy label, its label in a form layout, its own text, its placeholder, its tooltip, the
group box or tab it sits in. One mechanism for the whole program: `install()` watches the
application's focus, and the first time the keyboard enters a window (a dialog as it opens, the
main window) every control in it is named; a control that appears later is named when it gets
the focus. Only what has nothing to read beside it (an icon button, a table) is named by hand.

Labels of input fields also get a mnemonic (Alt+letter moves to the field): a letter no other
label, button or menu of the same window or tab page uses, chosen at run time so that it holds
in every language."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from pengaduan_desktop.ui.screen_room import scroll_when_cramped

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView,
            QPlainTextEdit, QTextEdit, QTabBar, QAbstractSlider, QGroupBox)  # fmt: skip
NAMED = "accessibleNamesGiven"  # a window's property once named: how many widgets it had
TAGS = re.compile(r"<[^>]+>")
# Qt's own composite widgets name their inner parts by object name (QCalendarWidget).
QT_PARTS = {
    "qt_calendar_prevmonth": QT_TRANSLATE_NOOP("Accessible", "Bulan sebelumnya"),
    "qt_calendar_nextmonth": QT_TRANSLATE_NOOP("Accessible", "Bulan berikutnya"),
    "qt_calendar_monthbutton": QT_TRANSLATE_NOOP("Accessible", "Pilih bulan"),
    "qt_calendar_yearbutton": QT_TRANSLATE_NOOP("Accessible", "Pilih tahun"),
    "qt_calendar_yearedit": QT_TRANSLATE_NOOP("Accessible", "Tahun"),
    "qt_calendar_calendarview": QT_TRANSLATE_NOOP("Accessible", "Tanggal"),
}


def plain(text: str) -> str:
    """A label's words as read aloud: no markup, no mnemonic '&', no '*' or ':' or '…' at the
    end."""
    text = TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip("*:…").strip().replace("\n", " ")


def focusable(widget: QWidget) -> bool:
    """A control the keyboard can reach (a checkable group box's box among them)."""
    if isinstance(widget, QGroupBox):
        return widget.isCheckable()
    if isinstance(widget, QAbstractSlider) and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False  # a scroll area's bars
    return isinstance(widget, CONTROLS) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def inner_part(widget: QWidget) -> bool:
    """A part of a composite control that passes its focus on or that lives in a popup of its
    own (a combo box's list), or a combo box's or spin box's line edit: the composite carries
    the name."""
    parent = widget.parentWidget()
    if widget.focusProxy() is not None or (parent is not None and widget.isWindow()):
        return True  # a composite's own part, or a popup (a combo box's list)
    return isinstance(parent, QComboBox | QAbstractSpinBox) and isinstance(widget, QLineEdit)


def form_labels(root: QWidget) -> dict[QWidget, QLabel]:
    """Each field under `root` with the label a sighted officer reads for it: its label in a
    form layout (a field that is a layout, the field and its message line, gives its first
    control), the label just left of it in a grid, or just before it in a row or column."""
    found: dict[QWidget, QLabel] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        layout = widget.layout()
        if layout is not None:
            _layout_fields(layout, found)
    return found


def _text_label(item: QLayoutItem | None) -> QLabel | None:
    widget = item.widget() if item is not None else None
    return widget if isinstance(widget, QLabel) and plain(widget.text()) else None


def _layout_fields(layout: QLayout, found: dict[QWidget, QLabel]) -> None:
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            label = _text_label(layout.itemAt(row, QFormLayout.ItemRole.LabelRole))
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            control = _first_control(field.widget(), field.layout()) if field else None
            if label is not None and control is not None:
                found.setdefault(control, label)
    elif isinstance(layout, QGridLayout):
        for index in range(layout.count()):
            row, column, _rows, _columns = layout.getItemPosition(index)
            control = _input(layout.itemAt(index).widget())
            label = _text_label(layout.itemAtPosition(row, column - 1)) if column else None
            if control is not None and label is not None:
                found.setdefault(control, label)
    elif isinstance(layout, QBoxLayout):
        for index in range(1, layout.count()):
            control = _input(layout.itemAt(index).widget())
            label = _text_label(layout.itemAt(index - 1))
            if control is not None and label is not None:
                found.setdefault(control, label)
    for index in range(layout.count()):
        child = layout.itemAt(index)
        if child is not None and child.layout() is not None:
            _layout_fields(child.layout(), found)


def _input(widget: QWidget | None) -> QWidget | None:
    """A control that is not a button (a button says what it does itself)."""
    control = _first_control(widget, None)
    return None if isinstance(control, QAbstractButton) else control


def grid_names(root: QWidget) -> dict[QWidget, str]:
    """Controls in a grid with column titles in its first row (a table of fields): the
    column's title and the row's first label, "Klasifikasi — Surat tanggapan"."""
    names: dict[QWidget, str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        grids = [widget.layout(), *widget.findChildren(QGridLayout)]
        for grid in grids:
            if not isinstance(grid, QGridLayout):
                continue
            for index in range(grid.count()):
                row, column, _rows, _columns = grid.getItemPosition(index)
                control = _first_control(grid.itemAt(index).widget(), None)
                title = _text_label(grid.itemAtPosition(0, column)) if row else None
                first = _text_label(grid.itemAtPosition(row, 0))
                if control is not None and title is not None:
                    words = [plain(title.text())] + ([plain(first.text())] if first else [])
                    names.setdefault(control, " — ".join(words))
    return names


def _first_control(widget: QWidget | None, layout: QLayout | None) -> QWidget | None:
    """The control a label's field is: the widget itself, or the first control placed in the
    field's layout (a field and its message line); never one inside a container (a scroll
    area, a panel of buttons), which the label does not name."""
    if widget is not None:
        return widget if focusable(widget) else None
    if layout is None:
        return None
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        control = _first_control(item.widget(), item.layout())
        if control is not None:
            return control
    return None


def buddies(root: QWidget) -> dict[QWidget, QLabel]:
    """The labels under `root` that name a buddy, by the buddy; form layouts' labels too."""
    found = form_labels(root)
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            found[buddy] = label
    return found


def name_of(widget: QWidget, labels: dict[QWidget, QLabel],
            grids: dict[QWidget, str] | None = None) -> str:  # fmt: skip
    """What the officer reads for this control, or "" when nothing says it."""
    grids = grids or {}
    part = QT_PARTS.get(widget.objectName())
    if part is not None:
        return QCoreApplication.translate("Accessible", part)
    if widget in grids:
        return grids[widget]
    label = labels.get(widget)
    if label is not None and plain(label.text()):
        return plain(label.text())
    if isinstance(widget, QAbstractButton) and plain(widget.text()):
        return plain(widget.text())
    if isinstance(widget, QGroupBox) and plain(widget.title()):
        return plain(widget.title())
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return plain(widget.placeholderText())
    if widget.toolTip():
        return plain(widget.toolTip())
    if isinstance(widget, QTabBar):
        return QCoreApplication.translate("Accessible", "Tab halaman")
    around = _surrounding(widget)
    if not around and isinstance(widget, QAbstractItemView):
        return plain(widget.window().windowTitle())  # the list the dialog is about
    return around


def _surrounding(widget: QWidget) -> str:
    """The title of the group box, or the tab, the control sits in (a table in its group)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QGroupBox) and plain(parent.title()):
            return plain(parent.title())
        grand = parent.parentWidget()
        tabs = grand.parentWidget() if grand is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(parent) >= 0:
            return plain(tabs.tabText(tabs.indexOf(parent)))
        parent = grand
    return ""


def name_controls(root: QWidget) -> list[QWidget]:
    """Name every control under `root` that has no accessible name yet, give a description
    from its tooltip where it has none, and mnemonics to the labels of its fields. Returns the
    controls still unnamed (nothing beside them says what they are)."""
    labels, grids = buddies(root), grid_names(root)
    unnamed = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not focusable(widget) or inner_part(widget):
            continue
        if not widget.accessibleName():
            name = name_of(widget, labels, grids)
            if name:
                widget.setAccessibleName(name)
            else:
                unnamed.append(widget)
        tip = plain(widget.toolTip())
        if not widget.accessibleDescription() and tip and tip != widget.accessibleName():
            widget.setAccessibleDescription(tip)
    give_mnemonics(root, labels)
    return unnamed


# -- mnemonics ---------------------------------------------------------------------------
def mnemonic_of(text: str) -> str:
    """The letter after a single '&' (lower case), or ""."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def _scope(widget: QWidget) -> QWidget:
    """The tab page (of any tab widget) or the window the widget sits in: Qt fires a mnemonic
    only while its label is visible, so the pages of one tab widget may reuse letters."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        grand = parent.parentWidget()
        tabs = grand.parentWidget() if grand is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(parent) >= 0:
            return parent
        parent = grand
    return widget.window()


def _used_letters(window: QWidget) -> set[str]:
    used = set()
    if isinstance(window, QMainWindow):
        used |= {mnemonic_of(a.text()) for a in window.menuBar().actions()}
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel):
            used.add(mnemonic_of(widget.text()))
        elif isinstance(widget, QGroupBox):
            used.add(mnemonic_of(widget.title()))
        elif isinstance(widget, QTabBar):
            used |= {mnemonic_of(widget.tabText(i)) for i in range(widget.count())}
    used.discard("")
    return used


def give_mnemonics(root: QWidget, labels: dict[QWidget, QLabel]) -> None:
    """Each label of a field that has no mnemonic gets the field as buddy and the first free
    letter: a word's first letter first, then any letter of it."""
    window = root.window()
    taken: dict[QWidget, set[str]] = {}
    shared = _used_letters(window)
    for field, label in labels.items():
        if not focusable(field):
            continue  # a value shown beside its label (a form layout's buddy by default)
        if hint(label):
            continue  # a hint or a message above a field names nothing to jump to
        if label.buddy() is None:
            label.setBuddy(field)
        text = label.text()
        if label.textFormat() == Qt.TextFormat.RichText or "<" in text or mnemonic_of(text):
            continue
        scope = _scope(label)
        used = taken.setdefault(scope, set(shared))
        at = _free_letter(text, used)
        if at >= 0:
            used.add(text[at].lower())
            label.setText(text[:at] + "&" + text[at:])


def hint(label: QLabel) -> bool:
    """A label that tells something (a wrapped hint, a sentence, a list's "nothing found")
    rather than names a field: it gets no mnemonic, which would underline a stray letter."""
    return label.wordWrap() or plain(label.text()).rstrip().endswith((".", "!", "?"))


def _free_letter(text: str, used: set[str]) -> int:
    starts = [m.start() for m in re.finditer(r"\b\w", text)]
    rest = [i for i in range(len(text)) if i not in starts]
    for at in starts + rest:
        letter = text[at]
        if letter.isalpha() and letter.isascii() and letter.lower() not in used:
            return at
    return -1


# -- the application-wide hook -------------------------------------------------------------
class AccessibleNames(QObject):
    """Names each window's controls the first time the focus enters it, and again when the
    focus moves in it after controls were added (rows read later) or onto one unnamed; a
    dialog too large for the screen scrolls (ui.screen_room) from then on."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None:
            return
        window = now.window()
        count = len(window.findChildren(QWidget))  # controls added since (rows read later)
        if not window.property(NAMED):
            window.setProperty(NAMED, count)
            name_controls(window)
            scroll_when_cramped(window)  # a dialog larger than a small screen scrolls
        elif window.property(NAMED) != count or (not now.accessibleName() and focusable(now)):
            window.setProperty(NAMED, count)
            name_controls(window)


def install() -> None:
    """Once per application (the window calls it as it is built)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.findChild(AccessibleNames) is None:
        AccessibleNames(app)
