"""How far a number of working days reaches from a day, by the office calendar: for the page's
"Batas balasan unit", which tells the officer when the days chosen reach past the complaint's
due date (core.step_deadlines then gives the unit that date instead)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from pengaduan_desktop.core.db import reading

MOST_DAYS = 30  # the most working days a disposition's spin box offers


def reply_reach(engine: Engine, start: date, most: int = MOST_DAYS) -> dict[int, date]:
    """The day each of 1..most working days from `start` falls on."""
    from pengaduan_desktop.core.office import load_calendar

    with reading(engine) as session:
        calendar = load_calendar(session)
    return {n: calendar.add_working_days(start, n) for n in range(1, most + 1)}
