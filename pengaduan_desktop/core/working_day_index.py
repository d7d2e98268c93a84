"""The office calendar's working days over a span of dates, counted once: adding N working days
or counting them between two dates is then a look-up rather than a walk day by day. For reading
many deadlines at once (the monthly report); the answers are core.calendar's own, which stays
the one home of the rule (a date outside the span is asked of it)."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta
from typing import Protocol

from pengaduan_desktop.core.calendar import WorkingCalendar


class WorkingDays(Protocol):
    """What a deadline needs of the calendar: a WorkingCalendar or a WorkingDayIndex."""

    def add_working_days(self, start: date, days: int) -> date: ...

    def working_days_between(self, start: date, end: date) -> int: ...


class WorkingDayIndex:
    """core.calendar.WorkingCalendar's add_working_days / working_days_between from `first`
    to `last` (inclusive), from a table made once."""

    def __init__(self, calendar: WorkingCalendar, first: date, last: date) -> None:
        self.calendar = calendar
        self.first, self.last = first, last
        base = first.toordinal()
        # The ordinals of the working days in the span, in order.
        self._working = [base + n for n in range((last - first).days + 1)
                         if calendar.is_working_day(first + timedelta(days=n))]  # fmt: skip

    def _up_to(self, ordinal: int) -> int:
        """How many of the span's working days fall on or before `ordinal`."""
        return bisect_right(self._working, ordinal)

    def add_working_days(self, start: date, days: int) -> date:
        """The `days`-th working day strictly after `start` (WorkingCalendar's rule)."""
        if days >= 1 and self.first <= start <= self.last:
            n = self._up_to(start.toordinal()) + days - 1
            if n < len(self._working):
                return date.fromordinal(self._working[n])
        return self.calendar.add_working_days(start, days)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 when end <= start)."""
        if end <= start:
            return 0
        if self.first <= start and end <= self.last:
            return self._up_to(end.toordinal()) - self._up_to(start.toordinal())
        return self.calendar.working_days_between(start, end)

    def is_working_day(self, day: date) -> bool:
        return self.calendar.is_working_day(day)
