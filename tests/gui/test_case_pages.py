"""The case list reads its pages in the background: placeholders first, then the rows; only
the pages in view are read; a new sort, filter or search drops older reads; the GUI thread
runs no SQL while the officer scrolls; refresh() keeps the place and the selection; a failed
read is told once."""

from __future__ import annotations

import os
import random
import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox
from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError

from pengaduan_desktop.core.caselist import CaseFilter, SortKey, count_cases, fetch_page
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.sla import Sla
from pengaduan_desktop.ui.case_list_tab import CaseListTab
from pengaduan_desktop.ui.case_model import ID_ROLE, PLACEHOLDER
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.case_rows import here, show_row
from tests.helpers import complaint

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
COUNT = 450


@pytest.fixture
def demo(engine: Engine) -> Engine:
    generate(engine, COUNT, seed=7, now=NOW)
    return engine


def idle(qtbot, tab: CaseListTab) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0 and not tab.model.loading(), timeout=20_000)


def open_list(qtbot, window: MainWindow) -> CaseListTab:
    window.tabs.setCurrentWidget(window.cases)
    with qtbot.waitSignal(window.cases.loaded, timeout=20_000):
        window.cases.apply_filter()
    idle(qtbot, window.cases)
    QApplication.processEvents()  # the footer's layout follows its new count
    return window.cases


def numbers(engine: Engine, case_filter: CaseFilter = CaseFilter(),  # noqa: B008
            sort: SortKey = SortKey.RECEIVED, descending: bool = True) -> list[str]:  # fmt: skip
    return [r.tracking_number for r in fetch_page(engine, case_filter, sort, descending,
                                                  limit=10_000)]  # fmt: skip


