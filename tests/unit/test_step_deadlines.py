"""Deadlines per step (issue 12, item 4): verification, the unit's reply, the reminders one
working day before, and the monthly report's count of steps that met their deadline."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.errors import Forbidden, InvalidValue
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint, UnitReplyDeadline
from pengaduan_desktop.core.month_steps import step_tallies
from pengaduan_desktop.core.monthly import Month
from pengaduan_desktop.core.office import load_calendar
from pengaduan_desktop.core.step_deadlines import (
    Disposition,
    Step,
    StepEvent,
    Urgency,
    complaint_steps,
    due_reminders,
    read_step_days,
    set_step_days,
    step_deadlines,
    urgency,
)
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.units import add_unit
from pengaduan_desktop.core.vocabulary import EventKind
from pengaduan_desktop.core.workflow import Action, perform
from tests.helpers import add_account, complaint

# The helper's complaint is received Sunday 24 May 2026. 27 May (Idul Adha), 28 May (cuti
# bersama) and 1 June (Pancasila) are not working days: the final due date is 3 June.
RECEIVED = date(2026, 5, 24)
FINAL_DUE = date(2026, 6, 3)


def at(day: int, month: int = 5, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=LOCAL_TZ)


def calendar(engine: Engine):  # type: ignore[no-untyped-def]
    with reading(engine) as session:
        return load_calendar(session)


def test_the_steps_follow_the_working_day_calendar(engine: Engine) -> None:
    events = [StepEvent(1, EventKind.RECEIVED, at(24)), StepEvent(2, EventKind.VERIFIED, at(29)),
              StepEvent(3, EventKind.DISPOSED, at(2, 6)),
              StepEvent(4, EventKind.FOLLOW_UP, at(4, 6))]  # fmt: skip
    steps = step_deadlines(calendar(engine), RECEIVED, FINAL_DUE, events, 3,
                           {3: Disposition(7, 3)})  # fmt: skip
    verification, reply = steps
    # 25, 26 and 29 May are the three working days after receipt.
    assert (verification.step, verification.due, verification.done_on) == (
        Step.VERIFICATION, date(2026, 5, 29), date(2026, 5, 29))  # fmt: skip
    assert verification.met(FINAL_DUE) is True
    # Three working days after 2 June would be 5 June: never past the final due date.
    assert (reply.step, reply.start, reply.due, reply.unit_id) == (
        Step.UNIT_REPLY, date(2026, 6, 2), FINAL_DUE, 7)  # fmt: skip
    assert reply.met(date(2026, 6, 10)) is False  # replied on 4 June, a day late


def test_a_waiting_step_is_undecided_until_its_deadline_passes(engine: Engine) -> None:
    [verification] = step_deadlines(calendar(engine), RECEIVED, FINAL_DUE,
                                    [StepEvent(1, EventKind.RECEIVED, at(24))], 3, {})  # fmt: skip
    assert verification.done_on is None
    assert verification.met(date(2026, 5, 29)) is None
    assert verification.met(date(2026, 6, 2)) is False


def test_an_imported_closed_complaint_counts_its_closing_as_verified(engine: Engine) -> None:
    events = [StepEvent(1, EventKind.RECEIVED, at(24)), StepEvent(2, EventKind.RESOLVED, at(26))]
    [verification] = step_deadlines(calendar(engine), RECEIVED, FINAL_DUE, events, 3, {})
    assert verification.done_on == date(2026, 5, 26) and verification.met(FINAL_DUE) is True


def test_a_new_disposition_before_the_reply_replaces_the_deadline(engine: Engine) -> None:
    events = [StepEvent(1, EventKind.DISPOSED, at(25)), StepEvent(2, EventKind.DISPOSED, at(26)),
              StepEvent(3, EventKind.FOLLOW_UP, at(29))]  # fmt: skip
    steps = step_deadlines(calendar(engine), RECEIVED, FINAL_DUE, events, 3, {})
    replies = [s for s in steps if s.step == Step.UNIT_REPLY]
    assert [(s.start, s.done_on) for s in replies] == [(date(2026, 5, 26), date(2026, 5, 29))]


def unit(engine: Engine, code: str = "UJI") -> int:
    return add_unit(engine, code, f"Bidang {code}", None)


def test_a_disposition_records_the_days_it_gave_and_the_page_shows_them(engine: Engine) -> None:
    with clock.pinned(at(24, hour=12)):
        cid = register(engine, complaint()).id
    with clock.pinned(at(25)):
        perform(engine, cid, Action.VERIFY, None)
        perform(engine, cid, Action.DISPOSE, None, "Mohon dijawab", unit(engine), reply_days=1)
    with reading(engine) as session:
        given = session.scalars(select(UnitReplyDeadline)).one()
        assert (given.complaint_id, given.days) == (cid, 1)
    steps = complaint_steps(engine, cid, None)
    assert [(s.step, s.due) for s in steps] == [
        (Step.VERIFICATION, date(2026, 5, 29)), (Step.UNIT_REPLY, date(2026, 5, 26))]  # fmt: skip
    assert steps[0].met(date(2026, 5, 26)) is True


def test_a_disposition_with_impossible_days_writes_nothing(engine: Engine) -> None:
    cid = register(engine, complaint()).id
    perform(engine, cid, Action.VERIFY, None)
    with pytest.raises(InvalidValue, match="1 sampai 30 hari kerja"):
        perform(engine, cid, Action.DISPOSE, None, "Mohon", unit(engine), reply_days=0)
    with reading(engine) as session:
        assert session.get(Complaint, cid).status == "diverifikasi"
        assert session.scalar(select(func.count()).select_from(UnitReplyDeadline)) == 0


def test_the_office_sets_the_days_of_each_step(engine: Engine) -> None:
    assert read_step_days(engine).verification == 3
    set_step_days(engine, 2, 4, None)
    days = read_step_days(engine)
    assert (days.verification, days.reply) == (2, 4)
    with pytest.raises(InvalidValue):
        set_step_days(engine, 31, 4, None)
    petugas = add_account(engine, "petugas")
    with pytest.raises(Forbidden):
        set_step_days(engine, 5, 5, petugas)
    with clock.pinned(at(24, hour=12)):
        cid = register(engine, complaint()).id
    assert complaint_steps(engine, cid, None)[0].due == date(2026, 5, 26)


def test_urgency_starts_one_working_day_before(engine: Engine) -> None:
    cal = calendar(engine)
    due = date(2026, 6, 2)  # a Tuesday; Monday 1 June is a holiday
    assert urgency(cal, due, date(2026, 5, 28)) is None  # Thursday, cuti bersama
    assert urgency(cal, due, date(2026, 5, 29)) == Urgency.TOMORROW  # the working day before
    assert urgency(cal, due, date(2026, 5, 31)) == Urgency.TOMORROW
    assert urgency(cal, due, due) == Urgency.TODAY
    assert urgency(cal, due, date(2026, 6, 3)) == Urgency.PASSED


def test_reminders_for_the_desk_and_for_the_unit_officer(engine: Engine) -> None:
    mine, theirs = unit(engine, "UJIX"), unit(engine, "UJIY")
    with clock.pinned(at(24, hour=12)):
        waiting = register(engine, complaint(summary="Belum diverifikasi")).id
        disposed = [register(engine, complaint(summary=f"Untuk {u}")).id for u in (mine, theirs)]
    with clock.pinned(at(25)):
        for cid, u in zip(disposed, (mine, theirs), strict=True):
            perform(engine, cid, Action.VERIFY, None)
            perform(engine, cid, Action.DISPOSE, None, "Mohon dijawab", u, reply_days=2)
    # Replies (26, 29 May) and verification (25, 26, 29 May) are due on the 29th; 27 and 28
    # May are days off, so the 26th is the working day before: nothing reminds on the 25th.
    assert due_reminders(engine, None, date(2026, 5, 25)) == []
    found = due_reminders(engine, None, date(2026, 5, 26))
    assert {(r.complaint_id, r.step, r.urgency) for r in found} == {
        (waiting, Step.VERIFICATION, Urgency.TOMORROW),
        (disposed[0], Step.UNIT_REPLY, Urgency.TOMORROW),
        (disposed[1], Step.UNIT_REPLY, Urgency.TOMORROW),
    }
    officer = add_account(engine, "unit", unit_id=mine)
    own = due_reminders(engine, officer, date(2026, 5, 29))
    assert [(r.complaint_id, r.urgency) for r in own] == [(disposed[0], Urgency.TODAY)]
    assert "balasan unit (Bidang UJIX) batas hari ini, 29/05/2026" in own[0].text
    with clock.pinned(at(29)):
        perform(engine, disposed[0], Action.FOLLOW_UP, officer, "Sudah kami periksa")
    assert due_reminders(engine, officer, date(2026, 5, 29)) == []


def test_the_month_counts_steps_that_met_their_deadline_per_unit(engine: Engine) -> None:
    x, y = unit(engine, "UJIX"), unit(engine, "UJIY")
    with clock.pinned(at(24, hour=12)):
        ids = [register(engine, complaint()).id for _ in range(3)]
    with clock.pinned(at(26)):
        perform(engine, ids[0], Action.VERIFY, None)
        perform(engine, ids[0], Action.DISPOSE, None, "Mohon", x, reply_days=1)
    with clock.pinned(at(2, 6)):  # late for verification (due 29 May)
        perform(engine, ids[1], Action.VERIFY, None)
        perform(engine, ids[1], Action.DISPOSE, None, "Mohon", y, reply_days=5)
    with clock.pinned(at(29)):
        perform(engine, ids[0], Action.FOLLOW_UP, None, "Dijawab terlambat")  # due 27 -> 29
    with reading(engine) as session:
        may = {t.name: t for t in step_tallies(session, Month(2026, 5))}
        june = {t.name: t for t in step_tallies(session, Month(2026, 6))}
    # May: three verifications due on the 29th (one met, two missed: one late, one never);
    # unit X's reply, one working day after the 26th, was due on the 29th and came then.
    assert (may["Bidang UJIX"].verification_met, may["Bidang UJIX"].verification_due) == (1, 1)
    assert (may["Bidang UJIX"].reply_met, may["Bidang UJIX"].reply_due) == (1, 1)
    assert (may["Bidang UJIY"].verification_met, may["Bidang UJIY"].verification_due) == (0, 1)
    assert may["(belum didisposisi)"].verification_due == 1
    assert (may["Jumlah"].met, may["Jumlah"].due) == (2, 4)
    # June: unit Y's reply, due on the final due date 3 June, never came.
    assert (june["Bidang UJIY"].reply_met, june["Bidang UJIY"].reply_due) == (0, 1)
    assert june["Jumlah"].rate == 0.0


def test_reminders_say_when_more_complaints_wait_than_were_read(
    engine: Engine, monkeypatch
) -> None:
    from pengaduan_desktop.core import step_deadlines

    with clock.pinned(at(24, hour=12)):
        for _ in range(3):
            register(engine, complaint(summary="Belum diverifikasi"))
    assert due_reminders(engine, None, date(2026, 5, 26)).complete
    monkeypatch.setattr(step_deadlines, "REMINDER_LIMIT", 2)
    found = due_reminders(engine, None, date(2026, 5, 26))
    assert len(found) == 2 and not found.complete
