"""Reading pages of the case list by their number, in a worker thread: keyset from a
neighbouring page already read, from the end for the last page, or a jump through the sort
index; each row comes with the texts of its cells, so that painting only looks them up. No Qt
here: the case model hands this work to ui.tasks and shows what comes back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from pengaduan_desktop.core.list_cells import WINDOW_DATES, cells
from pengaduan_desktop.core.search_strategy import Strategy
from pengaduan_desktop.core.sla import Sla
from pengaduan_desktop.ui import language

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.caselist import CaseFilter, CaseRow, SortKey

Key = tuple[Any, ...]
Edges = dict[int, tuple[Key, Key]]  # page -> (sort key of its first row, of its last row)
NUMBER, RECEIVED, COMPLAINANT, SUMMARY, CHANNEL, UNIT, STATUS, DUE, SLA = range(9)  # columns
SLA_MARK = {Sla.OVERDUE: "⚠ ", Sla.DUE_SOON: "◷ ", Sla.ON_TIME: "● ",
            Sla.CLOSED_ON_TIME: "✔ ", Sla.CLOSED_LATE: "✖ ",
            Sla.REJECTED: "⊘ ", Sla.ON_HOLD: "‖ ", Sla.FORWARDED: "→ ",
            Sla.ARCHIVED: "▪ ", Sla.MERGED: "≡ "}  # fmt: skip


class Page(NamedTuple):
    rows: list[CaseRow]
    texts: list[tuple[str, ...]]  # each row's cells as shown, in column order


def row_texts(row: CaseRow, lang: str) -> tuple[str, ...]:
    """The row's cells as core.list_cells says them, in the window's language and date style,
    the SLA state with its mark (never by colour alone)."""
    texts = cells(row, lang, WINDOW_DATES)
    texts[SLA] = SLA_MARK[row.sla] + texts[SLA]
    return tuple(texts)


def page_of(rows: list[CaseRow]) -> Page:
    lang = language.current()
    return Page(rows, [row_texts(row, lang) for row in rows])


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: the filter, the sort, how many rows match (or an estimate, until
    they are counted), rows per page, and how a search is read (core.caselist.plan_list)."""

    engine: Engine
    filter: CaseFilter
    sort: SortKey
    descending: bool
    count: int
    size: int
    strategy: Strategy = Strategy.FEW
    seen: tuple[Any, ...] | None = None  # what the viewer may see (core.caselist.ListPlan)
    # The sort keys of rows ANCHOR_EVERY-1, 2*ANCHOR_EVERY-1, ... (core.caselist.anchor_keys),
    # read after a long list is shown: a jump walks from the one before it, not from the top.
    anchors: tuple[Key, ...] = ()


ANCHOR_EVERY = 16_384
ANCHORS_FROM = 200_000  # a shorter list's jump walks at most 100,000 index entries: fast enough


def anchored(q: ListQuery) -> bool:
    """Whether the list is worth anchoring: long, and with no search (a search's walk would
    probe every row it passes)."""
    from pengaduan_desktop.core.search import read_query

    return q.count >= ANCHORS_FROM and read_query(q.filter.search) is None


def read_anchors(q: ListQuery) -> tuple[Key, ...]:
    from pengaduan_desktop.core.caselist import anchor_keys

    return tuple(anchor_keys(q.engine, q.filter, q.sort, q.descending, ANCHOR_EVERY, q.seen))


def _key_before(q: ListQuery, row: int) -> Key | None:
    """The key of row `row` from the anchor at or before it, or None without anchors."""
    from pengaduan_desktop.core.caselist import key_at

    passed = min((row + 1) // ANCHOR_EVERY, len(q.anchors))  # anchors at or before the row
    if passed == 0:
        return None
    anchor = q.anchors[passed - 1]  # row passed * ANCHOR_EVERY - 1
    offset = row - passed * ANCHOR_EVERY
    if offset < 0:
        return anchor
    return key_at(q.engine, q.filter, q.sort, q.descending, offset, strategy=q.strategy,
                  seen=q.seen, after=anchor)  # fmt: skip


def read_page(q: ListQuery, page: int, edges: Edges) -> list[CaseRow]:
    from pengaduan_desktop.core.caselist import fetch_page, key_at

    first = page * q.size
    size = min(q.size, q.count - first)
    if size <= 0:
        return []
    args: dict[str, Any] = {"limit": q.size, "strategy": q.strategy, "seen": q.seen}
    from_end = q.count - first - size  # rows after this page
    if page - 1 in edges:  # scrolling down: keyset after the page above
        args["after"] = edges[page - 1][1]
    elif page + 1 in edges:  # scrolling up: keyset before the page below
        args["before"] = edges[page + 1][0]
    elif from_end == 0 and page > 0:  # the last page: read backwards from the end
        args.update(from_end=True, limit=size)
    elif page > 0 and (key := _key_before(q, first - 1)) is not None:  # a jump, anchored
        args["after"] = key
    elif page > 0:  # a jump: find the key just outside the page on the nearer side
        near_end = from_end < first
        key = key_at(q.engine, q.filter, q.sort, q.descending,
                     from_end - 1 if near_end else first - 1, from_end=near_end,
                     strategy=q.strategy, seen=q.seen)  # fmt: skip
        if near_end and key is None:  # only this page is left: it is the tail
            args.update(from_end=True, limit=size)
        elif near_end:
            args.update(before=key, limit=size)
        else:
            args["after"] = key
    return fetch_page(q.engine, q.filter, q.sort, q.descending, **args)


def read_pages(q: ListQuery, pages: list[int], edges: Edges) -> dict[int, Page]:
    """Each page in turn; a page read here is the neighbour of the next one."""
    edges = dict(edges)
    found: dict[int, Page] = {}
    for page in sorted(pages):
        rows = read_page(q, page, edges)
        found[page] = page_of(rows)
        if rows:
            edges[page] = (rows[0].key, rows[-1].key)
    return found


def reread(q: ListQuery, pages: list[int]) -> tuple[int, dict[int, Page]]:
    """After a change: the new count, and the pages in view read again from scratch (their
    neighbours' keys may be stale)."""
    from dataclasses import replace

    from pengaduan_desktop.core.caselist import count_cases

    count = count_cases(q.engine, q.filter)
    fresh = replace(q, count=count, seen=None, anchors=())  # a change came: looked up again
    return count, read_pages(fresh, [p for p in pages if p * q.size < count], {})
