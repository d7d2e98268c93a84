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

from pengaduan_desktop.core.lifecycle import shown_complainant
from pengaduan_desktop.core.sla import SLA_LABELS, Sla
from pengaduan_desktop.core.vocabulary import CHANNEL_LABELS, STATUS_LABELS, Channel, Status
from pengaduan_desktop.ui.case_pages import Edges, ListQuery, read_pages, reread
from pengaduan_desktop.ui.table_model import HeaderedTableModel
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.caselist import CaseFilter, CaseRow, SortKey

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SLA_ROLE = Qt.ItemDataRole.UserRole + 2
NUMBER, RECEIVED, COMPLAINANT, SUMMARY, CHANNEL, UNIT, STATUS, DUE, SLA = range(9)
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
SLA_MARK = {Sla.OVERDUE: "⚠ ", Sla.DUE_SOON: "◷ ", Sla.ON_TIME: "● ",
            Sla.CLOSED_ON_TIME: "✔ ", Sla.CLOSED_LATE: "✖ ",
            Sla.REJECTED: "⊘ "}  # fmt: skip
PLACEHOLDER = QColor("#8a8a8a")


class CaseListModel(HeaderedTableModel):
    PAGE = 100
    MAX_PAGES = 12
    MAX_BATCH = 3  # pages read in one go: more than one screen shows
    KEPT_READS = 10_000  # how many of the last pages read `fetched` names
    loaded = Signal(int)  # a new filter or sort is shown, with its count
    page_arrived = Signal(int)  # a page's rows have replaced their placeholders
    refreshed = Signal()  # refresh() has read the count and the pages in view again
    failed = Signal(object)  # a read went wrong: the tab shows it

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.query: ListQuery | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
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
                  first_page: list[CaseRow] | None = None) -> None:  # fmt: skip
        """Show this filter and sort. The count and first page may come ready-made from a
        worker (the case list tab does that); otherwise a worker reads them, and the rows
        shown until then stay."""
        self._generation += 1
        if count is None:
            generation, size = self._generation, self.PAGE

            def work() -> tuple[int, list[CaseRow]]:
                from pengaduan_desktop.core.caselist import count_cases, fetch_page

                return count_cases(engine, case_filter), fetch_page(
                    engine, case_filter, sort_key, descending, limit=size)  # fmt: skip

            def done(result: tuple[int, list[CaseRow]]) -> None:
                if generation == self._generation:
                    self.configure(engine, case_filter, sort_key, descending, *result)

            run_task(work, done, self.failed.emit)
            return
        self.beginResetModel()
        self.query = ListQuery(engine, case_filter, sort_key, descending, count, self.PAGE)
        self._count = count
        self._pages.clear()
        self._wanted.clear()
        self._refresh_wanted = self._stopped = False
        if first_page is not None:
            self._pages[0] = first_page
        self.endResetModel()
        self.loaded.emit(count)

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
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self.row(index.row())
        column = index.column()
        if row is None:
            return self._placeholder(column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SLA_ROLE:
            return row.sla.value
        if role == Qt.ItemDataRole.BackgroundRole and row.sla in SLA_BACKGROUND:
            return QBrush(SLA_BACKGROUND[row.sla])
        if role == Qt.ItemDataRole.ForegroundRole and column in (DUE, SLA):
            return QBrush(SLA_FOREGROUND[row.sla])
        if role == Qt.ItemDataRole.ToolTipRole and column in (SUMMARY, COMPLAINANT):
            return row.summary if column == SUMMARY else row.complainant_name
        return None

    def _placeholder(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Memuat…") if column == NUMBER else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(PLACEHOLDER)
        return None

    def _text(self, row: CaseRow, column: int) -> str:
        if column == NUMBER:
            return row.tracking_number
        if column == RECEIVED:
            return row.received_at.strftime("%d/%m/%Y %H:%M")
        if column == COMPLAINANT:
            return shown_complainant(row.complainant_name, row.anonymous, False)
        if column == SUMMARY:
            return row.summary
        if column == CHANNEL:
            return CHANNEL_LABELS[Channel(row.channel)]
        if column == UNIT:
            return row.unit or "—"
        if column == STATUS:
            return STATUS_LABELS[Status(row.status)]
        if column == DUE:
            return row.due_date.strftime("%d/%m/%Y")
        return SLA_MARK[row.sla] + SLA_LABELS[row.sla]

    # -- pages ----------------------------------------------------------------------------
    def row(self, number: int) -> CaseRow | None:
        """The row when its page is here; otherwise None, and its page is asked for."""
        page, offset = divmod(number, self.PAGE)
        rows = self._pages.get(page)
        if rows is None:
            self._ask(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def is_here(self, number: int) -> bool:
        """The row's page has arrived (nothing is asked for)."""
        return number // self.PAGE in self._pages

    def complaint_id(self, number: int) -> int | None:
        row = self.row(number) if 0 <= number < self._count else None
        return row.id if row else None

    def row_of(self, complaint_id: int) -> int | None:
        """Where a complaint is among the rows here (none is read for it)."""
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == complaint_id:
                    return page * self.PAGE + offset
        return None

    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

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
        edges: Edges = {p: (rows[0].key, rows[-1].key) for p, rows in self._pages.items() if rows}
        generation = self._generation
        self._busy = True
        run_task(lambda: read_pages(query, pages, edges),
                 lambda found: self._arrived(generation, found), self._read_failed)  # fmt: skip

    def _arrived(self, generation: int, found: dict[int, list[CaseRow]]) -> None:
        self._busy = False
        self._count_read(found)
        if generation == self._generation:  # not an older filter, sort or count
            for page, rows in found.items():
                self._store(page, rows)
        self._dispatch()

    def _count_read(self, found: dict[int, list[CaseRow]]) -> None:
        self.fetched.extend(found)
        del self.fetched[: -self.KEPT_READS]

    def _store(self, page: int, rows: list[CaseRow]) -> None:
        self._pages[page] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * self.PAGE
        last = min(first + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.page_arrived.emit(page)

    def _reread(self, generation: int, count: int, found: dict[int, list[CaseRow]]) -> None:
        self._busy = False
        self._count_read(found)
        if generation == self._generation and self.query is not None:
            self.query = replace(self.query, count=count)
            self._resize(count)
            self._pages.clear()
            for page, rows in found.items():
                self._store(page, rows)
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
