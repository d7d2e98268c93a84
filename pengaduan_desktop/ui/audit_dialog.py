"""Jejak audit: browse and filter the audit trail (core.audit), check that its hash chain is
intact, and export what the filters show as CSV. Every query runs off the GUI thread; a page
that arrives after the filters changed again is dropped."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from pengaduan_desktop.core import audit, clock
from pengaduan_desktop.core.indonesian import WINDOW_DATE_FORMAT, thousands, window_date
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.acting import acting_officer_of
from pengaduan_desktop.ui.date_typing import type_whole_dates
from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.pdf_output import FileChooser, choose_pdf_file
from pengaduan_desktop.ui.screen_fit import fit_to_screen
from pengaduan_desktop.ui.table_model import HeaderedTableModel, Index
from pengaduan_desktop.ui.tasks import run_task

PAGE = 200
ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class AuditModel(HeaderedTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("No"), self.tr("Waktu (WIB)"), self.tr("Petugas"),
                         self.tr("Aksi"), self.tr("Subjek"), self.tr("Rincian")]  # fmt: skip
        self.rows: list[audit.Row] = []

    def set_rows(self, rows: list[audit.Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            moment = to_local(r.at)
            values = (str(r.id), f"{window_date(moment)} {moment:%H:%M:%S}", r.officer,
                      audit.label(r.action, language.current()), r.subject,
                      audit.describe(r.detail))  # fmt: skip
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (2, 3, 4):
            return (r.officer, audit.label(r.action, language.current()), r.subject)[
                index.column() - 2
            ]  # the whole text of a cut-off cell
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return audit.describe(r.detail).replace("; ", "\n")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.tr("hash {hash}").format(hash=r.hash)
        return None


class AuditDialog(QDialog):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.offset = 0
        self.total = 0
        self.generation = 0  # the page asked last; older answers are dropped
        self.choose_file: FileChooser = choose_pdf_file
        self.setWindowTitle(self.tr("Jejak audit"))
        self.setMinimumSize(760, 420)
        # Room for the filters' words (English is longer) where the screen has it.
        fit_to_screen(self, 1000, 560)
        self.action = QComboBox()
        self.action.addItem(self.tr("Semua aksi"), None)
        for code in audit.LABELS:
            self.action.addItem(audit.label(code, language.current()), code)
        self.officer = QComboBox()
        self.officer.addItem(self.tr("Semua petugas"), None)
        self.use_dates = QCheckBox(self.tr("Tanggal"))
        self.start = QDateEdit()
        self.end = QDateEdit()
        type_whole_dates(self.start)
        type_whole_dates(self.end)
        today = clock.today()
        for edit, day in ((self.start, today - timedelta(days=30)), (self.end, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(WINDOW_DATE_FORMAT)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setEnabled(False)
        self.action.setAccessibleName(self.tr("Aksi"))
        self.officer.setAccessibleName(self.tr("Petugas"))
        self.start.setAccessibleName(self.tr("Dari tanggal"))
        self.end.setAccessibleName(self.tr("Sampai tanggal"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Cari subjek atau rincian…"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(self.text.fontMetrics().horizontalAdvance(
            self.text.placeholderText()) + 40)  # fmt: skip
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The action column as wide as its longest label in this language (not only those of
        # the rows shown), so that no page cuts one; a narrower screen elides, with a tooltip.
        metrics, lang = self.table.fontMetrics(), language.current()
        widest = max(metrics.horizontalAdvance(audit.label(code, lang)) for code in audit.LABELS)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, min(widest + 24, 320))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(True)
        self.page_label = QLabel()
        self.previous_button = QPushButton(self.tr("‹ Sebelumnya"))
        self.next_button = QPushButton(self.tr("Berikutnya ›"))
        self.verify_button = QPushButton(self.tr("Periksa keutuhan"))
        self.export_button = QPushButton(self.tr("Ekspor CSV…"))
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        filters = QHBoxLayout()
        filters.addWidget(self.action)
        filters.addWidget(self.officer)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.start)
        filters.addWidget(QLabel(self.tr("s.d.")))
        filters.addWidget(self.end)
        filters.addWidget(self.text, 1)
        paging = QHBoxLayout()
        paging.addWidget(self.page_label, 1)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)
        actions = QHBoxLayout()
        actions.addWidget(self.verify_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        layout.addWidget(self.verdict_label)
        layout.addLayout(actions)
        self.typing = QTimer(self, singleShot=True, interval=300)  # search once typing pauses
        self.typing.timeout.connect(self.refetch)
        self.text.textChanged.connect(self.typing.start)
        self.action.currentIndexChanged.connect(self.refetch)
        self.officer.currentIndexChanged.connect(self.refetch)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.start.dateChanged.connect(self.refetch)
        self.end.dateChanged.connect(self.refetch)
        self.previous_button.clicked.connect(lambda: self.fetch(self.offset - PAGE))
        self.next_button.clicked.connect(lambda: self.fetch(self.offset + PAGE))
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        run_task(lambda: audit.officers_in_trail(engine), self._officers_arrived, self._failed)
        self.fetch(0)

    # -- filters and pages ----------------------------------------------------------------
    def filters(self) -> audit.Filters:
        dates = self.use_dates.isChecked()
        return audit.Filters(
            action=self.action.currentData(),
            officer_id=self.officer.currentData(),
            start=_day(self.start) if dates else None,
            end=_day(self.end) if dates else None,
            text=self.text.text(),
        )

    def _dates_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.refetch()

    def refetch(self) -> None:
        self.fetch(0)

    def fetch(self, offset: int) -> None:
        self.generation += 1
        generation, engine, filters = self.generation, self.engine, self.filters()
        offset = max(0, offset)
        self.page_label.setText(self.tr("Memuat…"))
        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(False)
        officer = acting_officer_of(self)
        run_task(lambda: audit.entries(engine, filters, offset, PAGE, officer),
                 lambda page: self._page_arrived(generation, offset, page),
                 self._failed)  # fmt: skip

    def _page_arrived(self, generation: int, offset: int, page: audit.Page) -> None:
        if generation != self.generation:
            return  # the filters changed meanwhile: a newer page is on its way
        self.offset, self.total = offset, page.total
        self.model.set_rows(page.rows)
        if page.total == 0:
            self.page_label.setText(self.tr("Tidak ada entri yang cocok"))
        else:
            self.page_label.setText(self.tr("Entri {first}–{last} dari {total} (terbaru dahulu)")
                                    .format(first=thousands(offset + 1),
                                            last=thousands(offset + len(page.rows)),
                                            total=thousands(page.total)))  # fmt: skip
        self.previous_button.setEnabled(offset > 0)
        self.next_button.setEnabled(offset + len(page.rows) < page.total)

    def _officers_arrived(self, officers: list[tuple[int, str]]) -> None:
        for officer_id, name in officers:
            self.officer.addItem(name, officer_id)

    def _failed(self, exc: BaseException) -> None:
        self.page_label.setText("")
        self.verify_button.setEnabled(True)
        show_error(self, exc)

    # -- checking and exporting -----------------------------------------------------------
    def verify(self) -> None:
        engine = self.engine
        self.verify_button.setEnabled(False)
        self.verdict_label.setStyleSheet("")
        self.verdict_label.setText(self.tr("Memeriksa rantai hash…"))
        officer = acting_officer_of(self)
        run_task(lambda: audit.check(engine, officer), self._verified, self._failed)

    def _verified(self, verdict: audit.Verdict) -> None:
        self.verify_button.setEnabled(True)
        if not verdict.problems:
            self.verdict_label.setStyleSheet(OK_STYLE)
            said = self.tr("Jejak audit utuh: {count} entri. Hash terakhir: {hash}")
            self.verdict_label.setText(
                said.format(count=thousands(verdict.count), hash=verdict.last_hash)
            )
            return
        shown = verdict.problems[:5]
        more = len(verdict.problems) - len(shown)
        self.verdict_label.setStyleSheet(ERROR_STYLE)
        self.verdict_label.setText(
            self.tr("Jejak audit TIDAK utuh: {n} masalah.").format(n=len(verdict.problems))
            + "\n" + "\n".join(shown)
            + (self.tr("\n… dan {more} lainnya (pengaduan audit verify)").format(more=more)
               if more else "")
        )  # fmt: skip

    def export(self) -> None:
        engine, filters = self.engine, self.filters()

        def chosen(path: Path) -> None:
            self.verdict_label.setStyleSheet("")
            self.verdict_label.setText(self.tr("Mengekspor…"))
            officer = acting_officer_of(self)
            run_task(lambda: audit.export_csv(engine, path, filters, officer),
                     lambda n: self._exported(n, path), self._failed)  # fmt: skip

        self.choose_file(self, "Jejak-audit.csv", chosen)

    def _exported(self, count: int, path: Path) -> None:
        self.verdict_label.setStyleSheet(OK_STYLE)
        self.verdict_label.setText(
            self.tr("{count} entri diekspor ke {path}").format(count=thousands(count), path=path)
        )
