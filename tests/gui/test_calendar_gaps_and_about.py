"""The calendar tab's warning about a year it does not know well enough yet, Bantuan →
Tentang (version, schema revision, database), and a newer program's database refused with
both versions named. Screenshots at both office widths in $PENGADUAN_SCREENSHOTS."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import Engine

from pengaduan_desktop import __version__
from pengaduan_desktop.core import clock
from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.program_info import database_label
from pengaduan_desktop.core.schema import SCHEMA_HEAD, init_database
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.ui.backup_actions import UnusableDialog
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.conftest import shots_at_both_widths


def open_calendar(qtbot, window: MainWindow, year: int):
    tab = window.calendar
    window.tabs.setCurrentWidget(tab)
    tab.year.setValue(year)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0 and tasks_running() == 0)
    return tab


def test_the_tab_warns_of_a_year_the_holidays_package_does_not_know(
    qtbot, admin_window: MainWindow, tmp_path: Path
) -> None:
    window = admin_window
    with clock.pinned(datetime(2031, 1, 12, 9, tzinfo=LOCAL_TZ)):
        tab = open_calendar(qtbot, window, 2031)
        assert tab.gaps.isVisible()
        text = tab.gaps.text()
        assert text.startswith("Perhatian: Tahun 2031: data cuti bersama belum ada dalam program")
        assert "Perhatian: Tahun 2032: data cuti bersama belum ada" in text
        assert "masih perkiraan" in text  # Idul Fitri of 2031 is a computed date
        shots_at_both_widths(qtbot, window, tmp_path, "kalender-peringatan")
        # The office records the decree's first day: the warning counts it, and stays.
        tab.off_date.setDate(QDate(2031, 3, 24))
        tab.off_reason.setText("SKB cuti bersama 2031")
        qtbot.mouseClick(tab.off_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Kantor sudah mencatat 1 libur kantor" in tab.gaps.text())


def test_no_warning_when_this_year_and_the_next_are_decreed(
    qtbot, admin_window: MainWindow
) -> None:
    with clock.pinned(datetime(2025, 6, 10, 9, tzinfo=LOCAL_TZ)):
        tab = open_calendar(qtbot, admin_window, 2025)
        assert tab.gaps.isHidden() and tab.gaps.text() == ""


def test_about_names_version_revision_and_database(
    qtbot, window: MainWindow, engine: Engine, tmp_path: Path
) -> None:
    window.about_action.trigger()
    qtbot.waitUntil(lambda: len(window.about_boxes) == 1 and window.about_boxes[0].isVisible())
    box = window.about_boxes[0]
    text = box.text()
    assert f"Pengaduan Desktop versi {__version__}" in text
    assert f"Revisi skema basis data: {SCHEMA_HEAD} (program ini sampai revisi {SCHEMA_HEAD})" in (
        text
    )
    assert f"Basis data: {database_label(engine.url)}" in text
    assert "***" not in text and "password" not in text.lower()
    if engine.url.password:
        assert str(engine.url.password) not in text
    shots_at_both_widths(qtbot, window, tmp_path, "tentang", also=box)
    box.accept()


def test_a_newer_program_s_database_names_both_versions(
    qtbot, tmp_path: Path, settings_dir: Path
) -> None:
    path = tmp_path / "baru.db"
    engine = create_db_engine(f"sqlite:///{path}")
    init_database(engine)
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    window = MainWindow(f"sqlite:///{path}")
    qtbot.addWidget(window)
    window.show()
    window.connect_database()
    qtbot.waitUntil(lambda: window.findChild(UnusableDialog) is not None)
    offer = window.findChild(UnusableDialog)
    qtbot.waitUntil(offer.isVisible)
    said = " ".join(label.text() for label in offer.findChildren(QLabel))
    assert "revisi skema 0099" in said
    assert f"program ini versi {__version__} hanya mengenal sampai revisi skema {SCHEMA_HEAD}" in (
        said
    )
    offer.quit_button.click()
