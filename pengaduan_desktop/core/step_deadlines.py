"""Deadlines per step of the handling (issue 12, item 4): the desk verifies within a number of
working days of receipt (LAPOR! verifies within 3), and a unit replies within the working days
its disposition gave it, never past the complaint's final due date.

Every deadline is computed by ONE function, `step_deadlines()` (its walk over the events,
`steps_of()`), from the complaint's events and holds: the clock stops while a complaint is on
hold (Tunda) as core.clock_stop says, and moves every deadline, the reminders and the monthly
report's figures alike. Working days come from the office calendar (core.calendar), the one home
of that rule; read_steps() counts them on an index of it (core.working_day_index)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from itertools import groupby
from operator import itemgetter

from sqlalchemy import ColumnElement, Engine, and_, func, select, true
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit, clock
from pengaduan_desktop.core.calendar import WorkingCalendar
from pengaduan_desktop.core.clock_stop import Hold, step_deadline_after_holds
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import Changes, operation, scope
from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.indonesian import window_date
from pengaduan_desktop.core.lifecycle import MAX_SLA_DAYS
from pengaduan_desktop.core.messages import Text, label_code
from pengaduan_desktop.core.models import (
    Complaint,
    ComplaintHold,
    Event,
    StepDeadlineSetting,
    Unit,
    UnitReplyDeadline,
)
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.timeutil import local_date, local_day_sql
from pengaduan_desktop.core.vocabulary import EventKind, Status
from pengaduan_desktop.core.working_day_index import WorkingDayIndex, WorkingDays

DEFAULT_VERIFICATION_DAYS = 3
DEFAULT_REPLY_DAYS = 3


class Step(StrEnum):
    VERIFICATION = "verification"  # the desk verifies the complaint
    UNIT_REPLY = "unit_reply"  # the unit it was disposed to replies to the desk


STEP_LABELS: dict[Step, str] = {
    Step.VERIFICATION: "Verifikasi",
    Step.UNIT_REPLY: "Balasan unit",
}

# The events that end each step. A rejection ends the verification too (the desk decided), and
# so do a disposition or a resolution without a verification before them (an imported closed
# complaint has only its receipt and its closing); a resolution ends the unit's reply (the
# desk closed it with the unit's answer).
ENDS: dict[Step, frozenset[str]] = {
    Step.VERIFICATION: frozenset(
        {EventKind.VERIFIED, EventKind.REJECTED, EventKind.DISPOSED, EventKind.RESOLVED}
    ),  # fmt: skip
    Step.UNIT_REPLY: frozenset({EventKind.FOLLOW_UP, EventKind.RESOLVED}),
}
# The events step_deadlines() reads (the steps start at receipt, and at each disposition).
STEP_EVENTS = tuple(sorted({*ENDS[Step.VERIFICATION], *ENDS[Step.UNIT_REPLY]}))
# The statuses in which each step is still waiting.
WAITING: dict[Step, Status] = {
    Step.VERIFICATION: Status.DITERIMA,
    Step.UNIT_REPLY: Status.DIDISPOSISIKAN,
}


@dataclass(frozen=True)
class StepEvent:
    """What step_deadlines() needs of an event."""

    id: int
    kind: str
    at: datetime  # UTC


@dataclass(frozen=True)
class StepDeadline:
    step: Step
    start: date
    due: date
    done_on: date | None  # the local day the step was done; None while it waits
    unit_id: int | None = None  # the unit of a reply step
    on_hold: bool = False  # its clock stands still (Tunda, core.clock_stop) while it waits
    # The local day the complaint was closed (forwarded, archived, merged, ...) while the step
    # was not done: the closing ended it; it waits no more, neither on time nor late.
    ended_on: date | None = None

    def met(self, today: date) -> bool | None:
        """True: done by its deadline. False: done late, or still waiting after it. None:
        still waiting and not yet due, waiting on hold, or ended by the complaint's closing."""
        if self.done_on is not None:
            return self.done_on <= self.due
        if self.ended_on is not None:
            return None
        return False if today > self.due and not self.on_hold else None


