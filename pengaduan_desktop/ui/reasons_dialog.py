"""Pengaturan → Alasan penolakan: the list of reasons the officer chooses from when rejecting
a complaint (core.rejection). A reason is deactivated rather than deleted: complaints keep the
text they were rejected with."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from pengaduan_desktop.core.errors import UserError, user_message
from pengaduan_desktop.core.rejection import (
    REJECTION_KIND_LABELS,
    Reason,
    RejectionKind,
    reasons,
    save_reason,
)
from pengaduan_desktop.ui.msgbox import show_error

ERROR_STYLE = "color: #b00020;"


class ReasonsDialog(QDialog):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(self.tr("Alasan penolakan"))
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Alasan"), self.tr("Jenis"), self.tr("Status")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        form = QFormLayout()
        self.text = QLineEdit()
        self.text.setObjectName("reasonText")
        self.text.setMaxLength(200)
        self.kind = QComboBox()
        self.kind.setObjectName("reasonKind")
        for kind, label in REJECTION_KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.tr("&Alasan:"), self.text)
        form.addRow("", self.error)
        form.addRow(self.tr("&Jenis:"), self.kind)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Tambah baru"))
        self.change_button = QPushButton(self.tr("&Ubah yang dipilih"))
        self.toggle_button = QPushButton(self.tr("&Nonaktifkan"))
        for button in (self.add_button, self.change_button, self.toggle_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(lambda: self._save(None, True))
        self.change_button.clicked.connect(self._change)
        self.toggle_button.clicked.connect(self._toggle)
        self.table.itemSelectionChanged.connect(self._selected_changed)
        self.rows: list[Reason] = []
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self.rows = reasons(self.engine, include_inactive=True)
        self.table.setRowCount(len(self.rows))
        for index, reason in enumerate(self.rows):
            status = self.tr("aktif") if reason.active else self.tr("nonaktif")
            for column, text in enumerate((reason.text, REJECTION_KIND_LABELS[reason.kind],
                                           status)):  # fmt: skip
                self.table.setItem(index, column, QTableWidgetItem(text))
            if reason.id == select_id:
                self.table.selectRow(index)
        self._selected_changed()

    def selected(self) -> Reason | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selected_changed(self) -> None:
        reason = self.selected()
        self.change_button.setEnabled(reason is not None)
        self.toggle_button.setEnabled(reason is not None)
        if reason is None:
            return
        self.text.setText(reason.text)
        self.kind.setCurrentIndex(self.kind.findData(reason.kind.value))
        self.toggle_button.setText(self.tr("&Nonaktifkan") if reason.active else
                                   self.tr("Akti&fkan"))  # fmt: skip

    def _change(self) -> None:
        reason = self.selected()
        if reason is not None:
            self._save(reason.id, reason.active)

    def _toggle(self) -> None:
        reason = self.selected()
        if reason is not None:
            self._save(reason.id, not reason.active, reason.text, reason.kind)

    def _save(self, reason_id: int | None, active: bool, text: str | None = None,
              kind: RejectionKind | None = None) -> None:  # fmt: skip
        try:
            saved = save_reason(self.engine, reason_id,
                                kind or RejectionKind(self.kind.currentData()),
                                self.text.text() if text is None else text, active)  # fmt: skip
        except UserError as exc:
            message = user_message(exc) or ""
            self.error.setText(message[:1].upper() + message[1:])
            self.error.show()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.error.setText("")
        self.error.hide()
        self.refresh(saved)
