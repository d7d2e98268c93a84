"""The main window: tabs, the acting officer, menus."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QTabWidget, QToolBar, QWidget
from sqlalchemy import Engine

from pengaduan_desktop import __version__
from pengaduan_desktop.core.office import active_officers
from pengaduan_desktop.ui.calendar_tab import CalendarTab
from pengaduan_desktop.ui.intake_tab import IntakeTab
from pengaduan_desktop.ui.msgbox import show_message
from pengaduan_desktop.ui.profile_dialog import ProfileDialog


class MainWindow(QMainWindow):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(self.tr("Pengaduan Desktop — BKAD Provinsi Kalimantan Barat"))
        self.officer_combo = QComboBox()
        self.officer_combo.setMinimumWidth(240)
        self.officer_combo.setToolTip(self.tr("Petugas yang sedang bertugas di meja ini"))
        self._fill_officers()
        toolbar = QToolBar(self.tr("Petugas"))
        toolbar.setObjectName("officerToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr(" Petugas meja: ")))
        toolbar.addWidget(self.officer_combo)
        self.addToolBar(toolbar)
        self.tabs = QTabWidget()
        self.intake = IntakeTab(engine, self.acting_officer)
        self.calendar = CalendarTab(engine)
        self.tabs.addTab(self.intake, self.tr("Pengaduan Baru"))
        self.tabs.addTab(self.calendar, self.tr("Kalender Kerja"))
        self.setCentralWidget(self.tabs)
        self._menus()
        self.statusBar().showMessage(self.tr("Siap. Basis data: {url}").format(
            url=engine.url.render_as_string(hide_password=True)))  # fmt: skip
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(1320, 800)
        self.officer_combo.currentIndexChanged.connect(self._remember_officer)

    def _fill_officers(self) -> None:
        combo = self.officer_combo
        combo.clear()
        for officer in active_officers(self.engine):
            combo.addItem(f"{officer.name} — {officer.jabatan}", officer.id)
        remembered = QSettings().value("desk/officer_id")
        index = combo.findData(int(remembered)) if remembered not in (None, "") else -1  # type: ignore[arg-type]
        combo.setCurrentIndex(max(index, 0))

    def _remember_officer(self) -> None:
        QSettings().setValue("desk/officer_id", self.officer_combo.currentData())

    def acting_officer(self) -> int | None:
        value = self.officer_combo.currentData()
        return int(value) if value is not None else None

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        quit_action = QAction(self.tr("&Keluar"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Pengaturan"))
        profile_action = QAction(self.tr("Profil &kantor dan pejabat…"), self)
        profile_action.triggered.connect(self.edit_profile)
        settings_menu.addAction(profile_action)
        help_menu = self.menuBar().addMenu(self.tr("Ba&ntuan"))
        about = QAction(self.tr("&Tentang"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def edit_profile(self) -> ProfileDialog:
        dialog = ProfileDialog(self.engine, self)
        dialog.accepted.connect(self._profile_changed)
        dialog.open()
        return dialog

    def _profile_changed(self) -> None:
        self._fill_officers()
        self.intake.reload_people()

    def _about(self) -> None:
        text = self.tr(
            "Pengaduan Desktop {version}\nPengelolaan Pengaduan Pelayanan Publik\n"
            "Badan Keuangan dan Aset Daerah Provinsi Kalimantan Barat"
        ).format(version=__version__)
        show_message(self, self.tr("Tentang"), text)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