@dataclass(frozen=True)
class Disposition:
    """What a disposition gave the unit (a row of unit_reply_deadline)."""

    unit_id: int
    days: int


DayEvent = tuple[str, date, int]  # an event's kind, local day and id


def step_deadlines(
    calendar: WorkingDays,
    received_on: date,
    final_due: date,
    events: Iterable[StepEvent],
    verification_days: int,
    dispositions: Mapping[int, Disposition],
    holds: Sequence[Hold] = (),
    closed_on: date | None = None,
) -> list[StepDeadline]:
    """THE deadlines of one complaint's steps, from its events (oldest first or not): the
    verification, then one unit reply per disposition. A later disposition before the unit
    replied replaces the earlier one's deadline. `dispositions` maps a DISPOSED event's id to
    what it gave (an older disposition without a row gets the default days). `holds` (Tunda)
    move each deadline as core.clock_stop says. `closed_on`: the day a closed complaint was
    closed; its steps not done by then were ended by the closing."""
    ordered = sorted(events, key=lambda e: (e.at, e.id))
    steps = steps_of(calendar, received_on, final_due,
                     [(e.kind, local_date(e.at), e.id) for e in ordered], verification_days,
                     dispositions, holds)  # fmt: skip
    return ended_by_closing(steps, closed_on)


def ended_by_closing(steps: list[StepDeadline], closed_on: date | None) -> list[StepDeadline]:
    """The steps of a complaint closed on `closed_on`: those not done were ended by it."""
    if closed_on is None:
        return steps
    return [replace(s, ended_on=closed_on) if s.done_on is None else s for s in steps]


def steps_of(calendar: WorkingDays, received_on: date, final_due: date,
             ordered: Iterable[DayEvent], verification_days: int,
             dispositions: Mapping[int, Disposition],
             holds: Sequence[Hold]) -> list[StepDeadline]:  # fmt: skip
    """step_deadlines() of events already in the order they happened, by local day (the
    reading of many complaints at once gives them so)."""
    verified: date | None = None
    waiting: tuple[int, date] | None = None  # the disposition awaiting the unit's reply
    replies: list[StepDeadline] = []
    for kind, day, event_id in ordered:
        if verified is None and kind in ENDS[Step.VERIFICATION]:
            verified = day
        if kind == EventKind.DISPOSED:
            waiting = (event_id, day)  # replaces one still waiting
        elif waiting is not None and kind in ENDS[Step.UNIT_REPLY]:
            replies.append(_reply(calendar, final_due, waiting, day, dispositions, holds))
            waiting = None
    if waiting is not None:
        replies.append(_reply(calendar, final_due, waiting, None, dispositions, holds))
    due = calendar.add_working_days(received_on, verification_days)
    due, on_hold = step_deadline_after_holds(calendar, received_on, due, verified, holds)
    return [StepDeadline(Step.VERIFICATION, received_on, due, verified, None, on_hold), *replies]


def _reply(calendar: WorkingDays, final_due: date, disposed: tuple[int, date],
           done: date | None, dispositions: Mapping[int, Disposition],
           holds: Sequence[Hold]) -> StepDeadline:  # fmt: skip
    """The unit's reply to one disposition: never due past the complaint's final due date."""
    event_id, start = disposed
    given = dispositions.get(event_id) or Disposition(0, DEFAULT_REPLY_DAYS)
    due = calendar.add_working_days(start, given.days)
    due, on_hold = step_deadline_after_holds(calendar, start, due, done, holds)
    return StepDeadline(Step.UNIT_REPLY, start, unit_reply_due(start, due, final_due), done,
                        given.unit_id or None, on_hold)  # fmt: skip


def unit_reply_due(disposed_on: date, reached: date, final_due: date) -> date:
    """The day the unit replies by: the day its working days reach from the disposition,
    never past the complaint's final due date, nor before the disposition day (a complaint
    already past its due date gives the unit the disposition day itself)."""
    return max(min(reached, final_due), disposed_on)


