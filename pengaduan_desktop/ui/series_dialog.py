"""Pengaturan → Penomoran surat: the classification code and the numbering pattern of each
kind of letter (core.agenda), with the number a letter issued today would look like."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from pengaduan_desktop.core.agenda import (
    LetterKind,
    Series,
    all_series,
    checked_series,
    clashing,
    format_number,
    save_all_series,
)
from pengaduan_desktop.core.clock import today
from pengaduan_desktop.core.errors import UserError
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.acting import acting_officer_of
from pengaduan_desktop.ui.language import say
from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.operations import Operation, Query, changed

ERROR_STYLE = "color: #b00020;"


class SeriesRow:
    def __init__(self, series: Series) -> None:
        self.kind = series.kind
        self.klasifikasi = QLineEdit(series.klasifikasi)
        self.klasifikasi.setObjectName(f"klasifikasi_{series.kind.value}")
        self.klasifikasi.setMaximumWidth(130)
        self.pattern = QLineEdit(series.pattern)
        self.pattern.setMinimumWidth(380)
        self.pattern.setObjectName(f"pattern_{series.kind.value}")
        self.example = QLabel()
        self.example.setObjectName(f"example_{series.kind.value}")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

    def series(self) -> Series:
        return checked_series(self.kind, self.klasifikasi.text(), self.pattern.text())

    def check(self) -> bool:
        """Show the example number, or what is wrong, next to the row."""
        try:
            number = format_number(self.series(), 1, today())
        except UserError as exc:
            message = say(exc)
            self.example.setText("")
            self.error.setText(message[:1].upper() + message[1:])
            self.error.show()
            return False
        self.example.setText(
            QCoreApplication.translate("SeriesDialog", "contoh: {number}").format(number=number)
        )
        self.error.hide()
        return True


class SeriesDialog(QDialog):
    loaded = Signal()  # the stored series are in the fields

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(self.tr("Penomoran surat"))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Setiap jenis surat bernomor urut sendiri per tahun dari buku agenda. Pola memakai "
            "{klasifikasi}, {seq} (nomor urut; {seq:03d} dengan nol di depan), {tahun}, {bulan} "
            "dan {bulan_romawi}. Nomor yang sudah diberikan tidak berubah."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.grid = grid = QGridLayout()
        for column, title in enumerate((self.tr("Jenis surat"), self.tr("Klasifikasi"),
                                        self.tr("Pola nomor"))):  # fmt: skip
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.rows: dict[LetterKind, SeriesRow] = {}
        self.waiting = QLabel(self.tr("Memuat penomoran surat…"))
        grid.addWidget(self.waiting, 1, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.clash = QLabel()  # two kinds that would print the same number
        self.clash.setObjectName("clash")
        self.clash.setStyleSheet(ERROR_STYLE)
        self.clash.setWordWrap(True)
        self.clash.hide()
        layout.addWidget(self.clash)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        Query(self, lambda: all_series(engine), self._show).loading(
            lambda busy: self.save_button.setEnabled(not busy)).run_in_background()  # fmt: skip

    def _show(self, stored: list[Series]) -> None:
        self.waiting.hide()
        for index, series in enumerate(stored):
            row = SeriesRow(series)
            self.rows[series.kind] = row
            line = 1 + index * 2
            self.grid.addWidget(QLabel(language.label(series.kind)), line, 0)
            self.grid.addWidget(row.klasifikasi, line, 1)
            self.grid.addWidget(row.pattern, line, 2)
            self.grid.addWidget(row.example, line + 1, 2)
            self.grid.addWidget(row.error, line + 1, 1, 1, 2)
            for edit in (row.klasifikasi, row.pattern):
                edit.textChanged.connect(row.check)
            row.check()
        self.loaded.emit()

    def save(self) -> None:
        if not all([row.check() for row in self.rows.values()]):
            return
        problem = clashing([row.series() for row in self.rows.values()])
        self.clash.setText(language.sentence(problem))
        self.clash.setVisible(bool(problem))
        if problem or not self.rows:
            return
        engine, given = self.engine, [row.series() for row in self.rows.values()]
        self.save_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            show_error(self, exc)

        officer = acting_officer_of(self)
        Operation(self, lambda: save_all_series(engine, given, officer),
                  changed(lists=True)).success(
            lambda _none: self.accept()).failure(failed).run_in_background(
                initiator=self)  # fmt: skip
