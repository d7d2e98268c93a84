"""What an officer found trying the window in English (and on small or scaled screens): the
monthly report's month and figures, the intake's due date, the status bar, the reminders' menu
arrow, the case list's state column, the report tab at 125%, and the window's size after a
change of screen. PENGADUAN_SCREENSHOTS=folder keeps the pictures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from pengaduan_desktop.core.monthly import Month, MonthFigures, Tally
from pengaduan_desktop.core.sla import SLA_LABELS
from pengaduan_desktop.core.step_deadlines import Reminder, Reminders, Step, Urgency
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.case_pages import SLA, SLA_MARK
from pengaduan_desktop.ui.complaint_dialog import shown_date
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.reminder_button import ReminderButton
from pengaduan_desktop.ui.screen_fit import LEAST_HEIGHT, LEAST_WIDTH, restore_window
from tests.gui.test_intake import type_complaint, wait_idle
from tests.gui.test_screens import folder

FIGURES = MonthFigures(Month(2026, 10), Tally("Jumlah", received=1000, on_time=637, late=300,
                                               overdue_at_end=63), average_days=2.8214)  # fmt: skip


@pytest.fixture(params=["id", "en"])
def lang(request, qapp, settings_dir: Path) -> Iterator[str]:
    """The test in each language (before the window is made, as at start)."""
    before = QLocale()
    language.install(qapp, request.param)
    yield request.param
    language.uninstall(qapp)
    QLocale.setDefault(before)


def figures_shown(qtbot, window: MainWindow) -> dict[str, str]:
    tab = window.report
    window.tabs.setCurrentWidget(tab)
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    wait_idle(qtbot)
    tab._summarised(tab._generation, FIGURES)  # the figures as the worker hands them over
    return {"month": tab.month.currentText(), "status": tab.status.text(),
            "average": tab.ui.averageValue.text(), "rate": tab.ui.rateValue.text()}  # fmt: skip


def test_the_report_tab_writes_month_and_figures_in_english(qtbot, english, window) -> None:
    shown = figures_shown(qtbot, window)
    assert shown["month"] == "October 2026" and "October 2026" in shown["status"]
    assert (shown["average"], shown["rate"]) == ("2.82", "63.7%")


def test_the_report_tab_keeps_indonesian_figures_in_indonesian(qtbot, window) -> None:
    shown = figures_shown(qtbot, window)
    assert shown["month"] == "Oktober 2026" and "Oktober 2026" in shown["status"]
    assert (shown["average"], shown["rate"]) == ("2,82", "63,7%")


def test_one_helper_writes_the_window_s_dates(qapp, english) -> None:
    day = date(2026, 12, 7)
    assert language.long_date(day) == shown_date(day) == "Monday, 7 December 2026"
    assert language.plain_date(day) == "7 December 2026"
    language.install(qapp, "id")
    assert language.long_date(day) == shown_date(day) == "Senin, 7 Desember 2026"


def test_the_intake_says_the_due_date_in_english(qtbot, english, window) -> None:
    tab = window.intake
    type_complaint(qtbot, tab)
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=20_000)
    assert "Wednesday, 3 June 2026" in tab.ui.resultLabel.text()


@pytest.mark.parametrize("width", [1024, 1366])
def test_the_status_bar_reads_whole_at_1024(qtbot, lang, window, tmp_path: Path,
                                            width: int) -> None:  # fmt: skip
    window.resize(width, 768)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: window.status_bar.width() > width - 40)
    window.status_bar.share()
    banner, user = window.due_banner, window.user_label
    assert "TERLAMBAT" in banner.text() or "LATE" in banner.text()  # October is owed
    assert len(banner.toolTip()) > len(banner.text())  # the whole sentence in its tooltip
    assert " — " in user.toolTip() and user.text().endswith(": " + window.user.name)
    for note in (banner, user):  # neither cut: each as wide as its text
        assert note.width() >= note.full_width(), (note.text(), note.width())
    window.grab().save(str(folder(tmp_path) / f"status-{lang}-{width}.png"))


def test_a_crowded_status_bar_keeps_the_late_report_before_the_name(qtbot, window) -> None:
    window.resize(1024, 768)
    window.user_label.setText("Budi Santoso Wicaksono Putra Pratama, S.Kom., M.Kom. " * 2)
    window.statusBar().showMessage("1.234 pengaduan terlambat — lihat Daftar Pengaduan. " * 3)
    window.status_bar.share()
    banner = window.due_banner
    assert banner.maximumWidth() >= banner.full_width()  # the late report whole
    assert window.user_label.maximumWidth() < window.user_label.full_width()  # the name gives


def test_the_reminders_arrow_stays_inside_the_window(qtbot, tmp_path: Path) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Pengaduan Baru")
    button = ReminderButton(lambda: None)
    tabs.setCornerWidget(button)
    button._show(Reminders([Reminder(1, "ADU-2026-000001", "x", Step.VERIFICATION,
                                     date(2026, 11, 30), Urgency.PASSED, "")]))  # fmt: skip
    tabs.resize(700, 200)
    tabs.show()
    qtbot.waitExposed(tabs)
    picture = button.grab().toImage()
    tabs.grab().save(str(folder(tmp_path) / "reminders-arrow.png"))
    # The last columns of the button are its margin: nothing drawn there (the arrow was).
    edge = {picture.pixel(x, y) for x in range(picture.width() - 3, picture.width())
            for y in range(picture.height())}  # fmt: skip
    assert len(edge) == 1


def test_the_state_column_fits_its_longest_state_at_1024(qtbot, lang, window) -> None:
    window.resize(1024, 768)
    window.tabs.setCurrentWidget(window.cases)
    wait_idle(qtbot)
    table = window.cases.table
    qtbot.waitUntil(lambda: table.viewport().width() < 1024)
    metrics = table.fontMetrics()
    longest = max(metrics.horizontalAdvance(SLA_MARK[s] + language.label(s))
                  for s in SLA_LABELS)  # fmt: skip
    assert table.columnWidth(SLA) >= longest + 8


def test_the_report_tab_leaves_the_status_bar_on_a_125_percent_screen(qtbot, window) -> None:
    """At 125% a 1366×768 screen has 1093×614 logical pixels, less the window's frame and
    title bar: the report tab with everything it may show (the stale note, the progress bar)
    must fit in that, or the status bar (with the LATE warning) goes below the screen."""
    tab = window.report
    window.tabs.setCurrentWidget(tab)
    wait_idle(qtbot)
    tab.stale.setVisible(True)
    tab.bar.setVisible(True)
    tab.draft_status.setText("Draf Oktober 2026 tersimpan.")
    free_height = round(768 / 1.25) - 4 * 8
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert least.height() <= free_height, least
    window.resize(round(1366 / 1.25) - 8, free_height)
    qtbot.waitUntil(lambda: window.height() == free_height)
    bar = window.status_bar
    assert bar.isVisible() and bar.geometry().bottom() < window.height()


def saved_geometry(qtbot, width: int, height: int) -> QByteArray:
    """What a window of width × height leaves in QSettings when closed."""
    before = QMainWindow()
    qtbot.addWidget(before)
    before.resize(width, height)
    before.show()
    qtbot.waitExposed(before)
    return before.saveGeometry()


@pytest.mark.parametrize("size", [(640, 480), (1366, 768), (4000, 3000)])
def test_a_restored_window_fits_the_screen_and_is_not_tiny(qtbot, size) -> None:
    saved = saved_geometry(qtbot, *size)
    window = QMainWindow()
    qtbot.addWidget(window)
    restore_window(window, saved, 1320, 800)
    free = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()
    assert window.width() >= min(LEAST_WIDTH, free.width() - 8)
    assert window.height() >= min(LEAST_HEIGHT, free.height() - 32)
    window.show()
    assert free.contains(window.frameGeometry().topLeft())


def test_the_main_window_opens_fitted_after_a_small_saved_geometry(
    qtbot, settings_dir: Path, db_url: str
) -> None:
    QSettings().setValue("window/geometry", saved_geometry(qtbot, 640, 480))
    window = MainWindow(db_url)
    qtbot.addWidget(window)
    free = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    assert window.width() >= min(LEAST_WIDTH, free.width() - 8)
    assert window.height() >= min(LEAST_HEIGHT, free.height() - 32)
    window.live.stop()


def test_the_shown_main_window_is_kept_inside_the_screen(
    qtbot, settings_dir: Path, db_url: str
) -> None:
    """A window placed a title bar too low (as X11 restores it, a little lower at each start)
    is moved up once shown: its status bar stays on a 768-pixel screen."""
    window = MainWindow(db_url)
    qtbot.addWidget(window)
    free = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    window.resize(1320, free.height() - 32)
    window.move(26, 80)  # its bottom below the screen's edge
    assert window.frameGeometry().bottom() > free.bottom()
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: free.contains(window.frameGeometry()))
    assert window.status_bar.isVisible()
    window.live.stop()
