"""The working-day calendar of DESIGN section 3: weekends, national holidays, cuti bersama and
office overrides. Every date the software computes goes through one WorkingCalendar."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

import holidays

from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.messages import render

DEFAULT_WORK_WEEK = frozenset({1, 2, 3, 4, 5})  # ISO weekdays, Monday = 1
ESTIMATE_MARK = "(perkiraan)"


class DayKind(StrEnum):
    NATIONAL = "libur nasional"
    CUTI_BERSAMA = "cuti bersama"
    OFFICE = "libur kantor"
    OFFICE_WORKING = "hari kerja kantor"  # a listed holiday the office decided to work


@dataclass(frozen=True)
class ListedDay:
    day: date
    name: str
    kind: DayKind
    estimated: bool = False
    working: bool = False  # true only for OFFICE_WORKING


@dataclass(frozen=True)
class Override:
    day: date
    working: bool
    name: str = ""


@lru_cache(maxsize=64)
def _official_days(year: int) -> tuple[ListedDay, ...]:
    public = holidays.country_holidays("ID", categories=("public",), language="id", years=year)
    government = holidays.country_holidays(
        "ID", categories=("government",), language="id", years=year
    )
    listed: list[ListedDay] = []
    for source, kind in ((public, DayKind.NATIONAL), (government, DayKind.CUTI_BERSAMA)):
        for day in sorted(source):
            for name in source.get_list(day):
                listed.append(ListedDay(day, name, kind, ESTIMATE_MARK in name))
    return tuple(sorted(listed, key=lambda d: (d.day, d.kind != DayKind.NATIONAL)))


class WorkingCalendar:
    def __init__(
        self,
        overrides: Iterable[Override] = (),
        work_week: Iterable[int] = DEFAULT_WORK_WEEK,
    ) -> None:
        self.overrides = {o.day: o for o in overrides}
        self._official: dict[int, frozenset[date]] = {}
        self.work_week = frozenset(work_week)
        if not self.work_week or not self.work_week <= set(range(1, 8)):
            raise InvalidValue("calendar.week")

    def _official_dates(self, year: int) -> frozenset[date]:
        found = self._official.get(year)
        if found is None:
            found = self._official[year] = frozenset(d.day for d in _official_days(year))
        return found

    def is_working_day(self, day: date) -> bool:
        override = self.overrides.get(day)
        if override is not None:
            return override.working
        if day.isoweekday() not in self.work_week:
            return False
        return day not in self._official_dates(day.year)

    def add_working_days(self, start: date, days: int) -> date:
        """The `days`-th working day strictly after `start`, whatever kind of day `start` is."""
        if days < 1:
            raise InvalidValue("calendar.days_least")
        day, counted = start, 0
        while counted < days:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 when end <= start)."""
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count

    def listed_days(self, year: int) -> list[ListedDay]:
        """Holidays, cuti bersama and office overrides of one year, in date order."""
        listed = list(_official_days(year))
        for override in self.overrides.values():
            if override.day.year != year:
                continue
            kind = DayKind.OFFICE_WORKING if override.working else DayKind.OFFICE
            default = "Hari kerja (keputusan kantor)" if override.working else "Libur kantor"
            name = override.name or default
            listed.append(ListedDay(override.day, name, kind, False, override.working))
        return sorted(listed, key=lambda d: d.day)

    def non_working_days(self, year: int) -> list[ListedDay]:
        """Listed days that are really off (weekends aside), without the ones the office works."""
        return [d for d in self.listed_days(year) if not self.is_working_day(d.day)]


def parse_work_week(text: str) -> frozenset[int]:
    try:
        return frozenset(int(part) for part in text.split(",") if part.strip())
    except ValueError as exc:
        raise InvalidValue("calendar.week_text", text=text) from exc


# -- Years the calendar does not know well enough yet -------------------------------------
YEARS_AHEAD = 1  # the current year and the next: complaints received now fall due in them
NAMED = 3  # estimated holidays named in a warning; the rest are counted


@dataclass(frozen=True)
class YearGap:
    """A year whose cuti bersama the program does not know yet, or whose holiday dates are
    still estimates: the office records the decree's days as its own decisions."""

    year: int
    no_cuti_bersama: bool
    estimated: tuple[ListedDay, ...]
    office_days_off: int  # days off the office has already recorded in that year

    def message(self, lang: str = "id") -> str:
        """The warning in Indonesian, or in English for the window in English (the holidays'
        English names then come from the `holidays` package too)."""
        parts = []
        if self.no_cuti_bersama:
            parts.append(render("calendar.gap_no_cuti", {"year": self.year}, lang))
        if self.estimated:
            names = sorted({_holiday_name(d, lang) for d in self.estimated})
            if len(names) > NAMED:
                more = render("calendar.gap_more", {"count": len(names) - NAMED}, lang)
                names = [*names[:NAMED], more]
            code = "calendar.gap_estimated_also" if parts else "calendar.gap_estimated"
            parts.append(render(code, {"year": self.year, "count": len(self.estimated),
                                       "names": ", ".join(names)}, lang))  # fmt: skip
        if self.office_days_off and self.no_cuti_bersama:
            office = {"count": self.office_days_off, "year": self.year}
            parts.append(render("calendar.gap_office", office, lang))
        return " ".join(parts)


DAY_KIND_LABELS = {kind: kind.value for kind in DayKind}  # the window's labels (Indonesian)


def holiday_name(day: ListedDay, lang: str) -> str:
    """An official day's name as the window shows it: in English the `holidays` package's
    English where it knows the day (the calendar keeps the Indonesian), marked "(estimated)"
    as the Indonesian is marked "(perkiraan)"."""
    if lang != "en":
        return day.name
    return _holiday_name(day, lang) + (" (estimated)" if day.estimated else "")


@lru_cache(maxsize=8)
def _english_holidays(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("ID", language="en_US", years=year))


def _holiday_name(day: ListedDay, lang: str) -> str:
    if lang == "en" and day.kind in (DayKind.NATIONAL, DayKind.CUTI_BERSAMA):
        english = _english_holidays(day.day.year).get(day.day)
        if english:
            return english.replace("(estimated)", "").strip()
    return day.name.replace(ESTIMATE_MARK, "").strip()


def year_gap(year: int, official: Iterable[ListedDay], office_days_off: int = 0) -> YearGap | None:
    """What is missing from one year's official days, or None when nothing is."""
    official = tuple(official)
    no_cuti_bersama = not any(d.kind == DayKind.CUTI_BERSAMA for d in official)
    estimated = tuple(d for d in official if d.estimated)
    if not no_cuti_bersama and not estimated:
        return None
    return YearGap(year, no_cuti_bersama, estimated, office_days_off)


def years_to_check(today: date) -> tuple[int, ...]:
    return tuple(range(today.year, today.year + YEARS_AHEAD + 1))


def calendar_gaps(
    calendar: WorkingCalendar, today: date, shown: int | None = None
) -> list[YearGap]:
    """The gaps of the current and the next year (core.clock's today), and of a later year
    being looked at (`shown`), as the calendar tab and `pengaduan calendar list` show them."""
    gaps = []
    years = years_to_check(today)
    if shown is not None and shown > years[-1]:
        years = (*years, shown)
    for year in years:
        off = sum(1 for o in calendar.overrides.values() if o.day.year == year and not o.working)
        gap = year_gap(year, _official_days(year), off)
        if gap is not None:
            gaps.append(gap)
    return gaps
