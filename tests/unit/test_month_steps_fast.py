"""The monthly report reads the steps of many complaints set-wise (core.step_deadlines.read_steps,
local days from the database, a working-day index): the same steps as the per-complaint
function (load_steps -> step_deadlines) on a varied set of complaints, and the same tallies. And
the on-hold rule (core.clock_stop) moves the step deadlines as it moves the final due date."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Engine, select

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.calendar import WorkingCalendar
from pengaduan_desktop.core.clock_stop import step_deadline_after_holds
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint, Unit
from pengaduan_desktop.core.month_steps import NO_UNIT, TOTAL, StepTally, step_tallies
from pengaduan_desktop.core.monthly import Month
from pengaduan_desktop.core.office import load_calendar
from pengaduan_desktop.core.step_deadlines import (
    Step,
    StepEvent,
    complaint_steps,
    load_steps,
    read_steps,
    step_deadlines,
)
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.units import add_unit
from pengaduan_desktop.core.vocabulary import EventKind
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.core.working_day_index import WorkingDayIndex
from tests.helpers import complaint

RECEIVED = date(2026, 5, 24)  # a Sunday; 27, 28 May and 1 June are days off
FINAL_DUE = date(2026, 6, 3)
HELD, RESUMED = date(2026, 5, 26), date(2026, 6, 2)  # the clock stands 2 working days


def at(day: int, month: int = 5, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=LOCAL_TZ)


def varied(engine: Engine) -> None:
    """Demo complaints over a year, and by hand: events early in the morning (another day in
    UTC), a disposition replaced before the reply, given days, holds ended and open, late, and
    a complaint closed with its verification still open."""
    generate(engine, 400, seed=7)
    x = add_unit(engine, "UJIX", "Bidang UJIX", None)
    y = add_unit(engine, "UJIY", "Bidang UJIY", None)
    with clock.pinned(at(24, hour=6)):
        ids = [register(engine, complaint(received_at=at(24, hour=6))).id for _ in range(8)]
    a, b, c, d, e, f, g, h = ids
    with clock.pinned(at(26, hour=6)):  # 25 May 23:00 UTC
        perform(engine, a, Action.VERIFY, None)
        perform(engine, a, Action.DISPOSE, None, "Mohon", x, reply_days=1)
        perform(engine, a, Action.DISPOSE, None, "Ke bidang lain", y, reply_days=4)
        perform(engine, b, Action.VERIFY, None)
        perform(engine, b, Action.DISPOSE, None, "Mohon", x)
        perform(engine, c, Action.HOLD, None, "Dokumen", today=HELD)
        perform(engine, e, Action.HOLD, None, "Dokumen", today=HELD)
    with clock.pinned(at(2, 6, hour=6)):
        perform(engine, b, Action.FOLLOW_UP, None, "Dijawab")
        perform(engine, c, Action.RESUME, None, "Dokumen diterima", today=RESUMED)
    with clock.pinned(at(3, 6, hour=23)):
        perform(engine, c, Action.VERIFY, None)
        perform(engine, c, Action.DISPOSE, None, "Mohon", y, reply_days=2)
        perform(engine, d, Action.VERIFY, None)
        perform(engine, d, Action.HOLD, None, "KTP", today=date(2026, 6, 3))
    with clock.pinned(at(5, 6)):
        perform(engine, f, Action.VERIFY, None)  # late
    with clock.pinned(at(28, hour=23)):  # archived unverified: the closing ends the verification
        perform(engine, h, Action.ARCHIVE, None, "Tidak dapat ditindaklanjuti")
    with clock.pinned(at(8, 7)):  # disposed after the final due date: the reply is due that day
        perform(engine, g, Action.VERIFY, None)
        perform(engine, g, Action.DISPOSE, None, "Mohon", x)


def test_the_set_wise_reading_gives_the_steps_of_the_per_complaint_function(
    engine: Engine,
) -> None:
    varied(engine)
    with reading(engine) as session:
        calendar = load_calendar(session)
        complaints = session.execute(
            select(Complaint.id, Complaint.received_at, Complaint.due_date, Complaint.closed_at)
        ).all()
        one_by_one = load_steps(session, complaints, calendar)
        set_wise = {found.complaint_id: found.steps for found in read_steps(session, [], calendar)}
    assert len(set_wise) == len(one_by_one) > 400
    assert set_wise == one_by_one
    kinds = [s for steps in one_by_one.values() for s in steps]
    assert sum(s.step == Step.UNIT_REPLY for s in kinds) > 100
    assert any(s.on_hold for s in kinds) and any(s.unit_id for s in kinds)
    assert any(s.ended_on for s in kinds)  # steps a closing ended are read the same way


def tallies_one_by_one(engine: Engine, month: Month) -> list[StepTally]:
    """The month's tallies from every complaint's steps by the per-complaint function."""
    with reading(engine) as session:
        calendar = load_calendar(session)
        rows = session.execute(
            select(
                Complaint.id,
                Complaint.received_at,
                Complaint.due_date,
                Complaint.unit_id,
                Complaint.closed_at,
            )
        ).all()
        units: dict[int, str] = {i: n for i, n in session.execute(select(Unit.id, Unit.name))}
        steps = load_steps(session, rows, calendar)
    found: dict[str, StepTally] = {}
    for row in rows:
        for s in steps[row.id]:
            met = s.met(clock.today())
            if not month.first <= s.due <= month.last or met is None:
                continue
            unit_id = s.unit_id if s.step == Step.UNIT_REPLY and s.unit_id else row.unit_id
            tally = found.setdefault(units.get(unit_id, NO_UNIT), StepTally(""))
            if s.step == Step.VERIFICATION:
                tally.verification_due, tally.verification_met = (
                    tally.verification_due + 1, tally.verification_met + met)  # fmt: skip
            else:
                tally.reply_due, tally.reply_met = tally.reply_due + 1, tally.reply_met + met
    return [StepTally(name, t.verification_met, t.verification_due, t.reply_met, t.reply_due)
            for name, t in found.items()]  # fmt: skip


def test_the_month_counts_the_same_steps_as_the_per_complaint_function(engine: Engine) -> None:
    varied(engine)
    month = Month(2026, 11)
    counted = 0
    for _ in range(14):
        with reading(engine) as session:
            fast = {t.name: t for t in step_tallies(session, month) if t.name != TOTAL}
        assert fast == {t.name: t for t in tallies_one_by_one(engine, month)}, month
        counted += sum(t.due for t in fast.values())
        month = month.previous
    assert counted > 400


def test_the_working_day_index_answers_as_the_calendar() -> None:
    calendar = WorkingCalendar()
    index = WorkingDayIndex(calendar, date(2026, 3, 1), date(2026, 4, 30))
    for offset in range(-5, 70):
        start = date(2026, 3, 1) + timedelta(days=offset)
        for days in (1, 3, 5, 30):
            assert index.add_working_days(start, days) == calendar.add_working_days(start, days)
        for length in (0, 1, 9, 40):
            end = start + timedelta(days=length)
            assert index.working_days_between(start, end) == calendar.working_days_between(
                start, end
            )


def test_a_hold_moves_the_step_deadline_as_it_moves_the_final_due_date() -> None:
    calendar = WorkingCalendar()
    due = date(2026, 5, 29)  # verification: 25, 26 and 29 May
    # Stood still on 29 May and 2 June: two working days after 29 May is 3 June.
    assert step_deadline_after_holds(calendar, RECEIVED, due, None, [(HELD, RESUMED)]) == (
        date(2026, 6, 3), False)  # fmt: skip
    # Still on hold: the clock stands, the step waits undecided.
    assert step_deadline_after_holds(calendar, RECEIVED, due, None, [(HELD, None)]) == (due, True)
    # Done before the hold, or held on or after the deadline: nothing moves.
    assert step_deadline_after_holds(calendar, RECEIVED, due, HELD, [(HELD, RESUMED)]) == (
        due, False)  # fmt: skip
    late = [(date(2026, 5, 29), date(2026, 6, 5))]
    assert step_deadline_after_holds(calendar, RECEIVED, due, None, late) == (due, False)
    # A hold before the step started (the verification's, for a later reply) does not count.
    reply = step_deadline_after_holds(calendar, date(2026, 6, 3), date(2026, 6, 4), None,
                                      [(HELD, RESUMED)])  # fmt: skip
    assert reply == (date(2026, 6, 4), False)


def test_a_complaint_on_hold_keeps_its_steps_in_time(engine: Engine) -> None:
    events = [StepEvent(1, EventKind.RECEIVED, at(24)), StepEvent(2, EventKind.VERIFIED, at(3, 6))]
    [plain] = step_deadlines(WorkingCalendar(), RECEIVED, FINAL_DUE, events, 3, {})
    assert (plain.due, plain.met(FINAL_DUE)) == (date(2026, 5, 29), False)
    [held] = step_deadlines(WorkingCalendar(), RECEIVED, FINAL_DUE, events, 3, {},
                            [(HELD, RESUMED)])  # fmt: skip
    assert (held.due, held.met(FINAL_DUE)) == (date(2026, 6, 3), True)
    # Through the workflow: held on 26 May, verified on 3 June after resuming on 2 June.
    with clock.pinned(at(24, hour=12)):
        cid = register(engine, complaint()).id
    with clock.pinned(at(26)):
        perform(engine, cid, Action.HOLD, None, "Dokumen", today=HELD)
    [waiting] = complaint_steps(engine, cid, None)
    assert waiting.on_hold and waiting.met(date(2026, 7, 1)) is None
    with clock.pinned(at(2, 6)):
        perform(engine, cid, Action.RESUME, None, "Dokumen diterima", today=RESUMED)
    with clock.pinned(at(3, 6)):
        perform(engine, cid, Action.VERIFY, None)
    [verification] = complaint_steps(engine, cid, None)
    assert (verification.due, verification.met(date(2026, 7, 1))) == (date(2026, 6, 3), True)
    with reading(engine) as session:
        june = {t.name: t for t in step_tallies(session, Month(2026, 6))}
    assert (june[TOTAL].verification_met, june[TOTAL].verification_due) == (1, 1)
