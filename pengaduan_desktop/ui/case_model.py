"""The case list's table model: it holds the count and a few pages. A row whose page has not
arrived shows a grey placeholder and asks for its page; a worker reads it (ui.case_pages) and
the row fills in. The GUI thread never runs SQL here, and never loads every row or every id."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from pengaduan_desktop.core.sla import Sla
from pengaduan_desktop.ui.case_pages import (
    CHANNEL,
    COMPLAINANT,
    DUE,
    NUMBER,
    RECEIVED,
    SLA,
    SLA_MARK,
    STATUS,
    SUMMARY,
    UNIT,
    Edges,
    ListQuery,
    Page,
    anchored,
    page_of,
    read_anchors,
    read_pages,
    reread,
)
from pengaduan_desktop.ui.table_model import HeaderedTableModel
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.caselist import CaseFilter, CaseRow, ListPlan, SortKey

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SLA_ROLE = Qt.ItemDataRole.UserRole + 2
__all__ = ["NUMBER", "RECEIVED", "COMPLAINANT", "SUMMARY", "CHANNEL", "UNIT", "STATUS", "DUE",
           "SLA", "SLA_MARK", "CaseListModel"]  # fmt: skip
# Columns a click on the header sorts by, and the sort they ask for (core.caselist.SortKey).
SORTABLE = {NUMBER: "number", RECEIVED: "received", COMPLAINANT: "complainant",
            CHANNEL: "channel", STATUS: "status", DUE: "due", SLA: "due"}  # fmt: skip
SLA_BACKGROUND = {
    Sla.OVERDUE: QColor("#f9d6d5"),
    Sla.DUE_SOON: QColor("#fff0c2"),
}
SLA_FOREGROUND = {
    Sla.OVERDUE: QColor("#8a1010"),
    Sla.DUE_SOON: QColor("#7a5a00"),
    Sla.ON_TIME: QColor("#1b5e20"),
    Sla.CLOSED_ON_TIME: QColor("#1b5e20"),
    Sla.CLOSED_LATE: QColor("#8a1010"),
    Sla.REJECTED: QColor("#555555"),
    Sla.ON_HOLD: QColor("#4a3f8a"),
    Sla.FORWARDED: QColor("#555555"),
    Sla.ARCHIVED: QColor("#555555"),
    Sla.MERGED: QColor("#555555"),
}
PLACEHOLDER = QColor("#8a8a8a")
BACKGROUND = {sla: QBrush(colour) for sla, colour in SLA_BACKGROUND.items()}
FOREGROUND = {sla: QBrush(colour) for sla, colour in SLA_FOREGROUND.items()}
GREY = QBrush(PLACEHOLDER)
# Painting asks for seven roles of every cell in view, each a call from Qt into Python: the
# answers are plain ints compared first, and made once per page (case_pages.Page), so that a
# paint only looks them up.
DISPLAY, TOOLTIP = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.ToolTipRole.value)
BACK, FORE = int(Qt.ItemDataRole.BackgroundRole.value), int(Qt.ItemDataRole.ForegroundRole.value)
ID, SLA_STATE = int(ID_ROLE), int(SLA_ROLE)
ROLES = frozenset({DISPLAY, TOOLTIP, BACK, FORE, ID, SLA_STATE})


class CaseListModel(HeaderedTableModel):
    PAGE = 100
    MAX_PAGES = 12
    MAX_BATCH = 3  # pages read in one go: more than one screen shows
    KEPT_READS = 10_000  # how many of the last pages read `fetched` names
    loaded = Signal(int)  # a new filter or sort is shown, with its count (maybe an estimate)
    counted = Signal(int)  # the rows are counted exactly (at once, or after an estimate)
    page_arrived = Signal(int)  # a page's rows have replaced their placeholders
    refreshed = Signal()  # refresh() has read the count and the pages in view again
    failed = Signal(object)  # a read went wrong: the tab shows it

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.query: ListQuery | None = None
        self._count = 0
        self.exact = True  # the count is exact, not an estimate
        self._pages: OrderedDict[int, Page] = OrderedDict()
        # Bumped by every new filter, sort or refresh: a read begun before it is dropped.
        self._generation = 0
        self._wanted: list[int] = []  # pages asked for since the last read began, newest last
        self._refresh_wanted = False
        self._busy = False  # one read at a time; what is asked meanwhile waits, latest wins
        self._stopped = False  # a read failed: ask again only after configure or refresh
        # The rows the view shows (first, last), or None when it shows none: only pages in
        # view are read, so a fast scroll or a jump does not read every page it passes.
        self.rows_in_view: Callable[[], tuple[int, int] | None] | None = None
        # Runs work once the rows are painted (ui.after_paint); the next turn without a view.
        self.after_paint: Callable[[Callable[[], None]], None] | None = None
        self.fetched: list[int] = []  # every page read, in order (tests, benchmarks)
        self._asking = QTimer(self)  # gathers what one paint asks for into one read
        self._asking.setSingleShot(True)
        self._asking.setInterval(0)
        self._asking.timeout.connect(self._dispatch)
        self._headers = [
            self.tr("Nomor"), self.tr("Diterima"), self.tr("Pengadu"), self.tr("Perihal"),
            self.tr("Kanal"), self.tr("Unit"), self.tr("Status"), self.tr("Batas waktu"),
            self.tr("Keadaan"),
        ]  # fmt: skip
        self._loading_text = self.tr("Memuat…")  # a placeholder row's; made once, not per paint

    # -- what the list shows --------------------------------------------------------------
    def configure(self, engine: Engine, case_filter: CaseFilter, sort_key: SortKey,
                  descending: bool, count: int | None = None,
                  first_page: Page | list[CaseRow] | None = None,
                  plan: ListPlan | None = None) -> None:  # fmt: skip
        """Show this filter and sort. The plan (how a search is read, and its count) and the
        first page may come ready-made from a worker (the case list tab does that);
        otherwise a worker reads them, and the rows shown until then stay. A count that is
        an estimate is counted exactly by another worker meanwhile (counted)."""
        self._generation += 1
        if count is None:
            generation, size = self._generation, self.PAGE

            def work() -> tuple[int, Page, ListPlan]:
                from pengaduan_desktop.core.caselist import first_page

                found, rows = first_page(engine, case_filter, sort_key, descending, size)
                return found.count, page_of(rows), found  # the texts made here, not in the GUI

            def done(result: tuple[int, Page, ListPlan]) -> None:
                if generation == self._generation:
                    self.configure(engine, case_filter, sort_key, descending, *result)

            run_task(work, done, self.failed.emit)
            return
        self.beginResetModel()
        planned = {"strategy": plan.strategy, "seen": plan.seen} if plan is not None else {}
        self.query = ListQuery(engine, case_filter, sort_key, descending, count, self.PAGE,
                               **planned)  # fmt: skip
        self._count = count
        self.exact = plan is None or plan.exact
        self._pages.clear()
        self._wanted.clear()
        self._refresh_wanted = self._stopped = False
        if first_page is not None:
            self._pages[0] = first_page if isinstance(first_page, Page) else page_of(first_page)
        self.endResetModel()
        self.loaded.emit(count)
        if self.exact:
            self.counted.emit(count)
            self._anchor_later()
        else:  # after the rows are painted: the count is not what the officer waits for
            generation = self._generation
            if self.after_paint is not None:
                self.after_paint(lambda: self._count_exactly(generation))
            else:
                QTimer.singleShot(0, self, lambda: self._count_exactly(generation))

    def _count_exactly(self, generation: int) -> None:
        query = self.query
        if generation != self._generation or query is None:
            return  # a newer filter came first

        def work() -> int:
            from pengaduan_desktop.core.caselist import count_cases

            return count_cases(query.engine, query.filter)

        run_task(work, lambda count: self._counted(generation, count), self.failed.emit)

    def _counted(self, generation: int, count: int) -> None:
        """The exact count after an estimate. Rows placed from the estimated end may stand
        in the wrong place: every page but the first (read from the start) is read again
        when it comes into view, and reads under way are dropped."""
        if generation != self._generation or self.query is None:
            return  # a newer filter, or a refresh (which counted exactly itself)
        self.exact = True
        if count != self._count:
            self._generation += 1
            self.query = replace(self.query, count=count, anchors=())
            first = self._pages.get(0)
            self._pages.clear()
            if first is not None:
                self._pages[0] = Page(first.rows[:count], first.texts[:count])
            self._resize(count)
            if count:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(count - 1, self.columnCount() - 1))  # fmt: skip
        self.counted.emit(count)
        self._anchor_later(painted=True)  # the count came after the rows were painted

    def _anchor_later(self, painted: bool = False) -> None:
        """A long list's anchors for jumps (ui.case_pages.anchored), read once its rows are
        painted and counted; a jump before they come walks from the top or the end."""
        query, generation = self.query, self._generation
        if query is None or not anchored(query):
            return

        def store(anchors: tuple[Any, ...]) -> None:
            if generation == self._generation and self.query is not None:
                self.query = replace(self.query, anchors=anchors)

        def start() -> None:
            if generation == self._generation:
                run_task(lambda: read_anchors(query), store, lambda _exc: None)

        if painted or self.after_paint is None:
            QTimer.singleShot(0, self, start)
        else:
            self.after_paint(start)

    def refresh(self) -> None:
        """After a change elsewhere: read the count and the pages in view again, keeping the
        scroll position (rows added or removed at the end). The other pages are read again
        when they come into view."""
        if self.query is None:
            return
        self._refresh_wanted, self._stopped = True, False
        self._dispatch()  # now, or when the read under way is done

    def loading(self) -> bool:
        """A read is under way or asked for."""
        return self._busy or self._refresh_wanted or bool(self._wanted)

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ROLES:
            return None
        number, size = index.row(), self.PAGE  # row -1 for an invalid index
        page = self._pages.get(number // size)
        offset = number % size
        if page is None or not 0 <= number < self._count or offset >= len(page.rows):
            if page is None and 0 <= number < self._count:
                self._ask(number // size)
            return self._placeholder(index, role)
        if role == DISPLAY:
            return page.texts[offset][index.column()]
        if role == BACK:
            return BACKGROUND.get(page.rows[offset].sla)
        if role == FORE:
            return FOREGROUND[page.rows[offset].sla] if index.column() in (DUE, SLA) else None
        if role == ID:
            return page.rows[offset].id
        if role == SLA_STATE:
            return page.rows[offset].sla.value
        row = page.rows[offset]  # the tooltip: the whole text
        column = index.column()
        return row.summary if column == SUMMARY else page.texts[offset][COMPLAINANT] if (
            column == COMPLAINANT) else None  # fmt: skip

    def cell(self, number: int, column: int) -> tuple[str, QBrush | None, QBrush | None]:
        """A cell as painted (ui.case_cells): its text, background and text colour, in one
        call instead of one a role; a row whose page is not here asks for it, as data()."""
        page = self._pages.get(number // self.PAGE)
        offset = number % self.PAGE
        if page is None or not 0 <= number < self._count or offset >= len(page.rows):
            if not 0 <= number < self._count:
                return "", None, None
            if page is None:
                self._ask(number // self.PAGE)
            return (self._loading_text if column == NUMBER else ""), None, GREY
        sla = page.rows[offset].sla
        return (page.texts[offset][column], BACKGROUND.get(sla),
                FOREGROUND[sla] if column in (DUE, SLA) else None)  # fmt: skip

    def _placeholder(self, index: Index, role: int) -> Any:
        if not 0 <= index.row() < self._count:
            return None
        if role == DISPLAY:
            return self._loading_text if index.column() == NUMBER else ""
        return GREY if role == FORE else None

    # -- pages ----------------------------------------------------------------------------
    def row(self, number: int) -> CaseRow | None:
        """The row when its page is here; otherwise None, and its page is asked for."""
        page_number, offset = divmod(number, self.PAGE)
        page = self._pages.get(page_number)
        if page is None:
            self._ask(page_number)
            return None
        self._pages.move_to_end(page_number)
        return page.rows[offset] if offset < len(page.rows) else None

    def is_here(self, number: int) -> bool:
        """The row's page has arrived (nothing is asked for)."""
        return number // self.PAGE in self._pages

    def complaint_id(self, number: int) -> int | None:
        row = self.row(number) if 0 <= number < self._count else None
        return row.id if row else None

    def row_of(self, complaint_id: int) -> int | None:
        """Where a complaint is among the rows here (none is read for it)."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page.rows):
                if row.id == complaint_id:
                    return number * self.PAGE + offset
        return None

    def cached_rows(self) -> int:
        return sum(len(page.rows) for page in self._pages.values())

    def _ask(self, page: int) -> None:
        if self.query is None or self._stopped:
            return
        if self._wanted and self._wanted[-1] == page:  # each cell of a row in view asks
            return
        if page in self._wanted:
            self._wanted.remove(page)
        self._wanted.append(page)
        del self._wanted[: -self.MAX_PAGES]
        if not self._asking.isActive():
            self._asking.start()

    def _in_view(self, page: int) -> bool:
        shown = self.rows_in_view() if self.rows_in_view is not None else None
        if shown is None:
            return True
        top, bottom = shown
        return page * self.PAGE <= bottom and top < (page + 1) * self.PAGE

    def _pages_in_view(self) -> list[int]:
        shown = self.rows_in_view() if self.rows_in_view is not None else None
        if shown is not None and shown[0] >= 0:
            return list(range(shown[0] // self.PAGE, shown[1] // self.PAGE + 1))
        return list(self._pages)[-self.MAX_BATCH :] or [0]

    def _dispatch(self) -> None:
        """Start the next read: a refresh, or the newest pages asked for that are still in
        view and not here."""
        if self._busy or self.query is None:
            return
        query = self.query
        if self._refresh_wanted:
            self._refresh_wanted = False
            self._generation += 1
            generation, pages = self._generation, self._pages_in_view()
            self._busy = True
            run_task(lambda: reread(query, pages),
                     lambda got: self._reread(generation, *got), self._read_failed)  # fmt: skip
            return
        pages = [p for p in self._wanted if p not in self._pages and self._in_view(p)]
        self._wanted.clear()
        if not pages:
            return
        pages = pages[-self.MAX_BATCH :]
        edges: Edges = {number: (page.rows[0].key, page.rows[-1].key)
                        for number, page in self._pages.items() if page.rows}  # fmt: skip
        generation = self._generation
        self._busy = True
        run_task(lambda: read_pages(query, pages, edges),
                 lambda found: self._arrived(generation, found), self._read_failed)  # fmt: skip

    def _arrived(self, generation: int, found: dict[int, Page]) -> None:
        self._busy = False
        self._count_read(found)
        if generation == self._generation:  # not an older filter, sort or count
            for number, page in found.items():
                self._store(number, page)
        self._dispatch()

    def _count_read(self, found: dict[int, Page]) -> None:
        self.fetched.extend(found)
        del self.fetched[: -self.KEPT_READS]

    def _store(self, number: int, page: Page) -> None:
        self._pages[number] = page
        if len(self._pages) > self.MAX_PAGES:  # the pages in view are the last to be dropped
            for shown in self._pages_in_view():
                if shown in self._pages:
                    self._pages.move_to_end(shown)
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        first = number * self.PAGE
        last = min(first + len(page.rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.page_arrived.emit(number)

    def _reread(self, generation: int, count: int, found: dict[int, Page]) -> None:
        self._busy = False
        self._count_read(found)
        if generation == self._generation and self.query is not None:
            self.query = replace(self.query, count=count, anchors=())  # rows moved: none
            self.exact = True
            self._resize(count)
            self._pages.clear()
            for number, page in found.items():
                self._store(number, page)
            if count:  # the rows whose pages were dropped turn into placeholders
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(count - 1, self.columnCount() - 1))  # fmt: skip
            self.refreshed.emit()
        self._dispatch()

    def _resize(self, count: int) -> None:
        """Rows come or go at the end, so that the view keeps its place and selection."""
        old = self._count
        if count > old:
            self.beginInsertRows(QModelIndex(), old, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < old:
            self.beginRemoveRows(QModelIndex(), count, old - 1)
            self._count = count
            self.endRemoveRows()

    def _read_failed(self, exc: BaseException) -> None:
        self._busy, self._stopped = False, True  # no storm of errors while the view paints
        self.failed.emit(exc)
