"""A complaint's page: its state and the actions its status allows, its data (the intake form
in edit mode), its timeline, its attachments, and its letters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from pengaduan_desktop.core.letters import LETTER_NAMES
from pengaduan_desktop.core.lifecycle import PAPERWORK, Letter, letter_exists, shown_complainant
from pengaduan_desktop.core.sla import SAID_BY_STATUS
from pengaduan_desktop.core.text import one_line
from pengaduan_desktop.core.vocabulary import EventKind, Status
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.case_model import SLA_FOREGROUND
from pengaduan_desktop.ui.complaint_form import ComplaintForm, checked_input
from pengaduan_desktop.ui.file_dialogs import name_only_icons
from pengaduan_desktop.ui.generated.ui_complaint import Ui_ComplaintDialog
from pengaduan_desktop.ui.language import say, sentence
from pengaduan_desktop.ui.live_desk import OTHER_DESK, ChangedElsewhere
from pengaduan_desktop.ui.msgbox import ask, show_error
from pengaduan_desktop.ui.operations import Operation, Query, announce, changed, subscribe
from pengaduan_desktop.ui.pdf_output import (
    FileChooser,
    PdfJob,
    PrinterChooser,
    choose_pdf_file,
    choose_printer,
)
from pengaduan_desktop.ui.personal_data_actions import PersonalDataActions
from pengaduan_desktop.ui.related_panel import RelatedTab
from pengaduan_desktop.ui.screen_fit import fit_to_screen
from pengaduan_desktop.ui.step_rows import StepRows
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.complaint_detail import ComplaintDetail
    from pengaduan_desktop.core.door import Changes
    from pengaduan_desktop.core.editing import CorrectionRule
    from pengaduan_desktop.core.office import Desk
    from pengaduan_desktop.core.rejection import Reason, RejectionKind
    from pengaduan_desktop.core.validation import ComplaintInput

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
# What the officer reads after each action (keyed by workflow.Action value).
DONE = {
    "verify": QT_TRANSLATE_NOOP("ComplaintDialog", "Pengaduan sudah diverifikasi."),
    "dispose": QT_TRANSLATE_NOOP("ComplaintDialog", "Pengaduan sudah didisposisikan ke {unit}."),
    "follow_up": QT_TRANSLATE_NOOP("ComplaintDialog", "Tindak lanjut sudah dicatat."),
    "note": QT_TRANSLATE_NOOP("ComplaintDialog", "Catatan internal sudah disimpan."),
    "reply": QT_TRANSLATE_NOOP("ComplaintDialog", "Tanggapan kepada pengadu sudah dicatat."),
    "resolve": QT_TRANSLATE_NOOP(
        "ComplaintDialog", "Pengaduan sudah diselesaikan. Surat tanggapan dapat dicetak."
    ),
    "reject": QT_TRANSLATE_NOOP(
        "ComplaintDialog", "Pengaduan sudah ditolak. Surat pemberitahuan penolakan dapat dicetak."
    ),
    "reopen": QT_TRANSLATE_NOOP("ComplaintDialog", "Pengaduan sudah dibuka kembali."),
    "escalate": QT_TRANSLATE_NOOP(
        "ComplaintDialog", "Pengaduan sudah dieskalasi ke Gubernur. Surat eskalasi dapat dicetak."
    ),
    "hold": QT_TRANSLATE_NOOP(
        "ComplaintDialog", "Pengaduan ditunda; hari kerja berhenti dihitung sampai dilanjutkan."
    ),
    "resume": QT_TRANSLATE_NOOP(
        "ComplaintDialog",
        "Pengaduan dilanjutkan; batas waktu bergeser sebanyak hari kerja yang ditunda.",
    ),
    "forward": QT_TRANSLATE_NOOP(
        "ComplaintDialog", "Pengaduan sudah diteruskan. Surat penerusan dapat dicetak."
    ),
    "archive": QT_TRANSLATE_NOOP("ComplaintDialog", "Pengaduan sudah diarsipkan."),
}
# Actions that close or escalate a complaint ask first: (question, the Yes button).
CONFIRM = {
    "reject": (
        QT_TRANSLATE_NOOP("ComplaintDialog",
                          "Tolak pengaduan {number}? Pengaduan ditutup dengan alasan yang "
                          "dipilih."),
        QT_TRANSLATE_NOOP("ComplaintDialog", "Tolak"),
    ),
    "resolve": (
        QT_TRANSLATE_NOOP("ComplaintDialog",
                          "Selesaikan pengaduan {number}? Pengaduan ditutup dengan hasil yang "
                          "ditulis."),
        QT_TRANSLATE_NOOP("ComplaintDialog", "Selesaikan"),
    ),
    "escalate": (
        QT_TRANSLATE_NOOP("ComplaintDialog",
                          "Eskalasikan pengaduan {number} ke Gubernur? Surat eskalasi dapat "
                          "dicetak sesudahnya."),
        QT_TRANSLATE_NOOP("ComplaintDialog", "Eskalasikan"),
    ),
    "forward": (
        QT_TRANSLATE_NOOP("ComplaintDialog",
                          "Teruskan pengaduan {number} ke instansi lain? Pengaduan ditutup di "
                          "BKAD."),
        QT_TRANSLATE_NOOP("ComplaintDialog", "Teruskan"),
    ),
    "archive": (
        QT_TRANSLATE_NOOP("ComplaintDialog",
                          "Arsipkan pengaduan {number}? Pengaduan ditutup tanpa tindak lanjut."),
        QT_TRANSLATE_NOOP("ComplaintDialog", "Arsipkan"),
    ),
}  # fmt: skip
# The detail field of a rejection is named after the reason's kind (core.rejection.DETAIL_LABELS).
DETAIL_SHOWN = {
    "kewenangan": QT_TRANSLATE_NOOP("ComplaintDialog", "Instansi tujuan penerusan"),
    "tidak_lengkap": QT_TRANSLATE_NOOP("ComplaintDialog", "Yang perlu dilengkapi"),
    "lainnya": QT_TRANSLATE_NOOP("ComplaintDialog", "Penjelasan"),
}
# The detail field names the agency when forwarding.
AGENCY_LABEL = QT_TRANSLATE_NOOP("ComplaintDialog", "Instansi tujuan *")
LETTERS = {letter.value: name for letter, name in LETTER_NAMES.items()}  # as recorded
LETTERS_SHOWN = {  # as the window names them (the letters themselves stay Indonesian)
    "response": QT_TRANSLATE_NOOP("ComplaintDialog", "Surat tanggapan"),
    "rejection": QT_TRANSLATE_NOOP("ComplaintDialog", "Surat pemberitahuan penolakan"),
    "escalation": QT_TRANSLATE_NOOP("ComplaintDialog", "Surat eskalasi"),
    "forwarding": QT_TRANSLATE_NOOP("ComplaintDialog", "Surat penerusan"),
}
FilesChooser = Callable[[QWidget, Callable[[list[Path]], None]], None]
Opener = Callable[[Path], None]


def choose_attachments(parent: QWidget, accept: Callable[[list[Path]], None]) -> None:
    title = QCoreApplication.translate("ComplaintDialog", "Tambah lampiran")
    dialog = name_only_icons(QFileDialog(parent, title))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilter(QCoreApplication.translate("ComplaintDialog",
        "Lampiran (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.eml *.msg *.doc *.docx *.txt);;"
        "Semua berkas (*)"))  # fmt: skip
    dialog.filesSelected.connect(lambda names: accept([Path(n) for n in names]))
    dialog.open()


def shown_date(day: date) -> str:
    """A date as the window's language writes it: 'Rabu, 3 Juni 2026' (core's Indonesian)
    unless the window runs in English ('Wednesday, 3 June 2026')."""
    return language.long_date(day)


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ComplaintDialog(QDialog):
    """One complaint. Every action here reloads every tab from the database, and nothing here
    has a window-wide shortcut: no keystroke on this page can touch another complaint."""

    changed = Signal(int)
    loaded = Signal()  # the complaint as read is shown

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
        self.reasons: list[Reason] = []  # the rejection reasons offered, read with the page
        self.reason_kinds: dict[int, RejectionKind] = {}  # the reasons offered, by id
        self.filled_with: ComplaintInput | None = None  # the Data tab as loaded, to diff against
        self.rule: CorrectionRule | None = None  # what the acting officer may change here
        self._filling = False
        self.choose_file: FileChooser = choose_pdf_file
        self.choose_printer: PrinterChooser = choose_printer
        self.choose_attachments: FilesChooser = choose_attachments
        self.open_file: Opener = open_with_system
        self.ui = Ui_ComplaintDialog()
        self.ui.setupUi(self)
        self._text_hint = self.ui.actionTextEdit.placeholderText()  # the form's, translated
        self._set_aside = ""  # a note typed for another action (_action_changed)
        fit_to_screen(self, self.width(), self.height())
        ui = self.ui
        self.form: ComplaintForm = ui.complaintForm
        self.form.reload_people(desk)
        ui.targetUnitCombo.addItem(self.tr("— pilih unit —"), None)  # the officer chooses
        for unit_id, name in desk.units:
            ui.targetUnitCombo.addItem(name, unit_id)
        self.lapor_value = QLabel()  # the SP4N-LAPOR! ID below the summary, when it has one
        self.lapor_value.setObjectName("laporValue")
        self.lapor_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ui.factsLayout.insertRow(1, self.tr("ID LAPOR!"), self.lapor_value)
        self.step_rows = StepRows(self)  # step deadlines and the SKM (issue 12)
        ui.lastStepsLabel.setToolTip(self.tr("Tiga langkah penanganan terakhir. Pencetakan dan "
                                             "ekspor tercatat di tab Riwayat."))  # fmt: skip
        self.letter_buttons: dict[str, tuple[QPushButton, QPushButton]] = {
            "response": (ui.responsePdfButton, ui.responsePrintButton),
            "escalation": (ui.escalationPdfButton, ui.escalationPrintButton),
            "rejection": (ui.rejectionPdfButton, ui.rejectionPrintButton),
            "forwarding": (ui.forwardingPdfButton, ui.forwardingPrintButton),
        }
        self.letter_previews: dict[str, QPushButton] = {
            "response": ui.responsePreviewButton,
            "escalation": ui.escalationPreviewButton,
            "rejection": ui.rejectionPreviewButton,
            "forwarding": ui.forwardingPreviewButton,
        }
        ui.lettersGrid.setColumnStretch(4, 1)
        self._letter_rows("", "")
        for table in (ui.timelineTable, ui.filesTable):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        for row in (ui.runRow, ui.dataRow, ui.filesRow):
            row.setStretch(0, 1)  # the message takes the room, the buttons keep their size
        # Long timeline texts wrap; each row is as tall as its text.
        ui.timelineTable.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.timelineTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        # Breathing room: a one-line step as tall as the case list's rows, text not on the lines.
        ui.timelineTable.verticalHeader().setMinimumSectionSize(26)
        ui.timelineTable.setStyleSheet("QTableWidget::item { padding: 3px 4px; }")
        # A dialog makes its first button the default: Enter in any field would then run the
        # chosen action. Here a button acts only when clicked (or Space on it).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._connect()
        from pengaduan_desktop.ui.complaint_messages import ComplaintMessages

        self.messages = ComplaintMessages(engine, complaint_id, acting_officer, self)
        ui.timelinePageLayout.addWidget(self.messages)  # emails, WhatsApp on the timeline
        self.messages.read.connect(lambda: self.detail and self._fill_timeline(self.detail))
        self.elsewhere = ChangedElsewhere(self)  # another desk's change, edits unsaved here
        ui.rootLayout.insertWidget(1, self.elsewhere)
        self.elsewhere.reload_requested.connect(self._reload_keeping_text)
        self._kept_text: tuple[str, str] | None = None  # action texts kept over Muat ulang
        self._close_after_save = False
        self.form_version: int | None = None  # the version the Data tab was filled from
        self.loaded.connect(self.elsewhere.hide)
        subscribe(self._operation_executed)
        self.personal_data = PersonalDataActions(self)
        self.related = RelatedTab(engine, complaint_id, acting_officer, self)  # issue 12 item 6
        ui.tabs.addTab(self.related, self.tr("Terkait"))
        self.related.counted.connect(
            lambda n: ui.tabs.setTabText(
                ui.tabs.indexOf(self.related),
                self.tr("Terkait ({n})").format(n=n) if n else self.tr("Terkait"),
            )
        )
        # The page opens with the focus on its tab bar: seen, and Ctrl+Tab / Ctrl+PgDn move
        # through the tabs at once (from a button they would do nothing).
        # The tabs are disabled while the complaint is read, which sends the focus out of them:
        # it comes back when they are enabled.
        ui.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._focus_kept: QWidget | None = ui.tabs.tabBar()
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):  # Ctrl+Tab is Qt's own
            QShortcut(QKeySequence(keys), self,
                      lambda s=step: ui.tabs.setCurrentIndex(
                          (ui.tabs.currentIndex() + s) % ui.tabs.count()))  # fmt: skip
        self.reload()
        self._identity_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.ui.tabs.isEnabled() and self._focus_kept is not None:
            self._focus_kept, kept = None, self._focus_kept
            kept.setFocus(Qt.FocusReason.OtherFocusReason)

    def _identity_shown(self) -> None:
        """The page has put the complainant's identity before the officer: a confidential
        one is written in the audit trail (core decides which), once per opening."""
        from pengaduan_desktop.core.complaint_detail import record_identity_view

        engine, cid, officer = self.engine, self.complaint_id, self.acting_officer()
        run_task(lambda: record_identity_view(engine, cid, officer, "halaman pengaduan"),
                 lambda _written: None, lambda exc: show_error(self, exc))  # fmt: skip

    def _connect(self) -> None:
        ui = self.ui
        ui.actionCombo.currentIndexChanged.connect(self._action_changed)
        ui.reasonCombo.currentIndexChanged.connect(self._reason_chosen)
        ui.runButton.clicked.connect(self.run_action)
        ui.actionTextEdit.textChanged.connect(lambda: ui.actionMessage.setText(""))
        ui.rejectDetailEdit.textChanged.connect(lambda: ui.rejectDetailMessage.setText(""))
        for kind, (save, printing) in self.letter_buttons.items():
            save.clicked.connect(lambda _c=False, k=kind: self.save_letter(k))
            printing.clicked.connect(lambda _c=False, k=kind: self.print_letter(k))
            preview = self.letter_previews[kind]
            preview.clicked.connect(lambda _c=False, k=kind: self.preview_letter(k))
        ui.saveChangesButton.clicked.connect(self.save_changes)
        from pengaduan_desktop.core.editing import LOCKED_FIELDS

        self.form.watch(LOCKED_FIELDS, self._locked_edited)
        ui.correctionReasonEdit.textChanged.connect(lambda: self._reason_error(""))
        ui.filesTable.doubleClicked.connect(lambda _i: self.open_attachment())
        ui.addFileButton.clicked.connect(
            lambda: self.choose_attachments(self, self.add_attachments)
        )
        ui.openFileButton.clicked.connect(self.open_attachment)
        ui.closeButton.clicked.connect(self.close_asking)

    # -- state ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the complaint again off the GUI thread, then refill every tab."""
        from pengaduan_desktop.core.complaint_detail import complaint_detail
        from pengaduan_desktop.core.editing import correction_rule
        from pengaduan_desktop.core.rejection import reasons

        engine, cid, officer = self.engine, self.complaint_id, self.acting_officer()
        Query(self, lambda: (complaint_detail(engine, cid, officer), reasons(engine),
                             correction_rule(engine, cid, officer)),
              self._show).loading(self._loading).run_in_background()  # fmt: skip
        self.messages.reload()

    def _reload_keeping_text(self) -> None:
        """Muat ulang on the band: the complaint as it is now, the action's typed text kept."""
        self._kept_text = (self.ui.actionTextEdit.toPlainText(), self.ui.rejectDetailEdit.text())
        self.reload()

    def _refresh_state(self) -> None:
        """Another desk changed the complaint while edits here are unsaved: the header, the
        actions offered, the timeline and the files follow it; the Data tab keeps the edits
        (and the version it was filled from, so saving them is refused, not written over)."""
        from pengaduan_desktop.core.complaint_detail import complaint_detail
        from pengaduan_desktop.core.rejection import reasons

        engine, cid, officer = self.engine, self.complaint_id, self.acting_officer()
        Query(self, lambda: (complaint_detail(engine, cid, officer), reasons(engine)),
              self._show_state).run_in_background()  # fmt: skip
        self.messages.reload()

    def _show_state(self, read: tuple[ComplaintDetail, list[Reason]]) -> None:
        ui = self.ui
        d, self.reasons = read
        self.detail = d
        typed = (ui.actionTextEdit.toPlainText(), ui.rejectDetailEdit.text())
        self._header(d)
        self._fill_facts(d)
        self._fill_actions(d)
        ui.actionTextEdit.setPlainText(typed[0])
        ui.rejectDetailEdit.setText(typed[1])
        self._fill_timeline(d)
        self._fill_files(d)
        for kind, buttons in self.letter_buttons.items():
            for button in (*buttons, self.letter_previews[kind]):
                button.setEnabled(letter_exists(Letter(kind), d.status, d.result))
        self._letter_rows(d.status, d.result)

    def close_asking(self) -> None:
        """Tutup: edits not yet saved are not thrown away without asking."""
        if not self.has_unsaved_edits():
            self.accept()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Tutup pengaduan"),
                          self.tr("Ada isian yang belum disimpan di halaman ini."),
                          QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        data_edited = self.filled_with is not None and self.form.collect() != self.filled_with
        save = (box.addButton(self.tr("Simpan perubahan"), QMessageBox.ButtonRole.AcceptRole)
                if data_edited and self.ui.saveChangesButton.isEnabled() else None)  # fmt: skip
        discard = box.addButton(self.tr("Buang"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel).setText(self.tr("Batal"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if save is not None and box.clickedButton() is save:
                self._close_after_save = True  # closes once saved; stays open if refused
                self.save_changes()
            elif box.clickedButton() is discard:
                self.accept()

        box.finished.connect(lambda _r: answered())
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """The window's own close button asks as Tutup does (signing out closes without)."""
        if event.spontaneous() and self.has_unsaved_edits():
            event.ignore()
            self.close_asking()
            return
        super().closeEvent(event)

    def _loading(self, busy: bool) -> None:
        tabs = self.ui.tabs
        focus = QApplication.focusWidget()
        if busy and focus is not None and tabs.isAncestorOf(focus):
            self._focus_kept = focus
        tabs.setEnabled(not busy)
        kept = self._focus_kept
        if not busy and kept is not None and self.isVisible():
            self._focus_kept = None
            if focus is None or not tabs.isAncestorOf(focus):
                kept.setFocus(Qt.FocusReason.OtherFocusReason)
        if busy and self.detail is None:
            # The shape of the header to come (a heading, then a line): the tabs stay put.
            self.ui.headerLabel.setText("<h2>&nbsp;</h2>" + self.tr("Memuat pengaduan…"))

    def _operation_executed(self, changes: Changes, initiator: object) -> None:
        """This complaint changed (here, on another page, by the calendar): show it as it is.
        Changed at another desk while edits here are unsaved: say so, keep the edits.
        A closed page (kept by the window until it quits) reads nothing."""
        if not self.isVisible():
            return
        if self.complaint_id in changes.complaints or changes.calendar or changes.lists:
            if initiator is OTHER_DESK and self.has_unsaved_edits():
                self.elsewhere.show()
                self._refresh_state()
                return
            self.reload()

    def has_unsaved_edits(self) -> bool:
        """Text typed for an action, or Data fields that differ from the complaint as read."""
        ui = self.ui
        if (ui.actionTextEdit.toPlainText().strip() or ui.rejectDetailEdit.text().strip()
                or self._set_aside.strip()):  # fmt: skip
            return True
        return self.filled_with is not None and self.form.collect() != self.filled_with

    def _header(self, d: ComplaintDetail) -> None:
        colour = SLA_FOREGROUND[d.sla].name()
        sla = (f"<span style='color:{colour}'><b>{language.label(d.sla)}</b></span> · "
               if d.sla not in SAID_BY_STATUS else "")  # the status already says it  # fmt: skip
        self.ui.headerLabel.setText(
            f"<h2>{d.tracking_number}</h2>"
            f"<b>{language.label(Status(d.status))}</b> · "
            + sla
            + self.tr("batas waktu {due}").format(due=shown_date(d.due_date))
        )

    def _show(self, read: tuple[ComplaintDetail, list[Reason], CorrectionRule]) -> None:
        ui = self.ui
        d, self.reasons, rule = read
        self.detail = d
        # A refill keeps what was just said beside the buttons.
        said = [(label, label.text(), label.styleSheet()) for label in
                (ui.actionMessage, ui.dataResultLabel)]  # fmt: skip
        self.setWindowTitle(self.tr("Pengaduan {number}").format(number=d.tracking_number))
        self._header(d)
        self._fill_facts(d)
        self._fill_actions(d)
        if self._kept_text is not None:  # Muat ulang on the band: the typed text stays
            ui.actionTextEdit.setPlainText(self._kept_text[0])
            ui.rejectDetailEdit.setText(self._kept_text[1])
            self._kept_text = None
        self.form.offer_past((d.data.responsible_officer_id, d.responsible),
                             (d.data.unit_id, d.unit) if d.data.unit_id else None)  # fmt: skip
        self._filling = True
        try:
            self.form.fill(d.data)
        finally:
            self._filling = False
        self.filled_with = self.form.collect()
        self.form_version = d.version
        for label, text, style in said:
            label.setStyleSheet(style)
            label.setText(text)
        self._apply_rule(rule)
        self._guard_identity(d)  # says why the data cannot be saved, over what was said
        self.personal_data.show_for(d.personal_data, d.identity_erased)
        self._fill_timeline(d)
        self._fill_files(d)
        self.related.show_complaint(d)
        for kind, buttons in self.letter_buttons.items():
            for button in (*buttons, self.letter_previews[kind]):
                button.setEnabled(letter_exists(Letter(kind), d.status, d.result))
        self._letter_rows(d.status, d.result)
        self.loaded.emit()

    def _apply_rule(self, rule: CorrectionRule) -> None:
        """What the acting officer may change on the Data tab (core.editing decides): locked
        fields read-only with the reason why, or the correction reason asked for."""
        ui = self.ui
        self.rule = rule
        self.form.set_editable(rule.may_edit)
        note = say(rule.note())
        self.form.hold(rule.read_only if rule.may_edit else (), note)
        ui.lockLabel.setText(note)
        ui.lockLabel.setVisible(bool(note))
        ui.saveChangesButton.setEnabled(rule.may_edit)
        ui.correctionReasonEdit.clear()
        self._locked_edited()

    def _locked_edited(self) -> None:
        """The correction reason is asked for while a locked field differs from the saved."""
        from pengaduan_desktop.core.editing import changed_fields, locked_changes

        if self._filling or self.rule is None or self.filled_with is None:
            return
        asked = self.rule.asks_reason and bool(
            locked_changes(self.rule.lock, changed_fields(self.filled_with, self.form.collect()))
        )
        self.ui.correctionBox.setVisible(asked)
        if not asked:
            self._reason_error("")

    def _reason_error(self, message: str) -> None:
        label = self.ui.correctionReasonError
        label.setStyleSheet(ERROR_STYLE)
        label.setText(sentence(message))
        label.setVisible(bool(message))

    def _guard_identity(self, d: ComplaintDetail) -> None:
        """A confidential complainant this officer may not see: the data tab shows it masked
        and cannot be saved (core.privacy decides who sees it)."""
        if not d.identity_masked:
            return
        self.form.set_editable(False)
        self.ui.saveChangesButton.setEnabled(False)
        self.ui.dataResultLabel.setText(self.tr(
            "Identitas pengadu dirahasiakan: hanya pejabat penanggung jawab pengaduan ini dan "
            "Pejabat Pengelola Pengaduan yang dapat melihat dan mengubahnya."))  # fmt: skip

    def _fill_facts(self, d: ComplaintDetail) -> None:
        self.step_rows.show_for(d)
        ui, data = self.ui, d.data
        who = shown_complainant(data.name, data.anonymous, data.confidential)
        contact = " · ".join(x for x in (data.phone, data.email,
                                         data.address.replace("\n", ", ")) if x)  # fmt: skip
        if d.identity_masked:
            contact = data.name  # "(dirahasiakan)", once
        # The last three steps of the handling itself: printing a receipt is not one.
        last = [e for e in d.timeline if e.kind not in PAPERWORK][-3:]
        steps = [
            f"{e.at:%d/%m/%Y %H:%M} — {language.label(EventKind(e.kind))}"
            + (f" ({e.officer})" if e.officer else "")
            + (f": {one_line(e.text, 80)}" if e.text else "")  # one line each
            for e in last
        ]
        for label, value in ((ui.summaryValue, data.summary), (ui.complainantValue, who),
                             (ui.contactValue, contact),
                             (ui.descriptionValue, one_line(data.description, 240)),
                             (ui.unitValue, d.unit), (ui.responsibleValue, d.responsible),
                             (ui.resultValue, one_line(d.result, 160)),
                             (ui.lastStepsValue, "\n".join(reversed(steps)))):  # fmt: skip
            label.setText(value or "—")
        self.lapor_value.setText(data.lapor_tracking_id)
        ui.factsLayout.setRowVisible(self.lapor_value, bool(data.lapor_tracking_id))
        ui.descriptionValue.setToolTip(data.description)  # whole, when shortened
        ui.resultValue.setToolTip(d.result)  # the Data tab and the letter have it whole
        ui.lastStepsValue.setToolTip(
            "\n".join(f"{e.at:%d/%m/%Y %H:%M} — {e.text}" for e in reversed(last) if e.text)
        )

    def _fill_actions(self, d: ComplaintDetail) -> None:
        from pengaduan_desktop.core.clock import today as today_local
        from pengaduan_desktop.core.workflow import allowed_actions, may_perform
        from pengaduan_desktop.ui.acting import acting_role_of

        role = acting_role_of(self)  # offer only what the signed-in role may take
        combo = self.ui.actionCombo
        chosen = combo.currentData()  # kept when still allowed: a second note, say
        combo.blockSignals(True)
        combo.clear()
        for action in allowed_actions(d.status, d.due_date, today_local()):
            if role is None or may_perform(role, action):
                combo.addItem(language.label(action), action.value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        units = self.ui.targetUnitCombo  # a new disposition starts from the current unit
        units.setCurrentIndex(max(units.findData(d.data.unit_id), 0))
        self.ui.actionTextEdit.clear()
        self._set_aside = ""
        self._action_changed()

    def _action_changed(self) -> None:
        from pengaduan_desktop.core.workflow import RULES, Action, missing_text

        ui = self.ui
        action = ui.actionCombo.currentData()
        ui.actionsLayout.setRowVisible(ui.targetUnitCombo, action == "dispose")
        self.step_rows.action_changed(action)
        rejecting, forwarding = action == "reject", action == "forward"
        ui.actionsLayout.setRowVisible(ui.reasonCombo, rejecting)
        for row in (ui.rejectDetailEdit, ui.rejectDetailMessage):
            ui.actionsLayout.setRowVisible(row, rejecting or forwarding)
        ui.actionsLayout.setRowVisible(ui.actionTextEdit, not rejecting)
        if rejecting:
            self._fill_reasons()
        if forwarding:  # the detail field asks for the agency
            ui.rejectDetailLabel.setText(self.tr(AGENCY_LABEL))
            ui.rejectDetailLabel.setMinimumWidth(ui.rejectDetailLabel.sizeHint().width())
            ui.actionsLayout.invalidate()  # the label column widens with it, as for a reason
            ui.actionGroupLayout.activate()
        wanted = action is not None and bool(RULES[Action(action)].needs_text)
        box = ui.actionTextEdit
        # An action that takes no note neither shows nor saves one typed for another action:
        # the text is set aside, and comes back when an action that takes a note is chosen.
        if not wanted and box.toPlainText():
            self._set_aside = box.toPlainText()
            box.clear()
        elif wanted and self._set_aside and not box.toPlainText():
            box.setPlainText(self._set_aside)
            self._set_aside = ""
        box.setEnabled(wanted)
        # The box says what this action needs ("Hal yang ditunggu wajib diisi"), before a
        # save is refused for it; a greyed box says why it is grey.
        if wanted:
            hint = sentence(missing_text(Action(action), ""))
        elif action is not None:
            hint = self.tr("tindakan ini tidak memerlukan keterangan")
        else:
            hint = self._text_hint
        box.setPlaceholderText(hint)
        ui.runButton.setEnabled(action is not None)
        ui.actionMessage.setText("")

    def _fill_reasons(self) -> None:
        """The editable list of rejection reasons, as read with the page (it reloads when the
        list changes)."""
        combo = self.ui.reasonCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— pilih alasan —"), None)
        self.reason_kinds = {}
        for reason in self.reasons:
            combo.addItem(reason.text, reason.id)
            self.reason_kinds[reason.id] = reason.kind
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        self._reason_chosen()

    def _reason_chosen(self) -> None:
        """The detail field is named after the reason's kind, and marked when required."""
        from pengaduan_desktop.core.rejection import DETAIL_REQUIRED, RejectionKind

        ui = self.ui
        kind = self.reason_kinds.get(ui.reasonCombo.currentData(), RejectionKind.LAINNYA)
        required = " *" if kind in DETAIL_REQUIRED else ""
        ui.rejectDetailLabel.setText(self.tr(DETAIL_SHOWN[kind.value]) + required)
        # The label column widens with it (a form layout keeps a hidden row's old width).
        ui.rejectDetailLabel.setMinimumWidth(ui.rejectDetailLabel.sizeHint().width())
        ui.actionsLayout.invalidate()
        ui.actionGroupLayout.activate()
        ui.rejectDetailMessage.setText("")
        ui.actionMessage.setText("")

    def _rejection_problem(self) -> bool:
        """Say what the reject form lacks next to its field; True when something does."""
        from pengaduan_desktop.core.rejection import detail_problem

        ui = self.ui
        reason_id = ui.reasonCombo.currentData()
        if reason_id is None:
            ui.actionMessage.setStyleSheet(ERROR_STYLE)
            ui.actionMessage.setText(self.tr("Pilih alasan penolakan"))
            return True
        problem = detail_problem(self.reason_kinds[reason_id], ui.rejectDetailEdit.text())
        ui.rejectDetailMessage.setStyleSheet(ERROR_STYLE)
        ui.rejectDetailMessage.setText(sentence(problem))
        if problem:
            ui.rejectDetailEdit.setFocus()
        return bool(problem)

    def _letter_rows(self, status: str, result: str) -> None:
        """The forwarding letter's row takes the escalation's place: a forwarded complaint is
        never escalated, and the page keeps its height at 768 pixels."""
        ui = self.ui
        forwarded = letter_exists(Letter.FORWARDING, status, result)
        for widget in (ui.forwardingLetterLabel, ui.forwardingPreviewButton,
                       ui.forwardingPrintButton, ui.forwardingPdfButton):  # fmt: skip
            widget.setVisible(forwarded)
        for widget in (ui.escalationLetterLabel, ui.escalationPreviewButton,
                       ui.escalationPrintButton, ui.escalationPdfButton):  # fmt: skip
            widget.setVisible(not forwarded)

    def _agency_problem(self) -> bool:
        """Say what is wrong with the agency a forwarding names; True when something is."""
        from pengaduan_desktop.core.lapor_steps import agency_problem

        problem = agency_problem(self.ui.rejectDetailEdit.text().strip())
        self.ui.rejectDetailMessage.setStyleSheet(ERROR_STYLE)
        self.ui.rejectDetailMessage.setText(sentence(problem))
        if problem:
            self.ui.rejectDetailEdit.setFocus()
        return bool(problem)

    def _fill_timeline(self, d: ComplaintDetail) -> None:
        table = self.ui.timelineTable
        rows = self.messages.merged([(e.at, (e.at.strftime("%d/%m/%Y %H:%M"),
                                             language.label(EventKind(e.kind)),
                                             e.officer, e.text)) for e in d.timeline])  # fmt: skip
        table.setRowCount(len(rows))
        for row, (_at, texts) in enumerate(rows):
            for column, text in enumerate(texts):
                table.setItem(row, column, item := QTableWidgetItem(text))
                if colour := self.messages.colour(texts[3]):
                    item.setForeground(QColor(colour))
        table.resizeRowsToContents()

    def _fill_files(self, d: ComplaintDetail) -> None:
        table = self.ui.filesTable
        table.setRowCount(len(d.attachments))
        for row, a in enumerate(d.attachments):
            size = f"{a.size / 1024:.0f} KB" if a.size >= 1024 else f"{a.size} B"
            for column, text in enumerate((a.filename, a.media_type, size,
                                           a.added_at.strftime("%d/%m/%Y %H:%M"))):  # fmt: skip
                table.setItem(row, column, QTableWidgetItem(text))
        self.ui.openFileButton.setEnabled(bool(d.attachments))

    # -- doing ----------------------------------------------------------------------------
    def run_action(self) -> None:
        """Record the chosen action; closing ones (reject, resolve, escalate) ask first."""
        from pengaduan_desktop.core.workflow import Action, missing_text

        action = self.ui.actionCombo.currentData()
        if self.detail is None or action is None:
            return
        if action == "reject" and self._rejection_problem():
            return
        if action == "forward" and self._agency_problem():
            return
        problem = missing_text(Action(action), self.ui.actionTextEdit.toPlainText())
        if problem:  # said before asking to confirm, not after
            self.ui.actionMessage.setStyleSheet(ERROR_STYLE)
            self.ui.actionMessage.setText(sentence(problem))
            return
        question = CONFIRM.get(action)
        if question is None:
            self._perform(action)
            return
        text, yes = question
        ask(self, self.tr("Konfirmasi"),
            self.tr(text).format(number=self.detail.tracking_number), self.tr(yes),
            lambda: self._perform(action))  # fmt: skip

    def _perform(self, value: str) -> None:
        from pengaduan_desktop.core.workflow import Action, Rejection, perform

        if self.detail is None:
            return
        ui = self.ui
        action = Action(value)
        text = ui.actionTextEdit.toPlainText() if ui.actionTextEdit.isEnabled() else ""
        rejection = (Rejection(ui.reasonCombo.currentData(), ui.rejectDetailEdit.text())
                     if action == Action.REJECT else None)  # fmt: skip
        unit_id = ui.targetUnitCombo.currentData() if action == Action.DISPOSE else None
        agency = ui.rejectDetailEdit.text() if action == Action.FORWARD else ""
        unit = ui.targetUnitCombo.currentText()
        engine, cid, version = self.engine, self.detail.id, self.detail.version
        officer = self.acting_officer()
        ui.runButton.setEnabled(False)
        reply_days = self.step_rows.value_for(value)
        Operation(self, lambda: perform(engine, cid, action, officer, text, unit_id, version,
                                        rejection=rejection, agency=agency,
                                        reply_days=reply_days),
                  self._changed_here
                  ).success(lambda _v: self._done(value, unit)).failure(
                      self._action_failed).run_in_background(initiator=self)  # fmt: skip

    def _changed_here(self, _result: object) -> Changes:
        return changed(complaints=frozenset({self.complaint_id}))

    def _done(self, action: str, unit: str) -> None:
        self.changed.emit(self.complaint_id)  # the page reloads with every screen
        message = self.tr(DONE[action]) if action in DONE else self.tr("Tindakan sudah dicatat.")
        self.ui.actionMessage.setStyleSheet(OK_STYLE)
        self.ui.actionMessage.setText("✓ " + message.format(unit=unit))

    def _action_failed(self, exc: BaseException) -> None:
        self.ui.runButton.setEnabled(True)
        self._tell_or_report(exc, self.ui.actionMessage)

    def _tell_or_report(self, exc: BaseException, label: QLabel) -> None:
        from pengaduan_desktop.core.errors import Stale, UserError

        if isinstance(exc, Stale):  # another desk was first: the band reloads the page
            self.elsewhere.show()
            label.setStyleSheet(ERROR_STYLE)
            label.setText(
                self.tr(
                    "Pengaduan ini baru saja diubah di meja lain: tekan Muat ulang "
                    "di atas (teks tindakan yang Anda ketik tetap), lalu ulangi."
                )
            )
            return
        if isinstance(exc, UserError):  # refused on purpose (rules, another desk): said inline
            label.setStyleSheet(ERROR_STYLE)
            label.setText(sentence(exc))
            return
        show_error(self, exc)

    def save_changes(self) -> None:
        """Write the fields changed on the Data tab, to this complaint only."""
        from pengaduan_desktop.core.editing import update_complaint

        if self.detail is None or self.filled_with is None:
            return
        label = self.ui.dataResultLabel
        after = checked_input(self.form, self._show_data_errors)
        if after is None:
            self._close_after_save = False
            return
        before, engine, officer = self.filled_with, self.engine, self.acting_officer()
        cid, version = self.detail.id, self.form_version  # as filled: a newer one is refused
        reason = "" if self.ui.correctionBox.isHidden() else self.ui.correctionReasonEdit.text()
        self.ui.saveChangesButton.setEnabled(False)
        label.setText("")
        self._reason_error("")
        Operation(self, lambda: update_complaint(engine, cid, before, after, officer, version,
                                                 reason),
                  self._changed_here).success(self._changes_saved).failure(
                      self._changes_failed).run_in_background(initiator=self)  # fmt: skip

    def _show_data_errors(self, errors: dict[str, str]) -> None:
        """Each message next to its field: the form's, and the correction reason's."""
        errors = dict(errors)
        reason = errors.pop("reason", "")
        self.ui.dataResultLabel.setStyleSheet(ERROR_STYLE)
        summary = self.form.show_errors(errors) if errors else ""
        if reason:
            self._reason_error(reason)
            self.ui.correctionReasonEdit.setFocus()
            summary = summary or self.tr("Belum tersimpan: isi alasan koreksi.")
        self.ui.dataResultLabel.setText(summary)

    def _changes_saved(self, labels: list[str]) -> None:
        self.ui.saveChangesButton.setEnabled(True)
        if self._close_after_save:  # Tutup → Simpan perubahan: saved, so the page closes
            self._close_after_save = False
            self.accept()
        if labels:
            self.changed.emit(self.complaint_id)  # the page reloads with every screen
        label = self.ui.dataResultLabel
        label.setStyleSheet(OK_STYLE)
        label.setText(self.tr("✓ Perubahan tersimpan: {fields}.").format(fields=", ".join(labels))
                      if labels else self.tr("Tidak ada yang berubah."))  # fmt: skip

    def _changes_failed(self, exc: BaseException) -> None:
        from pengaduan_desktop.core.validation import ValidationFailed

        self.ui.saveChangesButton.setEnabled(True)
        self._close_after_save = False
        if isinstance(exc, ValidationFailed):
            self._show_data_errors(exc.errors)
            return
        self._tell_or_report(exc, self.ui.dataResultLabel)

    def _letter_job(self, kind: str, issued: dict[str, str] | None = None) -> PdfJob:
        """The letter's job; `issued` receives its agenda number once it is made."""
        engine, cid = self.engine, self.complaint_id
        officer = self.acting_officer()
        number = self.detail.tracking_number if self.detail else ""

        def produce() -> bytes:  # printing or saving issues the letter's agenda number
            from pengaduan_desktop.services.letters import issued_letter_pdf

            agenda, pdf = issued_letter_pdf(engine, Letter(kind), cid, officer)
            if issued is not None:
                issued["number"] = agenda
            return pdf

        def draft() -> bytes:  # a preview shows the number it has or would take, uses none
            from pengaduan_desktop.services.letters import letter_preview_pdf

            return letter_preview_pdf(engine, Letter(kind), cid)

        def record(what: str) -> None:
            from pengaduan_desktop.core.events import record_event

            record_event(engine, number, EventKind.PRINTED, f"{LETTERS[kind]} {what}", officer)

        return PdfJob(produce, record, lambda _busy: None, lambda exc: show_error(self, exc),
                      f"{LETTERS[kind]} {number}", draft, engine=engine)  # fmt: skip

    def save_letter(self, kind: str) -> None:
        number = self.detail.tracking_number if self.detail else ""
        suggested = f"{LETTERS[kind].replace(' ', '-')}-{number}.pdf"
        issued: dict[str, str] = {}
        self._letter_job(kind, issued).save(
            self, self.choose_file, suggested, lambda path: self._letter_saved(kind, issued, path)
        )

    def _letter_saved(self, kind: str, issued: dict[str, str], path: Path) -> None:
        """Said as the receipt's is: the letter's number and where its PDF went."""
        label = self.ui.letterStatusLabel
        label.setStyleSheet(OK_STYLE)
        said = self.tr("{letter} nomor {number} disimpan ke {path}")
        letter = self.tr(LETTERS_SHOWN[kind])
        label.setText("✓ " + said.format(letter=letter, number=issued.get("number", ""), path=path))
        label.setToolTip(str(path))
        self._announce()

    def print_letter(self, kind: str) -> None:
        self._letter_job(kind).print(self, self.choose_printer,
                                     lambda _pages: self._letter_printed(kind))  # fmt: skip

    def _letter_printed(self, kind: str) -> None:
        self.ui.letterStatusLabel.setText(self.tr("{letter} dikirim ke printer.").format(
            letter=self.tr(LETTERS_SHOWN[kind])))  # fmt: skip
        self._announce()

    def _announce(self) -> None:
        """A letter printed or saved is on the timeline (and its agenda number in the
        register): every screen showing the complaint refreshes."""
        announce(self._changed_here(None), self)
        self.changed.emit(self.complaint_id)

    def preview_letter(self, kind: str) -> None:
        number = self.detail.tracking_number if self.detail else ""
        letter = self.tr(LETTERS_SHOWN[kind]).lower()
        title = self.tr("Pratinjau {letter} {number}").format(letter=letter, number=number)
        self._letter_job(kind).preview(self, title, lambda _pages: self._letter_printed(kind))

    def add_attachments(self, paths: list[Path]) -> None:
        from pengaduan_desktop.core.attachments import add_attachment

        engine, cid, officer = self.engine, self.complaint_id, self.acting_officer()

        def work() -> int:
            for path in paths:
                add_attachment(engine, cid, path, officer)
            return len(paths)

        Operation(self, work, self._changed_here).success(
            lambda n: self.ui.filesStatusLabel.setText(self.tr("%n lampiran ditambahkan.", "", n))
        ).run_in_background(initiator=self)  # fmt: skip

    def open_attachment(self) -> None:
        from pengaduan_desktop.core.attachments import export_attachment
        from pengaduan_desktop.core.files import scratch_folder

        rows = self.ui.filesTable.selectionModel().selectedRows()
        if self.detail is None or not rows:
            return
        attachment = self.detail.attachments[rows[0].row()]
        folder = scratch_folder()  # this run's own, removed when the program exits
        engine = self.engine
        run_task(lambda: export_attachment(engine, attachment.id, folder), self.open_file,
                 lambda exc: show_error(self, exc))  # fmt: skip
