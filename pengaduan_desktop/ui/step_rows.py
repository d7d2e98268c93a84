"""What issue 12 adds to a complaint's page (ui.complaint_dialog): the deadline of each step
among the facts, the working days a disposition gives the unit, and the Survei Kepuasan
Masyarakat of a closed complaint (record the answers, print the form)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from pengaduan_desktop.core.indonesian import window_date
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.operations import Query
from pengaduan_desktop.ui.pdf_output import PdfJob

if TYPE_CHECKING:
    from pengaduan_desktop.core.complaint_detail import ComplaintDetail
    from pengaduan_desktop.core.step_deadlines import StepDeadline
    from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog
    from pengaduan_desktop.ui.survey_dialog import SurveyDialog

MET = {
    True: QT_TRANSLATE_NOOP("StepRows", "tepat waktu"),
    False: QT_TRANSLATE_NOOP("StepRows", "terlambat"),
    None: QT_TRANSLATE_NOOP("StepRows", "menunggu"),
}
MET_COLOUR = {True: "#1b5e20", False: "#b00020", None: "#333333"}
# A step the complaint's closing ended (not waiting).
ENDED = QT_TRANSLATE_NOOP("StepRows", "berakhir, pengaduan ditutup")


@dataclass(frozen=True)
class PageSteps:
    steps: list[StepDeadline]
    reply_days: int  # the office's default for a new disposition
    survey: tuple[tuple[int, ...], date, str] | None
    today: date
    reach: dict[int, date] | None = None  # the day n working days from today reaches


class StepRows(QObject):
    """A QObject of the page only for its texts: they translate in their own context."""

    def __init__(self, page: ComplaintDialog) -> None:
        super().__init__(page)
        self.page = page
        ui = page.ui
        self.steps_value = QLabel()
        self.steps_value.setObjectName("stepsValue")
        self.steps_value.setWordWrap(True)
        ui.factsLayout.addRow(self.tr("Batas tahap"), self.steps_value)
        self.survey_value = QLabel()
        self.survey_value.setObjectName("surveyValue")
        self.record_button = QPushButton(self.tr("Catat jawaban SKM…"))
        self.form_button = QPushButton(self.tr("Simpan formulir SKM (PDF)…"))
        self.print_button = QPushButton(self.tr("Cetak formulir SKM…"))
        # The answer's line above its buttons, wrapping: side by side they were wider than
        # a 1024 px screen once an answer was recorded.
        self.survey_value.setWordWrap(True)
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.survey_value)
        box = QHBoxLayout()
        column.addLayout(box)
        for button in (self.record_button, self.form_button, self.print_button):
            button.setAutoDefault(False)
            box.addWidget(button)
        box.addStretch(1)
        self.survey_row = row
        ui.factsLayout.addRow(self.tr("Survei kepuasan"), row)
        self.reply_days = QSpinBox()
        self.reply_days.setObjectName("replyDaysSpin")
        self.reply_days.setRange(1, 30)
        self.reply_days.setSuffix(self.tr(" hari kerja"))
        self.reply_days.setToolTip(self.tr("Batas waktu unit kerja membalas, dihitung dari "
                                           "hari disposisi; tidak melewati batas waktu "
                                           "penyelesaian pengaduan."))  # fmt: skip
        # Beside the days: when they reach past the complaint's due date, the unit gets that
        # date instead (core.step_deadlines), and the officer is told so.
        self.reply_note = QLabel()
        self.reply_note.setObjectName("replyDaysNote")
        self.reply_note.setWordWrap(True)
        self.reply_note.setStyleSheet("color: #8a4b00;")
        days_row = QWidget()
        days_box = QHBoxLayout(days_row)
        days_box.setContentsMargins(0, 0, 0, 0)
        days_box.addWidget(self.reply_days)
        days_box.addWidget(self.reply_note, 1)
        self.reply_days_row = days_row
        self._reach: tuple[dict[int, date], date, date] | None = None
        self.reply_days.valueChanged.connect(self._tell_cut)
        at = ui.actionsLayout.getWidgetPosition(ui.targetUnitCombo)[0] + 1
        ui.actionsLayout.insertRow(at, self.tr("Batas balasan unit"), days_row)
        self.record_button.clicked.connect(self.record_survey)
        self.form_button.clicked.connect(self.save_form)
        self.print_button.clicked.connect(self.print_form)
        self.dialog: SurveyDialog | None = None
        self._days_set = False

    # -- the page's hooks -------------------------------------------------------------------
    def action_changed(self, action: str | None) -> None:
        self.page.ui.actionsLayout.setRowVisible(self.reply_days_row, action == "dispose")

    def value_for(self, action: str) -> int | None:
        return self.reply_days.value() if action == "dispose" else None

    def show_for(self, d: ComplaintDetail) -> None:
        from pengaduan_desktop.core.clock import today
        from pengaduan_desktop.core.step_deadlines import complaint_steps, read_step_days
        from pengaduan_desktop.core.step_reach import reply_reach
        from pengaduan_desktop.core.survey import survey_of

        engine, cid, viewer = self.page.engine, d.id, self.page.acting_officer()
        closed = d.status == "selesai"
        self.page.ui.factsLayout.setRowVisible(self.survey_row, closed)

        due = d.due_date

        def read() -> PageSteps:
            return PageSteps(complaint_steps(engine, cid, viewer), read_step_days(engine).reply,
                             survey_of(engine, cid) if closed else None, today(),
                             reply_reach(engine, today()))  # fmt: skip

        self._due = due

        Query(self.page, read, self._show).run_in_background()

    def _show(self, read: PageSteps) -> None:
        from pengaduan_desktop.core.survey import SOURCE_LABELS, Source, index

        parts = []
        for s in read.steps:
            met = s.met(read.today)
            said = self.tr(ENDED if s.ended_on is not None else MET[met])
            parts.append(f"{language.label(s.step)} {window_date(s.due)} "
                         f"<span style='color:{MET_COLOUR[met]}'>({said})</span>")  # fmt: skip
        self.steps_value.setText(" · ".join(parts))
        if not self._days_set:  # the default once; what the officer chose stays
            self.reply_days.setValue(read.reply_days)
            self._days_set = True
        self._reach = (read.reach, self._due, read.today) if read.reach is not None else None
        self._tell_cut(self.reply_days.value())
        if read.survey is None:
            self.survey_value.setText(self.tr("Belum diisi"))
        else:
            answers, day, source = read.survey
            result = index([answers])
            assert result is not None
            self.survey_value.setText(
                self.tr("Diisi {day} ({how}); nilai IKM {ikm} ({letter})").format(
                    day=window_date(day),
                    how=SOURCE_LABELS[Source(source)].lower(),
                    ikm=f"{result.ikm:.2f}".replace(".", ","),
                    letter=result.category.letter,
                )
            )
        self.record_button.setEnabled(read.survey is None)

    def _tell_cut(self, days: int) -> None:
        """Days reaching past the complaint's due date: the day the unit gets instead, by the
        rule the saved step follows (core.step_deadlines.unit_reply_due), counted from today,
        the disposition's day."""
        from pengaduan_desktop.core.step_deadlines import unit_reply_due

        text = ""
        if self._reach is not None and days in self._reach[0]:
            reach, final_due, today = self._reach
            if reach[days] > final_due:
                due = unit_reply_due(today, reach[days], final_due)
                text = self.tr(
                    "Melewati batas waktu pengaduan: unit membalas paling lambat {due}."
                ).format(due=window_date(due))
        self.reply_note.setText(text)

    # -- the survey -------------------------------------------------------------------------
    def record_survey(self) -> SurveyDialog | None:
        from pengaduan_desktop.core.clock import today
        from pengaduan_desktop.ui.survey_dialog import SurveyDialog

        d = self.page.detail
        if d is None:
            return None
        self.dialog = SurveyDialog(self.page.engine, d.id, d.tracking_number, today(),
                                   self.page.acting_officer, self.page)  # fmt: skip
        self.dialog.saved.connect(self.page.reload)
        self.dialog.open()
        return self.dialog

    def _form_job(self) -> PdfJob:
        page = self.page
        engine, cid, officer = page.engine, page.complaint_id, page.acting_officer()

        def produce() -> bytes:
            from pengaduan_desktop.services.survey_form import survey_form_pdf

            return survey_form_pdf(engine, cid, officer)

        number = page.detail.tracking_number if page.detail else ""
        return PdfJob(produce, lambda _what: None, lambda _busy: None,
                      lambda exc: show_error(page, exc), f"Formulir SKM {number}",
                      engine=engine)  # fmt: skip

    def save_form(self) -> None:
        page = self.page
        number = page.detail.tracking_number if page.detail else ""
        said = self.tr("Formulir disimpan ke {path}")
        self._form_job().save(
            page,
            page.choose_file,
            f"Formulir-SKM-{number}.pdf",
            lambda path: self.survey_value.setText(said.format(path=path)),
        )

    def print_form(self) -> None:
        page = self.page
        self._form_job().print(page, page.choose_printer, lambda _pages: self.survey_value.setText(
            self.tr("Formulir SKM dikirim ke printer.")))  # fmt: skip