# -- the settings -------------------------------------------------------------------------------
@dataclass(frozen=True)
class StepDays:
    verification: int = DEFAULT_VERIFICATION_DAYS
    reply: int = DEFAULT_REPLY_DAYS


def step_days(session: Session) -> StepDays:
    row = session.get(StepDeadlineSetting, 1)
    return StepDays(row.verification_days, row.reply_days) if row else StepDays()


def read_step_days(engine: Engine) -> StepDays:
    with reading(engine) as session:
        return step_days(session)


def days_problem(days: int, final: int | None = None) -> str:
    """Why a number of working days for a step is refused, else ""."""
    limit = min(final, MAX_SLA_DAYS) if final else MAX_SLA_DAYS
    if not 1 <= days <= limit:
        return f"batas waktu tahap harus 1 sampai {limit} hari kerja"
    return ""


def set_step_days(engine: Engine, verification: int, reply: int, officer_id: int | None) -> Changes:
    """Change the working days of verification and of the unit's reply (a disposition keeps
    the days it was given)."""
    for days in (verification, reply):
        if problem := days_problem(days):
            raise InvalidValue(problem)
    with operation(engine, officer_id, Permission.SETTINGS) as (session, acting):
        row = session.get(StepDeadlineSetting, 1)
        before = step_days(session)
        if row is None:
            row = StepDeadlineSetting(id=1)
            session.add(row)
        row.verification_days, row.reply_days = verification, reply
        old: dict[str, object] = {"verifikasi": before.verification, "balasan_unit": before.reply}
        new: dict[str, object] = {"verifikasi": verification, "balasan_unit": reply}
        audit.append(session, audit.Action.SERVICE_TIME, "office:batas_tahap",
                     audit.changes(old, new), acting.id if acting else None)  # fmt: skip
    return Changes(office=True)


def record_disposition(session: Session, complaint: Complaint, event: Event,
                       days: int | None) -> int:  # fmt: skip
    """Inside the disposition's transaction (core.workflow): the working days the unit has to
    reply, the office's default unless the officer gave others. Returns them."""
    days = step_days(session).reply if days is None else days
    if problem := days_problem(days):
        raise InvalidValue(problem)
    assert complaint.unit_id is not None
    session.add(UnitReplyDeadline(event_id=event.id, complaint_id=complaint.id,
                                  unit_id=complaint.unit_id, days=days))  # fmt: skip
    return days


# -- reading them -------------------------------------------------------------------------------
def load_steps(session: Session, complaints: Sequence[Complaint] | Sequence[object],
               calendar: WorkingCalendar) -> dict[int, list[StepDeadline]]:  # fmt: skip
    """The steps of a few complaints (objects with id, received_at, due_date), each by
    step_deadlines(): the reminders and a complaint's page. The monthly report reads many with
    read_steps()."""
    ids = [c.id for c in complaints]  # type: ignore[attr-defined]
    events: dict[int, list[StepEvent]] = {i: [] for i in ids}
    given: dict[int, Disposition] = {}
    holds: dict[int, list[Hold]] = defaultdict(list)
    for chunk in _chunks(ids):
        rows = session.connection().execute(  # Core: plain rows, no ORM loading
            select(Event.complaint_id, Event.id, Event.kind, Event.at).where(
                Event.complaint_id.in_(chunk), Event.kind.in_(STEP_EVENTS)
            )
        )
        for cid, eid, kind, at in rows:
            events[cid].append(StepEvent(eid, kind, at))
        given.update(_dispositions(session, UnitReplyDeadline.complaint_id.in_(chunk)))
        for cid, hold in _holds(session, ComplaintHold.complaint_id.in_(chunk)):
            holds[cid].append(hold)
    days = step_days(session).verification
    return {c.id: step_deadlines(calendar, local_date(c.received_at), c.due_date,  # type: ignore[attr-defined]
                                 events[c.id], days, given, holds.get(c.id, []),  # type: ignore[attr-defined]
                                 _closed_on(c))
            for c in complaints}  # fmt: skip


