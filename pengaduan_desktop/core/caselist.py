"""The case list: filters, sorting, keyset pages, counts and full-text search, never loading
more than a page. The SLA filters are the SQL twins of core.sla.sla_state."""

from __future__ import annotations

import math
import operator
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Integer,
    and_,
    bindparam,
    func,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import acting_officer, scope
from pengaduan_desktop.core.lifecycle import CLOCK_STOPPED, OPEN_STATUSES, closed_on_time_sql
from pengaduan_desktop.core.models import Complaint, Unit
from pengaduan_desktop.core.privacy import identity_search_scope
from pengaduan_desktop.core.search import (
    FTS_WINDOW,
    QueryKind,
    fts_count,
    fts_match,
    fts_window,
    plan_sql,
    planned_rows,
    read_query,
    search_condition,
    steer,
)
from pengaduan_desktop.core.search_strategy import Strategy
from pengaduan_desktop.core.sla import BY_STATUS, Sla, sla_state
from pengaduan_desktop.core.timeutil import start_of_local_day, to_local
from pengaduan_desktop.core.vocabulary import Status

OPEN = tuple(s.value for s in OPEN_STATUSES)
RUNNING = tuple(s for s in OPEN if s not in CLOCK_STOPPED)
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
    # The working views (core.saved_views): open complaints only, a due-date window, "mine"
    # (responsible, or disposed to the officer's unit), and a chosen set of complaints.
    open_only: bool = False
    due_from: date | None = None
    due_to: date | None = None
    mine_officer_id: int | None = None
    mine_unit_id: int | None = None
    ids: tuple[int, ...] = ()


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
    open_ = Complaint.status.in_(RUNNING)  # on hold: neither on time nor late
    closed = Complaint.status == Status.SELESAI.value  # a rejection is neither on time nor late
    by_status = {sla: Complaint.status == status.value for status, sla in BY_STATUS.items()}
    return {
        **by_status,
        Sla.OVERDUE: and_(open_, Complaint.due_date < today),
        Sla.DUE_SOON: and_(open_, Complaint.due_date >= today, Complaint.due_date <= tomorrow),
        Sla.ON_TIME: and_(open_, Complaint.due_date > tomorrow),
        Sla.CLOSED_ON_TIME: and_(closed, _closed_by_due(dialect)),
        Sla.CLOSED_LATE: and_(closed, ~_closed_by_due(dialect)),
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
    found += view_conditions(f)
    search = search_condition(f.search, dialect, strategy)
    if search is not None:
        found.append(search)
    return found


def view_conditions(f: CaseFilter) -> list[ColumnElement[bool]]:
    """The working views' part of the filter (core.saved_views)."""
    found: list[ColumnElement[bool]] = []
    if f.open_only:
        found.append(Complaint.status.in_(OPEN))
    if f.due_from:
        found.append(Complaint.due_date >= f.due_from)
    if f.due_to:
        found.append(Complaint.due_date <= f.due_to)
    if f.mine_officer_id is not None:
        mine = Complaint.responsible_officer_id == f.mine_officer_id
        if f.mine_unit_id is not None:
            mine = or_(mine, Complaint.unit_id == f.mine_unit_id)
        found.append(mine)
    if f.ids:
        found.append(Complaint.id.in_(f.ids))
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
        return _count(session, f, _seen(session, f), today or clock.today())


def _count(session: Session, f: CaseFilter, seen: list[ColumnElement[bool]], today: date) -> int:
    dialect = _dialect(session)
    match = fts_match(f.search) if dialect == "sqlite" else None
    if match is not None and _search_alone(f, seen):
        return fts_count(session, match)  # words alone: the full-text index counts them
    where = conditions(f, dialect, today) + seen
    return int(session.scalar(select(func.count()).select_from(Complaint).where(*where)) or 0)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


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
    # What the viewer may see (_seen), found while planning: the pages read after it reuse
    # it rather than look the viewer up again for each page. None: not known.
    seen: tuple[ColumnElement[bool], ...] | None = field(default=None, compare=False)


# Fetching and sorting M matches costs about M row reads; walking the sort order to fill a
# page of P costs about P * N / M probes of the N rows. They cost the same near
# M = sqrt(P * N), weighed by what a row read costs against a probe (measured at 1,000,000
# complaints: tests/bench, people_search).
FEW_WEIGHT = 1.0
FEW_LEAST = 500  # on a small table every search is few
PLANNER_SURE = 2  # PostgreSQL: a planner's guess this many times the limit is trusted as many
SLICE = 100  # SQLite: many matches are counted in one hundredth of the complaints
# No search: a list expected to hold this many rows or more is shown with its estimate first
# (PostgreSQL: the planner's; SQLite, every complaint: the highest number); counting a million
# rows exactly takes longer than the page.
ESTIMATED_FROM = 20_000


def few_limit(total: int, page: int) -> int:
    """The most matches worth fetching and sorting for a page of `page` rows out of `total`."""
    return max(FEW_LEAST, round(FEW_WEIGHT * math.isqrt(page * total)))


def plan_list(engine: Engine, f: CaseFilter, page: int = 100,
              today: date | None = None) -> ListPlan:  # fmt: skip
    """Choose how to read a search from its number of matches, counting them only as far as
    the choice needs: few are counted exactly; many are estimated (from a slice of the
    full-text index on SQLite, from the planner's statistics on PostgreSQL)."""
    with reading(engine) as session:
        return _plan(session, f, _seen(session, f), page, today or clock.today())


def first_page(engine: Engine, f: CaseFilter, sort: SortKey = SortKey.RECEIVED,
               descending: bool = True, limit: int = 100,
               today: date | None = None) -> tuple[ListPlan, list[CaseRow]]:  # fmt: skip
    """What the list shows first after a keystroke: the plan (plan_list) and the first page
    in its order (fetch_page), read in one session, with the viewer looked up once."""
    today = today or clock.today()
    with reading(engine) as session:
        seen = _seen(session, f)
        plan = _plan(session, f, seen, limit, today)
        rows = _fetch(session, f, seen, sort, descending, None, None, None, False, limit, today,
                      plan.strategy)  # fmt: skip
    return plan, rows


def _plan(session: Session, f: CaseFilter, seen: list[ColumnElement[bool]], page: int,
          today: date) -> ListPlan:  # fmt: skip
    dialect = _dialect(session)
    typed = read_query(f.search)
    where = conditions(f, dialect, today) + seen
    counted = select(func.count()).select_from(Complaint).where(*where)
    if typed is None:
        if dialect == "postgresql":
            guess = planned_rows(session, _BUILT.get(  # compiled once: a list's first read
                ("planned", _shape(f), today), seen,
                lambda: plan_sql(session, counted.with_only_columns(Complaint.id))))  # fmt: skip
        elif _search_alone(f, seen):  # SQLite, every complaint: numbered without gaps, nearly
            guess = int(session.scalar(select(func.max(Complaint.id))) or 0)
        else:
            guess = 0
        if guess >= ESTIMATED_FROM:
            return ListPlan(Strategy.FEW, guess, exact=False, seen=tuple(seen))
        return ListPlan(Strategy.FEW, _count(session, f, seen, today), seen=tuple(seen))
    total = session.scalar(select(func.max(Complaint.id))) or 0
    limit = few_limit(total, page)
    if dialect == "sqlite" and (match := fts_match(f.search)) is not None:
        plan = _plan_words(session, f, seen, match, total, limit, counted, today)
        return replace(plan, seen=tuple(seen))
    guess = 0
    if dialect == "postgresql" and typed.kind is QueryKind.WORDS:
        guess = planned_rows(session, counted.with_only_columns(Complaint.id))
    if guess >= PLANNER_SURE * limit:
        return ListPlan(Strategy.MANY, guess, exact=False, seen=tuple(seen))
    steer(session, Strategy.FEW)
    found = int(session.scalar(select(func.count()).select_from(
        select(Complaint.id).where(*where).limit(limit).subquery())) or 0)  # fmt: skip
    if found < limit:
        return ListPlan(Strategy.FEW, found, seen=tuple(seen))
    return ListPlan(Strategy.MANY, max(guess, found), exact=False, seen=tuple(seen))


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


def _steer(session: Session, f: CaseFilter, strategy: Strategy) -> None:
    """A search's strategy held for the page's read; a list with no search is read along its
    sort index as the planner chooses (steering it away from that index would sort every
    complaint for one page)."""
    if read_query(f.search) is not None:
        steer(session, strategy)


class _Built:
    """Statements built once and run again: building a page's SELECT, and SQLAlchemy's key
    for its compiled form, cost more processor time than SQLite takes to read the page (issue
    11). Keyed by what shapes the SQL; what the viewer may see (`seen`, expressions made per
    viewer) by identity, and checked to be the very same expressions, so that one viewer's
    statement never serves another. Shared by the worker threads."""

    SIZE = 64

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = OrderedDict()

    def get(self, key: tuple[Any, ...], seen: Sequence[Any], build: Callable[[], Any]) -> Any:
        seen = tuple(seen)
        key = (*key, tuple(id(c) for c in seen))
        with self._lock:
            found = self._items.get(key)
            if found is not None and all(a is b for a, b in zip(found[0], seen, strict=True)):
                self._items.move_to_end(key)
                return found[1]
        built = build()
        with self._lock:
            self._items[key] = (seen, built)
            while len(self._items) > self.SIZE:
                self._items.popitem(last=False)
        return built


_BUILT = _Built()


def _shape(f: CaseFilter) -> CaseFilter:
    """The filter as far as it shapes the SQL: who reads it counts through `seen`."""
    return replace(f, viewer_id=None) if f.viewer_id is not None else f


# Where each sort's key columns stand in a page's row (_page_query selects every one of them).
PAGE_COLUMNS = ("id", "tracking_number", "received_at", "complainant_name", "anonymous",
                "summary", "channel", "unit", "status", "due_date", "closed_at")  # fmt: skip
KEY_AT = {sort: operator.itemgetter(*(PAGE_COLUMNS.index(c.key) for c in columns))
          for sort, columns in SORT_COLUMNS.items()}  # fmt: skip


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
        )  # fmt: skip
        .outerjoin(Unit, Unit.id == Complaint.unit_id)
        .where(*conditions(f, dialect, today, strategy))
        .order_by(*order)
    )


