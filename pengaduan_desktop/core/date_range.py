"""The dates the office's records can hold: none before 2000-01-01 (a year 1 or 1900 is a
typing or file error) and none after the end of next year. Asked by the import (received,
closed and event dates); the clock is core.clock."""

from __future__ import annotations

from datetime import date

from pengaduan_desktop.core import clock

FIRST_DAY = date(2000, 1, 1)


def last_day() -> date:
    """The last day a record may name: 31 December of next year."""
    return date(clock.today().year + 1, 12, 31)


def in_range(day: date) -> bool:
    return FIRST_DAY <= day <= last_day()


def range_text() -> str:
    """How a refusal names the range: "antara 01/01/2000 dan 31/12/2027"."""
    return f"antara {FIRST_DAY:%d/%m/%Y} dan {last_day():%d/%m/%Y}"
