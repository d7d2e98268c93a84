"""Every screen at the desk's two screen sizes: nothing off-screen, and pictures to look at
(PENGADUAN_SCREENSHOTS=folder keeps them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.ui.case_list_tab import FIXED_WIDTHS
from pengaduan_desktop.ui.case_model import SUMMARY, UNIT
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.helpers import complaint

SIZES = [(1366, 768), (1024, 768)]


def off_screen(root: QWidget) -> list[str]:
    """Visible controls that do not lie wholly inside `root`, outside scroll areas."""
    bad = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QComboBox | QLineEdit):
            continue
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if any(p.inherits("QAbstractScrollArea") for p in ancestors(widget, root)):
            continue  # a scroll area shows it on demand
        top_left = widget.mapTo(root, QPoint(0, 0))
        if top_left.x() < 0 or top_left.x() + widget.width() > root.width() + 1:
            bad.append(widget.objectName() or type(widget).__name__)
    return bad


def ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def folder(tmp_path: Path) -> Path:
    path = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_screenshots_every_tab_fits_the_screen(
    qtbot, window: MainWindow, tmp_path: Path, size
) -> None:
    register(window.engine, complaint())
    window.cases.apply_filter()
    qtbot.waitUntil(lambda: tasks_running() == 0)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    assert window.minimumSizeHint().width() <= size[0]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert window.width() == size[0] and window.height() <= size[1]
        tab = window.tabs.currentWidget()
        assert off_screen(window) == [], tab.objectName() or type(tab).__name__
        window.grab().save(str(folder(tmp_path) / f"window-{index}-{size[0]}.png"))
    # The case list's fixed columns hold their headings whole in bold (the chosen row's
    # headings are bold): "Batas waktu" was cut to "Batas waktı".
    window.tabs.setCurrentWidget(window.cases)
    header = window.cases.table.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    for column in FIXED_WIDTHS:
        text = window.cases.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= QFontMetrics(bold).horizontalAdvance(text) + 8, text


def test_the_sort_arrow_stays_on_sortable_columns(qtbot, window: MainWindow) -> None:
    register(window.engine, complaint())
    window.tabs.setCurrentWidget(window.cases)
    tab = window.cases
    header = tab.table.horizontalHeader()
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.apply_filter()
    before = header.sortIndicatorSection(), header.sortIndicatorOrder()
    for column in (SUMMARY, UNIT):
        point = header.viewport().rect().center()
        point.setX(header.sectionViewportPosition(column) + header.sectionSize(column) // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == before
    qtbot.waitUntil(lambda: tasks_running() == 0)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_status_bar_keeps_the_counts_and_elides_a_path(
    qtbot, window: MainWindow, tmp_path: Path, size
) -> None:
    window.refresh_report_due()
    qtbot.waitUntil(lambda: tasks_running() == 0)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.status_bar.message_room().width() > 0)
    path = "/work/wt/tmp10-officer/cadangan/pengaduan-2026-11-30-0858.db"
    window.statusBar().showMessage(f"Cadangan harian dibuat: {path}")
    window.status_bar.repaint()
    room = window.status_bar.message_room().width()
    shown = window.status_bar.shown_message()
    assert window.status_bar.fontMetrics().horizontalAdvance(shown) <= room
    assert shown.startswith("Cadangan harian dibuat: /") and shown.endswith("0858.db")
    assert window.status_bar.toolTip() == f"Cadangan harian dibuat: {path}"
    window.statusBar().showMessage("1.234 pengaduan terlambat — lihat Daftar Pengaduan. ")
    assert window.status_bar.shown_message().startswith("1.234 pengaduan terlambat")
    window.statusBar().showMessage("Siap.")
    banner = window.due_banner
    if size[0] >= 1366:  # room enough: the banner whole
        assert banner.width() >= banner.full_width()
    window.statusBar().showMessage("1.234 pengaduan terlambat — lihat Daftar Pengaduan. ")
    window.grab().save(str(folder(tmp_path) / f"status-{size[0]}.png"))
