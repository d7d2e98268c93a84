"""The monthly report tab: choose a month, see its figures and its pages, type the conclusions
and recommendations, then issue, print, save or export. Generation runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QImage, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QWidget,
)

from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.generated.ui_report import Ui_ReportTab
from pengaduan_desktop.ui.msgbox import ask, show_error
from pengaduan_desktop.ui.operations import Operation, Query, changed, subscribe
from pengaduan_desktop.ui.page_view import FittedPage
from pengaduan_desktop.ui.pdf_output import (
    FileChooser,
    PdfJob,
    PrinterChooser,
    choose_pdf_file,
    choose_printer,
    unless_refused,
)
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.door import Changes
    from pengaduan_desktop.core.monthly import Month, MonthFigures
    from pengaduan_desktop.core.reports import Draft, IssuedInfo

PREVIEW_DPI = 70
FILE_NAME = "Laporan-Pengaduan"


def issued_name(info: IssuedInfo) -> str:
    """An issued report's file: Laporan-Pengaduan-2026-10, then -revisi-1, -revisi-2, …"""
    revision = f"-revisi-{info.revision}" if info.revision else ""
    return f"{FILE_NAME}-{info.month}{revision}"


PREVIEW_FIRST, PREVIEW_LAST = 12, 3  # pages of a long report shown in the preview
MONTHS_BACK = 24
DRAFT_DELAY_MS = 1500  # the draft is saved this long after the officer stops typing


@dataclass(frozen=True)
class Preview:
    total: int  # pages of the PDF
    shown: list[int]  # the numbers (from 0) of the pages shown
    images: list[QImage]


def preview_pages(total: int) -> list[int]:
    """The pages a preview of `total` pages shows: every one, or the first and the last few."""
    if total <= PREVIEW_FIRST + PREVIEW_LAST:
        return list(range(total))
    return [*range(PREVIEW_FIRST), *range(total - PREVIEW_LAST, total)]


def month_label(month: Month) -> str:
    return language.month_year(month.year, month.month)


class _Holder(QWidget):
    """Holds the pane without a layout: a scroll area whose content has a layout with a
    wrapped label sizes it to its preferred height (the text boxes' full hints), so it would
    scroll even where the pane fits."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__()
        self.pane = pane
        pane.setParent(self)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self.pane.setGeometry(self.rect())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.pane.minimumSizeHint().expandedTo(self.pane.minimumSize())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.minimumSizeHint()


class TallPane(QScrollArea):
    """A pane that scrolls up and down on a short screen (1366×768 at 125%) instead of making
    the tab, and the window, taller than the screen; as wide as its content needs."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(_Holder(pane))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        holder = self.widget()
        least = holder.minimumSizeHint() if holder else QSize()
        room = self.verticalScrollBar().sizeHint().width()
        return QSize(least.width() + room, min(least.height(), 120))


