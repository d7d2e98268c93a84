"""Pengaturan › Batas waktu per tahap: the working days the desk has to verify a complaint
and the default a disposition gives the unit to reply (core.step_deadlines)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.operations import Operation, Query, changed

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.step_deadlines import StepDays


class StepDaysDialog(QDialog):
    def __init__(self, engine: Engine, officer: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.engine, self.officer = engine, officer
        self.setObjectName("stepDaysDialog")
        self.setWindowTitle(self.tr("Batas waktu per tahap"))
        root = QVBoxLayout(self)
        note = QLabel(self.tr("Hari kerja menurut kalender kerja kantor. Batas balasan unit "
                              "adalah bawaan saat disposisi dan tidak melewati batas waktu "
                              "penyelesaian pengaduan."))  # fmt: skip
        note.setWordWrap(True)
        root.addWidget(note)
        form = QFormLayout()
        self.verification, self.reply = QSpinBox(), QSpinBox()
        for spin in (self.verification, self.reply):
            spin.setRange(1, 30)
            spin.setSuffix(self.tr(" hari kerja"))
        form.addRow(self.tr("Verifikasi sejak diterima"), self.verification)
        form.addRow(self.tr("Balasan unit sejak disposisi"), self.reply)
        root.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        root.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Simpan"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)
        self.save_button.setEnabled(False)
        from pengaduan_desktop.core.step_deadlines import read_step_days

        Query(self, lambda: read_step_days(engine), self._show).run_in_background()

    def _show(self, days: StepDays) -> None:
        self.verification.setValue(days.verification)
        self.reply.setValue(days.reply)
        self.save_button.setEnabled(True)

    def save(self) -> None:
        from pengaduan_desktop.core.step_deadlines import set_step_days

        engine, officer = self.engine, self.officer()
        verification, reply = self.verification.value(), self.reply.value()
        self.save_button.setEnabled(False)
        Operation(self, lambda: set_step_days(engine, verification, reply, officer),
                  changed(office=True)).success(self._saved).failure(
                      self._failed).run_in_background(initiator=self)  # fmt: skip

    def _saved(self, _changes: object) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("✓ Batas waktu per tahap disimpan."))

    def _failed(self, exc: BaseException) -> None:
        from pengaduan_desktop.core.errors import user_message
        from pengaduan_desktop.ui.language import current

        self.save_button.setEnabled(True)
        self.message.setStyleSheet("color: #b00020;")
        message = user_message(exc, current())
        if message is None:  # a bug: the crash report, not a line beside the field
            show_error(self, exc)
            return
        self.message.setText(message)
