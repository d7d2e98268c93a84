"""The case list keeps its place after an action taken on a page, and a page opens with the
focus where Ctrl+Tab works: keys only, sent to the widget that has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.ui.case_model import ID_ROLE
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.test_keyboard_intake import CTRL, focused, press, tab_to, type_here
from tests.helpers import complaint

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def idle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)


def open_by_enter(qtbot, window: MainWindow):
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window._pages) == 1)
    [page] = window._pages.values()
    qtbot.waitUntil(lambda: page.detail is not None and page.isVisible())
    idle(qtbot)
    page.activateWindow()  # offscreen: no window manager activates the new window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and focused().window() is page)  # fmt: skip
    return page


def close_by_esc(qtbot, window: MainWindow, page) -> None:
    with qtbot.waitSignal(page.finished, timeout=20_000):
        press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window._pages == {})
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.cases.table)


def current_id(window: MainWindow) -> int:
    table = window.cases.table
    return int(window.cases.model.data(table.currentIndex(), ID_ROLE))


def test_enter_after_an_action_opens_the_row_the_list_shows(qtbot, window: MainWindow) -> None:
    engine = window.engine
    for n in range(6):
        register(engine, complaint(summary=f"Hibah ke-{n} belum cair"))
    cases = window.cases
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_here(qtbot, "Siti")
    with qtbot.waitSignal(cases.loaded, timeout=20_000):
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cases.model.rowCount() == 6)
    qtbot.waitUntil(lambda: cases.table.selectionModel().hasSelection())
    press(qtbot, Qt.Key.Key_Down, times=3)
    assert cases.table.currentIndex().row() == 3
    chosen = current_id(window)
    page = open_by_enter(qtbot, window)
    assert page.complaint_id == chosen
    ui = page.ui
    tab_to(qtbot, ui.actionCombo)
    for _ in range(ui.actionCombo.count()):
        if ui.actionCombo.currentData() == "verify":
            break
        press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(cases.loaded, timeout=20_000):  # the list reads its rows again
        press(qtbot, Qt.Key.Key_Return, CTRL)  # Simpan tindakan
    qtbot.waitUntil(lambda: "Diverifikasi" in ui.headerLabel.text(), timeout=20_000)
    idle(qtbot)
    close_by_esc(qtbot, window, page)
    table = cases.table
    # The highlighted row and the current row are the same complaint: the one acted on.
    assert [i.row() for i in table.selectionModel().selectedRows()] == [table.currentIndex().row()]
    assert current_id(window) == chosen
    press(qtbot, Qt.Key.Key_Down)
    below = current_id(window)
    assert below != chosen
    assert [int(cases.model.data(i, ID_ROLE)) for i in table.selectionModel().selectedRows()] == [
        below
    ]
    page = open_by_enter(qtbot, window)
    assert page.complaint_id == below
    close_by_esc(qtbot, window, page)


def test_a_page_opens_with_the_focus_where_ctrl_tab_works(qtbot, window: MainWindow) -> None:
    register(window.engine, complaint())
    cases = window.cases
    press(qtbot, Qt.Key.Key_F, CTRL)
    with qtbot.waitSignal(cases.loaded, timeout=20_000):
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cases.table.selectionModel().hasSelection())
    page = open_by_enter(qtbot, window)
    tabs = page.ui.tabs
    assert isinstance(focused(), QTabBar) and tabs.isAncestorOf(focused())
    first = tabs.currentIndex()
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == (first + 1) % tabs.count()
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == (first + 2) % tabs.count()
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == (first + 1) % tabs.count()
