"""The working-day calendar tab: holidays, cuti bersama and office decisions of a year, the
office's own days off and worked holidays, and the number of working days to answer."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.core.clock import today
from pengaduan_desktop.core.lifecycle import MAX_SLA_DAYS
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.date_typing import type_whole_dates
from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.operations import Operation, Query, changed, subscribe

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Engine

    from pengaduan_desktop.core.calendar import ListedDay
    from pengaduan_desktop.core.calendar_service import CalendarView
    from pengaduan_desktop.core.door import Changes
ERROR_STYLE = "color: #b00020;"
# A year the calendar does not know well enough yet: said in words, never by colour alone.
GAP_STYLE = (
    "QLabel { background: #fff4ce; color: #3d2e00; border: 1px solid #c9a227;"
    " border-radius: 3px; padding: 6px; }"
)


class CalendarTab(QWidget):
    refreshed = Signal()  # the year's days are shown

    def __init__(
        self, acting_officer: Callable[[], int | None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.engine: Engine | None = None
        self.acting_officer = acting_officer or (lambda: None)
        self.days: list[ListedDay] = []
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Jenis"),
                                              self.tr("Keterangan")])  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun:")))
        top.addWidget(self.year)
        top.addStretch(1)
        self.work_button = QPushButton(self.tr("Jadikan hari kerja"))
        self.work_button.setToolTip(self.tr("Kantor tetap bekerja pada hari libur terpilih"))
        self.remove_button = QPushButton(self.tr("Batalkan keputusan kantor"))
        top.addWidget(self.work_button)
        top.addWidget(self.remove_button)
        self.gaps = QLabel()  # what this year's and next year's calendar still lacks
        self.gaps.setWordWrap(True)
        self.gaps.setStyleSheet(GAP_STYLE)
        self.gaps.setAccessibleName(self.tr("Peringatan kalender"))
        self.gaps.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.gaps)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self._office_box())
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.year.valueChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.work_button.clicked.connect(self.work_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self._selection_changed()
        self._loaded = False
        self.setEnabled(False)
        subscribe(self._operation_executed)

    def _office_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Keputusan kantor"))
        self.off_date = QDateEdit(today())
        type_whole_dates(self.off_date)
        self.off_date.setCalendarPopup(True)
        self.off_date.setDisplayFormat("dd/MM/yyyy")
        self.off_reason = QLineEdit()
        self.off_reason.setPlaceholderText(self.tr("keterangan, misalnya nomor keputusan"))
        self.off_button = QPushButton(self.tr("Tetapkan libur kantor"))
        self.sla = QSpinBox()
        self.sla.setRange(1, MAX_SLA_DAYS)
        self.sla.setSuffix(self.tr(" hari kerja"))
        self.sla_button = QPushButton(self.tr("Simpan batas waktu"))
        self.off_error = QLabel()
        self.off_error.setStyleSheet(ERROR_STYLE)
        row1 = QHBoxLayout()
        for widget in (QLabel(self.tr("Libur kantor pada")), self.off_date, self.off_reason,
                       self.off_button):  # fmt: skip
            row1.addWidget(widget)
        row1.setStretchFactor(self.off_reason, 1)
        row2 = QHBoxLayout()
        for widget in (QLabel(self.tr("Batas waktu tindak lanjut")), self.sla, self.sla_button):
            row2.addWidget(widget)
        row2.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addLayout(row1)
        inner.addWidget(self.off_error)
        inner.addLayout(row2)
        self.off_error.hide()
        self.off_button.clicked.connect(self.add_day_off)
        self.sla_button.clicked.connect(self.save_sla)
        self.off_reason.textChanged.connect(lambda: self.off_error.hide())
        return box

    # -- data -----------------------------------------------------------------------------
    def attach(self, engine: Engine) -> None:
        self.engine = engine
        self.setEnabled(True)
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:  # the holiday tables load when the tab is first opened
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the year's days and the time limit off the GUI thread, then show them."""
        engine = self.engine
        if engine is None:
            return
        from pengaduan_desktop.core.calendar_service import calendar_view

        self._loaded = True
        year = self.year.value()
        Query(self, lambda: calendar_view(engine, year), self._show).loading(
            self._loading).run_in_background()  # fmt: skip

    def _loading(self, busy: bool) -> None:
        self.table.setEnabled(not busy)
        self.note.setText(self.tr("Memuat kalender…") if busy else "")

    def _show(self, view: CalendarView) -> None:
        self.days = view.days
        self.sla.setValue(view.sla_days)
        warnings = [self.tr("Perhatian: ") + gap.message(language.current()) for gap in view.gaps]
        self.gaps.setText("\n\n".join(warnings))
        self.gaps.setVisible(bool(warnings))
        self.table.setRowCount(len(self.days))
        from pengaduan_desktop.core.calendar import holiday_name

        for row, day in enumerate(self.days):
            shown = (
                language.long_date(day.day),
                language.label(day.kind),
                holiday_name(day, language.current()),
            )
            for column, text in enumerate(shown):
                self.table.setItem(row, column, QTableWidgetItem(text))
        estimated = any(d.estimated for d in self.days)
        self.note.setText(
            self.tr("Tanggal bertanda (perkiraan) belum ditetapkan pemerintah dan dapat berubah.")
            if estimated else ""
        )  # fmt: skip
        self._selection_changed()
        self.refreshed.emit()

    def _operation_executed(self, changes: Changes, _initiator: object) -> None:
        if changes.calendar and self._loaded:  # the time limit, from the settings, too
            self.refresh()

    def _selected(self) -> ListedDay | None:
        rows = self.table.selectionModel().selectedRows()
        return self.days[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        day = self._selected()
        if day is None:  # also at construction: the calendar module loads with the tab's data
            self.work_button.setEnabled(False)
            self.remove_button.setEnabled(False)
            return
        from pengaduan_desktop.core.calendar import DayKind

        office = day.kind in (DayKind.OFFICE, DayKind.OFFICE_WORKING)
        self.work_button.setEnabled(not office)
        self.remove_button.setEnabled(office)

    # -- changes --------------------------------------------------------------------------
    def _change(self, work: Callable[[Engine, int | None], int]) -> None:
        engine = self.engine
        if engine is None:
            return
        officer = self.acting_officer()
        self.setEnabled(False)
        # Due dates of open complaints move: the case list and its counts refresh themselves.
        Operation(self, lambda: work(engine, officer), changed(calendar=True, complaint_list=True)
                  ).success(self._changed).failure(self._failed).run_in_background(
                      initiator=self)  # fmt: skip

    def _changed(self, count: int) -> None:
        self.setEnabled(True)
        self.off_reason.clear()
        self.status.setText(
            self.tr(
                "Kalender diperbarui: %n pengaduan terbuka mendapat batas waktu baru.", "", count
            )  # fmt: skip
        )

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        from pengaduan_desktop.core.errors import UserError

        if isinstance(exc, UserError):
            said = language.say(exc)
            self.off_error.setText(said[:1].upper() + said[1:])
            self.off_error.show()
            return
        show_error(self, exc)

    def add_day_off(self) -> None:
        from pengaduan_desktop.core.calendar_service import set_override

        day: date = self.off_date.date().toPython()  # type: ignore[assignment]
        reason = self.off_reason.text()
        self._change(lambda engine, officer: set_override(engine, day, False, reason, officer))

    def work_selected(self) -> None:
        self._set_selected(True)

    def remove_selected(self) -> None:
        self._set_selected(None)

    def _set_selected(self, working: Any) -> None:
        from pengaduan_desktop.core.calendar_service import set_override

        day = self._selected()
        if day is None:
            return
        name = "Kantor tetap bekerja" if working else ""
        self._change(lambda engine, officer: set_override(engine, day.day, working, name, officer))

    def save_sla(self) -> None:
        from pengaduan_desktop.core.calendar_service import set_sla_days

        days = self.sla.value()
        self._change(lambda engine, officer: set_sla_days(engine, days, officer))
