"""The monthly report's figures of issue 12: how many steps met their deadline, per unit
(core.step_deadlines), and the Indeks Kepuasan Masyarakat per unit and per month
(core.survey). core.monthly calls month_extras() once; the report prints them in its own
sections (documents.report_steps)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.models import Complaint, ComplaintHold, Event, SurveyResponse, Unit
from pengaduan_desktop.core.office import load_calendar
from pengaduan_desktop.core.step_deadlines import Step, read_steps, step_days
from pengaduan_desktop.core.survey import Index, answers_of, index
from pengaduan_desktop.core.timeutil import start_of_local_day
from pengaduan_desktop.core.vocabulary import EventKind

if TYPE_CHECKING:
    from pengaduan_desktop.core.calendar import WorkingCalendar
    from pengaduan_desktop.core.monthly import Month

NO_UNIT = "(belum didisposisi)"  # as core.monthly names it
TREND_MONTHS = 6


@dataclass
class StepTally:
    """Steps whose deadline fell in the month: met = done on or before it."""

    name: str
    verification_met: int = 0
    verification_due: int = 0
    reply_met: int = 0
    reply_due: int = 0

    @property
    def met(self) -> int:
        return self.verification_met + self.reply_met

    @property
    def due(self) -> int:
        return self.verification_due + self.reply_due

    @property
    def rate(self) -> float | None:
        return self.met / self.due if self.due else None


@dataclass(frozen=True)
class UnitIndex:
    name: str
    index: Index


@dataclass
class MonthExtras:
    steps: list[StepTally] = field(default_factory=list)  # per unit, then the total last
    satisfaction: list[UnitIndex] = field(default_factory=list)  # per unit, total last
    satisfaction_trend: list[tuple[Month, Index | None]] = field(default_factory=list)


TOTAL = "Jumlah"


def month_extras(session: Session, month: Month) -> MonthExtras:
    return MonthExtras(step_tallies(session, month), satisfaction(session, month),
                       satisfaction_trend(session, month))  # fmt: skip


def step_tallies(session: Session, month: Month) -> list[StepTally]:
    start = start_of_local_day(month.first, time.min)
    end = start_of_local_day(month.next.first, time.min)
    # A step due in the month: a verification of a complaint received shortly before, or a
    # reply (never past the complaint's due date, unless disposed after it, in the month), or
    # a step whose deadline a hold moved into the month (core.clock_stop).
    # N working days never span more than 2N + 21 calendar days (weekends, Lebaran's leave).
    calendar = load_calendar(session)
    verification = step_days(session).verification
    look_back = timedelta(days=2 * verification + 21)
    disposed_in = select(Event.complaint_id).where(
        Event.kind == EventKind.DISPOSED, Event.at >= start, Event.at < end
    )
    held = select(ComplaintHold.complaint_id).where(
        or_(ComplaintHold.resumed_on.is_(None), ComplaintHold.resumed_on >= month.first - look_back)
    )
    first_day = _verified_into(calendar, month, verification, look_back)
    received_from = start_of_local_day(first_day, time.min)
    where = [Complaint.received_at < end,
             or_(Complaint.received_at >= received_from, Complaint.due_date >= month.first,
                 Complaint.id.in_(disposed_in), Complaint.id.in_(held))]  # fmt: skip
    units: dict[int, str] = {i: n for i, n in session.execute(select(Unit.id, Unit.name))}
    today = clock.today()
    tallies: dict[str, StepTally] = {}
    first, last = month.first, month.last
    for found in read_steps(session, where, calendar, (first_day, month.last)):
        for s in found.steps:
            if not first <= s.due <= last:
                continue
            met = s.met(today)
            if met is None:
                continue  # still waiting, not yet due (a report of the running month)
            unit_id = s.unit_id if s.step == Step.UNIT_REPLY and s.unit_id else found.unit_id
            name = units.get(unit_id, NO_UNIT) if unit_id else NO_UNIT
            tally = tallies.setdefault(name, StepTally(name))
            if s.step == Step.VERIFICATION:
                tally.verification_due += 1
                tally.verification_met += met
            else:
                tally.reply_due += 1
                tally.reply_met += met
    ordered = sorted(tallies.values(), key=lambda t: (t.name == NO_UNIT, t.name))
    total = StepTally(TOTAL)
    for t in ordered:
        total.verification_met += t.verification_met
        total.verification_due += t.verification_due
        total.reply_met += t.reply_met
        total.reply_due += t.reply_due
    return [*ordered, total] if ordered else []


def _verified_into(calendar: WorkingCalendar, month: Month, days: int,
                   look_back: timedelta) -> date:  # fmt: skip
    """The first day of receipt whose verification (`days` working days later, before any
    hold moves it) falls in `month` or after it: complaints received earlier have their
    verification due before the month."""
    day = month.first - look_back
    while day < month.first and calendar.add_working_days(day, days) < month.first:
        day += timedelta(days=1)
    return day


def _answers(session: Session, month: Month) -> list[tuple[str, tuple[int, ...]]]:
    rows = session.execute(
        select(SurveyResponse, Unit.name)
        .join(Complaint, Complaint.id == SurveyResponse.complaint_id)
        .outerjoin(Unit, Unit.id == Complaint.unit_id)
        .where(SurveyResponse.answered_on >= month.first,
               SurveyResponse.answered_on <= month.last)
    ).all()  # fmt: skip
    return [(name or NO_UNIT, answers_of(r)) for r, name in rows]


def satisfaction(session: Session, month: Month) -> list[UnitIndex]:
    """The month's IKM per unit (by the unit the complaint was disposed to) and in total."""
    answers = _answers(session, month)
    grouped: dict[str, list[tuple[int, ...]]] = defaultdict(list)
    for name, values in answers:
        grouped[name].append(values)
    found = [UnitIndex(name, i) for name in sorted(grouped, key=lambda n: (n == NO_UNIT, n))
             if (i := index(grouped[name])) is not None]  # fmt: skip
    total = index([values for _, values in answers])
    return [*found, UnitIndex(TOTAL, total)] if total else []


def satisfaction_trend(session: Session, month: Month) -> list[tuple[Month, Index | None]]:
    """The office's IKM in each of the last months, the reported one last."""
    months = [month]
    while len(months) < TREND_MONTHS:
        months.insert(0, months[0].previous)
    return [(m, index([values for _, values in _answers(session, m)])) for m in months]
