"""The service time tab: how many working days a complaint has, and which weekdays are
working days. Saving recomputes the due dates of the complaints still running."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)
from sqlalchemy import Engine

from pengaduan_desktop.core.field_errors import FieldsInvalid
from pengaduan_desktop.core.indonesian import WEEKDAYS
from pengaduan_desktop.core.lifecycle import MAX_SLA_DAYS
from pengaduan_desktop.core.service_time import ServiceTime, save_service_time, service_time
from pengaduan_desktop.ui.list_tab import sentence
from pengaduan_desktop.ui.operations import Operation, changed
from pengaduan_desktop.ui.rejection_reasons_dialog import ERROR_STYLE
from pengaduan_desktop.ui.setting_page import SettingPage
from pengaduan_desktop.ui.tasks import run_task


class ServiceTimeTab(SettingPage):
    changed = Signal()
    loaded = Signal()

    def __init__(self, engine: Engine, acting_officer: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(engine, acting_officer, self.tr(
            "Batas waktu tindak lanjut dihitung dalam hari kerja. Mengubahnya menghitung ulang "
            "batas waktu pengaduan yang masih berjalan; setiap perubahan tercatat pada riwayat "
            "pengaduan itu. Hari libur nasional dan libur kantor diatur di tab Kalender."
        ), parent)  # fmt: skip
        self.sla = QSpinBox()
        self.sla.setRange(1, MAX_SLA_DAYS)
        self.sla.setSuffix(self.tr(" hari kerja"))
        self.days = [QCheckBox(self.tr(name)) for name in WEEKDAYS]
        week = QHBoxLayout()
        for box in self.days:
            week.addWidget(box)
        week.addStretch(1)
        self.errors = {key: QLabel() for key in ("sla_days", "work_week")}
        for label in self.errors.values():
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
        self.add_row(self.tr("Batas waktu"), self.sla)
        self.form.addRow("", self.errors["sla_days"])
        self.form.addRow(self.tr("Hari kerja"), week)
        self.form.addRow("", self.errors["work_week"])
        self.save_button = self.add_button(self.tr("Simpan waktu layanan"))
        self.save_button.clicked.connect(self.save)

    def reload(self) -> None:
        engine = self.engine
        run_task(lambda: service_time(engine), self._loaded, self._failed)

    def _loaded(self, current: ServiceTime) -> None:
        self.sla.setValue(current.sla_days)
        for number, box in enumerate(self.days, start=1):
            box.setChecked(number in current.work_week)
        self.loaded.emit()

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.message.clear()
        engine, days, officer = self.engine, self.sla.value(), self.acting_officer()
        week = {n for n, box in enumerate(self.days, start=1) if box.isChecked()}
        self.save_button.setEnabled(False)
        # Due dates of running complaints move: every list and count refreshes itself.
        Operation(self, lambda: save_service_time(engine, days, week, officer),
                  changed(complaint_list=True, calendar=True, office=True)).success(
            self._saved).failure(self._failed).run_in_background(initiator=self)  # fmt: skip

    def _saved(self, moved: int) -> None:
        self.save_button.setEnabled(True)
        self.say(self.tr(
            "✓ Tersimpan. %n pengaduan yang masih berjalan mendapat batas waktu baru.", "", moved
        ))  # fmt: skip
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, FieldsInvalid):
            for key, text in exc.errors.items():
                self.errors[key].setText(sentence(text))
                self.errors[key].show()
        else:
            self.tell(exc)
