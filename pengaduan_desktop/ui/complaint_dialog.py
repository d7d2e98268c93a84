"""A complaint's page: its state and the actions its status allows, its data (the intake form
in edit mode), its timeline, its attachments, and its letters."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.core.indonesian import long_date
from pengaduan_desktop.core.lifecycle import Letter, letter_exists, shown_complainant
from pengaduan_desktop.core.sla import SLA_LABELS
from pengaduan_desktop.core.vocabulary import EVENT_LABELS, STATUS_LABELS, EventKind, Status
from pengaduan_desktop.ui.case_model import SLA_FOREGROUND
from pengaduan_desktop.ui.intake_tab import IntakeTab
from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.pdf_output import (
    FileChooser,
    PdfJob,
    PrinterChooser,
    choose_pdf_file,
    choose_printer,
)
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.complaint_detail import ComplaintDetail
    from pengaduan_desktop.core.office import Desk
    from pengaduan_desktop.core.workflow import Action

ERROR_STYLE = "color: #b00020;"
LETTERS = {"response": "Surat tanggapan", "escalation": "Surat eskalasi"}
FilesChooser = Callable[[QWidget, Callable[[list[Path]], None]], None]
Opener = Callable[[Path], None]


def choose_attachments(parent: QWidget, accept: Callable[[list[Path]], None]) -> None:
    dialog = QFileDialog(parent, parent.tr("Tambah lampiran"))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilter(parent.tr(
        "Lampiran (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.eml *.msg *.doc *.docx *.txt);;"
        "Semua berkas (*)"))  # fmt: skip
    dialog.filesSelected.connect(lambda names: accept([Path(n) for n in names]))
    dialog.open()


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ComplaintDialog(QDialog):
    changed = Signal(int)

    def __init__(
        self,
        engine: Engine,
        complaint_id: int,
        desk: Desk,
        acting_officer: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.complaint_id = complaint_id
        self.acting_officer = acting_officer
        self.desk = desk
        self.detail: ComplaintDetail | None = None
        self.choose_file: FileChooser = choose_pdf_file
        self.choose_printer: PrinterChooser = choose_printer
        self.choose_attachments: FilesChooser = choose_attachments
        self.open_file: Opener = open_with_system
        self.resize(1180, 760)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._overview(), self.tr("Tindakan"))
        self.form = IntakeTab(acting_officer)
        self.form.attach_for_edit(engine, desk)
        self.form.edited.connect(lambda _labels: self.reload(changed=True))
        self.tabs.addTab(self.form, self.tr("Data pengaduan"))
        self.timeline = self._table([self.tr("Waktu"), self.tr("Kejadian"), self.tr("Petugas"),
                                     self.tr("Keterangan")])  # fmt: skip
        self.tabs.addTab(self.timeline, self.tr("Riwayat"))
        self.tabs.addTab(self._attachments_page(), self.tr("Lampiran"))
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.reload()

    # -- pages ----------------------------------------------------------------------------
    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _overview(self) -> QWidget:
        page = QWidget()
        self.facts = QFormLayout()
        self.action = QComboBox()
        self.action_text = QPlainTextEdit()
        self.action_text.setPlaceholderText(self.tr("isi catatan, instruksi, tanggapan, hasil "
                                                    "atau alasan"))  # fmt: skip
        self.action_text.setMaximumHeight(110)
        self.unit = QComboBox()
        for unit_id, name in self.desk.units:
            self.unit.addItem(name, unit_id)
        self.unit_label = QLabel(self.tr("Unit tujuan"))
        self.reason = QComboBox()
        self.reason_label = QLabel(self.tr("Alasan"))
        self.run_button = QPushButton(self.tr("Jalankan"))
        self.action_error = QLabel()
        self.action_error.setStyleSheet(ERROR_STYLE)
        self.action_error.setWordWrap(True)
        actions = QFormLayout()
        actions.addRow(self.tr("Tindakan"), self.action)
        actions.addRow(self.unit_label, self.unit)
        actions.addRow(self.reason_label, self.reason)
        actions.addRow(self.tr("Keterangan"), self.action_text)
        run_row = QHBoxLayout()
        run_row.addWidget(self.action_error, 1)
        run_row.addWidget(self.run_button)
        letters = QHBoxLayout()
        self.letter_buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        for kind, label in LETTERS.items():
            save = QPushButton(self.tr("{letter} (PDF)…").format(letter=label))
            printing = QPushButton(self.tr("Cetak {letter}").format(letter=label.lower()))
            save.clicked.connect(lambda _c=False, k=kind: self.save_letter(k))
            printing.clicked.connect(lambda _c=False, k=kind: self.print_letter(k))
            letters.addWidget(save)
            letters.addWidget(printing)
            self.letter_buttons[kind] = (save, printing)
        letters.addStretch(1)
        self.letter_status = QLabel()
        layout = QVBoxLayout(page)
        layout.addLayout(self.facts)
        layout.addSpacing(8)
        layout.addLayout(actions)
        layout.addLayout(run_row)
        layout.addSpacing(8)
        layout.addLayout(letters)
        layout.addWidget(self.letter_status)
        layout.addStretch(1)
        self.action.currentIndexChanged.connect(self._action_changed)
        self.reason.currentIndexChanged.connect(self._reason_chosen)
        self.run_button.clicked.connect(self.run_action)
        self.action_text.textChanged.connect(lambda: self.action_error.setText(""))
        return page

    def _attachments_page(self) -> QWidget:
        page = QWidget()
        self.files = self._table([self.tr("Nama berkas"), self.tr("Jenis"), self.tr("Ukuran"),
                                  self.tr("Ditambahkan")])  # fmt: skip
        self.files.doubleClicked.connect(lambda _i: self.open_attachment())
        add = QPushButton(self.tr("Tambah lampiran…"))
        add.clicked.connect(lambda: self.choose_attachments(self, self.add_attachments))
        self.open_button = QPushButton(self.tr("Buka"))
        self.open_button.clicked.connect(self.open_attachment)
        self.files_status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.files_status, 1)
        buttons.addWidget(add)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        return page

    # -- state ----------------------------------------------------------------------------
    def reload(self, changed: bool = False) -> None:
        from pengaduan_desktop.core.complaint_detail import complaint_detail

        d = self.detail = complaint_detail(self.engine, self.complaint_id)
        self.setWindowTitle(self.tr("Pengaduan {number}").format(number=d.tracking_number))
        colour = SLA_FOREGROUND[d.sla].name()
        self.header.setText(
            f"<h2>{d.tracking_number}</h2>"
            f"<b>{STATUS_LABELS[Status(d.status)]}</b> · "
            f"<span style='color:{colour}'><b>{SLA_LABELS[d.sla]}</b></span> · "
            + self.tr("batas waktu {due}").format(due=long_date(d.due_date))
        )
        while self.facts.rowCount():
            self.facts.removeRow(0)
        who = shown_complainant(d.data.name, d.data.anonymous, d.data.confidential)
        for label, value in ((self.tr("Perihal"), d.data.summary), (self.tr("Pengadu"), who),
                             (self.tr("Unit"), d.unit or "—"),
                             (self.tr("Penanggung jawab"), d.responsible),
                             (self.tr("Hasil tindak lanjut"), d.result or "—")):  # fmt: skip
            value_label = QLabel(value)
            value_label.setWordWrap(True)
            self.facts.addRow(label, value_label)
        self._fill_actions(d)
        self.form.editing = (d.id, d.version)
        if not changed:
            self.form.set_edit_mode(d.id, d.version, d.data)
        self._fill_timeline(d)
        self._fill_files(d)
        response, escalation = self.letter_buttons["response"], self.letter_buttons["escalation"]
        for button in response:
            button.setEnabled(letter_exists(Letter.RESPONSE, d.status, d.result))
        for button in escalation:
            button.setEnabled(letter_exists(Letter.ESCALATION, d.status, d.result))
        if changed:
            self.changed.emit(d.id)

    def _fill_actions(self, d: ComplaintDetail) -> None:
        from pengaduan_desktop.core.clock import today as today_local
        from pengaduan_desktop.core.workflow import ACTION_LABELS, allowed_actions

        self.action.blockSignals(True)
        self.action.clear()
        for action in allowed_actions(d.status, d.due_date, today_local()):
            self.action.addItem(self.tr(ACTION_LABELS[action]), action.value)
        self.action.blockSignals(False)
        self.action_text.clear()
        self._action_changed()

    def _action_changed(self) -> None:
        from pengaduan_desktop.core.workflow import REJECT_REASONS, RULES, Action

        action = self.action.currentData()
        self.unit.setVisible(action == "dispose")
        self.unit_label.setVisible(action == "dispose")
        rejecting = action == "reject"
        self.reason.setVisible(rejecting)
        self.reason_label.setVisible(rejecting)
        if rejecting and not self.reason.count():
            self.reason.addItem(self.tr("— pilih alasan —"), "")
            for reason in REJECT_REASONS:
                self.reason.addItem(reason, reason)
        self.action_text.setEnabled(action is not None and bool(RULES[Action(action)].needs_text))
        self.run_button.setEnabled(action is not None)
        self.action_error.setText("")

    def _reason_chosen(self) -> None:
        reason = self.reason.currentData()
        if reason:
            self.action_text.setPlainText(reason)

    def _fill_timeline(self, d: ComplaintDetail) -> None:
        self.timeline.setRowCount(len(d.timeline))
        for row, entry in enumerate(d.timeline):
            kind = EVENT_LABELS.get(EventKind(entry.kind), entry.kind)
            for column, text in enumerate((entry.at.strftime("%d/%m/%Y %H:%M"), kind,
                                           entry.officer, entry.text)):  # fmt: skip
                self.timeline.setItem(row, column, QTableWidgetItem(text))
        self.timeline.resizeRowsToContents()

    def _fill_files(self, d: ComplaintDetail) -> None:
        self.files.setRowCount(len(d.attachments))
        for row, a in enumerate(d.attachments):
            size = f"{a.size / 1024:.0f} KB" if a.size >= 1024 else f"{a.size} B"
            for column, text in enumerate((a.filename, a.media_type, size,
                                           a.added_at.strftime("%d/%m/%Y %H:%M"))):  # fmt: skip
                self.files.setItem(row, column, QTableWidgetItem(text))
        self.open_button.setEnabled(bool(d.attachments))

    # -- doing ----------------------------------------------------------------------------
    def run_action(self) -> None:
        from pengaduan_desktop.core.workflow import Action, perform

        if self.detail is None or self.action.currentData() is None:
            return
        action = Action(self.action.currentData())
        text = self.action_text.toPlainText()
        unit_id = self.unit.currentData() if action == Action.DISPOSE else None
        engine, cid, version = self.engine, self.detail.id, self.detail.version
        officer = self.acting_officer()
        self.run_button.setEnabled(False)
        run_task(lambda: perform(engine, cid, action, officer, text, unit_id, version),
                 lambda _v: self._done(action), self._action_failed)  # fmt: skip

    def _done(self, action: Action) -> None:
        from pengaduan_desktop.core.workflow import ACTION_LABELS

        self.reload(changed=True)
        self.action_error.setStyleSheet("color: #1b5e20;")
        self.action_error.setText(self.tr("✓ {action} tercatat.").format(
            action=ACTION_LABELS[action]))  # fmt: skip

    def _action_failed(self, exc: BaseException) -> None:
        from pengaduan_desktop.core.errors import UserError

        self.run_button.setEnabled(True)
        if isinstance(exc, UserError):  # refused on purpose (rules, another desk): said inline
            message = str(exc)
            self.action_error.setStyleSheet(ERROR_STYLE)
            self.action_error.setText(message[:1].upper() + message[1:])
            return
        show_error(self, exc)

    def _letter_job(self, kind: str) -> PdfJob:
        engine, cid = self.engine, self.complaint_id
        officer = self.acting_officer()
        number = self.detail.tracking_number if self.detail else ""

        def produce() -> bytes:
            from pengaduan_desktop.core.letters import escalation_letter, response_letter
            from pengaduan_desktop.documents.letter import render_letter

            data = (response_letter if kind == "response" else escalation_letter)(engine, cid)
            return render_letter(data)

        def record(what: str) -> None:
            from pengaduan_desktop.core.events import record_event

            record_event(engine, number, EventKind.PRINTED, f"{LETTERS[kind]} {what}", officer)

        return PdfJob(produce, record, lambda _busy: None, lambda exc: show_error(self, exc))

    def save_letter(self, kind: str) -> None:
        number = self.detail.tracking_number if self.detail else ""
        suggested = f"{LETTERS[kind].replace(' ', '-')}-{number}.pdf"
        self._letter_job(kind).save(self, self.choose_file, suggested, lambda path: (
            self.letter_status.setText(self.tr("{letter} disimpan ke {path}").format(
                letter=LETTERS[kind], path=path)), self.reload(changed=True)))  # fmt: skip

    def print_letter(self, kind: str) -> None:
        self._letter_job(kind).print(self, self.choose_printer, lambda pages: (
            self.letter_status.setText(self.tr("{letter} dikirim ke printer.").format(
                letter=LETTERS[kind])), self.reload(changed=True)))  # fmt: skip

    def add_attachments(self, paths: list[Path]) -> None:
        from pengaduan_desktop.core.attachments import add_attachment

        engine, cid, officer = self.engine, self.complaint_id, self.acting_officer()

        def work() -> int:
            for path in paths:
                add_attachment(engine, cid, path, officer)
            return len(paths)

        run_task(work, lambda n: (self.files_status.setText(
            self.tr("%n lampiran ditambahkan.", "", n)), self.reload(changed=True)),
            lambda exc: show_error(self, exc))  # fmt: skip

    def open_attachment(self) -> None:
        from pengaduan_desktop.core.attachments import export_attachment

        rows = self.files.selectionModel().selectedRows()
        if self.detail is None or not rows:
            return
        attachment = self.detail.attachments[rows[0].row()]
        folder = Path(tempfile.gettempdir()) / "pengaduan-lampiran"
        engine = self.engine
        run_task(lambda: export_attachment(engine, attachment.id, folder), self.open_file,
                 lambda exc: show_error(self, exc))  # fmt: skip
