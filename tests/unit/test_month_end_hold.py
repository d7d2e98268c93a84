"""The status a complaint had when the month ended, where a hold (Tunda) began or ended
around the month's last midnight (Asia/Pontianak): a hold begun on the 1st at 02:41 WIB,
which is still the last day of the month in UTC, is not the month's. Checked in the figures,
in the lists the report prints, and in the open-and-overdue list; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Engine

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.monthly import Month, month_figures, month_lists
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.workflow import Action, perform
from tests.helpers import complaint

OCTOBER, NOVEMBER = Month(2026, 10), Month(2026, 11)
FIRST_OF_NOVEMBER_0241_WIB = datetime(2026, 10, 31, 19, 41, tzinfo=UTC)


def received(engine: Engine, day: date, summary: str) -> tuple[int, str]:
    at = datetime(day.year, day.month, day.day, 10, 0, tzinfo=LOCAL_TZ)
    saved = register(engine, complaint(received_at=at, summary=summary))
    return saved.id, saved.tracking_number


def states(engine: Engine, month: Month) -> dict[str, str]:
    """Each listed complaint's status at the month's end, as printed in the lists (and the
    same in month_figures' rows)."""
    with month_lists(engine, month) as lists:
        printed = {r.tracking_number: r.status for r in [*lists.received(), *lists.carried()]}
    figures = month_figures(engine, month)
    assert {r.tracking_number: r.status for r in figures.rows + figures.carried} == printed
    return printed


def test_a_hold_begun_after_the_month_ended_is_not_its_status(engine: Engine) -> None:
    late_hold, late_number = received(engine, date(2026, 10, 20), "Ditahan setelah Oktober")
    early_hold, early_number = received(engine, date(2026, 10, 5), "Ditahan dalam Oktober")
    perform(engine, early_hold, Action.HOLD, None, "Salinan SPD", today=date(2026, 10, 7))
    with clock.pinned(FIRST_OF_NOVEMBER_0241_WIB):
        perform(engine, late_hold, Action.HOLD, None, "Dokumen", today=clock.today())
        assert clock.today() == date(2026, 11, 1)
        perform(engine, early_hold, Action.RESUME, None, "Salinan diterima", today=clock.today())

    october = states(engine, OCTOBER)
    assert october[late_number] == "Dalam proses"  # held on 1 November, in WIB
    assert october[early_number] == "Tunda"  # held in October, resumed in November
    figures = month_figures(engine, OCTOBER)
    assert figures.by_status.get("Tunda") == 1
    # Past its due date at October's end and not on hold then: in the overdue list.
    assert late_number in {r.tracking_number for r in figures.overdue}
    assert early_number not in {r.tracking_number for r in figures.overdue}
    assert figures.total.overdue_at_end == len(figures.overdue)

    november = states(engine, NOVEMBER)
    assert november[late_number] == "Tunda"
    assert november[early_number] != "Tunda"
