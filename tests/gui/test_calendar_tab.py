from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.helpers import complaint


@pytest.fixture
def window(admin_window: MainWindow) -> MainWindow:
    """Signed in as the administrator: the calendar is the administrator's to change."""
    return admin_window


def open_calendar(qtbot, window: MainWindow):
    window.tabs.setCurrentWidget(window.calendar)
    tab = window.calendar
    tab.year.setValue(2026)
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0)
    return tab


def test_lists_holidays_and_cuti_bersama(qtbot, window: MainWindow) -> None:
    tab = open_calendar(qtbot, window)
    rows = [[tab.table.item(r, c).text() for c in range(3)] for r in range(tab.table.rowCount())]
    assert ["Kamis, 24 Desember 2026", "cuti bersama", "Cuti Bersama Hari Raya Natal"] in rows
    assert ["Kamis, 19 Maret 2026", "libur nasional", "Hari Suci Nyepi"] in rows


def test_day_off_needs_a_reason_then_moves_open_due_dates(qtbot, window: MainWindow) -> None:
    number = register(window.engine, complaint()).tracking_number  # due 3 June 2026
    tab = open_calendar(qtbot, window)
    tab.off_date.setDate(QDate(2026, 5, 29))
    qtbot.mouseClick(tab.off_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks_running() == 0)
    assert tab.off_error.isVisible()
    assert tab.off_error.text().startswith("Keterangan hari libur kantor wajib diisi")
    qtbot.keyClicks(tab.off_reason, "SK Gubernur 7/2026")
    qtbot.mouseClick(tab.off_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "batas waktu baru" in tab.status.text())
    assert tab.status.text().startswith("Kalender diperbarui: 1 pengaduan")
    kinds = {tab.table.item(r, 0).text(): tab.table.item(r, 1).text()
             for r in range(tab.table.rowCount())}  # fmt: skip
    assert kinds["Jumat, 29 Mei 2026"] == "libur kantor"
    with reading(window.engine) as session:
        due = session.scalar(select(Complaint.due_date).where(Complaint.tracking_number == number))
    assert due == date(2026, 6, 4)


def test_work_a_listed_holiday_and_undo(qtbot, window: MainWindow) -> None:
    tab = open_calendar(qtbot, window)
    row = next(r for r in range(tab.table.rowCount())
               if tab.table.item(r, 0).text() == "Kamis, 28 Mei 2026")  # fmt: skip
    tab.table.selectRow(row)
    assert tab.work_button.isEnabled() and not tab.remove_button.isEnabled()
    qtbot.mouseClick(tab.work_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Kalender diperbarui" in tab.status.text())
    texts = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())
             if tab.table.item(r, 0).text() == "Kamis, 28 Mei 2026"]  # fmt: skip
    assert "hari kerja kantor" in texts
