"""A search is read the way its number of matches asks: few matches are fetched and sorted,
many are found by walking the sort order and probing each row. Either way the list shows the
same complaints in the same order as a plain sorted query, page after page, on both
databases; the count of many is an estimate until it is counted."""

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
    key_at,
    plan_list,
)
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.search import fts_match, search_condition
from pengaduan_desktop.core.search_strategy import Strategy
from pengaduan_desktop.core.word_match import fold, query_words, words_match
from tests.helpers import complaint

TODAY = date(2026, 11, 29)
NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
COUNT = 400


@pytest.fixture
def demo(engine: Engine) -> Engine:
    generate(engine, COUNT, seed=11, now=NOW)
    register(engine, complaint(name="Đặng Thị Ŝ", summary="Jembatan gantung roboh"))
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("ANALYZE complaint"))  # the planner's statistics, as in use
    return engine


def plain(engine: Engine, typed: str, sort: SortKey, descending: bool) -> list[int]:
    """The plain sorted query: every match, sorted by the database, no strategy."""
    columns = caselist.SORT_COLUMNS[sort]
    with reading(engine) as session:
        return list(session.scalars(
            select(Complaint.id).where(search_condition(typed, engine.dialect.name))
            .order_by(*[c.desc() if descending else c.asc() for c in columns])
        ))  # fmt: skip


def paged(engine: Engine, f: CaseFilter, sort: SortKey, descending: bool,
          strategy: Strategy, size: int = 7) -> list[int]:  # fmt: skip
    rows, after = [], None
    while True:
        page = fetch_page(engine, f, sort, descending, after=after, limit=size, today=TODAY,
                          strategy=strategy)  # fmt: skip
        rows += [r.id for r in page]
        if len(page) < size:
            return rows
        after = page[-1].key


@pytest.mark.parametrize("typed", ["pelayanan", "tidak ramah", "Pratama", "gantung", "Đặ", "thi"])
def test_both_strategies_list_what_a_plain_sorted_query_lists(demo: Engine, typed: str) -> None:
    f = CaseFilter(search=typed)
    for sort, descending in ((SortKey.RECEIVED, True), (SortKey.COMPLAINANT, False),
                             (SortKey.NUMBER, True), (SortKey.DUE, False)):  # fmt: skip
        expected = plain(demo, typed, sort, descending)
        assert expected or typed not in ("pelayanan", "gantung")
        for strategy in Strategy:
            assert paged(demo, f, sort, descending, strategy) == expected, (sort, strategy)
            tail = fetch_page(demo, f, sort, descending, from_end=True, limit=3, today=TODAY,
                              strategy=strategy)  # fmt: skip
            assert [r.id for r in tail] == expected[-3:], (sort, strategy)
            if len(expected) > 10:  # a jump into the middle lands on the same row
                key = key_at(demo, f, sort, descending, 9, today=TODAY, strategy=strategy)
                assert key is not None and key[-1] == expected[9], (sort, strategy)


def test_few_matches_are_fetched_and_counted_many_are_walked_and_estimated(
    demo: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(caselist, "FEW_LEAST", 0)
    monkeypatch.setattr(caselist, "FEW_WEIGHT", 1.0)  # limit sqrt(10 * 401): 63 matches
    for typed in ("gantung", "Pratama", "pelayanan", "tidak"):
        f = CaseFilter(search=typed)
        exact = count_cases(demo, f, TODAY)
        plan = plan_list(demo, f, page=10, today=TODAY)
        assert (plan.strategy is Strategy.MANY) == (exact >= 63), (typed, plan, exact)
        if plan.strategy is Strategy.FEW:
            assert plan.exact and plan.count == exact
        else:
            assert not plan.exact and plan.count >= 63, plan  # "≈": an estimate, at least many
        rows = fetch_page(demo, f, limit=10, today=TODAY, strategy=plan.strategy)
        assert [r.id for r in rows] == plain(demo, typed, SortKey.RECEIVED, True)[:10]


def test_a_filtered_search_of_many_is_estimated_then_counted(
    demo: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(caselist, "FEW_LEAST", 0)
    f = CaseFilter(search="tidak", statuses=("selesai", "diterima"))
    plan = plan_list(demo, f, page=10, today=TODAY)
    assert plan.strategy is Strategy.MANY and not plan.exact and plan.count > 0
    expected = [r.id for r in fetch_page(demo, f, limit=1000, today=TODAY,
                                         strategy=Strategy.FEW)]  # fmt: skip
    assert paged(demo, f, SortKey.RECEIVED, True, Strategy.MANY) == expected
    assert count_cases(demo, f, TODAY) == len(expected)


def test_people_are_always_few(demo: Engine) -> None:
    saved = register(demo, complaint(name="Yohanes Ding", phone="+6281256789012",
                                     id_number="6104021505850002"))  # fmt: skip
    for typed in ("0812-5678-9012", "6104 0215 0585 0002", saved.tracking_number):
        plan = plan_list(demo, CaseFilter(search=typed), today=TODAY)
        assert plan.strategy is Strategy.FEW and plan.exact and plan.count == 1, typed


@pytest.mark.parametrize(
    "name",
    ["Đặng Thị Ŝ", "Święty Łukasz", "Øystein Ħamid", "José Müller", "AÇAÍ_bowl",
     "SP2D-2026/07 terlambat", "naïve café", "İstanbul", "Straße Æsir"],
)  # fmt: skip
def test_a_row_is_probed_as_the_full_text_index_matches_it(sqlite_engine: Engine,
                                                           name: str) -> None:  # fmt: skip
    """The SQLite walk tests each row on its own text: it agrees with FTS5 on every prefix
    of every word of the name."""
    saved = register(sqlite_engine, complaint(name=name, summary=f"Perihal {name}"))
    with reading(sqlite_engine) as session:
        stored = session.get(Complaint, saved.id)
        assert stored is not None
        texts = (stored.tracking_number, stored.complainant_name, stored.summary,
                 stored.description)  # fmt: skip
    import re

    typed_words = re.findall(r"\w+", name) + ["Perih", "zzz", "ghantung"]
    for word in typed_words:
        for typed in {word, word[:3], word.lower()}:
            probe = query_words(re.findall(r"\w+", typed))
            if probe is None or fts_match(typed) is None:
                continue  # a phrase (left to the index itself), or a number: not words
            fts = {r.id for r in fetch_page(sqlite_engine, CaseFilter(search=typed),
                                            limit=50, strategy=Strategy.FEW)}  # fmt: skip
            assert words_match(probe, *texts) == (saved.id in fts), (typed, fold(typed))
