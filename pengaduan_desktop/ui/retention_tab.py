"""Pengaturan › Masa simpan: how many years a closed complaint keeps its complainant's identity
(UU 27/2022), and anonymising those past it now (the same as `pengaduan retention run`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSpinBox, QWidget
from sqlalchemy import Engine

from pengaduan_desktop.core.erasure import (
    MAX_RETENTION_YEARS,
    Retention,
    retention_years,
    run_retention,
    set_retention_years,
)
from pengaduan_desktop.core.indonesian import long_date
from pengaduan_desktop.ui.msgbox import ask
from pengaduan_desktop.ui.setting_page import SettingPage
from pengaduan_desktop.ui.tasks import run_task


class RetentionTab(SettingPage):
    changed = Signal()

    def __init__(self, engine: Engine, acting_officer: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(engine, acting_officer, self.tr(
            "Identitas pengadu (nama, nomor identitas, alamat, telepon, email) pada pengaduan "
            "yang sudah ditutup lebih lama dari masa simpan dianonimkan; pengaduannya tetap "
            "tercatat untuk statistik (UU 27/2022 tentang Pelindungan Data Pribadi). Perintah "
            "'pengaduan retention run' melakukan hal yang sama dan dapat dijadwalkan."
        ), parent)  # fmt: skip
        self.years = QSpinBox()
        self.years.setRange(1, MAX_RETENTION_YEARS)
        self.years.setSuffix(self.tr(" tahun"))
        self.add_row(self.tr("Masa simpan"), self.years)
        self.run_button = self.add_button(self.tr("Anonimkan sekarang…"))
        self.save_button = self.add_button(self.tr("Simpan masa simpan"))
        self.save_button.clicked.connect(self.save)
        self.run_button.clicked.connect(self.ask_run)

    def reload(self) -> None:
        engine = self.engine
        run_task(lambda: retention_years(engine), self.years.setValue, self._failed)

    def save(self) -> None:
        engine, years, officer = self.engine, self.years.value(), self.acting_officer()
        self.save_button.setEnabled(False)
        run_task(lambda: set_retention_years(engine, years, officer), self._saved, self._failed)

    def _saved(self, _changes: object) -> None:
        self.save_button.setEnabled(True)
        self.say(self.tr("✓ Masa simpan tersimpan: {years} tahun.").format(
            years=self.years.value()))  # fmt: skip
        self.changed.emit()

    def ask_run(self) -> None:
        ask(self, self.tr("Anonimkan pengadu"), self.tr(
            "Anonimkan identitas pengadu pada pengaduan yang ditutup lebih dari {years} tahun "
            "yang lalu? Penghapusan tidak dapat dibatalkan.").format(years=self.years.value()),
            self.tr("Anonimkan"), self.run)  # fmt: skip

    def run(self) -> None:
        engine, officer = self.engine, self.acting_officer()
        self.run_button.setEnabled(False)
        run_task(lambda: run_retention(engine, officer), self._ran, self._failed)

    def _ran(self, done: Retention) -> None:
        self.run_button.setEnabled(True)
        self.say(self.tr(
            "✓ {count} pengadu dianonimkan (pengaduan yang ditutup sebelum {day})."
        ).format(count=done.complainants, day=long_date(done.before)))  # fmt: skip
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.run_button.setEnabled(True)
        self.tell(exc)
