"""The window without a mouse: the keys that are not a form's own.

- Ctrl+N from any tab: a new complaint on the intake tab (the tab's own Ctrl+N while it shows).
- Ctrl+F: the case list's search box, its text selected; Down or Enter there moves to the list,
  where Enter opens the selected complaint.
- Alt+1 … Alt+4: the window's tabs in order.
- The intake's buttons in the order they stand (right to left from Simpan), with mnemonics.
- On a complaint page: Ctrl+Enter saves the chosen action; Esc closes the page as Tutup does
  (asking first when something typed is not saved)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from pengaduan_desktop.ui.accessible import mnemonic_of
from pengaduan_desktop.ui.row_choice import choose_row

if TYPE_CHECKING:
    from pengaduan_desktop.ui.case_list_tab import CaseListTab
    from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog
    from pengaduan_desktop.ui.intake_tab import IntakeTab
    from pengaduan_desktop.ui.main_window import MainWindow


WINDOW = Qt.ShortcutContext.WindowShortcut


def shortcut(keys: str, parent: QWidget, slot: object, context: Qt.ShortcutContext = WINDOW,
             ) -> QShortcut:  # fmt: skip
    found = QShortcut(QKeySequence(keys), parent)
    found.setContext(context)
    found.activated.connect(slot)  # type: ignore[arg-type]
    return found


def with_mnemonic(button: QAbstractButton, letter: str) -> None:
    """Put '&' before the first `letter` of the button's (translated) text, or before its first
    letter when the text has no such letter; a text with a mnemonic is left as it is."""
    text = button.text()
    if mnemonic_of(text) or not text:
        return
    at = text.lower().find(letter)
    button.setText(text[:at] + "&" + text[at:] if at >= 0 else "&" + text)


def install_main_window_keys(window: MainWindow) -> None:
    tabs = window.tabs
    new = shortcut("Ctrl+N", window, lambda: _new_complaint(window))
    tabs.currentChanged.connect(
        lambda _i: new.setEnabled(tabs.currentWidget() is not window.intake)
    )
    new.setEnabled(False)  # the intake tab shows first: its own Ctrl+N
    shortcut("Ctrl+F", window, lambda: find(window))
    for number in range(1, 5):
        shortcut(f"Alt+{number}", window, lambda n=number: _nth_tab(window, n))
    order_intake(window.intake)
    install_case_list_keys(window.cases)


def _new_complaint(window: MainWindow) -> None:
    tabs = window.tabs
    if tabs.isHidden() or not tabs.isTabVisible(tabs.indexOf(window.intake)):
        return
    tabs.setCurrentWidget(window.intake)
    if window.intake.last_saved is not None:  # a typed complaint is kept (the draft)
        window.intake.new_complaint()
    window.intake.form.ui.receivedAtEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)


def find(window: MainWindow) -> None:
    tabs, cases = window.tabs, window.cases
    if tabs.isHidden() or not tabs.isTabVisible(tabs.indexOf(cases)):
        return
    tabs.setCurrentWidget(cases)
    cases.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    cases.search.selectAll()


def _nth_tab(window: MainWindow, number: int) -> None:
    tabs = window.tabs
    shown = [i for i in range(tabs.count()) if tabs.isTabVisible(i)]
    if not tabs.isHidden() and number <= len(shown):
        tabs.setCurrentIndex(shown[number - 1])
        tabs.currentWidget().focusNextChild()


def order_intake(tab: IntakeTab) -> None:
    """The buttons Qt appends after the form's own (paper, preview) take their place in the row;
    the main ones get mnemonics in whatever language they read."""
    ui = tab.ui
    chain = (ui.saveButton, ui.printButton, ui.savePdfButton, tab.preview_button, tab.paper,
             ui.newButton)  # fmt: skip
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
    for button, letter in ((ui.saveButton, "s"), (ui.printButton, "c"), (ui.newButton, "b"),
                           (ui.savePdfButton, "d"), (tab.preview_button, "t")):  # fmt: skip
        with_mnemonic(button, letter)


class ToTheList(QObject):
    """Down or Enter in the search box moves to the list, its first row chosen (once the rows
    of the search Enter started have arrived). Esc empties a search box with words in it and
    reads the list again at once (the other filters stay); the keyboard stays in the box."""

    def __init__(self, cases: CaseListTab) -> None:
        super().__init__(cases)
        self.cases = cases
        cases.loaded.connect(self._choose_first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() == Qt.Key.Key_Escape and self.cases.search.text():
            self.cases.search.clear()
            self.cases.apply_filter()  # at once, not after the typing pause
            return True
        if event.key() not in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        self.cases.table.setFocus(Qt.FocusReason.TabFocusReason)
        if event.key() == Qt.Key.Key_Down:
            self._choose_first()
        else:
            self.cases.apply_filter()  # Enter searches now; its first row is chosen when read
        return True

    def _choose_first(self) -> None:
        table, model = self.cases.table, self.cases.model
        if table.hasFocus() and not table.selectionModel().hasSelection() and model.rowCount():
            choose_row(table, 0)


class RowEnds(QObject):
    """Home and End in the list choose its first and last complaint (a row is the unit of
    the list: Qt's own Home and End move between the columns of the row)."""

    def __init__(self, cases: CaseListTab) -> None:
        super().__init__(cases)
        self.cases = cases

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent)
                or event.key() not in (Qt.Key.Key_Home, Qt.Key.Key_End)
                or event.modifiers() != Qt.KeyboardModifier.NoModifier):  # fmt: skip
            return False
        table, model = self.cases.table, self.cases.model
        if model.rowCount():
            row = 0 if event.key() == Qt.Key.Key_Home else model.rowCount() - 1
            choose_row(table, row)
        return True