def _page_statement(f: CaseFilter, seen: Sequence[ColumnElement[bool]], sort: SortKey,
                    descending: bool, dialect: str, today: date, strategy: Strategy,
                    reverse: bool, after: bool, before: bool, offset: bool) -> Any:  # fmt: skip
    """A page's SELECT, built once per shape (_Built): where it starts (`after`, `before` a
    key, `offset`) and how many rows it reads are bound when it is run (:a0.., :b0.., :o, :n)."""

    def build() -> Any:
        columns = SORT_COLUMNS[sort]
        query = _page_query(f, sort, descending != reverse, dialect, today, strategy)
        key = tuple_(*columns)
        if after:
            bound = tuple_(*[bindparam(f"a{i}", type_=c.type) for i, c in enumerate(columns)])
            query = query.where(key < bound if descending else key > bound)
        if before:
            bound = tuple_(*[bindparam(f"b{i}", type_=c.type) for i, c in enumerate(columns)])
            query = query.where(key > bound if descending else key < bound)
        if offset:
            query = query.offset(bindparam("o", type_=Integer))
        return query.limit(bindparam("n", type_=Integer)).where(*seen)

    shape = (_shape(f), sort, descending, dialect, today, strategy, reverse, after, before,
             offset)  # fmt: skip
    return _BUILT.get(("page", *shape), seen, build)


