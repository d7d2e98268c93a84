"""The case list tab: every complaint, filtered, searched and sorted, with its SLA state in
colour, mark and word; Enter or a double click opens one. Counts and pages are read in the
background: rows not yet read show a grey placeholder until their page arrives."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.core.sla import SLA_LABELS, Sla
from pengaduan_desktop.core.view_words import period
from pengaduan_desktop.core.vocabulary import CHANNEL_LABELS, STATUS_LABELS
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.after_paint import AfterPaint
from pengaduan_desktop.ui.case_cells import CaseCells
from pengaduan_desktop.ui.case_model import ID_ROLE, NUMBER, SORTABLE, SUMMARY, CaseListModel
from pengaduan_desktop.ui.case_pages import SLA, SLA_MARK, page_of
from pengaduan_desktop.ui.generated.ui_case_filters import Ui_CaseFilters
from pengaduan_desktop.ui.live_desk import OTHER_DESK
from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.operations import subscribe
from pengaduan_desktop.ui.row_choice import choose_row
from pengaduan_desktop.ui.tasks import run_task
from pengaduan_desktop.ui.working_views import install as install_working_views

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.caselist import CaseFilter
    from pengaduan_desktop.core.door import Changes
    from pengaduan_desktop.core.office import Desk

SEARCH_DELAY_MS = 250
# Column widths at 1366 pixels. Number, received and due date keep theirs; the others give up
# room on a narrower screen so that *Perihal* (which stretches) stays readable at 1024.
FIXED_WIDTHS = {NUMBER: 125, 1: 115, 7: 85}
FLEXIBLE_WIDTHS = {2: (105, 160), 4: (90, 110), 5: (80, 150), 6: (100, 115), SLA: (110, 170)}
SUMMARY_ROOM = 150
CELL_PADDING = 16  # a cell's margins and the grid line


class CaseListTab(QWidget):
    open_complaint = Signal(int)
    overdue_changed = Signal(int)
    loaded = Signal()  # a filter's first page, its count (maybe "≈") and the late counts show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine: Engine | None = None
        self.viewer: Callable[[], int | None] = lambda: None  # who reads (core.door.scope)
        self._generation = 0
        self._shown: tuple[Any, ...] | None = None  # the filter and order on screen
        # The late counts depend on no filter: kept for (engine, viewer, day) until a change.
        self._late: tuple[tuple[Any, ...], tuple[int, int]] | None = None
        self._state_width: tuple[tuple[str, str], int] | None = None  # _state_room
        self._head_widths: dict[tuple[str, str, int], int] = {}  # _head_room
        self.model = CaseListModel(self)
        # The filter bar is drawn in Qt Designer (forms/case_filters.ui): two rows, so that it
        # fits a 1024-pixel screen.
        self.filter_bar = QWidget()
        self.filters = Ui_CaseFilters()
        self.filters.setupUi(self.filter_bar)
        f = self.filters
        self.search = f.searchEdit
        statuses = [(language.label(s), s.value) for s in STATUS_LABELS]
        channels = [(language.label(c), c.value) for c in CHANNEL_LABELS]
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
                               [(language.label(s), s.value) for s in SLA_LABELS])  # fmt: skip
        self.overdue_button = f.overdueButton
        self.count = QLabel()
        self._fix_count_size()
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
        # Every row 24 pixels, none measured; the cells painted by ui.case_cells.
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.cells = CaseCells(self.model, self.table)
        self.table.setItemDelegate(self.cells)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.table.viewport().installEventFilter(self)
        # Said in the empty list itself: no complaint matches (an empty table said nothing).
        self.empty_note = QLabel(self.tr(
            "Tidak ada pengaduan yang cocok.\nUbah tampilan, saringan atau pencarian di atas."),
            self.table.viewport())  # fmt: skip
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_note.hide()
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
        self.painted = AfterPaint(self.table.viewport())  # what waits for the rows on screen
        self.model.after_paint = self.painted.later
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.model.refreshed.connect(self._refreshed)
        self.model.loaded.connect(self._show_count)
        self.model.counted.connect(self._show_count)
        self._chosen: int | None = None  # the selected complaint, kept through a refresh
        self._anchor: tuple[int, int, int] | None = None  # _anchor_in_view() when refreshing
        self._after_rows: list[Callable[[], None]] = []  # after_first_rows
        self.table.selectionModel().selectionChanged.connect(self._remember_choice)
        self.setEnabled(False)
        subscribe(self._operation_executed)
        install_working_views(self)  # views bar, multi-select, bulk actions (issue 12)
        # A reload (after an action, or another filter) resets the table's current row too:
        # it is kept by id and set again on the same complaint, after the working views have
        # selected the kept rows again (connected after them), so that the row highlighted
        # and the row Enter opens are one.
        self._current_kept: int | None = None
        self.model.modelAboutToBeReset.connect(self._keep_current)
        self.model.modelReset.connect(self._restore_current)
        self.model.page_arrived.connect(lambda _n: self._restore_current())
        # A row chosen while a placeholder is that complaint once its page came; the chosen
        # complaint stays chosen when a page read after a refresh moves it.
        self.model.page_arrived.connect(lambda _n: self._follow_choice())

    def _fix_count_size(self) -> None:
        """The count's label keeps one size: its text changes at every search, and a label
        that may grow makes the whole window lay out and paint again (the tab widget repaints
        itself at each layout request), which costs more than the rows' own paint."""
        metrics = self.count.fontMetrics()
        texts = (self.tr("≈ {count} pengaduan", "", 9_999_999).format(
            count=language.number(9_999_999)),
                 self.tr("Mencari…"))  # fmt: skip
        width = max(metrics.horizontalAdvance(text) for text in texts)
        self.count.setFixedSize(width + metrics.averageCharWidth(), self.count.sizeHint().height())

    def before_sign_in(self) -> None:
        """While the password is typed, the tabs hidden: the tab enabled (as it stays after
        signing out; enabling tells each of its widgets, which cost the first rows some
        milliseconds), and the rows' glyphs drawn once off the screen (CaseCells.warm)."""
        self.setEnabled(True)
        self.cells.warm(self.table.font())

    def _operation_executed(self, changes: Changes, initiator: object) -> None:
        """Rows, due dates and the overdue counts as they are now, after any change to them;
        in place for another desk's change, which the officer here did not ask for."""
        if changes.complaints or changes.complaint_list or changes.calendar:
            self._late = None
            if initiator is OTHER_DESK:
                self.refresh()
            else:
                self.apply_filter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # the table's own width, once the layout has set it
            self.empty_note.setGeometry(self.table.viewport().rect().adjusted(20, 0, -20, 0))
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - sum(FIXED_WIDTHS.values()) - SUMMARY_ROOM
        least = sum(low for low, _high in FLEXIBLE_WIDTHS.values())
        most = sum(high for _low, high in FLEXIBLE_WIDTHS.values())
        share = min(1.0, max(0.0, (room - least) / (most - least)))  # 0 narrow .. 1 wide
        for column, width in FIXED_WIDTHS.items():
            header.resizeSection(column, max(width, self._head_room(column)))
        state_room = self._state_room()  # Keadaan: its longest state whole, even at 1024
        for column, (low, high) in FLEXIBLE_WIDTHS.items():
            width = round(low + (high - low) * share)
            header.resizeSection(column, max(width, state_room) if column == SLA else width)

    def _head_room(self, column: int) -> int:
        """The width a fixed column's heading needs whole in bold (the chosen row's headings
        are), with the sort arrow beside it, in the window's font and language."""
        header = self.table.horizontalHeader()
        key = (header.font().key(), language.current(), column)
        if key not in self._head_widths:
            font = QFont(header.font())
            font.setBold(True)
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            style = header.style()
            margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
            self._head_widths[key] = (QFontMetrics(font).horizontalAdvance(text)
                                      + 4 * margin + arrow)  # fmt: skip
        return self._head_widths[key]

    def _state_room(self) -> int:
        """The width the deadline-state column needs for its longest state, mark included, in
        the window's language (the Perihal column, which stretches, gives up the rest).
        Measured once per font and language: every resize of the table asks for it."""
        font = (self.table.font().key(), language.current())
        if self._state_width is None or self._state_width[0] != font:
            metrics = self.table.fontMetrics()
            widest = max(metrics.horizontalAdvance(SLA_MARK[s] + language.label(s))
                         for s in SLA_LABELS)  # fmt: skip
            self._state_width = (font, CELL_PADDING + widest)
        return self._state_width[1]

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
        self.engine, self._late = engine, None
        for combo, items in ((self.unit, desk.units),
                             (self.officer, [(o.id, o.name) for o in desk.officers])):  # fmt: skip
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in items:
                combo.addItem(label, value)
            combo.blockSignals(False)
        self.setEnabled(True)
        self.after_first_rows(lambda: self.painted.later(self.views.attach))  # saved views
        self.apply_filter()

    def after_first_rows(self, work: Callable[[], None]) -> None:
        """Run `work` once the next filter's first rows are in the list (or failed to come),
        before they are painted."""
        self._after_rows.append(work)

    def _rows_came(self) -> None:
        waiting, self._after_rows = self._after_rows, []
        for work in waiting:
            work()

    def current_filter(self) -> CaseFilter:
        from pengaduan_desktop.core.caselist import CaseFilter
        from pengaduan_desktop.core.clock import today as today_local

        start, end = period(self.period.currentData() or "", today_local())
        status = self.status.currentData()
        sla = self.sla.currentData()
        found = CaseFilter(
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
        return self.views.narrow(found)  # the chosen working view (ui.working_views)

    def apply_filter(self) -> None:
        """Choose how to read the search, and read the first page, off the GUI thread; the
        count follows when it was only estimated, the late counts after. A newer request
        supersedes."""
        from pengaduan_desktop.core.caselist import SortKey, first_page
        from pengaduan_desktop.core.clock import today as today_local

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

        def work() -> tuple[Any, Any]:
            plan, rows = first_page(engine, case_filter, key, descending, size)
            return plan, page_of(rows)  # the cells' texts made here, not on the GUI thread

        def done(result: tuple[Any, Any]) -> None:
            if generation != self._generation:
                return  # the officer has asked for something newer meanwhile
            plan, first = result
            self._rows_came()  # first: the window shown (signing in) paints these rows
            asked = (engine, case_filter, key, descending)
            self.model.configure(engine, case_filter, key, descending, plan.count, first, plan)
            if asked != self._shown:  # another search, filter or order: from its first row
                self._shown = asked
                self.table.scrollToTop()
            viewer = case_filter.viewer_id  # the rows are shown: now the late counts
            known = (engine, viewer, today_local())
            if self._late is not None and self._late[0] == known:  # no change since
                self._late_counted(generation, self._late[1])
                return
            self.painted.later(lambda: run_task(  # after the rows are painted
                lambda: self._late_counts(engine, viewer),
                lambda late: self._late_counted(generation, late, known),
                lambda exc: show_error(self, exc)))  # fmt: skip

        def failed(exc: BaseException) -> None:
            self._rows_came()
            show_error(self, exc)

        run_task(work, done, failed)

    def _late_counted(self, generation: int, late: tuple[int, int],
                      known: tuple[Any, ...] | None = None) -> None:  # fmt: skip
        if known is not None:
            self._late = (known, late)
        self._show_late(*late)
        if generation == self._generation:
            self.loaded.emit()

    def _show_count(self) -> None:
        """The rows the list shows; "≈" while they are only estimated (a common word)."""
        rows = self.model.rowCount()
        shown = (self.tr("{count} pengaduan", "", rows) if self.model.exact
                 else self.tr("≈ {count} pengaduan", "", rows))  # fmt: skip
        self.count.setText(shown.format(count=language.number(rows)))
        self.empty_note.setVisible(self.model.exact and rows == 0)

    @staticmethod
    def _late_counts(engine: Engine, viewer_id: int | None) -> tuple[int, int]:
        from pengaduan_desktop.core.caselist import CaseFilter, count_cases

        return (count_cases(engine, CaseFilter(sla=Sla.OVERDUE, viewer_id=viewer_id)),
                count_cases(engine, CaseFilter(sla=Sla.DUE_SOON, viewer_id=viewer_id)))  # fmt: skip

    def _show_late(self, overdue: int, due_soon: int) -> int:
        parts = []
        if overdue:
            parts.append(self.tr("{count} pengaduan terlambat", "", overdue).format(
                count=language.number(overdue)))  # fmt: skip
        if due_soon:
            parts.append(self.tr("{count} jatuh tempo hari ini atau besok", "", due_soon).format(
                count=language.number(due_soon)))  # fmt: skip
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
        self._anchor = self._anchor_in_view()
        self.model.refresh()
        viewer, self._late = self.viewer(), None
        run_task(lambda: self._late_counts(engine, viewer), lambda late: self._show_late(*late),
                 lambda exc: show_error(self, exc))  # fmt: skip

    def _refreshed(self) -> None:
        self._show_count()
        selection = self.table.selectionModel()
        if self._chosen is not None:
            row = self.model.row_of(self._chosen)
            current = selection.selectedRows()
            if row is None:  # gone from view, or from the filter: no other row takes its place
                selection.clearSelection()
            elif not current or current[0].row() != row:
                self._select_in_place(row)
        self._keep_anchor()

    def _anchor_in_view(self) -> tuple[int, int, int] | None:
        """(complaint, its row, the scroll position) of the row the officer's eye is on: the
        chosen complaint when it is on screen, else the top row."""
        shown = self._rows_in_view()
        if shown is None:
            return None
        top, bottom = shown
        row = self.model.row_of(self._chosen) if self._chosen is not None else None
        if row is None or not top <= row <= bottom:
            row = top
        found = self.model.row(row) if self.model.is_here(row) else None
        if found is None:
            return None
        return found.id, row, self.table.verticalScrollBar().value()

    def _keep_anchor(self) -> None:
        """After a refresh, the complaint the officer's eye was on stays where it was on the
        screen: rows another desk added above it (or took away) move the list, not it."""
        anchor, self._anchor = self._anchor, None
        if anchor is None:
            return
        complaint, row, scrolled = anchor
        bar = self.table.verticalScrollBar()
        now = self.model.row_of(complaint)
        if now is None or now == row or bar.value() != scrolled:
            return  # gone, not moved, or the officer scrolled meanwhile
        per_item = self.table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
        step = 1 if per_item else self.table.verticalHeader().defaultSectionSize()
        bar.setValue(scrolled + (now - row) * step)

    def _follow_choice(self) -> None:
        if self._chosen is None:
            self._remember_choice()
            return
        row = self.model.row_of(self._chosen)
        current = self.table.selectionModel().selectedRows()
        if row is not None and current and current[0].row() != row:
            self._select_in_place(row)

    def _select_in_place(self, row: int) -> None:
        """Choose that row without scrolling the list to it (whatever keys are held)."""
        choose_row(self.table, row, keep_scroll=True)

    def _keep_current(self) -> None:
        found = self.model.data(self.table.currentIndex(), ID_ROLE)
        if found is not None:
            self._current_kept = int(found)

    def _restore_current(self) -> None:
        kept = self._current_kept
        row = self.model.row_of(kept) if kept is not None else None
        if row is None:
            return  # not here (yet): a page read later may bring it
        self._current_kept = None
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        column = max(self.table.currentIndex().column(), 0)
        if selection.hasSelection() and not selection.isRowSelected(row):
            return  # the officer's selection is elsewhere: the current row goes with it
        command = flags.NoUpdate if selection.hasSelection() else flags.ClearAndSelect | flags.Rows
        selection.setCurrentIndex(self.model.index(row, column), command)

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
