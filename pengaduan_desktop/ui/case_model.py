"""The case list's table model: it holds the count and a few pages, and fetches a page from
the database when the view needs one of its rows (keyset from a cached neighbour, from the end
for the last page, or a jump). It never loads every row or every id."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pengaduan_desktop.core.lifecycle import shown_complainant
from pengaduan_desktop.core.sla import SLA_LABELS, Sla
from pengaduan_desktop.core.vocabulary import CHANNEL_LABELS, STATUS_LABELS, Channel, Status
from pengaduan_desktop.ui.table_model import HeaderedTableModel

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


class CaseListModel(HeaderedTableModel):
    PAGE = 100
    MAX_PAGES = 12

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.engine: Engine | None = None
        self.filter: CaseFilter | None = None
        self.sort_key: SortKey | None = None
        self.descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self.queries = 0  # pages fetched, for tests and benchmarks
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
        worker (the case list tab does that); otherwise they are read here."""
        from pengaduan_desktop.core.caselist import count_cases

        if count is None:
            count = count_cases(engine, case_filter)
        self.beginResetModel()
        self.engine, self.filter = engine, case_filter
        self.sort_key, self.descending = sort_key, descending
        self._pages.clear()
        self._count = count
        if first_page is not None:
            self._pages[0] = first_page
        self.endResetModel()

    def refresh(self) -> None:
        if self.engine is not None and self.filter is not None and self.sort_key is not None:
            self.configure(self.engine, self.filter, self.sort_key, self.descending)

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
        if row is None:
            return None
        column = index.column()
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
        page, offset = divmod(number, self.PAGE)
        rows = self._pages.get(page)
        if rows is None:
            rows = self._load(page)
        else:
            self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def _load(self, page: int) -> list[CaseRow]:
        from pengaduan_desktop.core.caselist import fetch_page, key_at

        assert self.engine is not None and self.filter is not None and self.sort_key is not None
        args: dict[str, Any] = {"limit": self.PAGE}
        first = page * self.PAGE
        size = min(self.PAGE, self._count - first)
        from_end = self._count - first - size  # rows after this page
        if page - 1 in self._pages:  # scrolling down: keyset after the page above
            args["after"] = self._pages[page - 1][-1].key
        elif page + 1 in self._pages:  # scrolling up: keyset before the page below
            args["before"] = self._pages[page + 1][0].key
        elif from_end == 0 and page > 0:  # the last page: read backwards from the end
            args["from_end"] = True
            args["limit"] = size
        elif page > 0:  # a jump: find the key just outside the page on the nearer side
            near_end = from_end < first
            key = key_at(self.engine, self.filter, self.sort_key, self.descending,
                         from_end - 1 if near_end else first - 1, from_end=near_end)  # fmt: skip
            if near_end and key is None:  # only this page is left: it is the tail
                args.update(from_end=True, limit=size)
            elif near_end:
                args.update(before=key, limit=size)
            else:
                args["after"] = key
        rows = fetch_page(self.engine, self.filter, self.sort_key, self.descending, **args)
        self.queries += 1
        self._pages[page] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def complaint_id(self, number: int) -> int | None:
        row = self.row(number) if 0 <= number < self._count else None
        return row.id if row else None

    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())
