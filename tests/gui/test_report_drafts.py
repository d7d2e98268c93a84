"""Conclusions and recommendations belong to their month: typed for October, they are not in
the boxes for November, and come back with October."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pengaduan_desktop.core.monthly import Month
from pengaduan_desktop.core.reports import load_draft
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running

OCTOBER, NOVEMBER = Month(2026, 10), Month(2026, 11)


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=30_000)


def choose(qtbot, tab, month: Month) -> None:
    tab.month.setCurrentIndex(tab.month.findData(str(month)))
    wait_idle(qtbot)


def test_drafts_follow_the_month(qtbot, window: MainWindow, tmp_path: Path) -> None:
    tab = window.report
    window.tabs.setCurrentWidget(tab)
    choose(qtbot, tab, OCTOBER)
    assert tab.conclusions.toPlainText() == ""
    qtbot.mouseClick(tab.conclusions.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.conclusions, "Oktober: pengaduan hibah menurun.")
    qtbot.keyClicks(tab.recommendations, "Oktober: tambah petugas meja.")
    assert "belum tersimpan" in tab.draft_status.text()
    # Saved shortly after the officer stops typing, without leaving the month.
    qtbot.waitUntil(lambda: load_draft(window.engine, OCTOBER).recommendations != "",
                    timeout=10_000)  # fmt: skip
    wait_idle(qtbot)  # saved off the GUI thread: the label says so when the save comes back
    assert load_draft(window.engine, OCTOBER).conclusions == "Oktober: pengaduan hibah menurun."
    assert "tersimpan" in tab.draft_status.text()

    qtbot.keyClicks(tab.conclusions, " Lagi.")  # typed, then the month changes at once
    choose(qtbot, tab, NOVEMBER)
    assert tab.conclusions.toPlainText() == "" and tab.recommendations.toPlainText() == ""
    assert load_draft(window.engine, OCTOBER).conclusions.endswith("menurun. Lagi.")
    qtbot.keyClicks(tab.conclusions, "November: masih berjalan.")
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1024, 768)
    QApplication.processEvents()
    window.grab().save(str(folder / "report-tab-1024.png"))

    choose(qtbot, tab, OCTOBER)
    assert tab.conclusions.toPlainText() == "Oktober: pengaduan hibah menurun. Lagi."
    assert tab.recommendations.toPlainText() == "Oktober: tambah petugas meja."
    assert load_draft(window.engine, NOVEMBER).conclusions == "November: masih berjalan."
    choose(qtbot, tab, NOVEMBER)
    assert tab.conclusions.toPlainText() == "November: masih berjalan."