def jump(tab: CaseListTab, row: int) -> None:
    """Put a row at the top of the table and let the table paint it."""
    tab.table.scrollTo(tab.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    for _ in range(3):
        QApplication.processEvents()


class Gate:
    """Real SQL, held: the first statement a worker runs waits until release()."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.reached = threading.Event()
        self.opened = threading.Event()
        self.armed = True
        event.listen(engine, "before_cursor_execute", self._hold)

    def _hold(self, *_args: Any) -> None:
        if self.armed and threading.current_thread() is not threading.main_thread():
            self.armed = False
            self.reached.set()
            self.opened.wait(timeout=30)

    def release(self) -> None:
        self.opened.set()  # the listener stays until the test ends: the worker is inside it

    def remove(self) -> None:
        self.release()
        event.remove(self.engine, "before_cursor_execute", self._hold)


@pytest.fixture
def gate(qtbot, window: MainWindow) -> Iterator[Callable[[], Gate]]:
    made: list[Gate] = []
    yield lambda: made.append(Gate(window.engine)) or made[-1]  # type: ignore[func-returns-value]
    for held in made:
        held.release()
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)
    for held in made:
        held.remove()


def test_placeholders_show_until_their_page_arrives(qtbot, demo: Engine, window: MainWindow,
                                                    tmp_path: Path) -> None:  # fmt: skip
    tab = open_list(qtbot, window)
    expected = numbers(demo)
    model = tab.model
    assert model.fetched == [] and model.data(model.index(0, 0)) == expected[0]  # page 0 came
    with qtbot.waitSignal(model.page_arrived, timeout=20_000) as arrived:
        tab.table.scrollTo(model.index(300, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        cell = model.index(300, 0)
        assert model.data(cell) == "Memuat…"  # nothing is read on the spot
        assert model.data(cell, Qt.ItemDataRole.ForegroundRole).color() == PLACEHOLDER
        assert model.data(cell, ID_ROLE) is None and model.data(model.index(300, 3)) == ""
        shoot(window, tmp_path, "placeholders")
    assert arrived.args == [3]
    assert model.data(cell) == expected[300]
    assert model.data(model.index(300, 6)) in {"Diterima", "Diverifikasi", "Didisposisikan",
                                               "Ditindaklanjuti", "Selesai", "Ditolak",
                                               "Dieskalasi"}  # fmt: skip
    idle(qtbot, tab)
    shoot(window, tmp_path, "filled")


def shoot(window: MainWindow, tmp_path: Path, name: str) -> None:
    """The list as the officer sees it, at both screen sizes (PENGADUAN_SCREENSHOTS keeps
    the pictures)."""
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    size = window.size()
    for width in (1366, 1024):
        window.resize(width, 768)  # the pages are not asked for again: no paint happens here
        window.grab().save(str(folder / f"case-list-{name}-{width}.png"))
    window.resize(size)


def test_a_fast_jump_reads_only_the_page_in_view(qtbot, demo: Engine, window: MainWindow,
                                                 gate) -> None:  # fmt: skip
    tab = open_list(qtbot, window)
    held = gate()
    jump(tab, 120)  # page 1: its read starts, and waits at the gate
    qtbot.waitUntil(held.reached.is_set, timeout=20_000)
    jump(tab, 250)  # page 2: passed over while the read is under way
    jump(tab, 330)  # page 3: passed over too
    jump(tab, 410)  # page 4: where the officer stops
    assert not here(tab.model, 410)
    held.release()
    qtbot.waitUntil(lambda: here(tab.model, 410), timeout=20_000)
    idle(qtbot, tab)
    assert tab.model.fetched == [1, 4]  # never the pages only passed over
    assert tab.model.data(tab.model.index(410, 0)) == numbers(demo)[410]


RESTARTS: dict[str, tuple[Callable[[CaseListTab], None], CaseFilter, SortKey, bool]] = {
    "sort": (lambda tab: tab.table.horizontalHeader().setSortIndicator(
        0, Qt.SortOrder.AscendingOrder), CaseFilter(), SortKey.NUMBER, False),
    "filter": (lambda tab: tab.status.setCurrentIndex(tab.status.findData("selesai")),
               CaseFilter(statuses=("selesai",)), SortKey.RECEIVED, True),
    "search": (lambda tab: (tab.search.setText("tidak"), tab.search.returnPressed.emit()),
               CaseFilter(search="tidak"), SortKey.RECEIVED, True),
}  # fmt: skip


@pytest.mark.parametrize("change", RESTARTS)
def test_a_new_sort_filter_or_search_drops_the_reads_under_way(
    qtbot, demo: Engine, window: MainWindow, gate, change: str
) -> None:
    action, case_filter, sort, descending = RESTARTS[change]
    tab = open_list(qtbot, window)
    held = gate()
    jump(tab, 100)  # page 1 of the old list: its read waits at the gate
    qtbot.waitUntil(held.reached.is_set, timeout=20_000)
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        action(tab)  # the new count and first page are read by another worker meanwhile
    held.release()
    idle(qtbot, tab)
    assert 1 in tab.model.fetched  # the old page was read ...
    old = numbers(demo)[100:200]
    expected = numbers(demo, case_filter, sort, descending)
    assert tab.model.rowCount() == len(expected) > 100
    shown = [show_row(qtbot, tab, row) for row in range(100, min(200, len(expected)))]
    assert shown == expected[100:200]  # ... and dropped: the new list's rows are shown
    assert shown != old[: len(shown)]


def test_the_gui_thread_runs_no_sql_while_scrolling(qtbot, demo: Engine,
                                                    window: MainWindow) -> None:  # fmt: skip
    tab = open_list(qtbot, window)
    threads: list[threading.Thread] = []
    record = lambda *_args: threads.append(threading.current_thread())  # noqa: E731
    event.listen(window.engine, "before_cursor_execute", record)
    try:
        bar = tab.table.verticalScrollBar()
        while bar.value() < bar.maximum():  # top to bottom, a screen at a time
            bar.setValue(bar.value() + bar.pageStep())
            QApplication.processEvents()
            idle(qtbot, tab)
        for value in random.Random(3).sample(range(bar.maximum()), 15):  # the thumb dragged
            bar.setValue(value)
            QApplication.processEvents()
        idle(qtbot, tab)
        tab.model.refresh()
        idle(qtbot, tab)
    finally:
        event.remove(window.engine, "before_cursor_execute", record)
    assert len(tab.model.fetched) >= 5 and threads  # pages were read ...
    assert threading.main_thread() not in threads  # ... never by the GUI thread
    top = tab.table.rowAt(0)
    assert tab.model.data(tab.model.index(top, 0)) == numbers(demo)[top]


def test_refresh_keeps_the_place_and_the_selected_one(qtbot, demo: Engine,
                                                      window: MainWindow) -> None:  # fmt: skip
    tab = open_list(qtbot, window)
    show_row(qtbot, tab, 200)
    idle(qtbot, tab)
    tab.table.selectRow(205)
    chosen = tab.model.data(tab.model.index(205, 0), ID_ROLE)
    scrolled = tab.table.verticalScrollBar().value()
    new = register(window.engine, complaint(received_at=datetime(2026, 11, 29, 2, 0, tzinfo=UTC)))
    with qtbot.waitSignal(tab.model.refreshed, timeout=20_000):
        tab.model.refresh()  # what the window does when a change is broadcast
    assert tab.model.rowCount() == COUNT + 1 and tab.count.text() == f"{COUNT + 1} pengaduan"
    assert tab.table.verticalScrollBar().value() == scrolled
    selected = tab.table.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [206]  # the complaint moved down one row with it
    assert tab.model.data(selected[0], ID_ROLE) == chosen
    assert tab.model.data(tab.model.index(206, 0)) == numbers(window.engine)[206]
    idle(qtbot, tab)
    assert show_row(qtbot, tab, 0) == new.tracking_number  # the new one, read on the way up


def test_a_failed_read_is_told_once(qtbot, demo: Engine, window: MainWindow) -> None:
    tab = open_list(qtbot, window)

    def locked(*_args: Any) -> None:  # what a database held by another desk answers
        if threading.current_thread() is not threading.main_thread():
            raise OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))

    event.listen(window.engine, "before_cursor_execute", locked)
    jump(tab, 300)
    idle(qtbot, tab)
    jump(tab, 150)  # more placeholders painted: no second read, no second message
    idle(qtbot, tab)
    boxes = [b for b in tab.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "sedang dipakai meja lain" in boxes[0].text()
    assert tab.model.data(tab.model.index(150, 0)) == "Memuat…"
    event.remove(window.engine, "before_cursor_execute", locked)
    boxes[0].accept()
    with qtbot.waitSignal(tab.model.refreshed, timeout=20_000):
        tab.model.refresh()
    assert show_row(qtbot, tab, 150) == numbers(demo)[150]


def test_the_tab_refresh_counts_the_late_ones_again(qtbot, demo: Engine,
                                                    window: MainWindow) -> None:  # fmt: skip
    tab = open_list(qtbot, window)
    overdue = count_cases(demo, CaseFilter(sla=Sla.OVERDUE))
    register(window.engine, complaint())  # received in May: long overdue
    with qtbot.waitSignal(tab.overdue_changed, timeout=20_000) as told:
        tab.refresh()
    assert told.args == [overdue + 1]
    assert f"{overdue + 1} pengaduan terlambat" in tab.warning.text()
    assert window.tabs.tabText(window.tabs.indexOf(tab)).endswith(f"({overdue + 1} terlambat)")
    qtbot.waitUntil(lambda: tab.count.text() == f"{COUNT + 1} pengaduan", timeout=20_000)
