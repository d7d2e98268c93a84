"""Editing the office profile and the Pejabat Pengelola Pengaduan."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from pengaduan_desktop.core.errors import UserError
from pengaduan_desktop.core.office import ProfileData, read_profile, save_profile

FIELDS = (
    ("office", "government", "Pemerintah"),
    ("office", "office_name", "Nama kantor"),
    ("office", "address", "Alamat"),
    ("office", "phone", "Telepon"),
    ("office", "fax", "Faks"),
    ("office", "email", "Email"),
    ("office", "city", "Kota (tempat tanda tangan)"),
    ("head", "head_name", "Nama Kepala Badan"),
    ("head", "head_nip", "NIP Kepala Badan"),
    ("head", "head_jabatan", "Jabatan Kepala Badan"),
    ("head", "report_number_pattern", "Pola nomor laporan bulanan"),
    ("manager", "manager_name", "Nama pejabat"),
    ("manager", "manager_nip", "NIP pejabat"),
    ("manager", "manager_jabatan", "Jabatan pejabat"),
)


class ProfileDialog(QDialog):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(self.tr("Profil kantor dan pejabat"))
        self.setMinimumWidth(560)
        titles = {
            "office": self.tr("Kantor (kop surat)"),
            "head": self.tr("Kepala Badan (penanda tangan laporan bulanan)"),
            "manager": self.tr("Pejabat Pengelola Pengaduan (penanggung jawab bawaan)"),
        }
        layout = QVBoxLayout(self)
        forms: dict[str, QFormLayout] = {}
        for key, title in titles.items():
            box = QGroupBox(title)
            forms[key] = QFormLayout(box)
            layout.addWidget(box)
        data = read_profile(engine)
        self.edits: dict[str, QLineEdit] = {}
        for group, name, label in FIELDS:
            edit = QLineEdit(getattr(data, name))
            edit.setObjectName(name)
            self.edits[name] = edit
            forms[group].addRow(self.tr(label), edit)
        self.edits["report_number_pattern"].setToolTip(self.tr(
            "Isian: {seq:03d} nomor urut tahunan, {year} tahun, {month} bulan, "
            "{month_roman} bulan Romawi, {revision} revisi"))  # fmt: skip
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        data = ProfileData(**{name: edit.text() for name, edit in self.edits.items()})
        empty = [label for _g, name, label in FIELDS if not self.edits[name].text().strip()]
        if empty:
            self.error.setText(self.tr("Wajib diisi: {fields}").format(fields=", ".join(empty)))
            return
        try:
            save_profile(self.engine, data)
        except UserError as exc:
            self.error.setText(str(exc)[:1].upper() + str(exc)[1:])
            return
        self.accept()
