"""The editable list of rejection reasons (core.rejection): add one, reword one, change its
kind, or stop offering it. A reason already used keeps its wording on the complaints it
closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from pengaduan_desktop.core.errors import UserError
from pengaduan_desktop.core.rejection import (
    DETAIL_LABELS,
    DETAIL_REQUIRED,
    REJECTION_KIND_LABELS,
    Reason,
    RejectionKind,
    reasons,
    save_reason,
)
from pengaduan_desktop.ui.acting import acting_officer_of
from pengaduan_desktop.ui.language import say
from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.operations import Operation, Query, changed

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
INACTIVE = QColor("#8a8a8a")


class RejectionReasonsDialog(QDialog):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.reasons: list[Reason] = []
        self.editing: int | None = None  # the id of the reason in the form; None: a new one
        self.setWindowTitle(self.tr("Alasan penolakan"))
        self.setMinimumSize(720, 360)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Daftar alasan penolakan"))
        self.text = QLineEdit()
        self.text.setMaxLength(200)
        self.text.setPlaceholderText(self.tr("mis. Bukan kewenangan BKAD"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.kind = QComboBox()
        for kind, label in REJECTION_KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.active = QCheckBox(self.tr("Ditawarkan saat menolak pengaduan"))
        self.new_button = QPushButton(self.tr("Alasan baru"))
        self.save_button = QPushButton(self.tr("Simpan alasan"))
        form = QFormLayout()
        form.addRow(self.tr("Alasan"), self.text)
        form.addRow("", self.message)
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow("", self.detail)
        form.addRow("", self.active)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_button)
        row.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        right.addLayout(row)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr(
            "Alasan yang dipilih petugas saat menolak pengaduan. Alasan yang sudah dipakai "
            "tetap tertulis seperti semula pada pengaduan yang ditolak dengannya."))  # fmt: skip
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._chosen)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.text.textChanged.connect(lambda: self.message.setText(""))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.text.returnPressed.connect(self.save)  # Enter saves the reason, never closes
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.reload()

    def reload(self, select: int | None = None, said: str = "") -> None:
        """Read the reasons off the GUI thread, then list them (and say `said`)."""
        engine = self.engine
        Query(self, lambda: reasons(engine, include_inactive=True),
              lambda rows: self._show(rows, select, said)).loading(
            lambda busy: self.list.setEnabled(not busy)).run_in_background()  # fmt: skip

    def _show(self, rows: list[Reason], select: int | None, said: str = "") -> None:
        self.reasons = rows
        self.list.blockSignals(True)
        self.list.clear()
        for reason in self.reasons:
            item = QListWidgetItem(reason.text if reason.active
                                   else self.tr("{text} (tidak ditawarkan)").format(
                                       text=reason.text))  # fmt: skip
            if not reason.active:
                item.setForeground(QBrush(INACTIVE))
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [r.id for r in self.reasons]
        if select in ids:
            self.list.setCurrentRow(ids.index(select))
        elif self.reasons:
            self.list.setCurrentRow(0)
        else:
            self.start_new()
        if said:
            self.message.setStyleSheet(OK_STYLE)
            self.message.setText(said)

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.reasons):
            return
        reason = self.reasons[row]
        self.editing = reason.id
        self.text.setText(reason.text)
        self.kind.setCurrentIndex(self.kind.findData(reason.kind.value))
        self.active.setChecked(reason.active)
        self.message.setText("")
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = RejectionKind(self.kind.currentData())
        label = DETAIL_LABELS[kind]
        text = (self.tr("Saat menolak, petugas wajib mengisi: {label}.")
                if kind in DETAIL_REQUIRED
                else self.tr("Saat menolak, petugas dapat mengisi: {label}."))  # fmt: skip
        self.detail.setText(text.format(label=label))

    def start_new(self) -> None:
        self.editing = None
        self.list.clearSelection()
        self.text.clear()
        self.kind.setCurrentIndex(self.kind.findData(RejectionKind.LAINNYA.value))
        self.active.setChecked(True)
        self.message.setText("")
        self.text.setFocus()

    def save(self) -> None:
        engine, editing = self.engine, self.editing
        text, active = self.text.text(), self.active.isChecked()
        kind = RejectionKind(self.kind.currentData())
        self.save_button.setEnabled(False)
        officer = acting_officer_of(self)
        Operation(self, lambda: save_reason(engine, editing, kind, text, active, officer),
                  changed(lists=True)).success(self._saved).failure(
            self._failed).run_in_background(initiator=self)  # fmt: skip

    def _saved(self, reason_id: int) -> None:
        self.save_button.setEnabled(True)
        self.reload(select=reason_id, said=self.tr("✓ Alasan tersimpan."))

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, UserError):  # said next to the field
            message = say(exc)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(message[:1].upper() + message[1:])
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        show_error(self, exc)
