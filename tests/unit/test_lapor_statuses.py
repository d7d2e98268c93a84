"""SP4N-LAPOR! statuses: Tunda stops the working-day clock and moves the due date on resuming,
Diteruskan names the agency and closes the complaint, Diarsipkan closes it without result."""

from datetime import date, datetime

import pytest
from sqlalchemy import Engine, select

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.calendar import WorkingCalendar
from pengaduan_desktop.core.calendar_service import set_sla_days
from pengaduan_desktop.core.caselist import CaseFilter, count_cases
from pengaduan_desktop.core.clock_stop import due_after_holds, moved_deadline
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.lifecycle import Letter, is_overdue, letter_exists
from pengaduan_desktop.core.models import Complaint, ComplaintForward, ComplaintHold, Event
from pengaduan_desktop.core.monthly import Month, month_summary
from pengaduan_desktop.core.sla import Sla, sla_state
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.vocabulary import EventKind, Status
from pengaduan_desktop.core.workflow import Action, WorkflowError, allowed_actions, perform
from tests.helpers import complaint

DUE = date(2026, 6, 3)  # the helper's complaint (received Sunday 24 May 2026) is due then
HELD = date(2026, 5, 26)
RESUMED = date(2026, 6, 2)  # 27, 28 May (Idul Adha, cuti bersama) and 1 June are days off
AFTER_DUE = date(2026, 6, 10)


def new(engine: Engine) -> int:
    return register(engine, complaint()).id


def loaded(engine: Engine, cid: int) -> Complaint:
    with reading(engine) as session:
        c = session.get(Complaint, cid)
        session.expunge(c)
        return c


def test_the_rule_moves_a_deadline_by_the_working_days_stood_still() -> None:
    calendar = WorkingCalendar()
    # Only Friday 29 May and Tuesday 2 June are working days after the 26th up to the 2nd.
    assert moved_deadline(calendar, DUE, HELD, RESUMED) == date(2026, 6, 5)
    assert moved_deadline(calendar, DUE, HELD, HELD) == DUE  # resumed the same day
    holds = [(HELD, RESUMED), (date(2026, 6, 8), date(2026, 6, 9)), (date(2026, 6, 10), None)]
    assert due_after_holds(calendar, date(2026, 5, 24), 5, holds) == date(2026, 6, 8)
    # A hold before the clock start (a reopening restarts the clock) does not count.
    assert due_after_holds(calendar, date(2026, 6, 1), 5, [(HELD, RESUMED)]) == date(2026, 6, 8)


def test_on_hold_the_clock_stops_and_resuming_moves_the_due_date(engine: Engine) -> None:
    cid = new(engine)
    perform(engine, cid, Action.VERIFY, None, today=HELD)
    perform(engine, cid, Action.HOLD, None, "Salinan SP2D dari pengadu", today=HELD)
    c = loaded(engine, cid)
    assert c.status == Status.TUNDA and c.due_date == DUE
    # Past its due date while on hold: not late, cannot be escalated.
    assert sla_state(c.status, c.due_date, None, AFTER_DUE) == Sla.ON_HOLD
    assert not is_overdue(c.status, c.due_date, AFTER_DUE)
    assert Action.ESCALATE not in allowed_actions(c.status, c.due_date, AFTER_DUE)
    assert Action.RESUME in allowed_actions(c.status, c.due_date, AFTER_DUE)
    perform(engine, cid, Action.RESUME, None, "", today=RESUMED)
    c = loaded(engine, cid)
    assert c.status == Status.DIVERIFIKASI and c.due_date == date(2026, 6, 5)
    with reading(engine) as session:
        texts = {e.kind: e.text for e in session.scalars(
            select(Event).where(Event.complaint_id == cid))}  # fmt: skip
        hold = session.scalars(select(ComplaintHold)).one()
    assert texts[EventKind.HELD] == "Salinan SP2D dari pengadu"
    assert "03-06-2026 → 05-06-2026" in texts[EventKind.RESUMED]
    assert (hold.held_on, hold.resumed_on, hold.previous_status) == (HELD, RESUMED, "diverifikasi")


