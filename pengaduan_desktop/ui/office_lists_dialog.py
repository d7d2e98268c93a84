"""Pengaturan › Pegawai dan daftar kantor: one dialog, one tab per list of the office
(officers, units, services, categories, rejection reasons, the service time). Every saved
change is an operation (ui.operations): the desk and every open screen refresh their lists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy import Engine

from pengaduan_desktop.core.catalogue import Kind
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.ui.idle_lock_tab import IdleLockTab
from pengaduan_desktop.ui.office_lists_tabs import CatalogueTab, OfficersTab, UnitsTab
from pengaduan_desktop.ui.rejection_reasons_dialog import RejectionReasonsDialog
from pengaduan_desktop.ui.retention_tab import RetentionTab
from pengaduan_desktop.ui.screen_fit import fit_to_screen
from pengaduan_desktop.ui.service_time_tab import ServiceTimeTab


class OfficeListsDialog(QDialog):
    def __init__(self, engine: Engine, acting_officer: Callable[[], int | None],
                 parent: QWidget | None = None,
                 allowed: Callable[[Permission], bool] = lambda _p: True) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pegawai dan daftar kantor"))
        self.setMinimumSize(760, 460)
        # Wide enough for every tab's title at 1366 and 1024 (it shrinks on a smaller screen).
        fit_to_screen(self, 1000, 600)
        self.officers = OfficersTab(engine, acting_officer)
        self.units = UnitsTab(engine, acting_officer)
        self.services = CatalogueTab(engine, Kind.SERVICE, acting_officer)
        self.categories = CatalogueTab(engine, Kind.CATEGORY, acting_officer)
        self.service_time = ServiceTimeTab(engine, acting_officer)
        self.idle_lock = IdleLockTab(engine, acting_officer)
        self.retention = RetentionTab(engine, acting_officer)
        # The rejection reasons keep their own editor; here it is a page, not a window.
        self.reasons = RejectionReasonsDialog(engine)
        self.reasons.setWindowFlags(Qt.WindowType.Widget)
        buttons = self.reasons.findChild(QDialogButtonBox)
        if buttons is not None:
            buttons.hide()
        self.tabs = QTabWidget()
        for widget, title in (
            (self.officers, self.tr("&Pegawai")), (self.units, self.tr("&Unit kerja")),
            (self.services, self.tr("&Layanan")), (self.categories, self.tr("&Kategori")),
            (self.reasons, self.tr("&Alasan penolakan")),
            (self.service_time, self.tr("&Waktu layanan")),
            (self.idle_lock, self.tr("&Kunci layar")),
            (self.retention, self.tr("&Masa simpan")),
        ):  # fmt: skip
            self.tabs.addTab(widget, title)
            needs = Permission.ACCOUNTS if widget is self.officers else Permission.SETTINGS
            self.tabs.setTabVisible(self.tabs.count() - 1, allowed(needs))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.lists = (self.officers, self.units, self.services, self.categories)
        for tab in self.lists:
            tab.changed.connect(self._changed)
        self.service_time.changed.connect(self._changed)
        self.retention.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        for tab in self.lists:
            tab.reload()
        self.service_time.reload()
        self.idle_lock.reload()
        self.retention.reload()

    def _changed(self) -> None:
        # A unit renamed shows in the officers' table; every list is read again.
        self.officers.reload()
