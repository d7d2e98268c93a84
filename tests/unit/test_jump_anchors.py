"""A jump through a long list starts from the nearest anchor (core.caselist.anchor_keys,
ui.case_pages): the page it reads is the very page the walk from the top reads, for every
sort and direction, for a unit officer's narrower view, and before the anchors come."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from pengaduan_desktop.core.caselist import CaseFilter, SortKey, anchor_keys, fetch_page
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.ui import case_pages
from pengaduan_desktop.ui.case_pages import ListQuery, read_anchors, read_page

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
EVERY = 7  # anchors every 7 rows of 240: many, with rows between and after them
SORTS = [(SortKey.RECEIVED, True), (SortKey.NUMBER, False), (SortKey.STATUS, True),
         (SortKey.CHANNEL, False), (SortKey.COMPLAINANT, True)]  # fmt: skip


@pytest.fixture
def demo(engine: Engine) -> Engine:
    generate(engine, 240, seed=11, now=NOW)
    return engine


@pytest.mark.parametrize(("sort", "descending"), SORTS)
def test_anchors_are_every_nth_row_of_the_list(demo: Engine, sort: SortKey,
                                               descending: bool) -> None:  # fmt: skip
    f = CaseFilter()
    every_row = [r.key for r in fetch_page(demo, f, sort, descending, limit=1000)]
    anchors = anchor_keys(demo, f, sort, descending, EVERY)
    assert anchors == every_row[EVERY - 1 :: EVERY]
    assert len(anchors) == 240 // EVERY


@pytest.mark.parametrize(("sort", "descending"), SORTS)
def test_a_jump_from_an_anchor_reads_the_page_a_walk_reads(
    demo: Engine, sort: SortKey, descending: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(case_pages, "ANCHOR_EVERY", EVERY)
    bare = ListQuery(demo, CaseFilter(), sort, descending, 240, 10)
    anchored = replace(bare, anchors=read_anchors(bare))
    assert len(anchored.anchors) == 240 // EVERY
    every_row = [r.id for r in fetch_page(demo, CaseFilter(), sort, descending, limit=1000)]
    for page in range(1, 24):  # every page a jump reaches, none read beside it
        got = [r.id for r in read_page(anchored, page, {})]
        assert got == [r.id for r in read_page(bare, page, {})]
        assert got == every_row[page * 10 : page * 10 + 10]


def test_a_unit_officers_anchors_are_their_units_rows(
    demo: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select

    from pengaduan_desktop.core.db import reading
    from pengaduan_desktop.core.models import Complaint
    from tests.helpers import add_account

    with reading(demo) as session:
        unit = session.scalars(select(Complaint.unit_id).where(Complaint.unit_id.is_not(None))
                               .group_by(Complaint.unit_id)
                               .order_by(Complaint.unit_id)).first()  # fmt: skip
    officer = add_account(demo, "unit", unit_id=unit)
    monkeypatch.setattr(case_pages, "ANCHOR_EVERY", 3)
    mine = CaseFilter(viewer_id=officer)
    rows = [r.id for r in fetch_page(demo, mine, limit=1000)]
    assert 10 < len(rows) < 240
    bare = ListQuery(demo, mine, SortKey.RECEIVED, True, len(rows), 4)
    anchored = replace(bare, anchors=read_anchors(bare))
    for page in range(1, (len(rows) - 1) // 4):
        assert [r.id for r in read_page(anchored, page, {})] == rows[page * 4 : page * 4 + 4]


def test_only_long_unsearched_lists_are_anchored(demo: Engine) -> None:
    long = ListQuery(demo, CaseFilter(), SortKey.RECEIVED, True, case_pages.ANCHORS_FROM, 100)
    assert case_pages.anchored(long)
    assert not case_pages.anchored(replace(long, count=case_pages.ANCHORS_FROM - 1))
    assert not case_pages.anchored(replace(long, filter=CaseFilter(search="pelayanan")))