def test_a_calendar_change_keeps_the_days_stood_still(engine: Engine) -> None:
    cid = new(engine)
    perform(engine, cid, Action.HOLD, None, "Dokumen", today=HELD)
    perform(engine, cid, Action.RESUME, None, "Dokumen diterima", today=RESUMED)
    set_sla_days(engine, 6, None)
    # 6 working days from 24 May is 4 June; moved by the 2 days stood still: 8 June.
    assert loaded(engine, cid).due_date == date(2026, 6, 8)


def test_hold_needs_what_is_awaited_and_only_a_running_complaint(engine: Engine) -> None:
    cid = new(engine)
    with pytest.raises(WorkflowError, match="hal yang ditunggu wajib diisi"):
        perform(engine, cid, Action.HOLD, None, " ", today=HELD)
    perform(engine, cid, Action.HOLD, None, "KTP", today=HELD)
    with pytest.raises(WorkflowError, match="tidak dapat dilakukan"):
        perform(engine, cid, Action.HOLD, None, "lagi", today=HELD)


def test_forwarding_names_the_agency_and_closes_apart(engine: Engine) -> None:
    cid = new(engine)
    perform(engine, cid, Action.HOLD, None, "Keterangan", today=HELD)
    with pytest.raises(WorkflowError, match="nama instansi tujuan wajib diisi"):
        perform(engine, cid, Action.FORWARD, None, "Bukan kewenangan BKAD", today=RESUMED)
    perform(engine, cid, Action.FORWARD, None, "Pajak kendaraan adalah urusan Bapenda",
            today=RESUMED, agency="Badan Pendapatan Daerah Provinsi Kalimantan Barat")  # fmt: skip
    c = loaded(engine, cid)
    assert c.status == Status.DITERUSKAN and c.closed_at is not None
    assert c.result.startswith("Diteruskan kepada Badan Pendapatan Daerah")
    assert sla_state(c.status, c.due_date, c.closed_at, AFTER_DUE) == Sla.FORWARDED
    assert letter_exists(Letter.FORWARDING, c.status, c.result)
    with reading(engine) as session:
        assert session.scalars(select(ComplaintForward.agency)).one().startswith("Badan")
        assert session.scalars(select(ComplaintHold.resumed_on)).one() == RESUMED
    perform(engine, cid, Action.REOPEN, None, "Bapenda mengembalikan", today=RESUMED)
    assert loaded(engine, cid).status == Status.DIVERIFIKASI


def test_archived_and_on_hold_in_the_case_list_counts(engine: Engine) -> None:
    held, archived, running = new(engine), new(engine), new(engine)
    perform(engine, held, Action.HOLD, None, "Data", today=HELD)
    perform(engine, archived, Action.ARCHIVE, None, "Tidak dapat dihubungi", today=HELD)
    today = clock.today()  # long past the due date of all three

    def count(sla: Sla) -> int:
        return count_cases(engine, CaseFilter(sla=sla), today=today)

    assert (count(Sla.OVERDUE), count(Sla.ON_HOLD), count(Sla.ARCHIVED)) == (1, 1, 1)
    assert count_cases(engine, CaseFilter(statuses=("tunda",)), today=today) == 1
    assert loaded(engine, running).status == Status.DITERIMA


def test_the_month_counts_forwarded_and_archived_neither_on_time_nor_late(engine: Engine) -> None:
    forwarded, archived, resolved = new(engine), new(engine), new(engine)
    with clock.pinned(datetime(2026, 5, 26, 9, 0, tzinfo=LOCAL_TZ)):
        perform(engine, forwarded, Action.FORWARD, None, "Bukan kewenangan", today=HELD,
                agency="Inspektorat")  # fmt: skip
        perform(engine, archived, Action.ARCHIVE, None, "Ganda", today=HELD)
        perform(engine, resolved, Action.VERIFY, None, today=HELD)
        perform(engine, resolved, Action.HOLD, None, "Berkas", today=HELD)
    f = month_summary(engine, Month(2026, 5))
    assert (f.closed_on_time, f.closed_late, f.rejected) == (0, 0, 0)
    assert f.by_status.get("Diteruskan") == 1 and f.by_status.get("Diarsipkan") == 1
    assert f.by_status.get("Tunda") == 1