class ReportTab(QWidget):
    progress = Signal(int)  # emitted from the worker; delivered on the GUI thread
    BAR_MAXIMUM = 100  # the work reports percent
    summarised = Signal(int, object)  # the figures (a generation's), before its PDF is laid out

    def __init__(self, acting_officer: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.engine: Engine | None = None
        self.acting_officer = acting_officer
        self.may_draft = True  # the signed-in role may write the conclusions (main window)
        self.choose_file: FileChooser = choose_pdf_file
        self.choose_printer: PrinterChooser = choose_printer
        self.pdf: bytes | None = None  # what the preview shows
        self.pdf_label = ""
        self.pdf_name = FILE_NAME  # the file name offered for the report shown (_previewed)
        self.figures: MonthFigures | None = None
        self.reports: list[IssuedInfo] = []
        self._generation = 0
        # Drawn in Qt Designer (forms/report.ui); the names below are what the code uses.
        self.ui = Ui_ReportTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.month = ui.monthCombo
        # A long value ("78.068 (tepat waktu 60.224, …)") wraps rather than widening the pane.
        ui.closedValue.setWordWrap(True)
        self.figure_labels: dict[str, QLabel] = {
            "received": ui.receivedValue, "carried_over": ui.carriedOverValue,
            "closed": ui.closedValue, "overdue_at_end": ui.overdueAtEndValue,
            "escalated": ui.escalatedValue, "average": ui.averageValue, "rate": ui.rateValue,
        }  # fmt: skip
        self.conclusions = ui.conclusionsEdit
        self.recommendations = ui.recommendationsEdit
        self.draft_status = ui.draftLabel
        self.draft_month: Month | None = None  # whose text the boxes hold
        self._draft_dirty = False
        self._loading_draft = False  # the boxes are being filled: not the officer typing
        self._draft_loading = False  # a draft is being read
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        for edit in (self.conclusions, self.recommendations):
            edit.textChanged.connect(self._draft_changed)
        self.preview_button = ui.previewButton
        self.issue_button = ui.issueButton
        self.print_button = ui.printButton
        self.save_button = ui.savePdfButton
        self.xlsx_button = ui.xlsxButton
        self.csv_button = ui.csvButton
        self.bar = ui.progressBar
        self.status = ui.statusLabel
        self.pages = ui.pagesLayout
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll = ui.pagesScroll
        self.stale, self.stale_button = stale_note(self)
        ui.leftPaneLayout.insertWidget(ui.leftPaneLayout.indexOf(self.status) + 1, self.stale)
        self.stale_button.clicked.connect(self.refresh_figures)
        self.issued_table = ui.issuedTable
        header = self.issued_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.open_issued = ui.openIssuedButton
        self.left_pane = TallPane(ui.leftPane)
        ui.splitter.insertWidget(0, self.left_pane)  # 125%: the status bar stays in view
        ui.rightSplitter.setSizes([520, 180])
        ui.splitter.setSizes([420, 900])
        self.progress.connect(self._progressed)
        self.summarised.connect(self._summarised)
        self.month.currentIndexChanged.connect(self._month_changed)
        self.preview_button.clicked.connect(self.make_preview)
        self.issue_button.clicked.connect(self.issue_report)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.csv_menu = csv_menu(self.csv_button, lambda sep: self.export("csv", sep))
        self.open_issued.clicked.connect(self.show_issued)
        self.issued_table.doubleClicked.connect(lambda _i: self.show_issued())
        self._set_outputs()
        self.setEnabled(False)
        subscribe(self._operation_executed)

    # -- state ----------------------------------------------------------------------------
    def attach(self, engine: Engine, chosen: Month) -> None:
        from pengaduan_desktop.core.clock import today as today_local

        self.engine = engine
        today = today_local()
        from pengaduan_desktop.core.monthly import Month

        month = Month(today.year, today.month)
        self.month.blockSignals(True)
        self.month.clear()
        for _ in range(MONTHS_BACK):
            self.month.addItem(month_label(month), str(month))
            month = month.previous
        self.month.setCurrentIndex(max(self.month.findData(str(chosen)), 0))
        self.month.blockSignals(False)
        self.setEnabled(True)
        self.load_draft()  # then the figures, when the tab is shown (they print the text)
        self.refresh_issued()

    def new_day(self) -> None:
        """A month that has begun comes first in the list; the chosen month stays chosen."""
        from pengaduan_desktop.core.clock import today
        from pengaduan_desktop.core.monthly import Month

        day = today()
        month = Month(day.year, day.month)
        if self.month.count() and self.month.itemData(0) != str(month):
            self.month.blockSignals(True)
            self.month.insertItem(0, month_label(month), str(month))
            self.month.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        if self.engine is not None and self.pdf is None and not self._draft_loading:
            self.refresh_figures()  # the month's figures and pages when the officer comes in
        super().showEvent(event)

    def _operation_executed(self, changes: Changes, initiator: object) -> None:
        """Complaints changed elsewhere (another tab or another desk): a report made or being
        made is kept, with a note and "Perbarui" (rendering a big month takes a minute of
        CPU; the officer decides when); a report issued anywhere: the list of issued ones."""
        if initiator is self or self.engine is None:
            return
        # Complaints named (an intake, an action, a small import, a merge, an erasure): the
        # note only when the report reads one of them. Rows changed unnamed (a large import),
        # the calendar, the office or its lists (a unit's name): the note.
        if self.pdf is not None and (changes.office or changes.calendar or changes.lists or (
                changes.complaint_list and not changes.complaints)):  # fmt: skip
            self.stale.setVisible(True)
        elif self.pdf is not None and changes.complaints:
            self._stale_if_read(changes.complaints)
        if changes.reports:
            self.refresh_issued()

    def _stale_if_read(self, ids: frozenset[int]) -> None:
        """The note, when the report shown reads one of the complaints changed (asked of the
        database off the GUI thread): a complaint of a later month leaves it as it is."""
        from pengaduan_desktop.core.monthly import month_reads

        engine, month, generation = self.engine, self.selected_month(), self._generation
        if engine is None:
            return

        def answered(reads: bool) -> None:
            if reads and generation == self._generation and self.pdf is not None:
                self.stale.setVisible(True)

        run_task(lambda: month_reads(engine, month, ids), answered, self._failed)

    def selected_month(self) -> Month:
        from pengaduan_desktop.core.monthly import Month

        return Month.parse(self.month.currentData())

    def _set_outputs(self) -> None:
        has_pdf = bool(self.pdf)
        for button in (self.print_button, self.save_button):
            button.setEnabled(has_pdf)
        for button in (self.xlsx_button, self.csv_button):
            button.setEnabled(self.figures is not None)

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        # Until the first part of the work reports, the bar moves without a figure (the
        # month's figures of a large month take a while before any page is laid out).
        self.bar.setRange(0, 0 if busy else self.BAR_MAXIMUM)
        self.bar.setValue(0)
        for button in (self.preview_button, self.issue_button):
            button.setEnabled(not busy)

    def _progressed(self, value: int) -> None:
        if value > 0 and self.bar.maximum() == 0:
            self.bar.setRange(0, self.BAR_MAXIMUM)
        self.bar.setValue(value)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_draft()  # leaving the tab keeps what was typed
        super().hideEvent(event)

    # -- drafts: the month's conclusions and recommendations, kept as they are typed --------
    def _draft_changed(self) -> None:
        if self._loading_draft or self.draft_month is None:
            return
        self._draft_dirty = True
        self.draft_status.setText(self.tr("Draf belum tersimpan…"))
        self.draft_timer.start()

    def save_draft(self) -> None:
        """Store the text in the boxes as the draft of the month it was typed for."""
        self.draft_timer.stop()
        engine, month = self.engine, self.draft_month
        if not self._draft_dirty or engine is None or month is None or not self.may_draft:
            return
        from pengaduan_desktop.core.reports import save_draft

        conclusions, recommendations = self._texts()
        officer = self.acting_officer()
        self._draft_dirty = False  # typing again meanwhile marks it again
        self.draft_status.setText(self.tr("Menyimpan draf…"))

        def saved(_none: None) -> None:
            if not self._draft_dirty:
                self.draft_status.setText(self.tr("Draf {month} tersimpan.").format(
                    month=month_label(month)))  # fmt: skip

        def failed(exc: BaseException) -> None:
            self._draft_dirty = self._draft_dirty or month == self.draft_month  # try again
            self.draft_status.setText(self.tr("Draf gagal disimpan."))
            show_error(self, exc)

        Operation(self, lambda: save_draft(engine, month, conclusions, recommendations, officer),
                  changed(reports=True)).success(saved).failure(failed).run_in_background(
                      initiator=self)  # fmt: skip

    def load_draft(self) -> None:
        """Put the selected month's draft in the boxes (empty when it has none)."""
        engine = self.engine
        if engine is None or self.month.currentData() is None:
            return  # nothing to load before the database is open (no heavy imports either)
        from pengaduan_desktop.core.reports import load_draft

        month = self.selected_month()
        self._draft_loading = True
        Query(self, lambda: load_draft(engine, month), lambda draft: self._show_draft(
            month, draft)).loading(self._loading).run_in_background()  # fmt: skip

    def _loading(self, busy: bool) -> None:
        for edit in (self.conclusions, self.recommendations):
            edit.setReadOnly(busy or not self.may_draft)
        if busy:
            self.draft_status.setText(self.tr("Memuat draf…"))
        else:
            self._draft_loading = False

    def _show_draft(self, month: Month, draft: Draft) -> None:
        if month != self.selected_month():
            return  # the officer chose another month meanwhile: its draft is on its way
        self._loading_draft = True
        try:
            self.conclusions.setPlainText(draft.conclusions)
            self.recommendations.setPlainText(draft.recommendations)
        finally:
            self._loading_draft = False
        self.draft_month, self._draft_dirty = month, False
        saved = draft.conclusions or draft.recommendations
        self.draft_status.setText(
            self.tr("Draf {month}.").format(month=month_label(month)) if saved else ""
        )
        if self.isVisible():  # the pages print the text: made once it is in the boxes
            self.refresh_figures()
        else:
            self.pdf = None  # prepared when the tab is shown

    def _month_changed(self) -> None:
        self.save_draft()  # the text stays with the month it was typed for
        self.load_draft()

    def refresh_figures(self) -> None:
        """The chosen month's figures and pages, as of now (a preview, off the GUI thread)."""
        if self.engine is None:
            return
        self.make_preview()

    def _show_figures(self, figures: MonthFigures) -> None:
        self.figures = figures
        thousands = language.number
        values = {
            "received": thousands(figures.received),
            "carried_over": thousands(figures.carried_over),
            "overdue_at_end": thousands(figures.overdue_at_end),
            "escalated": thousands(figures.escalated),
            "average": language.decimal(figures.average_days, 2),
            "rate": language.percent(figures.on_time_rate),
        }  # fmt: skip
        values["closed"] = self.tr("{closed} (tepat waktu {on_time}, terlambat {late}, "
                                   "ditolak {rejected})").format(
            closed=thousands(figures.closed), on_time=thousands(figures.closed_on_time),
            late=thousands(figures.closed_late), rejected=thousands(figures.rejected))  # fmt: skip
        for key, value in values.items():
            self.figure_labels[key].setText(value)
        self._set_outputs()

    def refresh_issued(self) -> None:
        from pengaduan_desktop.core.reports import issued_reports

        engine = self.engine
        if engine is not None:
            run_task(lambda: issued_reports(engine), self._show_issued_list, self._failed)

    def _show_issued_list(self, reports: list[IssuedInfo]) -> None:
        self.reports = reports
        self.issued_table.setRowCount(len(reports))
        for row, r in enumerate(reports):
            for column, text in enumerate((month_label(r.month), str(r.revision),
                                           r.letter_number, language.plain_date(r.issued_on),
                                           r.sha256[:16] + "…")):  # fmt: skip
                self.issued_table.setItem(row, column, QTableWidgetItem(text))
        self.open_issued.setEnabled(bool(reports))

    # -- generating -----------------------------------------------------------------------
    def make_preview(self) -> None:
        from pengaduan_desktop.services.monthly_report import preview

        engine, month = self.engine, self.selected_month()
        if engine is None:
            return
        conclusions, recommendations = self._texts()
        self._release()  # the previous render's PDF and pages go before the next is made
        self._busy(True)
        self.status.setText(self.tr("Menyusun laporan {month}…").format(month=month_label(month)))
        self._generation += 1
        generation = self._generation

        def work() -> tuple[MonthFigures, bytes, Preview]:
            figures, pdf = preview(engine, month, conclusions, recommendations,
                                   self.progress.emit, lambda f: self.summarised.emit(
                                       generation, f))  # fmt: skip
            return figures, pdf, self._images(pdf)

        def done(result: tuple[MonthFigures, bytes, Preview]) -> None:
            if generation == self._generation:  # a later month's preview supersedes this one
                self._previewed(*result, self.tr("pratinjau"), f"{FILE_NAME}-{month}-DRAF")

        run_task(work, done, self._failed)

    def _summarised(self, generation: int, figures: MonthFigures) -> None:
        if generation == self._generation:  # not a superseded month's
            self._show_figures(figures)
            self.status.setText(self.tr("Angka {month} siap; menyusun halaman laporan…").format(
                month=month_label(figures.month)))  # fmt: skip

    def _release(self) -> None:
        """Drop what the shown report holds (its PDF, its page pixmaps), so a render does not
        add its memory to the last one's."""
        self.pdf = b""  # a preview is on its way: showing the tab again does not start another
        self.stale.setVisible(False)
        self._clear_pages()
        self._set_outputs()

    @staticmethod
    def _images(pdf: bytes) -> Preview:
        """The pages the preview shows: all of a short report; of a long one (a month of
        thousands of complaints runs to hundreds of pages) the first and the last few, so
        that the window's memory does not grow with the month."""
        from pengaduan_desktop.ui.printing import page_count, page_images

        total = page_count(pdf)
        shown = preview_pages(total)
        return Preview(total, shown, page_images(pdf, PREVIEW_DPI, shown)[0])

    def _previewed(self, figures: MonthFigures | None, pdf: bytes, preview: Preview,
                   what: str, name: str) -> None:  # fmt: skip
        """`name`: the file name offered for it (a draft's ends -DRAF; an issued one's names
        its revision after the first), so that a draft never takes the issued one's name."""
        self._busy(False)
        if figures is not None:
            self._show_figures(figures)
        self.pdf, self.pdf_label, self.pdf_name = pdf, what, name
        self._clear_pages()
        before = -1
        for number, image in zip(preview.shown, preview.images, strict=True):
            if number != before + 1:  # the pages the preview leaves out, named between
                # Two short lines: whole in view beside the wider pages.
                gap = QLabel(self.tr("… halaman {first}–{last} tidak ditampilkan di pratinjau …\n"
                                     "simpan PDF atau cetak untuk membaca seluruhnya").format(
                    first=before + 2, last=number))  # fmt: skip
                gap.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.pages.addWidget(gap)
            before = number
            self.pages.addWidget(FittedPage(image))  # narrowed to the column at 1024
        self.status.setText(self.tr("{what}: {pages} halaman.", "", preview.total).format(
            what=what[:1].upper() + what[1:], pages=preview.total))  # fmt: skip
        self._set_outputs()

    def _clear_pages(self) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def issue_report(self) -> None:
        """Ask first, naming the number the report will carry; then issue it."""

        engine, month = self.engine, self.selected_month()
        if engine is None:
            return
        unless_refused(self, engine, lambda: self._ask_to_issue(engine, month))

    def _ask_to_issue(self, engine: Engine, month: Month) -> None:
        from pengaduan_desktop.core.reports import next_issue

        conclusions, _recommendations = self._texts()
        if not conclusions.strip():
            self.status.setText(self.tr("Tulis kesimpulan sebelum menerbitkan laporan."))
            self.conclusions.setFocus()
            return
        self.status.setText("")

        def question(upcoming: tuple[str, int]) -> None:
            number, revision = upcoming
            again = self.tr(" (revisi {n})").format(n=revision) if revision else ""
            text = self.tr(
                "Terbitkan laporan {month} dengan nomor surat {number}{revision}? Laporan yang "
                "diterbitkan dibekukan apa adanya; perbaikan sesudahnya menjadi revisi baru."
            ).format(month=month_label(month), number=number, revision=again)
            ask(self, self.tr("Terbitkan laporan"), text, self.tr("Terbitkan"),
                lambda: self._issue(month))  # fmt: skip

        run_task(lambda: next_issue(engine, month), question, self._failed)

    def _issue(self, month: Month) -> None:
        from pengaduan_desktop.core.reports import issued_pdf
        from pengaduan_desktop.services.monthly_report import issue

        engine = self.engine
        if engine is None:
            return
        conclusions, recommendations = self._texts()
        officer = self.acting_officer()
        self.save_draft()  # the draft holds the text even when issuing fails
        self._release()
        self._busy(True)

        def work() -> tuple[Any, bytes, Preview]:
            info = issue(engine, month, conclusions, recommendations, officer,
                         self.progress.emit)  # fmt: skip
            pdf = issued_pdf(engine, info.id)
            return info, pdf, self._images(pdf)

        def done(result: tuple[Any, bytes, Preview]) -> None:
            info, pdf, images = result
            self._previewed(None, pdf, images, self.tr("diterbitkan {number} revisi {rev}").format(
                number=info.letter_number, rev=info.revision), issued_name(info))  # fmt: skip
            self.refresh_issued()

        Operation(self, work, changed(reports=True)).success(done).failure(
            self._failed).run_in_background(initiator=self)  # fmt: skip

    def show_issued(self) -> None:
        from pengaduan_desktop.core.reports import issued_pdf

        rows = self.issued_table.selectionModel().selectedRows()
        engine = self.engine
        if not rows or engine is None:
            return
        info = self.reports[rows[0].row()]

        def work() -> tuple[None, bytes, Preview]:
            pdf = issued_pdf(engine, info.id)
            return None, pdf, self._images(pdf)

        label = self.tr("laporan {month} revisi {rev} ({number}), persis seperti diterbitkan")
        run_task(work, lambda r: self._previewed(*r, label.format(
            month=month_label(info.month), rev=info.revision, number=info.letter_number),
            issued_name(info)), self._failed)  # fmt: skip

    def _texts(self) -> tuple[str, str]:
        return self.conclusions.toPlainText(), self.recommendations.toPlainText()

    def _job(self) -> PdfJob:
        pdf = self.pdf or b""
        return PdfJob(lambda: pdf, lambda _what: None, self._busy, self._failed,
                      self.pdf_name, engine=self.engine)  # fmt: skip

    def print_report(self) -> None:
        if self.pdf:

            def done(pages: int) -> None:
                self.status.setText(self.tr(
                    "Laporan dikirim ke printer ({pages} halaman).", "", pages).format(
                    pages=pages))  # fmt: skip

            self._job().print(self, self.choose_printer, done)

    def save_report(self) -> None:
        if self.pdf:
            name = f"{self.pdf_name}.pdf"
            self._job().save(self, self.choose_file, name, lambda path: self.status.setText(
                self.tr("Laporan disimpan ke {path}").format(path=path)))  # fmt: skip

    def export(self, kind: str, delimiter: str = ",") -> None:
        from pengaduan_desktop.core.exports import export_month

        figures, engine, officer = self.figures, self.engine, self.acting_officer()
        if figures is None or engine is None:
            return

        def chosen(path: Path) -> None:
            from pengaduan_desktop.core.monthly import month_figures

            if path.suffix.lower() != f".{kind}":
                path = path.with_suffix(f".{kind}")
            # The preview's figures come without their lists: the export reads every row.
            run_task(lambda: export_month(engine, month_figures(engine, figures.month), path,
                                          officer, delimiter),
                     lambda p: self.status.setText(
                         self.tr("Data diekspor ke {path}").format(path=p)),
                     self._failed)  # fmt: skip

        self.choose_file(self, f"Pengaduan-{figures.month}.{kind}", chosen)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if self.pdf == b"":
            self.pdf = None  # the preview failed: the next visit tries again
        show_error(self, exc)


def stale_note(parent: QWidget) -> tuple[QFrame, QPushButton]:
    """The note shown when the data changed after the report was made, with its button."""
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet("QFrame { background: #fff4ce; }")
    row = QHBoxLayout(frame)
    label = QLabel(QCoreApplication.translate(
        "ReportTab", "Data telah berubah sejak laporan ini dibuat."), frame)  # fmt: skip
    label.setWordWrap(True)
    row.addWidget(label, 1)
    button = QPushButton(QCoreApplication.translate("ReportTab", "Perbarui"), frame)
    button.setToolTip(QCoreApplication.translate(
        "ReportTab", "Susun ulang angka dan pratinjau laporan dengan data terbaru"))  # fmt: skip
    row.addWidget(button)
    frame.setVisible(False)
    return frame, button


def csv_menu(button: QPushButton, chosen: Callable[[str], None]) -> QMenu:
    """The CSV button's two kinds: "CSV (,)" and "Excel Indonesia (;)", which Excel in the
    Indonesian locale opens as columns (core.spreadsheet.DELIMITERS)."""
    from pengaduan_desktop.core.spreadsheet import DELIMITERS

    menu = QMenu(button)
    for delimiter, name in DELIMITERS.items():
        menu.addAction(button.tr(name) + "…").triggered.connect(
            lambda _checked=False, d=delimiter: chosen(d))  # fmt: skip
    button.setMenu(menu)
    return menu
