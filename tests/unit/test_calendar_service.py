from datetime import date

import pytest
from sqlalchemy import Engine, select

from pengaduan_desktop.core.calendar_service import set_override, set_sla_days
from pengaduan_desktop.core.db import reading, writing
from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.vocabulary import EventKind
from tests.helpers import complaint


def due_of(engine: Engine, number: str) -> date:
    with reading(engine) as session:
        return session.scalars(
            select(Complaint.due_date).where(Complaint.tracking_number == number)
        ).one()


def events_of(engine: Engine, number: str) -> list[tuple[str, str]]:
    with reading(engine) as session:
        rows = session.execute(
            select(Event.kind, Event.text)
            .join(Complaint)
            .where(Complaint.tracking_number == number)
            .order_by(Event.id)
        )
        return [(r.kind, r.text) for r in rows]


def test_office_day_off_moves_open_due_dates_and_is_recorded(engine: Engine) -> None:
    open_one = register(engine, complaint()).tracking_number  # due Wed 3 June 2026
    closed = register(engine, complaint()).tracking_number
    with writing(engine) as session:
        row = session.scalars(select(Complaint).where(Complaint.tracking_number == closed)).one()
        row.status = "selesai"
    changed = set_override(engine, date(2026, 5, 29), False, "Keputusan Gubernur 123/2026", None)
    assert changed == 1
    assert due_of(engine, open_one) == date(2026, 6, 4)
    assert due_of(engine, closed) == date(2026, 6, 3)  # a closed complaint keeps its history
    kind, text = events_of(engine, open_one)[-1]
    assert kind == EventKind.DUE_CHANGED
    assert "3 Juni 2026 → 4 Juni 2026" in text and "Keputusan Gubernur 123/2026" in text
    # Removing the decision restores the date, and says so.
    assert set_override(engine, date(2026, 5, 29), None, "", None) == 1
    assert due_of(engine, open_one) == date(2026, 6, 3)
    assert "dibatalkan" in events_of(engine, open_one)[-1][1]


def test_working_a_cuti_bersama_day(engine: Engine) -> None:
    number = register(engine, complaint()).tracking_number
    assert set_override(engine, date(2026, 5, 28), True, "", None) == 1
    assert due_of(engine, number) == date(2026, 6, 2)


def test_sla_days_setting(engine: Engine) -> None:
    number = register(engine, complaint()).tracking_number
    assert set_sla_days(engine, 3, None) == 1
    assert due_of(engine, number) == date(2026, 5, 29)
    assert set_sla_days(engine, 3, None) == 0
    with pytest.raises(InvalidValue):
        set_sla_days(engine, 0, None)


def test_day_off_needs_a_reason_and_nothing_changes_without_one(engine: Engine) -> None:
    number = register(engine, complaint()).tracking_number
    with pytest.raises(InvalidValue, match="keterangan"):
        set_override(engine, date(2026, 5, 29), False, "  ", None)
    assert due_of(engine, number) == date(2026, 6, 3)
    assert [k for k, _t in events_of(engine, number)] == [EventKind.RECEIVED]
