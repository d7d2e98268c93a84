"""The working-day calendar tab: holidays, cuti bersama and office overrides of a year."""

from __future__ import annotations

from PySide6.QtCore import QDate
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
from sqlalchemy import Engine

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.indonesian import long_date
from pengaduan_desktop.core.office import load_calendar


class CalendarTab(QWidget):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
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
        self.refresh()

    def refresh(self) -> None:
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
