"""The tabs of the office's lists: officers, units, and the services and categories."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy import Engine

from pengaduan_desktop.core.accounts import Account, accounts
from pengaduan_desktop.core.catalogue import KIND_LABELS, Item, Kind, add_item, change_item, items
from pengaduan_desktop.core.identity import grouped_nip
from pengaduan_desktop.core.office_setup import PANGKAT
from pengaduan_desktop.core.officers import (
    OfficerData,
    OfficerRow,
    add_officer,
    change_officer,
    delete_officer,
    officers,
)
from pengaduan_desktop.core.units import UnitRow, add_unit, change_unit, delete_unit, units
from pengaduan_desktop.core.vocabulary import ROLE_LABELS, Role
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.list_tab import ListTab


def line(max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


class OfficersTab(ListTab):
    def __init__(self, engine: Engine, acting_officer: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(
            engine, acting_officer,
            [self.tr("Nama"), self.tr("NIP"), self.tr("Peran"), self.tr("Unit kerja")],
            self.tr("Pegawai yang menerima dan menangani pengaduan. Pegawai yang sudah tercatat "
                    "dalam register tidak dapat dihapus, hanya dinonaktifkan: ia tidak "
                    "ditawarkan lagi di meja penerimaan, tetapi tetap tertulis pada pengaduan "
                    "yang pernah ditanganinya."),
            deletable=True, parent=parent,
        )  # fmt: skip
        self.noun = self.tr("pegawai")  # what a row is called in the list's messages
        self.units: list[UnitRow] = []
        self.name = line(200, self.tr("nama lengkap dengan gelar"))
        self.nip = line(30, self.tr("18 angka"))
        self.pangkat = QComboBox()
        self.pangkat.setEditable(True)
        self.pangkat.addItems(PANGKAT)
        self.pangkat.lineEdit().setPlaceholderText(self.tr("boleh kosong, mis. Penata (III/c)"))
        self.jabatan = line(300)
        self.unit = QComboBox()
        self.role = QComboBox()
        for role in ROLE_LABELS:
            self.role.addItem(language.label(role), role.value)
        self.active_check = QCheckBox(self.tr("Aktif (ditawarkan di meja penerimaan)"))
        for key, label, widget in (
            ("name", self.tr("Nama"), self.name), ("nip", self.tr("NIP"), self.nip),
            ("pangkat", self.tr("Pangkat/golongan"), self.pangkat),
            ("jabatan", self.tr("Jabatan"), self.jabatan),
            ("unit_id", self.tr("Unit kerja"), self.unit), ("role", self.tr("Peran"), self.role),
            ("active", "", self.active_check),
        ):  # fmt: skip
            self.add_field(key, label, widget)
        self.accounts: dict[int, Account] = {}
        self.account_state = QLabel()
        self.account_button = QPushButton(self.tr("Buat/ubah akun…"))
        self.reset_button = QPushButton(self.tr("Atur ulang kata sandi…"))
        account_row = QHBoxLayout()
        for button in (self.account_button, self.reset_button):
            button.setAutoDefault(False)
            account_row.addWidget(button)
        account_row.addStretch(1)
        self.form.addRow(self.tr("Akun"), self.account_state)
        self.form.addRow("", account_row)
        self.account_button.clicked.connect(lambda: self.edit_account(False))
        self.reset_button.clicked.connect(lambda: self.edit_account(True))
        for combo in (self.unit, self.pangkat):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)

    def load(self) -> Any:
        return officers(self.engine), units(self.engine), accounts(self.engine)

    def _loaded(self, result: Any, select: int | None) -> None:
        rows, self.units, known = result
        self.accounts = {account.officer_id: account for account in known}
        keep = self.unit.currentData()
        self.unit.clear()
        self.unit.addItem(self.tr("— tanpa unit kerja —"), None)
        for unit in self.units:
            name = unit.name if unit.active else self.tr("{name} (nonaktif)").format(name=unit.name)
            self.unit.addItem(name, unit.id)
        self.unit.setCurrentIndex(max(self.unit.findData(keep), 0))
        super()._loaded(rows, select)

    def cells(self, row: OfficerRow) -> list[str]:
        nip = grouped_nip(row.data.nip) if row.data.nip.isdigit() else row.data.nip
        return [row.data.name, nip, self.tr(row.role_label), row.unit]

    def active(self, row: OfficerRow) -> bool:
        return row.data.active

    def show_row(self, row: OfficerRow) -> None:
        d = row.data
        self.name.setText(d.name)
        self.nip.setText(grouped_nip(d.nip) if d.nip.isdigit() else d.nip)
        self.pangkat.setCurrentText(d.pangkat)
        self.jabatan.setText(d.jabatan)
        self.unit.setCurrentIndex(max(self.unit.findData(d.unit_id), 0))
        self.role.setCurrentIndex(max(self.role.findData(d.role), 0))
        self.active_check.setChecked(d.active)
        for edit in (self.name, self.nip, self.jabatan):
            edit.setCursorPosition(0)
        self._show_account(self.accounts.get(row.id))

    def _show_account(self, account: Account | None) -> None:
        if account is None or account.username is None:
            text = self.tr("belum punya akun (tidak dapat masuk)")
        else:
            text = self.tr("nama pengguna {username}").format(username=account.username)
        self.account_state.setText(text)
        self.account_button.setEnabled(account is not None)
        self.reset_button.setEnabled(account is not None and account.username is not None)

    def edit_account(self, password_only: bool) -> QWidget | None:
        """Buat/ubah akun, or Atur ulang kata sandi, for the officer in the form."""
        from pengaduan_desktop.ui.account_dialogs import AccountDialog

        account = self.accounts.get(self.editing) if self.editing is not None else None
        if account is None:
            return None
        dialog = AccountDialog(self.engine, account.officer_id, account.name, account.username,
                               self.acting_officer, password_only, self)  # fmt: skip
        dialog.accepted.connect(lambda: self._account_saved(account.officer_id))
        dialog.open()
        return dialog

    def _account_saved(self, officer_id: int) -> None:
        self.reload(select=officer_id)
        self.say(self.tr("✓ Akun tersimpan."))

    def clear_form(self) -> None:
        for edit in (self.name, self.nip, self.jabatan):
            edit.clear()
        self.pangkat.setCurrentIndex(-1)
        self.pangkat.clearEditText()
        self.unit.setCurrentIndex(0)
        self.role.setCurrentIndex(self.role.findData(Role.PETUGAS.value))
        self.active_check.setChecked(True)
        self._show_account(None)
        self.account_button.setEnabled(False)  # saved first, then given an account

    def data(self) -> OfficerData:
        return OfficerData(
            name=self.name.text(), nip=self.nip.text(), jabatan=self.jabatan.text(),
            role=self.role.currentData(), pangkat=self.pangkat.currentText(),
            unit_id=self.unit.currentData(), active=self.active_check.isChecked(),
        )  # fmt: skip

    def save_call(self, editing: int | None, officer: int | None) -> Callable[[], Any]:
        engine, data = self.engine, self.data()
        return self.add_or_change(
            editing,
            lambda: add_officer(engine, data, officer),
            lambda row: change_officer(engine, row, data, officer),
        )

    def delete_call(self, row_id: int, officer: int | None) -> Callable[[], Any]:
        engine = self.engine
        return lambda: delete_officer(engine, row_id, officer)

    def why_kept(self, row: OfficerRow) -> str:
        if row.manager:
            return self.tr("Pejabat Pengelola Pengaduan di profil kantor tidak dapat dihapus.")
        if row.acted:
            return self.tr("Sudah tercatat dalam register: nonaktifkan saja.")
        return ""


class UnitsTab(ListTab):
    name_column = 1

    def __init__(self, engine: Engine, acting_officer: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(
            engine, acting_officer, [self.tr("Kode"), self.tr("Nama unit kerja")],
            self.tr("Bidang dan Sub Bagian tempat pengaduan didisposisikan. Unit yang sudah "
                    "menerima disposisi atau mempunyai pegawai tidak dapat dihapus, hanya "
                    "dinonaktifkan."),
            deletable=True, parent=parent,
        )  # fmt: skip
        self.noun = self.tr("unit kerja")
        self.code = line(30, self.tr("mis. PERBEN"))
        self.name = line(200, self.tr("mis. Bidang Perbendaharaan"))
        self.active_check = QCheckBox(self.tr("Aktif (ditawarkan saat disposisi)"))
        self.add_field("code", self.tr("Kode"), self.code)
        self.add_field("name", self.tr("Nama"), self.name)
        self.add_field("active", "", self.active_check)

    def load(self) -> list[Any]:
        return units(self.engine)

    def cells(self, row: UnitRow) -> list[str]:
        return [row.code, row.name]

    def show_row(self, row: UnitRow) -> None:
        self.code.setText(row.code)
        self.name.setText(row.name)
        self.name.setCursorPosition(0)
        self.active_check.setChecked(row.active)

    def clear_form(self) -> None:
        self.code.clear()
        self.name.clear()
        self.active_check.setChecked(True)

    def save_call(self, editing: int | None, officer: int | None) -> Callable[[], Any]:
        engine, code, name = self.engine, self.code.text(), self.name.text()
        active = self.active_check.isChecked()
        return self.add_or_change(
            editing,
            lambda: add_unit(engine, code, name, officer),
            lambda row: change_unit(engine, row, code, name, active, officer),
        )

    def delete_call(self, row_id: int, officer: int | None) -> Callable[[], Any]:
        engine = self.engine
        return lambda: delete_unit(engine, row_id, officer)

    def why_kept(self, row: UnitRow) -> str:
        return self.tr("Sudah dipakai: nonaktifkan saja.") if row.used else ""


class CatalogueTab(ListTab):
    def __init__(self, engine: Engine, kind: Kind, acting_officer: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        self.kind = kind
        self.noun = KIND_LABELS[kind].lower()
        intro = {
            Kind.SERVICE: self.tr("Layanan BKAD yang dapat diadukan, dalam urutan yang "
                                  "ditawarkan di meja penerimaan."),
            Kind.CATEGORY: self.tr("Kategori pengaduan untuk laporan bulanan."),
        }[kind] + " " + self.tr("Pengaduan lama tetap memuat nama seperti saat dicatat, "
                                "walaupun namanya diubah atau dinonaktifkan.")  # fmt: skip
        super().__init__(engine, acting_officer, [self.tr("Nama")], intro, parent=parent)
        self.name = line(200)
        self.active_check = QCheckBox(self.tr("Aktif (ditawarkan di meja penerimaan)"))
        self.add_field("name", self.tr("Nama"), self.name)
        self.add_field("active", "", self.active_check)

    def load(self) -> list[Any]:
        return items(self.engine, self.kind)

    def cells(self, row: Item) -> list[str]:
        return [row.name]

    def show_row(self, row: Item) -> None:
        self.name.setText(row.name)
        self.name.setCursorPosition(0)
        self.active_check.setChecked(row.active)

    def clear_form(self) -> None:
        self.name.clear()
        self.active_check.setChecked(True)

    def save_call(self, editing: int | None, officer: int | None) -> Callable[[], Any]:
        engine, kind, name = self.engine, self.kind, self.name.text()
        active = self.active_check.isChecked()
        return self.add_or_change(
            editing,
            lambda: add_item(engine, kind, name, officer),
            lambda row: change_item(engine, row, name, active, officer),
        )
