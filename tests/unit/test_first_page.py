"""The first rows after a keystroke come from one session (core.caselist.first_page): the same
plan and the same rows as plan_list and fetch_page apart, for every kind of search and for a
unit officer's narrower view; the viewer's scope found by the plan serves the pages read
after it; PostgreSQL is steered in one statement that undoes an earlier steer, and an
unsearched list it expects to be long is shown with its estimate first."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, select, text

from pengaduan_desktop.core import caselist
from pengaduan_desktop.core.caselist import (
    CaseFilter,
    SortKey,
    count_cases,
    fetch_page,
    first_page,
    key_at,
    plan_list,
)
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Unit
from pengaduan_desktop.core.search import steer
from pengaduan_desktop.core.search_strategy import Strategy
from tests.helpers import add_account, complaint

TODAY = date(2026, 11, 29)
NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)


@pytest.fixture
def demo(engine: Engine) -> Engine:
    generate(engine, 300, seed=5, now=NOW)
    register(engine, complaint(name="Yohanes Ding", phone="+6281256789012",
                               id_number="6104021505850002"))  # fmt: skip
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("ANALYZE complaint"))
    return engine


SEARCHES = ("", "pelayanan", "Pratama", "tidak", "0812-5678-9012", "6104 0215 0585 0002", "2026-5")


@pytest.mark.parametrize("typed", SEARCHES)
def test_first_page_is_the_plan_and_the_page_read_apart(
    demo: Engine, typed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(caselist, "FEW_LEAST", 0)  # both strategies at this size
    for sort, descending in ((SortKey.RECEIVED, True), (SortKey.COMPLAINANT, False)):
        f = CaseFilter(search=typed)
        plan, rows = first_page(demo, f, sort, descending, 10, TODAY)
        apart = plan_list(demo, f, 10, TODAY)
        assert (plan.strategy, plan.count, plan.exact) == (apart.strategy, apart.count,
                                                           apart.exact)  # fmt: skip
        expected = fetch_page(demo, f, sort, descending, limit=10, today=TODAY,
                              strategy=Strategy.FEW)  # fmt: skip
        assert [r.id for r in rows] == [r.id for r in expected], (typed, sort)
        assert rows or count_cases(demo, f, TODAY) == 0


def test_a_unit_officer_sees_the_same_through_the_carried_scope(demo: Engine) -> None:
    with reading(demo) as session:
        unit = session.scalars(select(Unit.id).order_by(Unit.id)).first()
    officer = add_account(demo, "unit", "unitlist", unit_id=unit)
    f = CaseFilter(search="", viewer_id=officer)
    plan, rows = first_page(demo, f, limit=10, today=TODAY)
    assert plan.seen is not None and len(plan.seen) == 1  # the unit's complaints only
    assert plan.count == count_cases(demo, f, TODAY) < count_cases(demo, CaseFilter(), TODAY)
    assert [r.id for r in rows] == [r.id for r in fetch_page(demo, f, limit=10, today=TODAY)]
    # The next page and a jump, with the scope the plan found and without it, are the same.
    after = rows[-1].key
    carried = fetch_page(demo, f, after=after, limit=10, today=TODAY, seen=plan.seen)
    looked_up = fetch_page(demo, f, after=after, limit=10, today=TODAY)
    assert [r.id for r in carried] == [r.id for r in looked_up] != []
    jump = key_at(demo, f, SortKey.RECEIVED, True, 5, today=TODAY, seen=plan.seen)
    assert jump == key_at(demo, f, SortKey.RECEIVED, True, 5, today=TODAY) == rows[5].key


def postgresql(engine: Engine) -> Engine:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite is steered by the condition itself")
    return engine


def test_a_second_steer_undoes_the_first(engine: Engine) -> None:
    pg_engine = postgresql(engine)
    settings = ("enable_bitmapscan", "enable_indexscan", "enable_indexonlyscan")
    with reading(pg_engine) as session:
        shown = lambda: [session.scalar(text(f"SHOW {s}")) for s in settings]  # noqa: E731
        steer(session, Strategy.FEW)
        assert shown() == ["on", "off", "off"]
        steer(session, Strategy.MANY)
        assert shown() == ["off", "on", "on"]
    with reading(pg_engine) as session:  # SET LOCAL: the next read starts as configured
        assert [session.scalar(text(f"SHOW {s}")) for s in settings] == ["on", "on", "on"]


def test_a_long_unsearched_list_on_postgresql_is_estimated_first(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    pg_engine = postgresql(engine)
    generate(pg_engine, 200, seed=3, now=NOW)
    with pg_engine.begin() as conn:
        conn.execute(text("ANALYZE complaint"))
    exact = count_cases(pg_engine, CaseFilter(), TODAY)
    assert plan_list(pg_engine, CaseFilter(), today=TODAY).exact  # short: counted at once
    monkeypatch.setattr(caselist, "ESTIMATED_FROM", 50)
    plan, rows = first_page(pg_engine, CaseFilter(), limit=10, today=TODAY)
    assert not plan.exact and plan.strategy is Strategy.FEW
    assert abs(plan.count - exact) <= exact // 10  # the planner's statistics, fresh
    assert [r.id for r in rows] == [r.id for r in fetch_page(pg_engine, CaseFilter(), limit=10,
                                                             today=TODAY)]  # fmt: skip


def test_a_list_with_no_search_is_read_along_its_sort_index(engine: Engine) -> None:
    """No search, no steering: the page is read along the sort index, not sorted whole."""
    pg_engine = postgresql(engine)
    generate(pg_engine, 50, seed=3, now=NOW)
    statements: list[str] = []

    from sqlalchemy import event

    def catch(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement)

    event.listen(pg_engine, "before_cursor_execute", catch)
    try:
        first_page(pg_engine, CaseFilter(), limit=10, today=TODAY)
        fetch_page(pg_engine, CaseFilter(), from_end=True, limit=10, today=TODAY)
        key_at(pg_engine, CaseFilter(), SortKey.RECEIVED, True, 20, today=TODAY)
        assert not [s for s in statements if "set_config" in s]
        first_page(pg_engine, CaseFilter(search="pelayanan"), limit=10, today=TODAY)
        assert [s for s in statements if "set_config" in s]  # a search is steered
    finally:
        event.remove(pg_engine, "before_cursor_execute", catch)
