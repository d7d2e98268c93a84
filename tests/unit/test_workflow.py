from datetime import date

import pytest
from sqlalchemy import Engine, select

from pengaduan_desktop.core.db import reading, writing
from pengaduan_desktop.core.errors import Conflict
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint, Event, Unit
from pengaduan_desktop.core.rejection import reasons
from pengaduan_desktop.core.vocabulary import EventKind, Status
from pengaduan_desktop.core.workflow import (
    RULES,
    Action,
    Rejection,
    WorkflowError,
    allowed_actions,
    perform,
)
from tests.helpers import complaint

BEFORE_DUE = date(2026, 6, 1)  # the helper's complaint is due 3 June 2026
AFTER_DUE = date(2026, 6, 4)


def new(engine: Engine, status: Status = Status.DITERIMA) -> int:
    saved = register(engine, complaint())
    with writing(engine) as session:
        session.get(Complaint, saved.id).status = status
    return saved.id


def unit_id(engine: Engine) -> int:
    with reading(engine) as session:
        return session.scalars(select(Unit.id)).first()


def state(engine: Engine, cid: int) -> tuple[str, list[str]]:
    with reading(engine) as session:
        c = session.get(Complaint, cid)
        return c.status, [e.kind for e in session.scalars(
            select(Event).where(Event.complaint_id == cid).order_by(Event.id))]  # fmt: skip


def test_the_whole_road_from_received_to_closed(engine: Engine) -> None:
    cid = new(engine)
    perform(engine, cid, Action.VERIFY, None, today=BEFORE_DUE)
    perform(engine, cid, Action.DISPOSE, None, "Mohon diteliti", unit_id(engine))
    perform(engine, cid, Action.FOLLOW_UP, None, "Bidang sedang memeriksa berkas")
    perform(engine, cid, Action.NOTE, None, "Pengadu menelepon lagi")
    perform(engine, cid, Action.REPLY, None, "Berkas Anda sedang diproses")
    version = perform(engine, cid, Action.RESOLVE, None, "Dana telah dicairkan")
    status, kinds = state(engine, cid)
    assert status == Status.SELESAI
    assert kinds == [EventKind.RECEIVED, EventKind.VERIFIED, EventKind.DISPOSED,
                     EventKind.FOLLOW_UP, EventKind.NOTE, EventKind.REPLY,
                     EventKind.RESOLVED]  # fmt: skip
    with reading(engine) as session:
        c = session.get(Complaint, cid)
        assert c.result == "Dana telah dicairkan" and c.closed_at is not None
        assert c.unit_id == unit_id(engine) and c.version == version
        assert c.events[2].text.endswith(": Mohon diteliti")


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("status", list(Status))
def test_each_action_is_allowed_exactly_from_its_rule(
    engine: Engine, action: Action, status: Status
) -> None:
    cid = new(engine, status)
    allowed = status in RULES[action].sources
    kwargs = {"text": "alasan", "unit_id": unit_id(engine), "today": AFTER_DUE,
              "agency": "Dinas Pendidikan"}  # fmt: skip
    if action == Action.REJECT:
        kwargs["rejection"] = Rejection(reasons(engine)[0].id, "Bapenda")
    if allowed:
        perform(engine, cid, action, None, **kwargs)
        target = RULES[action].target
        after, _ = state(engine, cid)
        if target is not None:
            assert after == target
    else:
        with pytest.raises(WorkflowError, match="tidak dapat dilakukan"):
            perform(engine, cid, action, None, **kwargs)
        assert state(engine, cid) == (status, [EventKind.RECEIVED])


def test_escalation_only_once_overdue(engine: Engine) -> None:
    cid = new(engine, Status.DITINDAKLANJUTI)
    assert Action.ESCALATE not in allowed_actions(
        Status.DITINDAKLANJUTI, date(2026, 6, 3), BEFORE_DUE
    )
    with pytest.raises(WorkflowError, match="melewati batas waktu"):
        perform(engine, cid, Action.ESCALATE, None, "terlambat", today=BEFORE_DUE)
    assert Action.ESCALATE in allowed_actions(Status.DITINDAKLANJUTI, date(2026, 6, 3), AFTER_DUE)
    perform(engine, cid, Action.ESCALATE, None, "tidak ada jawaban", today=AFTER_DUE)
    assert state(engine, cid)[0] == Status.DIESKALASI


def test_texts_and_units_are_required(engine: Engine) -> None:
    cid = new(engine, Status.DIVERIFIKASI)
    with pytest.raises(WorkflowError, match="pilih alasan penolakan"):
        perform(engine, cid, Action.REJECT, None, "  ")
    with pytest.raises(WorkflowError, match="pilih unit"):
        perform(engine, cid, Action.DISPOSE, None, "segera", None)
    assert state(engine, cid) == (Status.DIVERIFIKASI, [EventKind.RECEIVED])


def test_reopen_gives_a_new_due_date(engine: Engine) -> None:
    cid = new(engine, Status.DIVERIFIKASI)
    reason = reasons(engine)[0]  # Bukan kewenangan BKAD
    perform(engine, cid, Action.REJECT, None, rejection=Rejection(reason.id, "Bapenda"))
    perform(engine, cid, Action.REOPEN, None, "Ternyata kewenangan BKAD", today=date(2026, 6, 8))
    with reading(engine) as session:
        c = session.get(Complaint, cid)
        assert c.status == Status.DIVERIFIKASI and c.closed_at is None and c.result == ""
        assert c.due_date == date(2026, 6, 15)


def test_a_stale_page_is_refused(engine: Engine) -> None:
    cid = new(engine)
    with reading(engine) as session:
        seen = session.get(Complaint, cid).version
    perform(engine, cid, Action.NOTE, None, "dari meja lain", expected_version=seen)
    with pytest.raises(Conflict, match="meja lain"):
        perform(engine, cid, Action.VERIFY, None, expected_version=seen)
