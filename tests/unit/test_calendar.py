from datetime import date

import pytest

from pengaduan_desktop.core.calendar import DayKind, Override, WorkingCalendar
from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.indonesian import date_in_words, long_date, number_words


@pytest.fixture
def cal() -> WorkingCalendar:
    return WorkingCalendar()


def test_design_example_idul_adha_and_pancasila(cal: WorkingCalendar) -> None:
    # Received Sunday 24 May 2026: 27 May (Idul Adha), 28 May (cuti bersama) and
    # 1 June (Hari Lahir Pancasila) do not count.
    assert cal.add_working_days(date(2026, 5, 24), 5) == date(2026, 6, 3)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # Nyepi (19 Mar) with cuti bersama 18 Mar, Idul Fitri 21-22 Mar with cuti bersama
        # 20, 23, 24 Mar: the first working day after Tuesday 17 March is the 25th.
        (date(2026, 3, 17), date(2026, 3, 31)),
        (date(2026, 3, 18), date(2026, 3, 31)),
        (date(2026, 3, 16), date(2026, 3, 30)),
        (date(2026, 3, 13), date(2026, 3, 27)),
        # Christmas week: 24 Dec cuti bersama, 25 Dec Natal, then the weekend.
        (date(2026, 12, 22), date(2026, 12, 31)),
        (date(2026, 12, 23), date(2027, 1, 4)),
        (date(2026, 12, 24), date(2027, 1, 4)),
    ],
)
def test_due_dates_across_holiday_stretches(
    cal: WorkingCalendar, received: date, due: date
) -> None:
    assert cal.add_working_days(received, 5) == due


def test_each_day_of_the_lebaran_stretch_is_off(cal: WorkingCalendar) -> None:
    for day in range(18, 25):
        assert not cal.is_working_day(date(2026, 3, day)), day
    assert cal.is_working_day(date(2026, 3, 25))
    assert cal.is_working_day(date(2026, 3, 17))


def test_cuti_bersama_is_listed_with_its_kind(cal: WorkingCalendar) -> None:
    days = {d.day: d for d in cal.listed_days(2026)}
    assert days[date(2026, 12, 24)].kind == DayKind.CUTI_BERSAMA
    assert days[date(2026, 12, 25)].kind == DayKind.NATIONAL
    assert "Natal" in days[date(2026, 12, 25)].name


def test_future_estimated_holidays_are_marked(cal: WorkingCalendar) -> None:
    estimated = [d for d in cal.listed_days(2027) if d.estimated]
    assert estimated and all("(perkiraan)" in d.name for d in estimated)


def test_office_overrides_add_and_remove_days() -> None:
    extra_off = Override(date(2026, 6, 2), working=False, name="Keputusan Gubernur")
    worked = Override(date(2026, 5, 28), working=True)
    cal = WorkingCalendar([extra_off, worked])
    assert not cal.is_working_day(date(2026, 6, 2))
    assert cal.is_working_day(date(2026, 5, 28))
    # 25, 26, 28, 29 May, 3 June
    assert cal.add_working_days(date(2026, 5, 24), 5) == date(2026, 6, 3)
    kinds = {d.day: d.kind for d in cal.listed_days(2026)}
    assert kinds[date(2026, 6, 2)] == DayKind.OFFICE
    assert date(2026, 5, 28) not in {d.day for d in cal.non_working_days(2026)}


def test_six_day_work_week_and_day_count() -> None:
    cal = WorkingCalendar(work_week={1, 2, 3, 4, 5, 6})
    assert cal.is_working_day(date(2026, 11, 28))  # a Saturday
    assert cal.add_working_days(date(2026, 11, 27), 1) == date(2026, 11, 28)
    assert WorkingCalendar().add_working_days(date(2026, 11, 27), 1) == date(2026, 11, 30)
    with pytest.raises(InvalidValue):
        WorkingCalendar().add_working_days(date(2026, 11, 27), 0)


def test_working_days_between(cal: WorkingCalendar) -> None:
    assert cal.working_days_between(date(2026, 5, 24), date(2026, 6, 3)) == 5
    assert cal.working_days_between(date(2026, 6, 3), date(2026, 6, 3)) == 0


@pytest.mark.parametrize(
    ("n", "words"),
    [(5, "lima"), (11, "sebelas"), (15, "lima belas"), (100, "seratus"), (1000, "seribu"),
     (2026, "dua ribu dua puluh enam"), (31, "tiga puluh satu"), (1_000_000, "satu juta")],
)  # fmt: skip
def test_number_words(n: int, words: str) -> None:
    assert number_words(n) == words


def test_dates_in_indonesian() -> None:
    assert long_date(date(2026, 6, 3)) == "Rabu, 3 Juni 2026"
    assert date_in_words(date(2026, 6, 3)) == "tiga Juni dua ribu dua puluh enam"


def test_counts_are_written_with_indonesian_thousands() -> None:
    from pengaduan_desktop.core.indonesian import thousands

    assert [thousands(n) for n in (0, 999, 1000, 20010, 1234567)] == [
        "0", "999", "1.000", "20.010", "1.234.567"]  # fmt: skip
