"""The one rule of a stopped clock (status Tunda, SP4N-LAPOR!): while a complaint is on hold
its working days do not count, and every deadline it has moves by the working days it stood
still. The day it is put on hold still counts; the working days after it, up to and including
the day it resumes, do not. So a deadline moves by calendar.working_days_between(held_on,
resumed_on), on the office's working-day calendar.

Any deadline (the final due date here, the step deadlines elsewhere) moves through
moved_deadline(); the due date of a complaint is due_after_holds()."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pengaduan_desktop.core.calendar import WorkingCalendar
    from pengaduan_desktop.core.models import Complaint, ComplaintHold
    from pengaduan_desktop.core.working_day_index import WorkingDays

Hold = tuple[date, date | None]  # (held_on, resumed_on); resumed_on None: still on hold


def stopped_days(calendar: WorkingDays, held_on: date, resumed_on: date) -> int:
    """The working days the clock stood still for one hold."""
    return calendar.working_days_between(held_on, resumed_on)


def extended(calendar: WorkingDays, deadline: date, days: int) -> date:
    """`deadline` moved `days` working days later (unchanged for 0)."""
    return calendar.add_working_days(deadline, days) if days > 0 else deadline


def moved_deadline(calendar: WorkingDays, deadline: date, held_on: date,
                   resumed_on: date) -> date:  # fmt: skip
    """A deadline after one hold from `held_on` to `resumed_on`."""
    return extended(calendar, deadline, stopped_days(calendar, held_on, resumed_on))


def held_days(calendar: WorkingCalendar, holds: Iterable[Hold], since: date) -> int:
    """The working days stood still by the ended holds that began on or after `since` (the
    clock start: a reopening starts a fresh clock)."""
    return sum(stopped_days(calendar, held, resumed) for held, resumed in holds
               if resumed is not None and held >= since)  # fmt: skip


def step_deadline_after_holds(calendar: WorkingDays, start: date, deadline: date,
                              done_on: date | None,
                              holds: Iterable[Hold]) -> tuple[date, bool]:  # fmt: skip
    """A step's deadline (its clock started on `start`) moved by the holds that stopped its
    clock: each that began on or after its start, before its deadline and before the step was
    done moves it by the working days stood still (the next hold compares with the moved
    deadline). Returns (deadline, True) while such a hold is still open and the step waits: its
    clock stands still. Done during an open hold, the days up to that day count as stood still."""
    for held, resumed in sorted(holds, key=lambda h: h[0]):
        if held < start or held >= deadline or (done_on is not None and done_on <= held):
            continue
        if resumed is None:
            if done_on is None:
                return deadline, True
            resumed = done_on
        deadline = moved_deadline(calendar, deadline, held, resumed)
    return deadline, False


def due_after_holds(calendar: WorkingCalendar, clock_start: date, sla_days: int,
                    holds: Iterable[Hold]) -> date:  # fmt: skip
    """The due date of a complaint: `sla_days` working days after its clock start, moved by
    every ended hold since then."""
    from pengaduan_desktop.core.lifecycle import due_date

    base = due_date(calendar, clock_start, sla_days)
    return extended(calendar, base, held_days(calendar, holds, clock_start))


def holds_of(session: Session, complaint_id: int) -> list[Hold]:
    from sqlalchemy import select

    from pengaduan_desktop.core.models import ComplaintHold

    rows = session.execute(select(ComplaintHold.held_on, ComplaintHold.resumed_on)
                           .where(ComplaintHold.complaint_id == complaint_id))  # fmt: skip
    return [(held, resumed) for held, resumed in rows]


def held_days_by_complaint(session: Session, calendar: WorkingCalendar,
                           statuses: Iterable[str]) -> dict[int, int]:  # fmt: skip
    """For the complaints in `statuses` that were on hold since their clock start: the working
    days their clock stood still (for recomputing many due dates at once)."""
    from sqlalchemy import select

    from pengaduan_desktop.core.models import Complaint, ComplaintHold

    rows = session.execute(
        select(ComplaintHold.complaint_id, ComplaintHold.held_on, ComplaintHold.resumed_on)
        .join(Complaint, Complaint.id == ComplaintHold.complaint_id)
        .where(Complaint.status.in_(list(statuses)), ComplaintHold.resumed_on.is_not(None),
               ComplaintHold.held_on >= Complaint.clock_start)
    )  # fmt: skip
    found: dict[int, int] = {}
    for complaint_id, held, resumed in rows:
        days = stopped_days(calendar, held, resumed) if resumed is not None else 0
        found[complaint_id] = found.get(complaint_id, 0) + days
    return found


def open_hold(session: Session, complaint_id: int) -> ComplaintHold | None:
    """The hold a complaint is on now, or None."""
    from sqlalchemy import select

    from pengaduan_desktop.core.models import ComplaintHold

    return session.scalars(select(ComplaintHold).where(
        ComplaintHold.complaint_id == complaint_id, ComplaintHold.resumed_on.is_(None))
        .order_by(ComplaintHold.id.desc())).first()  # fmt: skip


def complaint_due(session: Session, complaint: Complaint) -> date:
    """The due date of `complaint` by the rule, with the office's calendar and service time."""
    from pengaduan_desktop.core.office import load_calendar, profile

    return due_after_holds(load_calendar(session), complaint.clock_start,
                           profile(session).sla_days, holds_of(session, complaint.id))  # fmt: skip
