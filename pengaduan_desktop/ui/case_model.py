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
    page_of,
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
}
PLACEHOLDER = QColor("#8a8a8a")
# Painting asks for many roles of every cell in view: the answers are made once, here.
ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole,
                   Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                   ID_ROLE, SLA_ROLE})  # fmt: skip
FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
BACKGROUND = {sla: QBrush(colour) for sla, colour in SLA_BACKGROUND.items()}
FOREGROUND = {sla: QBrush(colour) for sla, colour in SLA_FOREGROUND.items()}
GREY = QBrush(PLACEHOLDER)


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

    # -- what the list shows --------------------------------------------------------------
    def configure(self, engine: Engine, case_filter: CaseFilter, sort_key: SortKey,
                  descending: bool, count: int | None = None,
                  first_page: list[CaseRow] | None = None,
                  plan: ListPlan | None = None) -> None:  # fmt: skip
        """Show this filter and sort. The plan (how a search is read, and its count) and the
        first page may come ready-made from a worker (the case list tab does that);
        otherwise a worker reads them, and the rows shown until then stay. A count that is
        an estimate is counted exactly by another worker meanwhile (counted)."""
        self._generation += 1
        if count is None:
            generation, size = self._generation, self.PAGE

            def work() -> tuple[int, list[CaseRow], ListPlan]:
                from pengaduan_desktop.core.caselist import fetch_page, plan_list

                found = plan_list(engine, case_filter, size)
                rows = fetch_page(engine, case_filter, sort_key, descending, limit=size,
                                  strategy=found.strategy)  # fmt: skip
                return found.count, rows, found

            def done(result: tuple[int, list[CaseRow], ListPlan]) -> None:
                if generation == self._generation:
                    self.configure(engine, case_filter, sort_key, descending, *result)

            run_task(work, done, self.failed.emit)
            return
        self.beginResetModel()
        strategy = plan.strategy if plan is not None else None
        self.query = ListQuery(engine, case_filter, sort_key, descending, count, self.PAGE,
                               **({"strategy": strategy} if strategy else {}))  # fmt: skip
        self._count = count
        self.exact = plan is None or plan.exact
        self._pages.clear()
        self._wanted.clear()
        self._refresh_wanted = self._stopped = False
        if first_page is not None:
            self._pages[0] = page_of(first_page)
        self.endResetModel()
        self.loaded.emit(count)
        if self.exact:
            self.counted.emit(count)
        else:
            self._count_exactly()

    def _count_exactly(self) -> None:
        query, generation = self.query, self._generation
        assert query is not None

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
            self.query = replace(self.query, count=count)
            first = self._pages.get(0)
            self._pages.clear()
            if first is not None:
                self._pages[0] = page_of(first.rows[:count])
            self._resize(count)
            if count:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(count - 1, self.columnCount() - 1))  # fmt: skip
        self.counted.emit(count)

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

    def flags(self, index: Index) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES:
            return None
        number = index.row()  # -1 for an invalid index
        if not 0 <= number < self._count:
            return None
        page_number, offset = divmod(number, self.PAGE)
        page = self._pages.get(page_number)
        column = index.column()
        if page is None or offset >= len(page.rows):
            if page is None:
                self._ask(page_number)
            return self._placeholder(column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            self._pages.move_to_end(page_number)  # in view: the last to be dropped
            return page.texts[offset][column]
        row = page.rows[offset]
        if role == ID_ROLE:
            return row.id
        if role == SLA_ROLE:
            return row.sla.value
        if role == Qt.ItemDataRole.BackgroundRole:
            return BACKGROUND.get(row.sla)
        if role == Qt.ItemDataRole.ForegroundRole:
            return FOREGROUND[row.sla] if column in (DUE, SLA) else None
        if column in (SUMMARY, COMPLAINANT):  # the tooltip: the whole text
            return row.summary if column == SUMMARY else row.complainant_name
        return None

    def _placeholder(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Memuat…") if column == NUMBER else ""
        return GREY if role == Qt.ItemDataRole.ForegroundRole else None

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
            self.query = replace(self.query, count=count)
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
