"""The intake tab: type a complaint, save it, print or save its receipt, reprint recent ones."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from pengaduan_desktop.core.validation import ComplaintInput, SavedComplaint, ValidationFailed
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.complaint_form import ComplaintForm, checked_input
from pengaduan_desktop.ui.generated.ui_intake import Ui_IntakeForm
from pengaduan_desktop.ui.intake_draft import IntakeDraft
from pengaduan_desktop.ui.live_desk import unreachable
from pengaduan_desktop.ui.msgbox import show_error, show_message
from pengaduan_desktop.ui.operations import Operation, changed, subscribe
from pengaduan_desktop.ui.paper_combo import PaperCombo
from pengaduan_desktop.ui.pdf_output import (
    FileChooser,
    PdfJob,
    PrinterChooser,
    choose_pdf_file,
    choose_printer,
    last_used_printer,
)
from pengaduan_desktop.ui.recent_model import COMPLAINANT, RecentComplaintsModel
from pengaduan_desktop.ui.related_panel import EarlierPanel, EarlierWatch, stack_above
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.door import (
        Changes,  # the database layer and printing load after the window is shown
    )
    from pengaduan_desktop.core.office import Desk
    from pengaduan_desktop.core.queries import RecentRow


RETRY_MS = 5_000  # a save the lost server refused is tried again this often


def receipt_pdf(engine: Engine, number: str, paper: str = "A4") -> bytes:
    """Read and render one receipt (in a worker; ReportLab loads on first use)."""
    from pengaduan_desktop.services.receipt import receipt_pdf as produce

    return produce(engine, number, paper)


def register_complaint(
    engine: Engine, data: ComplaintInput, officer: int | None, key: str | None = None
) -> SavedComplaint:
    from pengaduan_desktop.core.intake import register

    return register(engine, data, officer, key)


def record_printed(engine: Engine, number: str, text: str, officer: int | None) -> None:
    from pengaduan_desktop.core.events import record_event
    from pengaduan_desktop.core.vocabulary import EventKind

    record_event(engine, number, EventKind.PRINTED, text, officer)


class IntakeTab(QWidget):
    """The intake desk: the complaint form, New / Save / Print with their window-wide shortcuts,
    and the recent complaints to reprint."""

    saved = Signal(str)

    def __init__(
        self, acting_officer: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.engine: Engine | None = None
        self.acting_officer = acting_officer
        self.choose_file: FileChooser = choose_pdf_file
        self.choose_printer: PrinterChooser = choose_printer
        self.last_saved: SavedComplaint | None = None
        self.busy = False
        self.ui = Ui_IntakeForm()
        self.ui.setupUi(self)
        ui = self.ui
        self.form: ComplaintForm = ui.complaintForm
        self.draft = IntakeDraft(
            self.form,
            lambda: self.last_saved is None,
            self,
            save_key=(lambda: self.save_key, self._restore_save_key),
        )
        self._receipt_controls()
        self.recent = RecentComplaintsModel(self)
        ui.recentTable.setModel(self.recent)
        header = ui.recentTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMPLAINANT, QHeaderView.ResizeMode.Stretch)
        ui.recentTable.setWordWrap(False)
        metrics = ui.recentTable.fontMetrics()  # the number, a name's start and the date show
        ui.recentTable.setMinimumWidth(
            metrics.horizontalAdvance("ADU-2026-000000 Citra Dewi Lesta 00/00/0000") + 60
        )
        ui.recentTable.verticalHeader().hide()
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([960, 380])
        self.form.ui.columns.setStretch(0, 11)  # the complaint's own fields need the wider column
        self.form.ui.columns.setStretch(1, 9)
        self._connect()
        # Probable earlier complaints of this complainant, above the recent list (issue 12).
        self.earlier = EarlierPanel(lambda: self.last_saved.id if self.last_saved else None,
                                    acting_officer)  # fmt: skip
        self.earlier_watch = EarlierWatch(self.form, self.earlier)
        stack_above(ui.splitter, ui.recentGroup, self.earlier)
        self.new_complaint()
        self.setEnabled(False)
        subscribe(self._operation_executed)
        ui.resultLabel.setText(self.tr("Menghubungkan ke basis data…"))

    def _receipt_controls(self) -> None:
        """Paper size and preview beside the print button, which opens the print dialog."""
        ui = self.ui
        self.paper = PaperCombo()
        self.preview_button = QPushButton(self.tr("Pratinjau"))
        self.preview_button.setToolTip(self.tr("Lihat tanda bukti sebelum dicetak"))
        self.preview_button.clicked.connect(lambda: self.preview_receipt(self._saved_number()))
        at = ui.buttonRow.indexOf(ui.savePdfButton)
        ui.buttonRow.insertWidget(at, self.paper)
        ui.buttonRow.insertWidget(at + 1, self.preview_button)
        ui.printButton.setText(self.tr("Cetak…"))
        ui.printButton.setToolTip(self.tr("Pilih printer lalu cetak tanda bukti. Ctrl+P "
                                          "mencetak langsung ke printer terakhir."))  # fmt: skip
        ui.recentPrintButton.setText(self.tr("Cetak ulang…"))

    def attach(self, engine: Engine, desk: Desk) -> None:
        """The database is ready: fill the lists and open the form."""
        self.engine = engine
        self.earlier.engine = engine
        self.reload_people(desk)
        self.setEnabled(True)
        self.new_complaint()
        self.draft.open(engine.url.render_as_string(hide_password=True), self.acting_officer())
        self.refresh_recent()

    def reload_people(self, desk: Desk) -> None:
        self.form.reload_people(desk)

    def _connect(self) -> None:
        ui = self.ui
        ui.saveButton.clicked.connect(self.save)
        ui.newButton.clicked.connect(self.new_complaint)
        ui.printButton.clicked.connect(lambda: self.print_receipt(self._saved_number()))
        ui.savePdfButton.clicked.connect(lambda: self.save_receipt_pdf(self._saved_number()))
        ui.recentPrintButton.clicked.connect(lambda: self.print_receipt(self._selected_number()))
        ui.recentPdfButton.clicked.connect(lambda: self.save_receipt_pdf(self._selected_number()))
        ui.recentTable.doubleClicked.connect(
            lambda index: self.print_receipt(self.recent.tracking_number(index.row()))
        )
        shortcuts = (
            ("Ctrl+S", self.save),
            ("Ctrl+N", self.new_complaint),
            ("Ctrl+P", lambda: self.print_receipt_now(self._saved_number())),
        )
        for keys, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            # Window-wide while this tab is shown (a hidden tab's shortcuts are inactive).
            # Only the intake tab has them: the complaint page embeds the form, not this tab.
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    # -- form state -----------------------------------------------------------------------
    def new_complaint(self) -> None:
        self.last_saved = None
        self.save_key = str(uuid.uuid4())  # this complaint's: a retried save writes it once
        self.save_when_back = False
        self.form.clear()
        self.earlier.clear()
        self._set_editable(True)
        self.ui.resultLabel.setText(self.tr("Isi formulir lalu tekan Simpan (Ctrl+S). "
                                            "Kolom bertanda * wajib diisi."))  # fmt: skip
        self.form.ui.receivedAtEdit.setFocus()
        self.draft.discard()  # Baru, Ctrl+N, signing out: the typed complaint is let go

    def _restore_save_key(self, key: str) -> None:
        """A restored draft saves with the key it was typed under: if that save did commit
        before the program stopped, saving again shows the complaint already recorded."""
        self.save_key = key

    def _set_editable(self, editable: bool) -> None:
        ui = self.ui
        self.form.set_editable(editable)
        ui.saveButton.setEnabled(editable and not self.busy)
        ui.printButton.setEnabled(not editable)
        self.preview_button.setEnabled(not editable)
        ui.savePdfButton.setEnabled(not editable)

    def save(self) -> None:
        engine = self.engine
        if engine is None or self.busy or self.last_saved is not None:
            return
        data = checked_input(self.form, self.show_errors)
        if data is None:
            return
        self._set_busy(True)
        officer, key = self.acting_officer(), self.save_key
        Operation(self, lambda: register_complaint(engine, data, officer, key),
                  lambda saved: changed(complaints=frozenset({saved.id}), complaint_list=True)
                  ).success(self._saved).failure(self._save_failed).run_in_background(
                      initiator=self)  # fmt: skip

    def show_errors(self, errors: dict[str, str]) -> None:
        self.ui.resultLabel.setText(self.form.show_errors(errors))

    def _saved(self, saved: SavedComplaint) -> None:
        self._set_busy(False)
        self.last_saved = saved
        self.form.follow_clock(False)  # the saved complaint's time, no longer the clock's
        self._set_editable(False)
        self.draft.discard()
        self.ui.resultLabel.setText(
            self.tr("<b>Tersimpan.</b> Nomor pengaduan <b>{number}</b> — batas waktu tindak "
                    "lanjut paling lambat <b>{due}</b>. Cetak tanda bukti (Ctrl+P) atau tekan "
                    "Baru (Ctrl+N) untuk pengaduan berikutnya.")
            .format(number=saved.tracking_number, due=language.long_date(saved.due_date))
        )  # fmt: skip
        self.ui.printButton.setFocus()
        self.earlier.refresh_buttons()  # the saved complaint may now be linked
        self.earlier_watch.look()  # asked again without it: it is not its own earlier one
        self.saved.emit(saved.tracking_number)  # the recent list refreshes with every tab

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            self.show_errors(exc.errors)
            return
        show_error(self, exc)

    def _save_failed(self, exc: BaseException) -> None:
        if not unreachable(exc):
            self._failed(exc)
            return
        self._set_busy(False)  # the form stays as typed, saved once the server answers
        self.save_when_back = True
        self.form.follow_clock(False)  # received when Simpan was pressed, not when it lands
        # Told by the window when the server is back; tried meanwhile too, in case it came
        # back before this failure was reported.
        QTimer.singleShot(RETRY_MS, self, self.connection_back)
        self.ui.resultLabel.setText(self.tr(
            "<b>Belum tersimpan:</b> server basis data tidak terjangkau. Isian tetap di sini "
            "dan disimpan otomatis begitu tersambung kembali."))  # fmt: skip

    def connection_back(self) -> None:
        """The database answers again: save what the lost connection kept from saving."""
        if self.save_when_back and self.last_saved is None:
            self.save_when_back = False
            self.save()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ui.busyBar.setVisible(busy)
        self.ui.saveButton.setEnabled(not busy and self.last_saved is None)

    def refresh_recent(self) -> None:
        engine = self.engine
        if engine is None:
            return

        def load() -> list[RecentRow]:
            from pengaduan_desktop.core.queries import recent_complaints

            return recent_complaints(engine)

        run_task(load, self.recent.set_rows, self._failed)

    def _operation_executed(self, changes: Changes, _initiator: object) -> None:
        """A complaint saved, printed or changed anywhere: the recent list shows it now."""
        if changes.complaints or changes.complaint_list:
            self.refresh_recent()

    # -- receipts -------------------------------------------------------------------------
    def _saved_number(self) -> str | None:
        return self.last_saved.tracking_number if self.last_saved else None

    def _selected_number(self) -> str | None:
        rows = self.ui.recentTable.selectionModel().selectedRows()
        return self.recent.tracking_number(rows[0].row()) if rows else None

    def _receipt_job(self, number: str) -> PdfJob:
        engine = self.engine
        assert engine is not None
        officer = self.acting_officer()
        paper = self.paper.paper()
        return PdfJob(
            lambda: receipt_pdf(engine, number, paper),
            lambda what: record_printed(engine, number, f"Tanda bukti {what}", officer),
            self._set_busy,
            self._failed,
            f"Tanda bukti {number}",
            engine=engine,
        )

    def print_receipt(self, number: str | None, chooser: PrinterChooser | None = None) -> None:
        """Print through the print dialog (or `chooser`)."""
        if not number or self.engine is None:
            self._need_complaint()
            return
        self._receipt_job(number).print(
            self, chooser or self.choose_printer, lambda pages: self._receipt_printed(number, pages)
        )

    def print_receipt_now(self, number: str | None) -> None:
        """Ctrl+P: to the printer last used, without a dialog; the dialog when there is none."""
        self.print_receipt(number, last_used_printer(self.choose_printer))

    def preview_receipt(self, number: str | None) -> None:
        if not number or self.engine is None:
            self._need_complaint()
            return
        title = self.tr("Pratinjau tanda bukti {number}").format(number=number)
        self._receipt_job(number).preview(self, title, lambda pages: self._receipt_printed(
            number, pages))  # fmt: skip

    def _receipt_printed(self, number: str, pages: int) -> None:
        self.ui.resultLabel.setText(self.tr(
            "Tanda bukti {number} dikirim ke printer ({pages} halaman).", "", pages).format(
            number=number, pages=pages))  # fmt: skip

    def save_receipt_pdf(self, number: str | None) -> None:
        if not number or self.engine is None:
            self._need_complaint()
            return
        self._receipt_job(number).save(self, self.choose_file, f"Tanda-Bukti-{number}.pdf",
                                       self._pdf_written)  # fmt: skip

    def _pdf_written(self, path: Path) -> None:
        self.ui.resultLabel.setText(self.tr("Tanda bukti disimpan ke {path}").format(path=path))

    def _need_complaint(self) -> None:
        show_message(self, self.tr("Belum ada pengaduan"),
                     self.tr("Simpan pengaduan terlebih dahulu, atau pilih satu di daftar "
                             "pengaduan terbaru."))  # fmt: skip
