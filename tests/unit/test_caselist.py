from collections import Counter
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, select

from pengaduan_desktop.core.caselist import (
    CaseFilter,
    SortKey,
    count_cases,
    fetch_page,
)
from pengaduan_desktop.core.db import writing
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.sla import Sla
from tests.helpers import complaint

TODAY = date(2026, 11, 29)
NOW = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)


@pytest.fixture
def filled(engine: Engine) -> Engine:
    generate(engine, 260, seed=3, now=NOW)
    return engine


def walk(engine: Engine, f: CaseFilter, sort: SortKey, descending: bool, size: int) -> list[int]:
    ids: list[int] = []
    after = None
    while True:
        page = fetch_page(engine, f, sort, descending, after=after, limit=size, today=TODAY)
        ids += [r.id for r in page]
        if len(page) < size:
            return ids
        after = page[-1].key


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_keyset_pages_cover_every_row_once_in_order(
    filled: Engine, sort: SortKey, descending: bool
) -> None:
    everything = fetch_page(filled, CaseFilter(), sort, descending, limit=10_000, today=TODAY)
    assert len(everything) == count_cases(filled, CaseFilter(), TODAY) == 260
    assert walk(filled, CaseFilter(), sort, descending, 37) == [r.id for r in everything]
    keys = [r.key for r in everything]
    assert keys == sorted(keys, reverse=descending)
    last = fetch_page(filled, CaseFilter(), sort, descending, from_end=True, limit=37, today=TODAY)
    assert [r.id for r in last] == [r.id for r in everything[-37:]]
    before = fetch_page(filled, CaseFilter(), sort, descending, before=everything[100].key,
                        limit=37, today=TODAY)  # fmt: skip
    assert [r.id for r in before] == [r.id for r in everything[63:100]]
    jump = fetch_page(filled, CaseFilter(), sort, descending, offset=150, limit=37, today=TODAY)
    assert [r.id for r in jump] == [r.id for r in everything[150:187]]


def test_sla_filters_agree_with_the_derived_state(filled: Engine) -> None:
    rows = fetch_page(filled, CaseFilter(), limit=10_000, today=TODAY)
    expected = Counter(r.sla for r in rows)
    assert expected[Sla.OVERDUE] and expected[Sla.CLOSED_ON_TIME] and expected[Sla.CLOSED_LATE]
    for sla in Sla:
        f = CaseFilter(sla=sla)
        assert count_cases(filled, f, TODAY) == expected[sla], sla
        assert {r.sla for r in fetch_page(filled, f, limit=10_000, today=TODAY)} <= {sla}


def test_filters_by_status_channel_unit_officer_and_period(filled: Engine) -> None:
    rows = fetch_page(filled, CaseFilter(), limit=10_000, today=TODAY)
    f = CaseFilter(statuses=("selesai", "ditolak"), channel="lapor")
    got = fetch_page(filled, f, limit=10_000, today=TODAY)
    assert got and all(r.status in ("selesai", "ditolak") and r.channel == "lapor" for r in got)
    assert len(got) == sum(1 for r in rows if r.status in ("selesai", "ditolak")
                           and r.channel == "lapor")  # fmt: skip
    unit = next(r.unit for r in rows if r.unit)
    with writing(filled) as session:
        unit_id = session.scalar(select(Complaint.unit_id).where(Complaint.unit_id.is_not(None)))
    assert count_cases(filled, CaseFilter(unit_id=unit_id), TODAY) > 0
    assert unit
    march = CaseFilter(received_from=date(2026, 3, 1), received_to=date(2026, 3, 31))
    in_march = fetch_page(filled, march, limit=10_000, today=TODAY)
    assert in_march and all(r.received_at.month == 3 for r in in_march)
    assert len(in_march) == sum(1 for r in rows if (r.received_at.year, r.received_at.month)
                                == (2026, 3))  # fmt: skip
    assert count_cases(filled, CaseFilter(officer_id=999), TODAY) == 0


def test_search_by_words_names_and_numbers_kept_in_sync(engine: Engine) -> None:
    first = register(engine, complaint(summary="Pencairan hibah terlambat", name="Lim Acui"))
    register(engine, complaint(summary="Antrean panjang di loket", name="Siti Aminah"))

    def found(text: str) -> list[str]:
        rows = fetch_page(engine, CaseFilter(search=text), limit=50, today=TODAY)
        return [r.tracking_number for r in rows]

    assert found("hibah") == [first.tracking_number]
    assert found("HIB") == [first.tracking_number]  # prefix, any case
    assert found("acui") == [first.tracking_number]
    assert found("ADU-2026-000001") == ["ADU-2026-000001"]
    assert found("2") == ["ADU-2026-000002"]
    assert found("hibah antrean") == []  # every word must match
    assert found('"; DROP TABLE complaint; --') == []
    with writing(engine) as session:
        row = session.scalars(select(Complaint).where(Complaint.id == first.id)).one()
        row.summary = "Permohonan bantuan sosial"
    assert found("hibah") == []
    assert found("bantuan") == [first.tracking_number]
    with writing(engine) as session:
        session.execute(Event.__table__.delete().where(Event.complaint_id == first.id))
        session.execute(Complaint.__table__.delete().where(Complaint.id == first.id))
    assert found("bantuan") == []


def test_a_rejection_is_neither_on_time_nor_late(engine: Engine) -> None:
    from pengaduan_desktop.core.intake import register
    from pengaduan_desktop.core.rejection import RejectionKind, reasons
    from pengaduan_desktop.core.workflow import Action, Rejection, perform
    from tests.helpers import complaint

    saved = register(engine, complaint())
    reason = next(r for r in reasons(engine) if r.kind == RejectionKind.KEWENANGAN)
    perform(engine, saved.id, Action.REJECT, None,
            rejection=Rejection(reason.id, "Dinas Sosial Provinsi Kalimantan Barat"))  # fmt: skip
    [row] = fetch_page(engine, CaseFilter(), limit=10, today=TODAY)
    assert row.sla == Sla.REJECTED
    assert count_cases(engine, CaseFilter(sla=Sla.REJECTED), TODAY) == 1
    for closed in (Sla.CLOSED_ON_TIME, Sla.CLOSED_LATE):
        assert count_cases(engine, CaseFilter(sla=closed), TODAY) == 0
