"""Changing the calendar: office overrides and the number of working days. Every change
recomputes the due dates of open complaints and records each change on their timelines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.calendar import ListedDay, YearGap, calendar_gaps
from pengaduan_desktop.core.clock import now_utc, today
from pengaduan_desktop.core.clock_stop import extended, held_days_by_complaint
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import operation
from pengaduan_desktop.core.errors import InvalidValue, NotFound
from pengaduan_desktop.core.indonesian import plain_date
from pengaduan_desktop.core.lifecycle import MAX_SLA_DAYS, RUNNING_STATUSES, due_date
from pengaduan_desktop.core.models import CalendarOverride, Complaint, Event
from pengaduan_desktop.core.office import default_officer, load_calendar, profile
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.vocabulary import EventKind


def set_override(
    engine: Engine, day: date, working: bool | None, name: str, officer_id: int | None
) -> int:
    """Make `day` an office day off (working=False), a working day (True), or remove the
    office's decision (None). Returns how many open complaints got a new due date."""
    name = name.strip()
    if working is False and not name:
        raise InvalidValue("calendar.reason")
    with operation(engine, officer_id, Permission.CALENDAR) as (session, _):
        officer = officer_id or default_officer(session).id
        if working is None and session.get(CalendarOverride, day) is None:
            raise NotFound("calendar.no_decision", day=plain_date(day))
        session.execute(delete(CalendarOverride).where(CalendarOverride.day == day))
        if working is None:
            reason = f"keputusan kantor untuk {plain_date(day)} dibatalkan"
        else:
            session.add(CalendarOverride(day=day, working=working, name=name, officer_id=officer))
            kind = "hari kerja" if working else "hari libur kantor"
            reason = f"{plain_date(day)} ditetapkan sebagai {kind}" + (f" ({name})" if name else "")
        session.flush()
        moved = recompute_due_dates(session, officer, reason)
        audit.append(session, audit.Action.CALENDAR, f"day:{day.isoformat()}",
                     {"hari_kerja": working, "keterangan": name, "batas_waktu_berubah": moved},
                     officer)  # fmt: skip
        return moved


def check_sla_days(days: int) -> None:
    if not 1 <= days <= MAX_SLA_DAYS:
        raise InvalidValue("calendar.days_range", most=MAX_SLA_DAYS)


def set_sla_days(engine: Engine, days: int, officer_id: int | None) -> int:
    check_sla_days(days)
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _):
        office = profile(session)
        if office.sla_days == days:
            return 0
        old, office.sla_days = office.sla_days, days
        session.flush()
        officer = officer_id or default_officer(session).id
        moved = recompute_due_dates(session, officer, f"batas waktu menjadi {days} hari kerja")
        audit.append(session, audit.Action.CALENDAR, "sla_days",
                     {"hari_kerja_sla": {"lama": old, "baru": days},
                      "batas_waktu_berubah": moved}, officer)  # fmt: skip
        return moved


def recompute_due_dates(session: Session, officer_id: int, reason: str) -> int:
    """Inside the caller's transaction: new due dates, counted from each clock start, for the
    complaints whose due date still runs; one event each."""
    calendar = load_calendar(session)
    days = profile(session).sla_days
    rows = session.execute(
        select(Complaint.id, Complaint.clock_start, Complaint.due_date).where(
            Complaint.status.in_(RUNNING_STATUSES)
        )
    )
    changes = []
    cache: dict[date, date] = {}
    held = held_days_by_complaint(session, calendar, RUNNING_STATUSES)
    for complaint_id, start, old_due in rows:
        new_due = cache.get(start)
        if new_due is None:
            new_due = cache[start] = due_date(calendar, start, days)
        new_due = extended(calendar, new_due, held.get(complaint_id, 0))
        if new_due != old_due:
            changes.append((complaint_id, old_due, new_due))
    if not changes:
        return 0
    table = Complaint.__table__
    assert isinstance(table, Table)
    session.execute(
        update(table)
        .where(table.c.id == bindparam("cid"))
        .values(due_date=bindparam("due"), version=table.c.version + 1, updated_at=now_utc()),
        [{"cid": cid, "due": new} for cid, _old, new in changes],
    )
    at = now_utc()
    session.execute(
        insert(Event),
        [
            {"complaint_id": cid, "kind": EventKind.DUE_CHANGED, "officer_id": officer_id,
             "at": at, "text": f"Batas waktu {plain_date(old)} → {plain_date(new)}: {reason}"}
            for cid, old, new in changes
        ],
    )  # fmt: skip
    return len(changes)


@dataclass(frozen=True)
class CalendarView:
    days: list[ListedDay]
    sla_days: int
    gaps: list[YearGap]  # of the current and the next year, whichever year is shown


def calendar_view(engine: Engine, year: int) -> CalendarView:
    """What the calendar tab shows: the year's listed days, the working days to answer and
    what the calendar of this year and the next still lacks."""
    with reading(engine) as session:
        calendar = load_calendar(session)
        sla_days = profile(session).sla_days
    return CalendarView(
        calendar.listed_days(year), sla_days, calendar_gaps(calendar, today(), year)
    )
