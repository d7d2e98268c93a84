"""A window left open over midnight follows the new day by itself: the complaint due
yesterday counts as late, and the new month is offered in the report tab (ui.day_watch, its
real midnight timer on the program's clock)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from tests.gui.conftest import open_window
from tests.helpers import add_account, complaint, fill_office

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def cases_title(win) -> str:  # type: ignore[no-untyped-def]
    return win.tabs.tabText(win.tabs.indexOf(win.cases))


def test_the_open_window_turns_to_the_new_day_at_midnight(
    qtbot, engine: Engine, db_url: str, settings_dir: Path
) -> None:
    fill_office(engine)
    add_account(engine, "admin")
    add_account(engine, "pengelola")
    saved = register(engine, complaint(received_at=datetime(2026, 11, 23, 9, 0, tzinfo=LOCAL_TZ)))
    assert saved.due_date == date(2026, 11, 30)  # due on the last day of November
    with clock.pinned(datetime(2026, 11, 30, 23, 58, 0)):
        windows = open_window(qtbot, db_url, "pengelola")
        win = next(windows)
        win.tabs.setCurrentWidget(win.cases)
        qtbot.waitUntil(lambda: win.cases.count.text() == "1 pengaduan", timeout=30_000)
        assert cases_title(win) == "Daftar Pengaduan"  # due today: not late yet
        assert win.report.month.itemText(0) == "November 2026"
        # The clock goes on to two seconds before midnight; the day watch, asked now, waits
        # for midnight with its own timer.
        clock.set_now(datetime(2026, 11, 30, 23, 59, 58))
        win.day_watch.check()
        assert win.day_watch.day == date(2026, 11, 30)
        qtbot.waitUntil(lambda: cases_title(win) == "Daftar Pengaduan (1 terlambat)",
                        timeout=30_000)  # fmt: skip
        assert win.day_watch.day == date(2026, 12, 1)
        assert win.report.month.itemText(0) == "Desember 2026"
        assert win.report.month.itemText(1) == "November 2026"
        next(windows, None)
