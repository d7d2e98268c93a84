"""The case list: filters, sorting, keyset pages, counts and full-text search, never loading
more than a page. The SLA filters are the SQL twins of core.sla.sla_state."""

from __future__ import annotations

import math
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
    text,
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
    FTS_WINDOW,
    QueryKind,
    fts_count,
    fts_match,
    fts_window,
    planned_rows,
    read_query,
    search_condition,
    steer,
)
from pengaduan_desktop.core.search_strategy import Strategy
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
    f: CaseFilter, dialect: str, today: date, strategy: Strategy = Strategy.FEW
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
    search = search_condition(f.search, dialect, strategy)
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
    """How many complaints the list shows, exactly (see plan_list for a first answer)."""
    with reading(engine) as session:
        seen = _seen(session, f)
        match = fts_match(f.search) if engine.dialect.name == "sqlite" else None
        if match is not None and _search_alone(f, seen):
            return fts_count(session, match)  # words alone: the full-text index counts them
        where = conditions(f, engine.dialect.name, today or clock.today()) + seen
        return int(session.scalar(select(func.count()).select_from(Complaint).where(*where)) or 0)


def _search_alone(f: CaseFilter, seen: list[ColumnElement[bool]]) -> bool:
    """Nothing but the search box narrows the list (no filter, the whole office's view)."""
    return not seen and replace(f, search="", viewer_id=None) == CaseFilter()


@dataclass(frozen=True)
class ListPlan:
    """How the list's pages are read, and how many rows it shows: exactly, or (not `exact`)
    an estimate that the window shows with "≈" until count_cases has counted them."""

    strategy: Strategy
    count: int
    exact: bool = True


# Fetching and sorting M matches costs about M row reads; walking the sort order to fill a
# page of P costs about P * N / M probes of the N rows. They cost the same near
# M = sqrt(P * N), weighed by what a row read costs against a probe (measured at 1,000,000
# complaints: tests/bench, people_search).
FEW_WEIGHT = 1.0
FEW_LEAST = 500  # on a small table every search is few
PLANNER_SURE = 2  # PostgreSQL: a planner's guess this many times the limit is trusted as many
SLICE = 100  # SQLite: many matches are counted in one hundredth of the complaints


def few_limit(total: int, page: int) -> int:
    """The most matches worth fetching and sorting for a page of `page` rows out of `total`."""
    return max(FEW_LEAST, round(FEW_WEIGHT * math.isqrt(page * total)))


def plan_list(engine: Engine, f: CaseFilter, page: int = 100,
              today: date | None = None) -> ListPlan:  # fmt: skip
    """Choose how to read a search from its number of matches, counting them only as far as
    the choice needs: few are counted exactly; many are estimated (from a slice of the
    full-text index on SQLite, from the planner's statistics on PostgreSQL)."""
    today = today or clock.today()
    typed = read_query(f.search)
    if typed is None:
        return ListPlan(Strategy.FEW, count_cases(engine, f, today))
    dialect = engine.dialect.name
    with reading(engine) as session:
        seen = _seen(session, f)
        total = session.scalar(select(func.max(Complaint.id))) or 0
        limit = few_limit(total, page)
        where = conditions(f, dialect, today) + seen
        counted = select(func.count()).select_from(Complaint).where(*where)
        if dialect == "sqlite" and (match := fts_match(f.search)) is not None:
            return _plan_words(session, f, seen, match, total, limit, counted, today)
        guess = 0
        if dialect == "postgresql" and typed.kind is QueryKind.WORDS:
            guess = planned_rows(session, counted.with_only_columns(Complaint.id))
        if guess >= PLANNER_SURE * limit:
            return ListPlan(Strategy.MANY, guess, exact=False)
        steer(session, Strategy.FEW)
        found = int(session.scalar(select(func.count()).select_from(
            select(Complaint.id).where(*where).limit(limit).subquery())) or 0)  # fmt: skip
    if found < limit:
        return ListPlan(Strategy.FEW, found)
    return ListPlan(Strategy.MANY, max(guess, found), exact=False)


def _plan_words(session: Session, f: CaseFilter, seen: list[ColumnElement[bool]], match: str,
                total: int, limit: int, counted: Any, today: date) -> ListPlan:  # fmt: skip
    """SQLite, words: the whole words first (FTS5 reads them lazily), then the prefixes."""
    whole = fts_match(f.search, prefix=False) or match
    if fts_count(session, whole, limit) < limit:
        found = fts_count(session, match, limit)
        if found < limit:
            alone = _search_alone(f, seen)
            return ListPlan(Strategy.FEW, found if alone else int(session.scalar(counted) or 0))
        whole = match
    # Many: counted in a slice of the complaints, in the middle of their numbers.
    low = max(1, total // 2 - total // (2 * SLICE))
    high = low + max(1, total // SLICE) - 1
    if _search_alone(f, seen):
        hits = session.scalar(text(f"SELECT count(*) FROM ({FTS_WINDOW})"),
                              {"m": whole, "low": low, "high": high})  # fmt: skip
    else:
        others = conditions(replace(f, search=""), "sqlite", today) + seen
        hits = session.scalar(select(func.count()).select_from(Complaint)
                              .where(*others, fts_window(whole, low, high)))  # fmt: skip
    return ListPlan(Strategy.MANY, max(limit, round((hits or 0) * total / (high - low + 1))),
                    exact=False)  # fmt: skip


def _page_query(f: CaseFilter, sort: SortKey, descending: bool, dialect: str,
                today: date, strategy: Strategy) -> Any:  # fmt: skip
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
        .where(*conditions(f, dialect, today, strategy))
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
    strategy: Strategy | None = None,
) -> tuple[Any, ...] | None:
    """The sort key of the row at `offset` (counted from the end with `from_end`), read from
    the sort index alone, so that a jump costs an index walk and not a table walk."""
    columns = SORT_COLUMNS[sort]
    backwards = descending != from_end
    today = today or clock.today()
    strategy = strategy or plan_list(engine, f, today=today).strategy
    query = (
        select(*columns)
        .where(*conditions(f, engine.dialect.name, today, strategy))
        .order_by(*[c.desc() if backwards else c.asc() for c in columns])
        .offset(offset)
        .limit(1)
    )
    with reading(engine) as session:
        query = query.where(*_seen(session, f))
        steer(session, strategy)
        row = session.execute(query).first()
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
    strategy: Strategy | None = None,
) -> list[CaseRow]:
    """One page in display order. Where it starts: `after` the key of a row (the next page),
    `before` a key (the previous page), at the end (`from_end`), or at `offset` (a jump).
    `strategy`: how a search is read (plan_list chooses when it is not given)."""
    today = today or clock.today()
    dialect = engine.dialect.name
    columns = SORT_COLUMNS[sort]
    reverse = before is not None or from_end
    strategy = strategy or plan_list(engine, f, limit, today).strategy
    query = _page_query(f, sort, descending != reverse, dialect, today, strategy)
    key = tuple_(*columns)
    if after is not None:
        query = query.where(key < tuple_(*after) if descending else key > tuple_(*after))
    if before is not None:
        query = query.where(key > tuple_(*before) if descending else key < tuple_(*before))
    if offset:
        query = query.offset(offset)
    query = query.limit(limit)
    with reading(engine) as session:
        query = query.where(*_seen(session, f))
        steer(session, strategy)
        rows = list(session.execute(query))
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
