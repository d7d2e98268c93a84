"""A new search, filter or order starts at its first row; the same list read again (after the
officer's own action) keeps the place the officer scrolled to."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine

from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.ui.main_window import MainWindow

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)


def test_a_new_search_starts_at_the_top_and_a_reread_keeps_the_place(
    qtbot, engine: Engine, window: MainWindow
) -> None:
    generate(engine, 400, seed=11, now=NOW)
    tab = window.cases
    window.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.loaded):
        tab.apply_filter()
    bar = tab.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    with qtbot.waitSignal(tab.loaded):
        tab.apply_filter()  # what the window does after the officer's own action
    assert bar.value() == bar.maximum() > 0
    with qtbot.waitSignal(tab.loaded):
        qtbot.keyClicks(tab.search, "tidak")  # a common word: many rows
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    bar.setValue(bar.maximum())
    with qtbot.waitSignal(tab.loaded):
        tab.search.clear()
    assert bar.value() == 0


def test_home_and_end_choose_the_first_and_last_complaint(
    qtbot, engine: Engine, window: MainWindow
) -> None:
    from PySide6.QtCore import Qt

    generate(engine, 120, seed=5, now=NOW)
    tab = window.cases
    window.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.loaded):
        tab.apply_filter()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_End)
    last = tab.model.rowCount() - 1
    assert [i.row() for i in tab.table.selectionModel().selectedRows()] == [last]
    assert tab.table.currentIndex().row() == last
    qtbot.keyClick(tab.table, Qt.Key.Key_Home)
    assert [i.row() for i in tab.table.selectionModel().selectedRows()] == [0]
