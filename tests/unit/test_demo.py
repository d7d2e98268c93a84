from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core import bulk, demo
from pengaduan_desktop.core.caselist import CaseFilter, count_cases
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.identity import normalize_phone
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complainant, Complaint, Counter, Event
from tests.helpers import complaint

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize("parallel", [False, True])
def test_demo_rows_numbers_events_and_search(engine: Engine, monkeypatch, parallel: bool) -> None:
    if parallel:  # the path a large run takes: rows made in a second process
        monkeypatch.setattr(demo, "PARALLEL_FROM", 10)
        monkeypatch.setattr(demo, "BATCH", 40)
        monkeypatch.setattr(bulk, "REBUILD_FROM", 10)  # and its indexes built after
    assert demo.generate(engine, 230, seed=9, now=NOW) == 230
    with reading(engine) as session:
        numbers = list(session.scalars(select(Complaint.tracking_number).order_by(Complaint.id)))
        per_year = dict(session.execute(select(Counter.name, Counter.value)).all())
        events = session.scalar(select(func.count()).select_from(Event))
        empty_names = session.scalar(select(func.count()).select_from(Complaint).where(
            Complaint.complainant_name == "", Complaint.anonymous.is_(False)))  # fmt: skip
    assert len(numbers) == len(set(numbers)) == 230
    assert sum(per_year.values()) == 230 and events >= 230 and empty_names == 0
    # Every phone both ways: E.164 for the search box, as an officer types it for documents.
    with reading(engine) as session:
        phones = session.execute(select(Complainant.phone, Complainant.phone_typed)).all()
    assert all(normalize_phone(typed) == phone and typed != phone for phone, typed in phones)
    # Numbering goes on after the demo, and the demo's rows are in the search index.
    saved = register(engine, complaint(received_at=datetime(2026, 11, 27, 9, 0, tzinfo=UTC)))
    assert saved.tracking_number == f"ADU-2026-{per_year['complaint-2026'] + 1:06d}"
    assert count_cases(engine, CaseFilter(search="hibah")) > 0
    # A large load drops the scattered indexes for speed: they must all be back.
    from sqlalchemy import inspect

    inspector = inspect(engine)
    names = {i["name"] for t in ("complaint", "complainant") for i in inspector.get_indexes(t)}
    assert set(bulk.SCATTERED_INDEXES) <= names


def test_demo_complaints_are_received_during_desk_hours(sqlite_engine: Engine) -> None:
    from pengaduan_desktop.core.timeutil import to_local

    demo.generate(sqlite_engine, 200, seed=2, now=NOW)
    with reading(sqlite_engine) as session:
        moments = list(session.scalars(select(Complaint.received_at).order_by(Complaint.id)))
    assert moments == sorted(moments)  # numbers follow the order of receipt
    hours = {to_local(m).hour for m in moments}
    assert min(hours) >= 7 and max(hours) <= 15


def test_demo_rejections_say_why_and_have_their_notice(engine: Engine) -> None:
    from pengaduan_desktop.core.letters import letter_data
    from pengaduan_desktop.core.lifecycle import Letter
    from pengaduan_desktop.core.rejection import RejectionKind

    demo.generate(engine, 300, seed=4, now=NOW)
    with reading(engine) as session:
        rejected = session.execute(
            select(Complaint.id, Complaint.rejection_kind, Complaint.rejection_detail,
                   Complaint.result).where(Complaint.status == "ditolak")
        ).all()  # fmt: skip
    assert rejected
    assert {RejectionKind(kind) for _, kind, _, _ in rejected} <= {
        RejectionKind.KEWENANGAN, RejectionKind.TIDAK_LENGKAP}  # fmt: skip
    assert all(detail and detail in result for _, _, detail, result in rejected)
    found, _, detail, _ = rejected[0]
    notice = letter_data(engine, Letter.REJECTION, found)
    assert any(detail in value for _, value in notice.facts)


def test_demo_escalations_come_after_the_due_date(engine: Engine) -> None:
    from pengaduan_desktop.core.timeutil import local_date

    demo.generate(engine, 400, seed=11, now=NOW)
    with reading(engine) as session:
        rows = session.execute(
            select(Complaint.due_date, Event.at).join(Event, Event.complaint_id == Complaint.id)
            .where(Event.kind == "escalated")
        ).all()  # fmt: skip
    assert rows
    assert all(local_date(at) > due for due, at in rows)
