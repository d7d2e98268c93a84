"""The case list: filters, sorting, keyset pages, counts and full-text search, never loading
more than a page. The SLA filters are the SQL twins of core.sla.sla_state."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    and_,
    func,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import acting_officer, scope
from pengaduan_desktop.core.lifecycle import OPEN_STATUSES, closed_on_time_sql
from pengaduan_desktop.core.models import Complaint, Unit
from pengaduan_desktop.core.privacy import identity_search_scope
from pengaduan_desktop.core.search import (
    QueryKind,
    common_words,
    count_words,
    read_query,
    search_condition,
)
from pengaduan_desktop.core.sla import Sla, sla_state
from pengaduan_desktop.core.timeutil import start_of_local_day, to_local
from pengaduan_desktop.core.vocabulary import Status

OPEN = tuple(s.value for s in OPEN_STATUSES)
MIDNIGHT = time(0, 0)


class SortKey(StrEnum):
    NUMBER = "number"
    RECEIVED = "received"
    COMPLAINANT = "complainant"
    CHANNEL = "channel"
    STATUS = "status"
    DUE = "due"


# Each sort is a tuple of columns ending in the id, so that a row's key is unique and the next
# page starts strictly after the last row seen (keyset paging, no OFFSET).
SORT_COLUMNS: dict[SortKey, tuple[Any, ...]] = {
    SortKey.NUMBER: (Complaint.tracking_number, Complaint.id),
    SortKey.RECEIVED: (Complaint.received_at, Complaint.id),
    SortKey.COMPLAINANT: (Complaint.complainant_name, Complaint.id),
    SortKey.CHANNEL: (Complaint.channel, Complaint.received_at, Complaint.id),
    SortKey.STATUS: (Complaint.status, Complaint.due_date, Complaint.id),
    SortKey.DUE: (Complaint.due_date, Complaint.id),
}


@dataclass(frozen=True)
class CaseFilter:
    statuses: tuple[str, ...] = ()
    channel: str | None = None
    unit_id: int | None = None
    officer_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None
    sla: Sla | None = None
    search: str = ""
    viewer_id: int | None = None  # who reads: a unit officer sees only their unit's (core.door)


@dataclass(frozen=True)
class CaseRow:
    id: int
    tracking_number: str
    received_at: datetime  # local
    complainant_name: str
    anonymous: bool
    summary: str
    channel: str
    unit: str
    status: str
    due_date: date
    closed_at: datetime | None
    sla: Sla
    key: tuple[Any, ...]  # the sort key of this row, for the next page


def _closed_by_due(dialect: str) -> ColumnElement[bool]:
    """closed_at (UTC) falls on or before the due date in Pontianak."""
    return closed_on_time_sql(Complaint.closed_at, Complaint.due_date, dialect)


def _sla_condition(sla: Sla, today: date, dialect: str) -> ColumnElement[bool]:
    tomorrow = today + timedelta(days=1)
    open_ = Complaint.status.in_(OPEN)
    closed = Complaint.status == Status.SELESAI.value  # a rejection is neither on time nor late
    return {
        Sla.OVERDUE: and_(open_, Complaint.due_date < today),
        Sla.DUE_SOON: and_(open_, Complaint.due_date >= today, Complaint.due_date <= tomorrow),
        Sla.ON_TIME: and_(open_, Complaint.due_date > tomorrow),
        Sla.CLOSED_ON_TIME: and_(closed, _closed_by_due(dialect)),
        Sla.CLOSED_LATE: and_(closed, ~_closed_by_due(dialect)),
        Sla.REJECTED: Complaint.status == Status.DITOLAK.value,
    }[sla]


def conditions(
    f: CaseFilter, dialect: str, today: date, common: bool = False
) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if f.statuses:
        found.append(Complaint.status.in_(f.statuses))
    if f.channel:
        found.append(Complaint.channel == f.channel)
    if f.unit_id is not None:
        found.append(Complaint.unit_id == f.unit_id)
    if f.officer_id is not None:
        found.append(Complaint.responsible_officer_id == f.officer_id)
    if f.received_from:
        found.append(Complaint.received_at >= start_of_local_day(f.received_from, at=MIDNIGHT))
    if f.received_to:
        end = start_of_local_day(f.received_to + timedelta(days=1), at=MIDNIGHT)
        found.append(Complaint.received_at < end)
    if f.sla:
        found.append(_sla_condition(f.sla, today, dialect))
    search = search_condition(f.search, dialect, common)
    if search is not None:
        found.append(search)
    return found


def _seen(session: Session, f: CaseFilter) -> list[ColumnElement[bool]]:
    """What the viewer may see: their unit's complaints for a unit officer (core.door), and no
    confidential complaint found by its complainant's phone or identity number for whoever
    may not see that complainant (core.privacy)."""
    seen = scope(session, f.viewer_id)
    typed = read_query(f.search)
    if typed is not None and typed.kind in (QueryKind.PHONE, QueryKind.ID_NUMBER):
        seen += identity_search_scope(acting_officer(session, f.viewer_id))
    return seen


def count_cases(engine: Engine, f: CaseFilter, today: date | None = None) -> int:
    with reading(engine) as session:
        seen = _seen(session, f)
    if not seen and replace(f, search="", viewer_id=None) == CaseFilter():
        counted = count_words(engine, f.search)  # words alone: the full-text index counts them
        if counted is not None:
            return counted
    where = conditions(f, engine.dialect.name, today or clock.today()) + seen
    with reading(engine) as session:
        return int(session.scalar(select(func.count()).select_from(Complaint).where(*where)) or 0)


def _page_query(f: CaseFilter, sort: SortKey, descending: bool, dialect: str,
                today: date, common: bool) -> Any:  # fmt: skip
    columns = SORT_COLUMNS[sort]
    order = [c.desc() if descending else c.asc() for c in columns]
    return (
        select(
            Complaint.id,
            Complaint.tracking_number,
            Complaint.received_at,
            Complaint.complainant_name,
            Complaint.anonymous,
            Complaint.summary,
            Complaint.channel,
            Unit.name.label("unit"),
            Complaint.status,
            Complaint.due_date,
            Complaint.closed_at,
            *[c.label(f"_k{i}") for i, c in enumerate(columns)],
        )  # fmt: skip
        .outerjoin(Unit, Unit.id == Complaint.unit_id)
        .where(*conditions(f, dialect, today, common))
        .order_by(*order)
    )


def key_at(
    engine: Engine,
    f: CaseFilter,
    sort: SortKey,
    descending: bool,
    offset: int,
    from_end: bool = False,
    today: date | None = None,
) -> tuple[Any, ...] | None:
    """The sort key of the row at `offset` (counted from the end with `from_end`), read from
    the sort index alone, so that a jump costs an index walk and not a table walk."""
    columns = SORT_COLUMNS[sort]
    backwards = descending != from_end
    common = common_words(engine, f.search)
    query = (
        select(*columns)
        .where(*conditions(f, engine.dialect.name, today or clock.today(), common))
        .order_by(*[c.desc() if backwards else c.asc() for c in columns])
        .offset(offset)
        .limit(1)
    )
    with reading(engine) as session:
        row = session.execute(query.where(*_seen(session, f))).first()
    return tuple(row) if row is not None else None


def fetch_page(
    engine: Engine,
    f: CaseFilter,
    sort: SortKey = SortKey.RECEIVED,
    descending: bool = True,
    after: Sequence[Any] | None = None,
    before: Sequence[Any] | None = None,
    offset: int | None = None,
    from_end: bool = False,
    limit: int = 100,
    today: date | None = None,
) -> list[CaseRow]:
    """One page in display order. Where it starts: `after` the key of a row (the next page),
    `before` a key (the previous page), at the end (`from_end`), or at `offset` (a jump)."""
    today = today or clock.today()
    dialect = engine.dialect.name
    columns = SORT_COLUMNS[sort]
    reverse = before is not None or from_end
    common = common_words(engine, f.search)
    query = _page_query(f, sort, descending != reverse, dialect, today, common)
    key = tuple_(*columns)
    if after is not None:
        query = query.where(key < tuple_(*after) if descending else key > tuple_(*after))
    if before is not None:
        query = query.where(key > tuple_(*before) if descending else key < tuple_(*before))
    if offset:
        query = query.offset(offset)
    query = query.limit(limit)
    with reading(engine) as session:
        rows = list(session.execute(query.where(*_seen(session, f))))
    if reverse:
        rows.reverse()
    width = len(columns)
    return [
        CaseRow(
            r.id,
            r.tracking_number,
            to_local(r.received_at),
            r.complainant_name,
            r.anonymous,
            r.summary,
            r.channel,
            r.unit or "",
            r.status,
            r.due_date,
            r.closed_at,
            sla_state(r.status, r.due_date, r.closed_at, today),
            tuple(r[len(r) - width + i] for i in range(width)),
        )  # fmt: skip
        for r in rows
    ]
