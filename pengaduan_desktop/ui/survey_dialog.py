"""Survei Kepuasan Masyarakat: the officer records a closed complaint's answers, asked at the
desk or typed from the printed form. The nine elements and the scale come from core.survey."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.core.indonesian import WINDOW_DATE_FORMAT
from pengaduan_desktop.core.survey import ELEMENTS, SCALE, SOURCE_LABELS, Source
from pengaduan_desktop.ui.date_typing import type_whole_dates
from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.operations import Operation, changed

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from sqlalchemy import Engine

ERROR_STYLE = "color: #b00020;"


class SurveyDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        engine: Engine,
        complaint_id: int,
        tracking_number: str,
        today: date,
        officer: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.complaint_id, self.officer = engine, complaint_id, officer
        self.setObjectName("surveyDialog")
        self.setWindowTitle(self.tr("Survei Kepuasan Masyarakat — {number}").format(
            number=tracking_number))  # fmt: skip
        root = QVBoxLayout(self)
        intro = QLabel(self.tr("Jawaban pengadu untuk sembilan unsur pelayanan (Permenpan RB "
                               "14/2017), skala 1 sampai 4."))  # fmt: skip
        intro.setWordWrap(True)
        root.addWidget(intro)
        grid = QGridLayout()
        for column, (value, label) in enumerate(SCALE.items(), start=1):
            grid.addWidget(QLabel(f"<b>{value}</b><br/>{label}"), 0, column)
        self.groups: list[QButtonGroup] = []
        for row, element in enumerate(ELEMENTS, start=1):
            name = QLabel(f"<b>{element.code}.</b> {element.name}")
            name.setToolTip(element.question)
            grid.addWidget(name, row, 0)
            group = QButtonGroup(self)
            for column, value in enumerate(SCALE, start=1):
                button = QRadioButton()
                button.setObjectName(f"{element.code}_{value}")
                button.setAccessibleName(f"{element.name}: {SCALE[value]}")
                group.addButton(button, value)
                grid.addWidget(button, row, column)
            group.idClicked.connect(lambda _v: self.message.setText(""))
            self.groups.append(group)
        grid.setColumnStretch(0, 1)
        root.addLayout(grid)
        form = QFormLayout()
        self.source = QComboBox()
        for source, label in SOURCE_LABELS.items():
            self.source.addItem(self.tr(label), source.value)
        self.answered_on = QDateEdit(QDate(today.year, today.month, today.day))
        type_whole_dates(self.answered_on)
        self.answered_on.setDisplayFormat(WINDOW_DATE_FORMAT)
        self.answered_on.setCalendarPopup(True)
        form.addRow(self.tr("Cara pengisian"), self.source)
        form.addRow(self.tr("Tanggal pengisian"), self.answered_on)
        root.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("surveyMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        root.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        accept = QDialogButtonBox.ButtonRole.AcceptRole
        self.save_button = self.buttons.addButton(self.tr("Simpan jawaban"), accept)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)

    def answers(self) -> list[int]:
        return [group.checkedId() for group in self.groups]

    def save(self) -> None:
        from pengaduan_desktop.core.survey import record_survey

        answers = self.answers()
        missing = [e.code for e, value in zip(ELEMENTS, answers, strict=True) if value < 1]
        if missing:
            self.message.setText(self.tr("Pilih jawaban untuk {codes}").format(
                codes=", ".join(missing)))  # fmt: skip
            return
        engine, cid, officer = self.engine, self.complaint_id, self.officer()
        day = self.answered_on.date().toPython()
        source = Source(self.source.currentData())
        self.save_button.setEnabled(False)
        Operation(self, lambda: record_survey(engine, cid, answers, day, source, officer),
                  changed(complaints=frozenset({cid}))).success(self._saved).failure(
                      self._failed).run_in_background(initiator=self)  # fmt: skip

    def _saved(self, _changes: object) -> None:
        self.saved.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from pengaduan_desktop.core.errors import user_message
        from pengaduan_desktop.ui.language import current

        self.save_button.setEnabled(True)
        message = user_message(exc, current())
        if message is None:  # a bug: the crash report, not a line beside the field
            show_error(self, exc)
            return
        self.message.setText(message)