def install_case_list_keys(cases: CaseListTab) -> None:
    cases.search.installEventFilter(ToTheList(cases))
    cases.table.installEventFilter(RowEnds(cases))
    cases.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)


class CloseAsking(QObject):
    """Esc on a complaint page closes it as Tutup does: asking before typed text is lost."""

    def __init__(self, page: ComplaintDialog) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):  # fmt: skip
            self.page.close_asking()
            return True
        return False


def install_page_keys(page: ComplaintDialog) -> None:
    ui = page.ui
    page.installEventFilter(CloseAsking(page))
    # Anywhere on the page while the Tindakan tab shows (its button visible): also just after
    # the page opened, with the keyboard still on the tab bar.
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut(keys, page, _run_if_enabled(page))
    ui.runButton.setToolTip(QCoreApplication.translate(
        "Keyboard", "Simpan tindakan yang dipilih (Ctrl+Enter)"))  # fmt: skip
    page.loaded.connect(lambda: _keep_focus(page))


def _keep_focus(page: ComplaintDialog) -> None:
    """The page greys its tabs while it reads the complaint again (after an action): the focus
    they held comes back to the action chosen, not lost to no control at all."""
    focus = QApplication.focusWidget()
    if focus is not None and focus.window() is not page:
        return  # the officer is elsewhere
    if focus is None or focus is page or not focus.isEnabled() or not focus.isVisible():
        combo = page.ui.actionCombo
        target = combo if combo.isEnabled() and combo.isVisible() else page.ui.tabs
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def _run_if_enabled(page: ComplaintDialog) -> object:
    """Ctrl+Enter: the run button's own path (its checks and its question). Pressed while the
    page is still reading its complaint for the first time (Enter, then Ctrl+Enter at once),
    it runs when the complaint is shown, with the action the page then offers first; never
    while an action's own reading is under way (a second press must not run the next step)."""
    asked_early = [False]

    def run() -> None:
        if page.ui.runButton.isEnabled() and page.ui.runButton.isVisible():
            page.ui.runButton.click()
        elif page.detail is None:
            asked_early[0] = True

    def shown() -> None:
        if asked_early[0]:
            asked_early[0] = False
            run()

    page.loaded.connect(shown)
    return run