def _closed_on(complaint: object) -> date | None:
    """The local day a closed complaint was closed (None while open, or not read)."""
    closed_at = getattr(complaint, "closed_at", None)
    return local_date(closed_at) if closed_at is not None else None


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for n in range(0, len(ids), size):
        yield ids[n : n + size]


def _dispositions(session: Session, where: ColumnElement[bool]) -> dict[int, Disposition]:
    rows = session.connection().execute(
        select(UnitReplyDeadline.event_id, UnitReplyDeadline.unit_id, UnitReplyDeadline.days)
        .where(where))  # fmt: skip
    return {event_id: Disposition(unit_id, days) for event_id, unit_id, days in rows}


def _holds(session: Session, where: ColumnElement[bool]) -> list[tuple[int, Hold]]:
    rows = session.connection().execute(
        select(ComplaintHold.complaint_id, ComplaintHold.held_on, ComplaintHold.resumed_on)
        .where(where))  # fmt: skip
    return [(cid, (held, resumed)) for cid, held, resumed in rows]


@dataclass(frozen=True)
class ComplaintSteps:
    complaint_id: int
    unit_id: int | None  # the complaint's unit now
    steps: list[StepDeadline]


SPAN_AFTER = timedelta(days=2 * MAX_SLA_DAYS + 60)  # the longest step, and more


def read_steps(session: Session, where: Sequence[ColumnElement[bool]],
               calendar: WorkingCalendar,
               span: tuple[date, date] | None = None) -> Iterator[ComplaintSteps]:  # fmt: skip
    """The steps of every complaint `where` picks (conditions on Complaint), the same as
    load_steps() gives, read set-wise: one query gives the complaints with their events (and
    what each disposition gave), the database computing each local day, streamed a page at a
    time (a month of 80,000 complaints never holds all their events); one more their holds;
    the deadlines are counted on a working-day index made once (core.working_day_index), over
    `span` (the days the complaints are received on; else asked of the database). For the
    monthly report."""
    dialect = session.get_bind().dialect.name
    connection = session.connection()
    received_on = local_day_sql(Complaint.received_at, dialect)
    if span is None:
        span = connection.execute(
            select(func.min(received_on), func.max(received_on)).where(*where)).one()  # fmt: skip
        if span[0] is None:
            return
    # Events fall after receipt; a day outside the span is asked of the calendar itself.
    index = WorkingDayIndex(calendar, span[0], max(span[1], clock.today()) + SPAN_AFTER)
    holds: dict[int, list[Hold]] = defaultdict(list)
    for cid, hold in _holds(session, true()):  # every hold: few, and a smaller query than `where`
        holds[cid].append(hold)
    days = step_days(session).verification
    no_holds: list[Hold] = []
    rows = connection.execute(
        select(Complaint.id, received_on, Complaint.due_date,
               Complaint.unit_id, Event.kind, local_day_sql(Event.at, dialect), Event.id,
               UnitReplyDeadline.unit_id, UnitReplyDeadline.days,
               local_day_sql(Complaint.closed_at, dialect))
        .outerjoin(Event, and_(Event.complaint_id == Complaint.id, Event.kind.in_(STEP_EVENTS)))
        .outerjoin(UnitReplyDeadline, UnitReplyDeadline.event_id == Event.id)
        .where(*where).order_by(Complaint.id, Event.at, Event.id)
        .execution_options(yield_per=STEP_PAGE)
    )  # fmt: skip
    for cid, group in groupby(rows, key=itemgetter(0)):
        found = list(group)
        _, received, final_due, unit_id = found[0][:4]
        events = [(row[4], row[5], row[6]) for row in found if row[4] is not None]
        given = {row[6]: Disposition(row[7], row[8]) for row in found if row[8] is not None}
        steps = steps_of(index, received, final_due, events, days, given,
                         holds.get(cid, no_holds))  # fmt: skip
        yield ComplaintSteps(cid, unit_id, ended_by_closing(steps, found[0][9]))


