"""The intake tab: type a complaint, save it, print or save its receipt, reprint recent ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.indonesian import long_date
from pengaduan_desktop.core.timeutil import LOCAL_TZ, to_local
from pengaduan_desktop.core.validation import (
    ComplaintInput,
    SavedComplaint,
    ValidationFailed,
    validate,
)
from pengaduan_desktop.core.vocabulary import (
    CATEGORIES,
    CHANNEL_LABELS,
    FORM_LABELS,
    ID_TYPE_LABELS,
    SERVICES,
    Channel,
    Form,
)
from pengaduan_desktop.ui.field_checks import Hint, check_email, check_id, check_phone
from pengaduan_desktop.ui.generated.ui_intake import Ui_IntakeForm
from pengaduan_desktop.ui.msgbox import show_error, show_message
from pengaduan_desktop.ui.pdf_output import (
    FileChooser,
    PdfJob,
    PrinterChooser,
    choose_pdf_file,
    choose_printer,
)
from pengaduan_desktop.ui.recent_model import COMPLAINANT, RecentComplaintsModel
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:  # the database layer and printing load after the window is shown
    from sqlalchemy import Engine

    from pengaduan_desktop.core.office import Desk, OfficerView
    from pengaduan_desktop.core.queries import RecentRow

# ComplaintInput field -> (input widget, message label) in forms/intake.ui, in form order.
VALIDATED_FIELDS = {
    "received_at": ("receivedAtEdit", "receivedAtError"),
    "channel": ("channelCombo", "channelError"),
    "form": ("formCombo", "formError"),
    "letter_number": ("letterNumberEdit", "letterNumberError"),
    "lapor_tracking_id": ("laporIdEdit", "laporIdError"),
    "service": ("serviceCombo", "serviceError"),
    "category": ("categoryCombo", "categoryError"),
    "summary": ("summaryEdit", "summaryError"),
    "event_date": ("eventDateEdit", "eventDateError"),
    "name": ("nameEdit", "nameError"),
    "id_type": ("idTypeCombo", "idTypeError"),
    "id_number": ("idNumberEdit", "idNumberError"),
    "phone": ("phoneEdit", "phoneError"),
    "email": ("emailEdit", "emailError"),
}
HINT_COLORS = {Hint.INFO: "#555555", Hint.OK: "#1b7f3b", Hint.ERROR: "#b00020"}
NO_DATE = QDate(2000, 1, 1)  # shown as "tidak diketahui"


def receipt_pdf(engine: Engine, number: str) -> bytes:
    """Read and render one receipt (in a worker; ReportLab loads on first use)."""
    from pengaduan_desktop.core.printable import receipt_data
    from pengaduan_desktop.documents.receipt import render_receipt

    return render_receipt(receipt_data(engine, number))


def register_complaint(engine: Engine, data: ComplaintInput, officer: int | None) -> SavedComplaint:
    from pengaduan_desktop.core.intake import register

    return register(engine, data, officer)


def record_printed(engine: Engine, number: str, text: str, officer: int | None) -> None:
    from pengaduan_desktop.core.events import record_event
    from pengaduan_desktop.core.vocabulary import EventKind

    record_event(engine, number, EventKind.PRINTED, text, officer)


def tr_label(text: str) -> str:
    return QCoreApplication.translate("vocabulary", text)


def update_complaint(engine: Engine, cid: int, data: ComplaintInput, officer: int | None,
                     version: int) -> list[str]:  # fmt: skip
    from pengaduan_desktop.core.editing import update_complaint as update

    return update(engine, cid, data, officer, version)


class IntakeTab(QWidget):
    """The intake form. In edit mode (set_edit_mode) the same form corrects a saved complaint."""

    saved = Signal(str)
    edited = Signal(list)

    def __init__(
        self, acting_officer: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.engine: Engine | None = None
        self._officers: list[OfficerView] = []
        self._current_status: tuple[str, Any, str] = ("diterima", None, "")
        self._default_officer_index = 0
        self.acting_officer = acting_officer
        self.choose_file: FileChooser = choose_pdf_file
        self.choose_printer: PrinterChooser = choose_printer
        self.last_saved: SavedComplaint | None = None
        self.editing: tuple[int, int] | None = None  # (complaint id, version) in edit mode
        self.busy = False
        self.ui = Ui_IntakeForm()
        self.ui.setupUi(self)
        ui = self.ui
        # The form's input and message label of each validated field, in form order.
        self.fields: dict[str, QWidget] = {
            name: getattr(ui, widget) for name, (widget, _label) in VALIDATED_FIELDS.items()
        }
        self.errors: dict[str, QLabel] = {
            name: getattr(ui, label) for name, (_widget, label) in VALIDATED_FIELDS.items()
        }
        self._fill_choices()
        self.recent = RecentComplaintsModel(self)
        ui.recentTable.setModel(self.recent)
        header = ui.recentTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMPLAINANT, QHeaderView.ResizeMode.Stretch)
        ui.recentTable.setWordWrap(False)
        ui.recentTable.verticalHeader().hide()
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([960, 380])
        ui.columns.setStretch(0, 11)  # the complaint's own fields need the wider column
        ui.columns.setStretch(1, 9)
        self._placeholders = {
            w: w.placeholderText()
            for w in ui.formContents.findChildren(QLineEdit)
            + ui.formContents.findChildren(QPlainTextEdit)
        }
        self._connect()
        self.new_complaint()
        self.setEnabled(False)
        ui.resultLabel.setText(self.tr("Menghubungkan ke basis data…"))

    def attach(self, engine: Engine, desk: Desk) -> None:
        """The database is ready: fill the lists and open the form."""
        self.engine = engine
        self.reload_people(desk)
        self.setEnabled(True)
        self.new_complaint()
        self.refresh_recent()

    # -- set-up ---------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui = self.ui
        for channel in Channel:
            ui.channelCombo.addItem(tr_label(CHANNEL_LABELS[channel]), channel.value)
        for form in Form:
            ui.formCombo.addItem(tr_label(FORM_LABELS[form]), form.value)
        for id_type, label in ID_TYPE_LABELS.items():
            ui.idTypeCombo.addItem(tr_label(label), id_type.value)
        ui.serviceCombo.addItems([tr_label(s) for s in SERVICES])
        ui.categoryCombo.addItems([tr_label(c) for c in CATEGORIES])
        ui.eventDateEdit.setMinimumDate(NO_DATE)

    def attach_for_edit(self, engine: Engine, desk: Desk) -> None:
        """Like attach, for the complaint page: no recent list to load."""
        self.engine = engine
        self.reload_people(desk)
        self.setEnabled(True)

    def reload_people(self, desk: Desk) -> None:
        """Officers and units (at start, and after the office profile is edited)."""
        ui = self.ui
        ui.officerCombo.clear()
        self._officers = desk.officers
        for officer in self._officers:
            ui.officerCombo.addItem(officer.name, officer.id)
        index = next((i for i, o in enumerate(self._officers) if o.id == desk.manager_id), 0)
        ui.officerCombo.setCurrentIndex(index)
        self._default_officer_index = index
        ui.unitCombo.clear()
        ui.unitCombo.addItem(self.tr("— belum diteruskan —"), None)
        for unit_id, name in desk.units:
            ui.unitCombo.addItem(name, unit_id)
        self._show_jabatan()

    def _connect(self) -> None:
        ui = self.ui
        ui.channelCombo.currentIndexChanged.connect(self._channel_changed)
        ui.anonymousCheck.toggled.connect(self._anonymous_changed)
        ui.idTypeCombo.currentIndexChanged.connect(self._check_id_live)
        ui.idNumberEdit.textChanged.connect(self._check_id_live)
        ui.phoneEdit.textChanged.connect(lambda: self._set_hint("phone", Hint.NONE, ""))
        ui.phoneEdit.editingFinished.connect(self._check_phone)
        ui.emailEdit.editingFinished.connect(self._check_email)
        ui.officerCombo.currentIndexChanged.connect(self._show_jabatan)
        for name in ("summary", "name", "letter_number", "lapor_tracking_id"):
            widget = self.fields[name]
            widget.textChanged.connect(lambda _t, n=name: self._set_hint(n, Hint.NONE, ""))  # type: ignore[attr-defined]
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
            ("Ctrl+P", lambda: self.print_receipt(self._saved_number())),
        )
        for keys, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            # Window-wide while this tab is shown (a hidden tab's shortcuts are inactive).
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    # -- form state -----------------------------------------------------------------------
    def new_complaint(self) -> None:
        ui = self.ui
        self.last_saved = None
        now = to_local(now_utc()).replace(second=0, microsecond=0, tzinfo=None)
        ui.receivedAtEdit.setDateTime(QDateTime(now))
        for edit in (ui.letterNumberEdit, ui.laporIdEdit, ui.summaryEdit, ui.eventPlaceEdit,
                     ui.nameEdit, ui.idNumberEdit, ui.phoneEdit, ui.emailEdit):  # fmt: skip
            edit.clear()
        for text in (ui.descriptionEdit, ui.lossEdit, ui.resolutionEdit, ui.addressEdit):
            text.clear()
        ui.channelCombo.setCurrentIndex(0)
        for combo in (ui.serviceCombo, ui.categoryCombo):
            combo.setCurrentIndex(0)
            combo.lineEdit().setCursorPosition(0)
        ui.idTypeCombo.setCurrentIndex(ui.idTypeCombo.findData("KTP"))
        ui.eventDateEdit.setDate(NO_DATE)
        ui.anonymousCheck.setChecked(False)
        ui.confidentialCheck.setChecked(False)
        ui.unitCombo.setCurrentIndex(0)
        if ui.officerCombo.count():
            ui.officerCombo.setCurrentIndex(self._default_officer_index)
        for name in self.errors:
            self._set_hint(name, Hint.NONE, "")
        self._channel_changed()
        self._set_editable(True)
        ui.resultLabel.setText(self.tr("Isi formulir lalu tekan Simpan (Ctrl+S). "
                                       "Kolom bertanda * wajib diisi."))  # fmt: skip
        ui.receivedAtEdit.setFocus()

    def _set_editable(self, editable: bool) -> None:
        ui = self.ui
        ui.complaintGroup.setEnabled(editable)
        ui.complainantGroup.setEnabled(editable)
        ui.handlingGroup.setEnabled(editable)
        ui.saveButton.setEnabled(editable and not self.busy)
        # A disabled field's grey placeholder reads like a value: show none on a saved form.
        for widget, text in self._placeholders.items():
            widget.setPlaceholderText(text if editable else "")
            if not editable and isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # show the beginning of long values
        ui.printButton.setEnabled(not editable)
        ui.savePdfButton.setEnabled(not editable)
        if editable:
            self._anonymous_changed(ui.anonymousCheck.isChecked())

    def _channel_changed(self) -> None:
        ui = self.ui
        channel = ui.channelCombo.currentData()
        for label, edit, shown in (
            (ui.laporIdLabel, ui.laporIdEdit, channel == Channel.LAPOR),
            (ui.letterNumberLabel, ui.letterNumberEdit, channel == Channel.SURAT),
        ):
            ui.complaintGroupLayout.setRowVisible(label, shown)
            if not shown:
                edit.clear()
        spoken = channel in (Channel.TATAP_MUKA, Channel.TELEPON)
        ui.formCombo.setCurrentIndex(ui.formCombo.findData(Form.LISAN if spoken else Form.TERTULIS))

    def _anonymous_changed(self, anonymous: bool) -> None:
        ui = self.ui
        for widget in (ui.nameEdit, ui.idTypeCombo, ui.idNumberEdit):
            widget.setEnabled(not anonymous)
        if anonymous:
            ui.nameEdit.clear()
            ui.idNumberEdit.clear()
            ui.idTypeCombo.setCurrentIndex(ui.idTypeCombo.findData(""))
        ui.nameLabel.setText(self.tr("Nama") if anonymous else self.tr("Nama *"))

    def _show_jabatan(self) -> None:
        index = self.ui.officerCombo.currentIndex()
        officer = self._officers[index] if 0 <= index < len(self._officers) else None
        text = f"{officer.jabatan}\nNIP {officer.nip}" if officer else ""
        self.ui.officerJabatanLabel.setText(text)

    def _set_hint(self, name: str, hint: Hint, text: str) -> None:
        label = self.errors[name]
        label.setText(text[:1].upper() + text[1:] if text else "")
        label.setStyleSheet(f"color: {HINT_COLORS.get(hint, '#000')};")
        label.setVisible(bool(text))

    def _check_id_live(self) -> None:
        hint, text = check_id(self.ui.idTypeCombo.currentData(), self.ui.idNumberEdit.text())
        self._set_hint("id_number", hint, text)
        self._set_hint("id_type", Hint.NONE, "")

    def _check_phone(self) -> None:
        hint, text, normalized = check_phone(self.ui.phoneEdit.text())
        if normalized and normalized != self.ui.phoneEdit.text():
            self.ui.phoneEdit.setText(normalized)
        self._set_hint("phone", hint, text)

    def _check_email(self) -> None:
        hint, text = check_email(self.ui.emailEdit.text())
        self._set_hint("email", hint, text)

    # -- saving ---------------------------------------------------------------------------
    def collect(self) -> ComplaintInput:
        ui = self.ui
        received = ui.receivedAtEdit.dateTime().toPython().replace(tzinfo=LOCAL_TZ)
        event_day = ui.eventDateEdit.date()
        return ComplaintInput(
            received_at=received,
            channel=ui.channelCombo.currentData(),
            form=ui.formCombo.currentData(),
            service=ui.serviceCombo.currentText(),
            category=ui.categoryCombo.currentText(),
            summary=ui.summaryEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
            loss=ui.lossEdit.toPlainText(),
            requested_resolution=ui.resolutionEdit.toPlainText(),
            event_place=ui.eventPlaceEdit.text(),
            event_date=None if event_day == NO_DATE else event_day.toPython(),
            name=ui.nameEdit.text(),
            id_type=ui.idTypeCombo.currentData(),
            id_number=ui.idNumberEdit.text(),
            address=ui.addressEdit.toPlainText(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            anonymous=ui.anonymousCheck.isChecked(),
            confidential=ui.confidentialCheck.isChecked(),
            lapor_tracking_id=ui.laporIdEdit.text(),
            letter_number=ui.letterNumberEdit.text(),
            responsible_officer_id=ui.officerCombo.currentData(),
            unit_id=ui.unitCombo.currentData(),
            # A correction keeps the complaint where it is in its life.
            **dict(zip(("status", "closed_at", "result"), self._current_status, strict=True)),
        )

    def save(self) -> None:
        engine = self.engine
        if engine is None or self.busy or self.last_saved is not None:
            return
        data = self.collect()
        for name in self.errors:
            self._set_hint(name, Hint.NONE, "")
        try:
            validate(data)
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return
        self._set_busy(True)
        officer = self.acting_officer()
        if self.editing is None:
            run_task(lambda: register_complaint(engine, data, officer), self._saved, self._failed)
            return
        cid, version = self.editing
        run_task(lambda: update_complaint(engine, cid, data, officer, version),
                 self._changes_saved, self._failed)  # fmt: skip

    def _changes_saved(self, labels: list[str]) -> None:
        self._set_busy(False)
        text = (self.tr("Perubahan tersimpan: {fields}.").format(fields=", ".join(labels))
                if labels else self.tr("Tidak ada yang berubah."))  # fmt: skip
        self.ui.resultLabel.setText(text)
        self.edited.emit(labels)

    def set_edit_mode(self, complaint_id: int, version: int, data: ComplaintInput) -> None:
        """Use this form to correct a saved complaint: no receipt buttons, no recent panel."""
        ui = self.ui
        self.editing = (complaint_id, version)
        for widget in (ui.recentGroup, ui.newButton, ui.printButton, ui.savePdfButton):
            widget.hide()
        ui.saveButton.setText(self.tr("Simpan perubahan"))
        self.fill(data)
        ui.resultLabel.setText(self.tr("Ubah isian lalu tekan Simpan perubahan (Ctrl+S)."))

    def fill(self, d: ComplaintInput) -> None:
        ui = self.ui
        local = to_local(d.received_at).replace(tzinfo=None)
        ui.receivedAtEdit.setDateTime(QDateTime(local))
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(d.channel))
        ui.formCombo.setCurrentIndex(ui.formCombo.findData(d.form))
        ui.serviceCombo.setCurrentText(d.service)
        ui.categoryCombo.setCurrentText(d.category)
        ui.anonymousCheck.setChecked(d.anonymous)
        ui.confidentialCheck.setChecked(d.confidential)
        ui.idTypeCombo.setCurrentIndex(ui.idTypeCombo.findData(d.id_type))
        for edit, value in ((ui.summaryEdit, d.summary), (ui.eventPlaceEdit, d.event_place),
                            (ui.nameEdit, d.name), (ui.idNumberEdit, d.id_number),
                            (ui.phoneEdit, d.phone), (ui.emailEdit, d.email),
                            (ui.laporIdEdit, d.lapor_tracking_id),
                            (ui.letterNumberEdit, d.letter_number)):  # fmt: skip
            edit.setText(value)
            edit.setCursorPosition(0)
        for text, value in ((ui.descriptionEdit, d.description), (ui.lossEdit, d.loss),
                            (ui.resolutionEdit, d.requested_resolution),
                            (ui.addressEdit, d.address)):  # fmt: skip
            text.setPlainText(value)
        ui.eventDateEdit.setDate(QDate(d.event_date) if d.event_date else NO_DATE)
        ui.officerCombo.setCurrentIndex(max(ui.officerCombo.findData(d.responsible_officer_id), 0))
        ui.unitCombo.setCurrentIndex(max(ui.unitCombo.findData(d.unit_id), 0))
        self._current_status = (d.status, d.closed_at, d.result)

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, message in errors.items():
            self._set_hint(name if name in self.errors else "summary", Hint.ERROR, message)
        first = next((w for n, w in self.fields.items() if n in errors), None)
        count = len(errors)
        self.ui.resultLabel.setText(
            self.tr("Belum tersimpan: %n isian perlu diperbaiki (lihat pesan merah).", "", count)
        )
        if first is not None:
            self.ui.formScroll.ensureWidgetVisible(first)
            first.setFocus()

    def _saved(self, saved: SavedComplaint) -> None:
        self._set_busy(False)
        self.last_saved = saved
        self._set_editable(False)
        self.ui.resultLabel.setText(
            self.tr("<b>Tersimpan.</b> Nomor pengaduan <b>{number}</b> — batas waktu tindak "
                    "lanjut paling lambat <b>{due}</b>. Cetak tanda bukti (Ctrl+P) atau tekan "
                    "Baru (Ctrl+N) untuk pengaduan berikutnya.")
            .format(number=saved.tracking_number, due=long_date(saved.due_date))
        )  # fmt: skip
        self.ui.printButton.setFocus()
        self.refresh_recent()
        self.saved.emit(saved.tracking_number)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            self.show_errors(exc.errors)
            return
        show_error(self, exc)

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
        return PdfJob(
            lambda: receipt_pdf(engine, number),
            lambda what: record_printed(engine, number, f"Tanda bukti {what}", officer),
            self._set_busy,
            self._failed,
        )

    def print_receipt(self, number: str | None) -> None:
        if not number or self.engine is None:
            self._need_complaint()
            return
        self._receipt_job(number).print(self, self.choose_printer, lambda pages: (
            self.ui.resultLabel.setText(self.tr(
                "Tanda bukti {number} dikirim ke printer ({pages} halaman).").format(
                number=number, pages=pages))))  # fmt: skip

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
