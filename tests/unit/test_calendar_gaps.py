"""The calendar warns about a year it does not know well enough yet (issue 13, "a calendar
that keeps up"): no cuti bersama data, or holiday dates still estimates. The current and the
next year are checked, as core.clock tells the year."""

from datetime import date, datetime

import pytest
from sqlalchemy import Engine

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.calendar import (
    DayKind,
    ListedDay,
    Override,
    WorkingCalendar,
    calendar_gaps,
    year_gap,
)
from pengaduan_desktop.core.calendar_service import calendar_view, set_override
from pengaduan_desktop.core.errors import NotFound
from pengaduan_desktop.core.timeutil import LOCAL_TZ


def at(year: int, month: int = 6, day: int = 10) -> datetime:
    return datetime(year, month, day, 10, tzinfo=LOCAL_TZ)


NATAL = ListedDay(date(2040, 12, 25), "Hari Raya Natal", DayKind.NATIONAL)
CUTI = ListedDay(date(2040, 12, 24), "Cuti Bersama Hari Raya Natal", DayKind.CUTI_BERSAMA)
ESTIMATE = ListedDay(date(2040, 11, 5), "Hari Raya Idul Fitri (perkiraan)", DayKind.NATIONAL,
                     estimated=True)  # fmt: skip


def test_a_decreed_year_with_fixed_dates_has_no_gap() -> None:
    assert year_gap(2040, [NATAL, CUTI]) is None


def test_a_year_without_cuti_bersama_is_a_gap() -> None:
    gap = year_gap(2040, [NATAL])
    assert gap is not None and gap.no_cuti_bersama and not gap.estimated
    assert gap.message().startswith("Tahun 2040: data cuti bersama belum ada dalam program.")
    assert "libur kantor" in gap.message()


def test_estimated_dates_are_a_gap_and_named() -> None:
    gap = year_gap(2040, [NATAL, CUTI, ESTIMATE])
    assert gap is not None and not gap.no_cuti_bersama and gap.estimated == (ESTIMATE,)
    text = gap.message()
    assert text.startswith("Tahun 2040: 1 tanggal libur masih perkiraan (Hari Raya Idul Fitri)")
    assert "(perkiraan))" not in text  # the name without its mark


def test_both_at_once_and_what_the_office_already_recorded() -> None:
    gap = year_gap(2040, [ESTIMATE], office_days_off=2)
    assert gap is not None
    text = gap.message()
    assert "data cuti bersama belum ada" in text and "Juga, 1 tanggal libur" in text
    assert "Kantor sudah mencatat 2 libur kantor pada tahun 2040" in text


def test_the_current_and_next_year_from_the_clock() -> None:
    calendar = WorkingCalendar()
    with clock.pinned(at(2025)):  # both decreed, every date fixed (holidays >= 0.105)
        assert calendar_gaps(calendar, clock.today()) == []
    with clock.pinned(at(2026, 11, 29)):  # 2027's cuti bersama are known (>= 0.105)
        gaps = calendar_gaps(calendar, clock.today())
        assert {g.year for g in gaps} <= {2027}
        assert not any(g.no_cuti_bersama for g in gaps)


def test_a_year_the_holidays_package_knows_nothing_about() -> None:
    with clock.pinned(at(2031, 1, 10)):
        gaps = calendar_gaps(WorkingCalendar(), clock.today())
    assert [g.year for g in gaps] == [2031, 2032]
    assert all(g.no_cuti_bersama and g.estimated for g in gaps)  # Idul Fitri is computed


def test_a_later_year_being_looked_at_is_checked_too() -> None:
    with clock.pinned(at(2031, 1, 10)):
        assert [g.year for g in calendar_gaps(WorkingCalendar(), clock.today(), 2035)] == [
            2031, 2032, 2035]  # fmt: skip
        # An earlier year, or one already checked, adds nothing.
        assert [g.year for g in calendar_gaps(WorkingCalendar(), clock.today(), 2020)] == [
            2031, 2032]  # fmt: skip
        assert [g.year for g in calendar_gaps(WorkingCalendar(), clock.today(), 2032)] == [
            2031, 2032]  # fmt: skip


def test_the_office_days_off_of_that_year_are_counted() -> None:
    calendar = WorkingCalendar([Override(date(2031, 3, 20), False, "SKB 2031"),
                                Override(date(2031, 3, 21), True, "")])  # fmt: skip
    with clock.pinned(at(2031, 1, 10)):
        first, second = calendar_gaps(calendar, clock.today())
    assert first.office_days_off == 1 and second.office_days_off == 0


def test_the_calendar_tab_s_view_carries_the_gaps(sqlite_engine: Engine) -> None:
    with clock.pinned(at(2031, 1, 10)):
        set_override(sqlite_engine, date(2031, 3, 20), False, "SKB cuti bersama 2031", None)
        view = calendar_view(sqlite_engine, 2031)
    assert [g.year for g in view.gaps] == [2031, 2032]
    assert view.gaps[0].office_days_off == 1
    assert any(d.day == date(2031, 3, 20) for d in view.days)


def test_removing_a_decision_that_does_not_exist_is_refused(sqlite_engine: Engine) -> None:
    with pytest.raises(NotFound, match="tidak ada keputusan kantor pada 31 Desember 2026"):
        set_override(sqlite_engine, date(2026, 12, 31), None, "", None)


def test_many_estimates_are_counted_beyond_the_first_names() -> None:
    many = [ListedDay(date(2040, m, 1), f"Hari {m} (perkiraan)", DayKind.NATIONAL, True)
            for m in range(1, 6)]  # fmt: skip
    gap = year_gap(2040, [CUTI, *many])
    assert gap is not None
    assert "5 tanggal libur masih perkiraan (Hari 1, Hari 2, Hari 3, dan 2 lainnya)" in (
        gap.message()
    )