def key_at(
    engine: Engine,
    f: CaseFilter,
    sort: SortKey,
    descending: bool,
    offset: int,
    from_end: bool = False,
    today: date | None = None,
    strategy: Strategy | None = None,
    seen: Sequence[ColumnElement[bool]] | None = None,
    after: Sequence[Any] | None = None,
) -> tuple[Any, ...] | None:
    """The sort key of the row at `offset` (counted from the end with `from_end`; counted
    from just `after` a key, forwards, when given), read from the sort index alone, so that a
    jump costs an index walk and not a table walk."""
    today = today or clock.today()
    with reading(engine) as session:
        seen = _seen(session, f) if seen is None else list(seen)
        strategy = strategy or _plan(session, f, seen, 100, today).strategy
        return _key_at(session, f, sort, descending, offset, from_end, today, strategy, seen,
                       after)  # fmt: skip


def _key_at(session: Session, f: CaseFilter, sort: SortKey, descending: bool, offset: int,
            from_end: bool, today: date, strategy: Strategy,
            seen: Sequence[ColumnElement[bool]],
            after: Sequence[Any] | None) -> tuple[Any, ...] | None:  # fmt: skip
    backwards = descending != from_end

    def build() -> Any:
        columns = SORT_COLUMNS[sort]
        query = (
            select(*columns)
            .where(*conditions(f, _dialect(session), today, strategy), *seen)
            .order_by(*[c.desc() if backwards else c.asc() for c in columns])
            .offset(bindparam("o", type_=Integer))
            .limit(1)
        )
        if after is not None:
            key = tuple_(*columns)
            bound = tuple_(*[bindparam(f"a{i}", type_=c.type) for i, c in enumerate(columns)])
            query = query.where(key < bound if backwards else key > bound)
        return query

    shape = (_shape(f), sort, backwards, _dialect(session), today, strategy, after is not None)
    query = _BUILT.get(("key", *shape), seen, build)
    bound: dict[str, Any] = {"o": offset}
    if after is not None:
        bound.update({f"a{i}": v for i, v in enumerate(after)})
    _steer(session, f, strategy)
    row = session.connection().execute(query, bound).first()
    return tuple(row) if row is not None else None


