"""Pengaturan › Pegawai dan daftar kantor › Kunci layar: after how many minutes without use a
desk's window locks and asks the signed-in user's password again (office_profile)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSpinBox, QWidget
from sqlalchemy import Engine

from pengaduan_desktop.core.accounts import IDLE_MINUTES, idle_lock_minutes, set_idle_lock_minutes
from pengaduan_desktop.ui.rejection_reasons_dialog import OK_STYLE
from pengaduan_desktop.ui.setting_page import SettingPage
from pengaduan_desktop.ui.tasks import run_task


class IdleLockTab(SettingPage):
    changed = Signal()
    loaded = Signal()

    def __init__(self, engine: Engine, acting_officer: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(engine, acting_officer, self.tr(
            "Jendela yang tidak dipakai (tanpa ketikan atau gerakan tetikus) selama waktu ini "
            "terkunci: isinya disembunyikan sampai pengguna yang sama memasukkan kata sandinya "
            "lagi, atau keluar dari akun. Berlaku untuk semua meja, mulai saat masuk berikutnya."
        ), parent)  # fmt: skip
        self.minutes = QSpinBox()
        self.minutes.setRange(*IDLE_MINUTES)
        self.minutes.setSuffix(self.tr(" menit"))
        self.add_row(self.tr("Kunci layar setelah"), self.minutes)
        self.save_button = self.add_button(self.tr("Simpan kunci layar"))
        self.save_button.clicked.connect(self.save)

    def reload(self) -> None:
        engine = self.engine
        run_task(lambda: idle_lock_minutes(engine), self._loaded, self._failed)

    def _loaded(self, minutes: int) -> None:
        self.minutes.setValue(minutes)
        self.loaded.emit()

    def save(self) -> None:
        engine, minutes, officer = self.engine, self.minutes.value(), self.acting_officer()
        self.message.clear()
        self.save_button.setEnabled(False)
        run_task(lambda: set_idle_lock_minutes(engine, minutes, officer), self._saved,
                 self._failed)  # fmt: skip

    def _saved(self, _result: None) -> None:
        self.save_button.setEnabled(True)
        self.say(self.tr("✓ Tersimpan."), OK_STYLE)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.tell(exc)
