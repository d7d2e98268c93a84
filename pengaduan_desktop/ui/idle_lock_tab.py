"""Pengaturan › Pegawai dan daftar kantor › Kunci layar: after how many minutes without use a
desk's window locks and asks the signed-in user's password again (office_profile)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from pengaduan_desktop.core.accounts import IDLE_MINUTES, idle_lock_minutes, set_idle_lock_minutes
from pengaduan_desktop.core.errors import UserError
from pengaduan_desktop.ui.list_tab import sentence
from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.rejection_reasons_dialog import ERROR_STYLE, OK_STYLE
from pengaduan_desktop.ui.tasks import run_task


class IdleLockTab(QWidget):
    changed = Signal()
    loaded = Signal()

    def __init__(self, engine: Engine, acting_officer: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.engine = engine
        self.acting_officer = acting_officer
        intro = QLabel(self.tr(
            "Jendela yang tidak dipakai (tanpa ketikan atau gerakan tetikus) selama waktu ini "
            "terkunci: isinya disembunyikan sampai pengguna yang sama memasukkan kata sandinya "
            "lagi, atau keluar dari akun. Berlaku untuk semua meja, mulai saat masuk berikutnya."
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.minutes = QSpinBox()
        self.minutes.setRange(*IDLE_MINUTES)
        self.minutes.setSuffix(self.tr(" menit"))
        row = QHBoxLayout()
        row.addWidget(self.minutes)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Kunci layar setelah"), row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Simpan kunci layar"))
        self.save_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
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
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("✓ Tersimpan."))
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(sentence(str(exc)))
        else:
            show_error(self, exc)
