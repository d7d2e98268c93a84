"""The working-day calendar tab: holidays, cuti bersama and office overrides of a year."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.core.indonesian import long_date

if TYPE_CHECKING:
    from sqlalchemy import Engine


class CalendarTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine: Engine | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(QDate.currentDate().year())
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Jenis"),
                                              self.tr("Keterangan")])  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun:")))
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        self.year.valueChanged.connect(self.refresh)
        self._loaded = False

    def attach(self, engine: Engine) -> None:
        self.engine = engine
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:  # the holiday tables load when the tab is first opened
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if self.engine is None:
            return
        from pengaduan_desktop.core.db import reading
        from pengaduan_desktop.core.office import load_calendar

        self._loaded = True
        with reading(self.engine) as session:
            calendar = load_calendar(session)
        days = calendar.listed_days(self.year.value())
        self.table.setRowCount(len(days))
        for row, day in enumerate(days):
            for column, text in enumerate((long_date(day.day), day.kind.value, day.name)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        estimated = any(d.estimated for d in days)
        self.note.setText(
            self.tr("Tanggal bertanda (perkiraan) belum ditetapkan pemerintah dan dapat berubah.")
            if estimated else ""
        )  # fmt: skip