def anchor_keys(engine: Engine, f: CaseFilter, sort: SortKey, descending: bool, every: int,
                seen: Sequence[ColumnElement[bool]] | None = None,
                today: date | None = None) -> list[tuple[Any, ...]]:  # fmt: skip
    """The sort keys of the rows numbered every-1, 2*every-1, ... in the list's order, in
    one walk of the sort index (each step starts after the last key found): a jump to row
    N then walks at most `every` entries from the anchor before it (key_at's `after`), not N.
    For a list with no search (a search's walk would probe every row)."""
    today = today or clock.today()
    columns = SORT_COLUMNS[sort]
    found: list[tuple[Any, ...]] = []
    with reading(engine) as session:
        seen = _seen(session, f) if seen is None else list(seen)
        where = [*conditions(f, _dialect(session), today), *seen]
        order = [c.desc() if descending else c.asc() for c in columns]
        first = select(*columns).where(*where).order_by(*order).offset(every - 1).limit(1)
        last = tuple_(*[bindparam(f"k{i}", type_=c.type) for i, c in enumerate(columns)])
        key = tuple_(*columns)
        then = first.where(key < last if descending else key > last)  # built once, run often
        row = session.execute(first).first()
        while row is not None:
            found.append(tuple(row))
            row = session.execute(then, {f"k{i}": v for i, v in enumerate(row)}).first()
    return found


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
    seen: Sequence[ColumnElement[bool]] | None = None,
) -> list[CaseRow]:
    """One page in display order. Where it starts: `after` the key of a row (the next page),
    `before` a key (the previous page), at the end (`from_end`), or at `offset` (a jump).
    `strategy`: how a search is read (plan_list chooses when it is not given); `seen`: what
    the viewer may see, when the plan has found it (ListPlan.seen)."""
    today = today or clock.today()
    with reading(engine) as session:
        seen = _seen(session, f) if seen is None else list(seen)
        strategy = strategy or _plan(session, f, seen, limit, today).strategy
        return _fetch(session, f, seen, sort, descending, after, before, offset, from_end,
                      limit, today, strategy)  # fmt: skip


def _fetch(session: Session, f: CaseFilter, seen: Sequence[ColumnElement[bool]], sort: SortKey,
           descending: bool, after: Sequence[Any] | None, before: Sequence[Any] | None,
           offset: int | None, from_end: bool, limit: int, today: date,
           strategy: Strategy) -> list[CaseRow]:  # fmt: skip
    reverse = before is not None or from_end
    query = _page_statement(f, seen, sort, descending, _dialect(session), today, strategy, reverse,
                            after is not None, before is not None, bool(offset))  # fmt: skip
    bound: dict[str, Any] = {"n": limit}
    if after is not None:
        bound.update({f"a{i}": v for i, v in enumerate(after)})
    if before is not None:
        bound.update({f"b{i}": v for i, v in enumerate(before)})
    if offset:
        bound["o"] = offset
    _steer(session, f, strategy)
    # Core, not the ORM: the rows are plain tuples, and the ORM's loading costs more per row.
    rows = list(session.connection().execute(query, bound).all())  # fetchall, one call
    if reverse:
        rows.reverse()
    key_of = KEY_AT[sort]
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
            key_of(r),
        )  # fmt: skip
        for r in rows
    ]
