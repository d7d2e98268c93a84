"""The case list tab: every complaint, filtered, searched and sorted, with its SLA state in
colour, mark and word; Enter or a double click opens one. Counts and pages are read in the
background: rows not yet read show a grey placeholder until their page arrives."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.core.indonesian import thousands
from pengaduan_desktop.core.sla import SLA_LABELS, Sla
from pengaduan_desktop.core.vocabulary import CHANNEL_LABELS, STATUS_LABELS
from pengaduan_desktop.ui.case_model import ID_ROLE, NUMBER, SORTABLE, SUMMARY, CaseListModel
from pengaduan_desktop.ui.generated.ui_case_filters import Ui_CaseFilters
from pengaduan_desktop.ui.live_desk import OTHER_DESK
from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.operations import subscribe
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.caselist import CaseFilter
    from pengaduan_desktop.core.door import Changes
    from pengaduan_desktop.core.office import Desk

SEARCH_DELAY_MS = 250
# Column widths at 1366 pixels. Number, received and due date keep theirs; the others give up
# room on a narrower screen so that *Perihal* (which stretches) stays readable at 1024.
FIXED_WIDTHS = {NUMBER: 125, 1: 115, 7: 85}
FLEXIBLE_WIDTHS = {2: (105, 160), 4: (90, 110), 5: (80, 150), 6: (100, 115), 8: (110, 170)}
SUMMARY_ROOM = 150


def period(choice: str, today: date) -> tuple[date | None, date | None]:
    first = today.replace(day=1)
    if choice == "this_month":
        return first, today
    if choice == "last_month":
        end = first - timedelta(days=1)
        return end.replace(day=1), end
    if choice == "30_days":
        return today - timedelta(days=29), today
    if choice == "this_year":
        return today.replace(month=1, day=1), today
    if choice == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


class CaseListTab(QWidget):
    open_complaint = Signal(int)
    overdue_changed = Signal(int)
    loaded = Signal()  # a filter's first page, its count (maybe "≈") and the late counts show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine: Engine | None = None
        self.viewer: Callable[[], int | None] = lambda: None  # who reads (core.door.scope)
        self._generation = 0
        self.model = CaseListModel(self)
        # The filter bar is drawn in Qt Designer (forms/case_filters.ui): two rows, so that it
        # fits a 1024-pixel screen.
        self.filter_bar = QWidget()
        self.filters = Ui_CaseFilters()
        self.filters.setupUi(self.filter_bar)
        f = self.filters
        self.search = f.searchEdit
        statuses = [(label, s.value) for s, label in STATUS_LABELS.items()]
        channels = [(label, c.value) for c, label in CHANNEL_LABELS.items()]
        self.status = self._combo(f.statusCombo, self.tr("Semua status"), statuses)
        self.channel = self._combo(f.channelCombo, self.tr("Semua kanal"), channels)
        self.unit = self._combo(f.unitCombo, self.tr("Semua unit"), [])
        self.officer = self._combo(f.officerCombo, self.tr("Semua pejabat"), [])
        self.period = self._combo(f.periodCombo, self.tr("Semua periode"), [
            (self.tr("Bulan ini"), "this_month"), (self.tr("Bulan lalu"), "last_month"),
            (self.tr("30 hari terakhir"), "30_days"), (self.tr("Tahun ini"), "this_year"),
            (self.tr("Tahun lalu"), "last_year"),
        ])  # fmt: skip
        self.sla = self._combo(f.slaCombo, self.tr("Semua keadaan"),
                               [(label, s.value) for s, label in SLA_LABELS.items()])  # fmt: skip
        self.overdue_button = f.overdueButton
        self.count = QLabel()
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #8a1010; font-weight: bold;")
        self.table = QTableView()
        self.table.setModel(self.model)
        # Sorting goes through apply_filter (off the GUI thread), not the model's sort().
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.table.viewport().installEventFilter(self)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch(1)
        footer.addWidget(self.warning)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.status, self.channel, self.unit, self.officer, self.period, self.sla):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue_button.toggled.connect(self._overdue_toggled)
        self._sorted_by = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.sortIndicatorChanged.connect(self._sort_clicked)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter, as well as a double click
        self.model.rows_in_view = self._rows_in_view
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.model.refreshed.connect(self._refreshed)
        self.model.loaded.connect(self._show_count)
        self.model.counted.connect(self._show_count)
        self._chosen: int | None = None  # the selected complaint, kept through a refresh
        self.table.selectionModel().selectionChanged.connect(self._remember_choice)
        self.setEnabled(False)
        subscribe(self._operation_executed)

    def _operation_executed(self, changes: Changes, initiator: object) -> None:
        """Rows, due dates and the overdue counts as they are now, after any change to them;
        in place for another desk's change, which the officer here did not ask for."""
        if changes.complaints or changes.complaint_list or changes.calendar:
            if initiator is OTHER_DESK:
                self.refresh()
            else:
                self.apply_filter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # the table's own width, once the layout has set it
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - sum(FIXED_WIDTHS.values()) - SUMMARY_ROOM
        least = sum(low for low, _high in FLEXIBLE_WIDTHS.values())
        most = sum(high for _low, high in FLEXIBLE_WIDTHS.values())
        share = min(1.0, max(0.0, (room - least) / (most - least)))  # 0 narrow .. 1 wide
        for column, width in FIXED_WIDTHS.items():
            header.resizeSection(column, width)
        for column, (low, high) in FLEXIBLE_WIDTHS.items():
            header.resizeSection(column, round(low + (high - low) * share))

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        """A click on a column the list cannot sort by leaves the arrow where it was."""
        if column not in SORTABLE:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sorted_by)
            header.blockSignals(False)
            return
        self._sorted_by = (column, order)
        self.apply_filter()

    def _combo(self, combo: QComboBox, everything: str, items: list[tuple[str, Any]]) -> QComboBox:
        # Long unit and officer names must not push the search box off the row.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        return combo

    def attach(self, engine: Engine, desk: Desk) -> None:
        self.engine = engine
        for combo, items in ((self.unit, desk.units),
                             (self.officer, [(o.id, o.name) for o in desk.officers])):  # fmt: skip
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in items:
                combo.addItem(label, value)
            combo.blockSignals(False)
        self.setEnabled(True)
        self.apply_filter()

    def current_filter(self) -> CaseFilter:
        from pengaduan_desktop.core.caselist import CaseFilter
        from pengaduan_desktop.core.clock import today as today_local

        start, end = period(self.period.currentData() or "", today_local())
        status = self.status.currentData()
        sla = self.sla.currentData()
        return CaseFilter(
            statuses=(status,) if status else (),
            channel=self.channel.currentData(),
            unit_id=self.unit.currentData(),
            officer_id=self.officer.currentData(),
            received_from=start,
            received_to=end,
            sla=Sla(sla) if sla else None,
            search=self.search.text(),
            viewer_id=self.viewer(),
        )

    def apply_filter(self) -> None:
        """Choose how to read the search, and read the first page, off the GUI thread; the
        count follows when it was only estimated, the late counts after. A newer request
        supersedes."""
        from pengaduan_desktop.core.caselist import SortKey, fetch_page, plan_list

        engine = self.engine
        if engine is None:
            return
        self._search_timer.stop()
        header = self.table.horizontalHeader()
        key = SortKey(SORTABLE.get(header.sortIndicatorSection(), "received"))
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        case_filter = self.current_filter()
        size = self.model.PAGE
        self._generation += 1
        generation = self._generation
        self.count.setText(self.tr("Mencari…"))

        def work() -> tuple[Any, list[Any]]:
            plan = plan_list(engine, case_filter, size)
            return plan, fetch_page(engine, case_filter, key, descending, limit=size,
                                    strategy=plan.strategy)  # fmt: skip

        def done(result: tuple[Any, list[Any]]) -> None:
            if generation != self._generation:
                return  # the officer has asked for something newer meanwhile
            plan, first = result
            self.model.configure(engine, case_filter, key, descending, plan.count, first, plan)
            viewer = case_filter.viewer_id  # the rows are shown: now the late counts
            run_task(lambda: self._late_counts(engine, viewer),
                     lambda late: self._late_counted(generation, late),
                     lambda exc: show_error(self, exc))  # fmt: skip

        run_task(work, done, lambda exc: show_error(self, exc))

    def _late_counted(self, generation: int, late: tuple[int, int]) -> None:
        self._show_late(*late)
        if generation == self._generation:
            self.loaded.emit()

    def _show_count(self) -> None:
        """The rows the list shows; "≈" while they are only estimated (a common word)."""
        shown = thousands(self.model.rowCount())
        self.count.setText(self.tr("{count} pengaduan").format(count=shown) if self.model.exact
                           else self.tr("≈ {count} pengaduan").format(count=shown))  # fmt: skip

    @staticmethod
    def _late_counts(engine: Engine, viewer_id: int | None) -> tuple[int, int]:
        from pengaduan_desktop.core.caselist import CaseFilter, count_cases

        return (count_cases(engine, CaseFilter(sla=Sla.OVERDUE, viewer_id=viewer_id)),
                count_cases(engine, CaseFilter(sla=Sla.DUE_SOON, viewer_id=viewer_id)))  # fmt: skip

    def _show_late(self, overdue: int, due_soon: int) -> int:
        parts = []
        if overdue:
            parts.append(self.tr("{count} pengaduan terlambat").format(count=thousands(overdue)))
        if due_soon:
            parts.append(self.tr("{count} jatuh tempo hari ini atau besok").format(
                count=thousands(due_soon)))  # fmt: skip
        self.warning.setText(" · ".join(parts))
        self.overdue_changed.emit(overdue)
        return overdue

    def _overdue_toggled(self, on: bool) -> None:
        self.sla.setCurrentIndex(self.sla.findData(Sla.OVERDUE.value) if on else 0)

    def refresh(self) -> None:
        """After a change elsewhere: the count, the rows in view and the late counts again,
        in the background, keeping the scroll position and the selected complaint."""
        engine = self.engine
        if engine is None:
            return
        self.model.refresh()
        viewer = self.viewer()
        run_task(lambda: self._late_counts(engine, viewer), lambda late: self._show_late(*late),
                 lambda exc: show_error(self, exc))  # fmt: skip

    def _refreshed(self) -> None:
        self._show_count()
        selection = self.table.selectionModel()
        if self._chosen is None:
            return
        row = self.model.row_of(self._chosen)
        current = selection.selectedRows()
        if row is None:  # gone from view, or from the filter: no other row takes its place
            selection.clearSelection()
        elif not current or current[0].row() != row:
            scrolled = self.table.verticalScrollBar().value()
            self.table.selectRow(row)
            self.table.verticalScrollBar().setValue(scrolled)

    def _remember_choice(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.data(rows[0], ID_ROLE) if rows else None
        self._chosen = int(chosen) if chosen is not None else None

    def _rows_in_view(self) -> tuple[int, int] | None:
        """The first and last row the table shows, or None while it shows none."""
        view = self.table
        top = view.rowAt(0) if view.isVisible() else -1
        if top < 0:
            return None
        bottom = view.rowAt(view.viewport().height() - 1)
        return top, bottom if bottom >= 0 else self.model.rowCount() - 1

    def _open_index(self, index: QModelIndex) -> None:
        complaint_id = self.model.data(index, ID_ROLE)
        if complaint_id is not None:
            self.open_complaint.emit(int(complaint_id))
