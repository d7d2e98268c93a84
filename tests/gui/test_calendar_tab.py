from datetime import date, datetime

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
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0 and tasks_running() == 0)
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
    qtbot.waitUntil(lambda: "batas waktu baru" in tab.status.text() and tasks_running() == 0)
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
    qtbot.waitUntil(lambda: "Kalender diperbarui" in tab.status.text() and tasks_running() == 0)
    texts = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())
             if tab.table.item(r, 0).text() == "Kamis, 28 Mei 2026"]  # fmt: skip
    assert "hari kerja kantor" in texts


def test_an_office_day_off_refreshes_the_open_case_list_by_itself(
    qtbot, window: MainWindow, window_as
) -> None:
    """The Pejabat Pengelola's case list is open on its tab; the administrator sets a day off
    in the calendar tab. With no reload, the list shows the new due date and the tab title the
    new count of overdue complaints (the clock is pinned to Sunday 29 November 2026)."""
    from PySide6.QtCore import Qt as QtEnum

    from pengaduan_desktop.core.timeutil import LOCAL_TZ
    from pengaduan_desktop.ui.case_model import DUE, NUMBER

    received = datetime(2026, 11, 20, 9, 0, tzinfo=LOCAL_TZ)  # Friday: due Friday 27 Nov
    moved = register(window.engine, complaint(received_at=received)).tracking_number
    earlier = datetime(2026, 11, 17, 9, 0, tzinfo=LOCAL_TZ)  # due 24 Nov: stays overdue
    register(window.engine, complaint(received_at=earlier, name="Budi Santoso"))
    viewer = window_as("pengelola")
    cases = viewer.cases
    title = lambda: viewer.tabs.tabText(viewer.tabs.indexOf(cases))  # noqa: E731
    viewer.tabs.setCurrentWidget(cases)
    cases.apply_filter()
    qtbot.waitUntil(lambda: cases.model.rowCount() == 2 and tasks_running() == 0)
    assert title() == "Daftar Pengaduan (2 terlambat)"

    def due_shown() -> str:
        model = cases.model
        row = next(r for r in range(model.rowCount())
                   if model.index(r, NUMBER).data() == moved)  # fmt: skip
        return str(model.index(row, DUE).data(QtEnum.ItemDataRole.DisplayRole))

    assert due_shown() == "27/11/2026"
    tab = open_calendar(qtbot, window)
    tab.off_date.setDate(QDate(2026, 11, 27))
    qtbot.keyClicks(tab.off_reason, "SK Gubernur 9/2026")
    qtbot.mouseClick(tab.off_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "batas waktu baru" in tab.status.text() and tasks_running() == 0)
    # The late count starts once the new rows are painted: between the two no task runs.
    qtbot.waitUntil(lambda: title() == "Daftar Pengaduan (1 terlambat)")
    assert due_shown() == "30/11/2026"
    assert "1 pengaduan terlambat" in cases.warning.text()
