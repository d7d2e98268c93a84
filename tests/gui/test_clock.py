"""The window reads the program's clock (core/clock.py), never the machine's: the tests pin it
on 29 November 2026, and installer/test.sh runs them with the machine two years ahead."""

from __future__ import annotations

from datetime import date

from pengaduan_desktop.ui.main_window import MainWindow


def test_every_tab_counts_from_the_programs_today(window: MainWindow) -> None:
    assert window.calendar.year.value() == 2026
    assert window.calendar.off_date.date().toPython() == date(2026, 11, 29)
    assert window.report.month.itemData(0) == "2026-11"  # the picker starts at this month
    cases = window.cases
    cases.period.setCurrentIndex(cases.period.findData("this_month"))
    f = cases.current_filter()
    assert (f.received_from, f.received_to) == (date(2026, 11, 1), date(2026, 11, 29))
    assert "Oktober 2026" in window.due_banner.text()  # last month's report is owed