STEP_PAGE = 2000  # rows of read_steps() fetched at a time


def complaint_steps(engine: Engine, complaint_id: int, viewer_id: int | None) -> list[StepDeadline]:
    """The steps of one complaint, for its page."""
    from pengaduan_desktop.core.door import check_sees
    from pengaduan_desktop.core.office import load_calendar

    with reading(engine) as session:
        complaint = session.get(Complaint, complaint_id)
        if complaint is None:
            return []
        check_sees(session, viewer_id, complaint)
        return load_steps(session, [complaint], load_calendar(session))[complaint_id]


# -- reminders ----------------------------------------------------------------------------------
class Urgency(StrEnum):
    TOMORROW = "tomorrow"  # today is the working day before the deadline (or later)
    TODAY = "today"
    PASSED = "passed"


URGENCY_LABELS: dict[Urgency, str] = {
    Urgency.TOMORROW: "batas besok",
    Urgency.TODAY: "batas hari ini",
    Urgency.PASSED: "terlewat",
}


def urgency(calendar: WorkingCalendar, due: date, today: date) -> Urgency | None:
    """Whether a waiting step reminds today: from one working day before its deadline."""
    if today > due:
        return Urgency.PASSED
    if today == due:
        return Urgency.TODAY
    return Urgency.TOMORROW if calendar.add_working_days(today, 1) >= due else None


@dataclass(frozen=True)
class Reminder:
    complaint_id: int
    tracking_number: str
    summary: str
    step: Step
    due: date
    urgency: Urgency
    unit: str

    @property
    def text(self) -> str:
        """The menu's line: a catalogue message (language.say puts it in English)."""
        return Text("reminder.line", number=self.tracking_number,
                    step=Text(label_code(self.step)), where=f" ({self.unit})" if self.unit else "",
                    urgency=Text(label_code(self.urgency)), due=window_date(self.due))  # fmt: skip


REMINDER_LIMIT = 200  # waiting complaints read per step, oldest deadline first


class Reminders(list[Reminder]):
    """The reminders, and whether they are all there: `complete` is False when a step had
    more waiting complaints than REMINDER_LIMIT, so that the count is "at least"."""

    complete = True


def due_reminders(engine: Engine, viewer_id: int | None, today: date) -> Reminders:
    """The waiting steps that remind today, of the complaints the viewer may see (a unit
    officer: their unit's replies), the most urgent first; at most REMINDER_LIMIT waiting
    complaints per step are read, the oldest first (Reminders.complete says whether more
    are waiting)."""
    from pengaduan_desktop.core.office import load_calendar

    found = Reminders()
    with reading(engine) as session:
        calendar = load_calendar(session)
        where = scope(session, viewer_id)
        for step, status in WAITING.items():
            rows = session.connection().execute(
                select(Complaint.id, Complaint.tracking_number, Complaint.summary,
                       Complaint.received_at, Complaint.due_date, Unit.name)
                .outerjoin(Unit, Unit.id == Complaint.unit_id)
                .where(Complaint.status == status, *where)
                .order_by(Complaint.received_at).limit(REMINDER_LIMIT)
            ).all()  # fmt: skip
            if len(rows) == REMINDER_LIMIT:
                found.complete = False
            steps = load_steps(session, rows, calendar)
            for row in rows:
                waiting = [s for s in steps[row.id] if s.step == step and s.done_on is None]
                for s in waiting[-1:]:
                    level = urgency(calendar, s.due, today)
                    if level is not None:
                        found.append(Reminder(row.id, row.tracking_number, row.summary, step,
                                              s.due, level, row.name or ""))  # fmt: skip
    found.sort(key=lambda r: (r.due, r.tracking_number))
    return found
