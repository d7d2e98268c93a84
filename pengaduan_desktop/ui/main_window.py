"""The main window: tabs, the acting officer, menus. It shows at once; the database is
connected right after, off the GUI thread, and the tabs open when it is ready."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMainWindow, QTabWidget, QToolBar, QWidget

from pengaduan_desktop import __version__
from pengaduan_desktop.ui.calendar_tab import CalendarTab
from pengaduan_desktop.ui.case_list_tab import CaseListTab
from pengaduan_desktop.ui.intake_tab import IntakeTab
from pengaduan_desktop.ui.msgbox import show_error, show_message
from pengaduan_desktop.ui.operations import Query, subscribe
from pengaduan_desktop.ui.report_tab import ReportTab
from pengaduan_desktop.ui.screen_fit import fit_to_screen
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.door import Changes
    from pengaduan_desktop.core.office import Desk
    from pengaduan_desktop.core.reports import ReportDue
    from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog
    from pengaduan_desktop.ui.profile_dialog import ProfileDialog


class Opened(NamedTuple):
    """What the window reads (off the GUI thread) as the database opens."""

    engine: Engine
    desk: Desk
    due: ReportDue
    gaps: list[str]  # what the office profile still lacks
    overdue: int


class MainWindow(QMainWindow):
    database_ready = Signal()
    database_failed = Signal(str)

    def __init__(self, db_url: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_url = db_url
        self.engine: Engine | None = None
        self.setWindowTitle(self.tr("Pengaduan Desktop — BKAD Provinsi Kalimantan Barat"))
        self.officer_combo = QComboBox()
        self.officer_combo.setMinimumWidth(240)
        self.officer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.officer_combo.setToolTip(self.tr("Petugas yang sedang bertugas di meja ini"))
        toolbar = QToolBar(self.tr("Petugas"))
        toolbar.setObjectName("officerToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr(" Petugas meja: ")))
        toolbar.addWidget(self.officer_combo)
        self.addToolBar(toolbar)
        self.tabs = QTabWidget()
        self.intake = IntakeTab(self.acting_officer)
        self.cases = CaseListTab()
        self.cases.viewer = self.acting_officer
        self.calendar = CalendarTab(self.acting_officer)
        self.report = ReportTab(self.acting_officer)
        self.tabs.addTab(self.intake, self.tr("Pengaduan Baru"))
        self.tabs.addTab(self.cases, self.tr("Daftar Pengaduan"))
        self.tabs.addTab(self.report, self.tr("Laporan Bulanan"))
        self.tabs.addTab(self.calendar, self.tr("Kalender Kerja"))
        self.due_banner = QLabel()
        self.due_banner.setObjectName("dueBanner")
        self.statusBar().addPermanentWidget(self.due_banner)
        self.report.issued.connect(self.refresh_report_due)
        self.desk: Desk | None = None
        self._pages: dict[int, ComplaintDialog] = {}  # the open complaint pages
        self._ready = ""  # the status bar's word once the database is open
        # Every tab and page refreshes itself after an operation (ui.operations); the window
        # reads the desk's people and lists again when they change.
        subscribe(self._operation_executed)
        self.cases.open_complaint.connect(self.open_complaint)
        self.cases.overdue_changed.connect(self._show_overdue)
        self.setCentralWidget(self.tabs)
        self._menus()
        self.statusBar().showMessage(self.tr("Menghubungkan ke basis data…"))
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
            fit_to_screen(self, self.width(), self.height())  # saved on a larger screen
        else:
            fit_to_screen(self, 1320, 800)
        self.officer_combo.currentIndexChanged.connect(self._remember_officer)

    # -- database -------------------------------------------------------------------------
    def connect_database(self) -> None:
        """Connect (and create or upgrade the schema) off the GUI thread."""

        def connect() -> Opened:
            from pengaduan_desktop.core.caselist import CaseFilter, count_cases
            from pengaduan_desktop.core.office import open_desk
            from pengaduan_desktop.core.office_setup import office_gaps
            from pengaduan_desktop.core.reports import report_due
            from pengaduan_desktop.core.sla import Sla

            engine, desk = open_desk(self.db_url)
            overdue = count_cases(engine, CaseFilter(sla=Sla.OVERDUE))
            return Opened(engine, desk, report_due(engine), office_gaps(engine), overdue)

        run_task(connect, self._connected, self._connect_failed)

    def _connected(self, opened: Opened) -> None:
        engine, desk, due, gaps, overdue = opened
        self.engine = engine
        self.desk = desk
        self._fill_officers(desk)
        self.intake.attach(engine, desk)
        self.cases.attach(engine, desk)
        self.calendar.attach(engine)
        self._show_report_due(due)
        self.report.attach(engine, due.month)
        self._ready = self.tr("Siap. Basis data: {url}").format(
            url=engine.url.render_as_string(hide_password=True))  # fmt: skip
        self._say_ready(overdue)
        self.database_ready.emit()
        if gaps:  # a profile with placeholders (a new database): the set-up comes first
            self.edit_profile(gaps)

    def refresh_report_due(self) -> None:
        """Say when the next monthly report is due (read off the GUI thread)."""
        from pengaduan_desktop.core.reports import report_due

        engine = self.engine
        if engine is not None:
            Query(self, lambda: report_due(engine), self._show_report_due).run_in_background()

    def _show_report_due(self, due: ReportDue) -> None:
        """In red once it is late."""
        colour = "#b00020" if due.late else ("#7a5a00" if due.days_left <= 5 else "#333333")
        self.due_banner.setText(due.message())
        self.due_banner.setStyleSheet(f"color: {colour}; font-weight: bold; padding: 0 6px;")

    def _say_ready(self, overdue: int) -> None:
        message = self._ready
        if overdue:
            message = self.tr("%n pengaduan terlambat — lihat Daftar Pengaduan. ", "",
                              overdue) + message  # fmt: skip
        self.statusBar().showMessage(message)

    def _show_overdue(self, overdue: int) -> None:
        if self._ready and self.statusBar().currentMessage().endswith(self._ready):
            self._say_ready(overdue)  # the count said at start stays true
        index = self.tabs.indexOf(self.cases)
        title = self.tr("Daftar Pengaduan")
        self.tabs.setTabText(index, self.tr("{title} ({count} terlambat)").format(
            title=title, count=overdue) if overdue else title)  # fmt: skip

    def open_complaint(self, complaint_id: int) -> ComplaintDialog | None:
        if self.engine is None or self.desk is None:
            return None
        from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog

        page = self._pages.get(complaint_id)
        if page is not None:  # one page per complaint (a double click also activates the row)
            page.raise_()
            page.activateWindow()
            return page
        dialog = ComplaintDialog(self.engine, complaint_id, self.desk, self.acting_officer, self)
        self._pages[complaint_id] = dialog
        dialog.finished.connect(lambda _result: self._pages.pop(complaint_id, None))
        dialog.open()
        return dialog

    def _connect_failed(self, exc: BaseException) -> None:
        self.statusBar().showMessage(self.tr("Basis data tidak dapat dibuka."))
        show_error(self, exc)
        self.database_failed.emit(str(exc))

    def _fill_officers(self, desk: Desk) -> None:
        combo = self.officer_combo
        combo.blockSignals(True)
        combo.clear()
        for officer in desk.officers:
            combo.addItem(f"{officer.name} — {officer.jabatan}", officer.id)
        remembered = QSettings().value("desk/officer_id")
        try:
            index = combo.findData(int(remembered))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            index = -1
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _remember_officer(self) -> None:
        QSettings().setValue("desk/officer_id", self.officer_combo.currentData())

    def acting_officer(self) -> int | None:
        value = self.officer_combo.currentData()
        return int(value) if value is not None else None

    # -- menus ----------------------------------------------------------------------------
    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        quit_action = QAction(self.tr("&Keluar"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Pengaturan"))
        for text, slot in ((self.tr("Profil &kantor dan pejabat…"), self.edit_profile),
                           (self.tr("Pe&gawai dan daftar kantor…"), self.edit_lists),
                           (self.tr("&Penomoran surat…"), self.edit_series),
                           (self.tr("&Alasan penolakan…"), self.edit_reasons),
                           (self.tr("&Jejak audit…"), self.show_audit)):  # fmt: skip
            action = QAction(text, self)
            action.triggered.connect(slot)
            settings_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("Ba&ntuan"))
        about = QAction(self.tr("&Tentang"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def edit_profile(self, gaps: list[str] | None = None) -> ProfileDialog | None:
        """The set-up dialog; it reads what is still missing itself unless told."""
        if self.engine is None:
            return None
        from pengaduan_desktop.ui.profile_dialog import open_profile_dialog

        return open_profile_dialog(self, self.engine, gaps)

    def edit_series(self) -> QDialog | None:
        from pengaduan_desktop.ui.series_dialog import SeriesDialog

        return self._open_setting(SeriesDialog)

    def edit_reasons(self) -> QDialog | None:
        from pengaduan_desktop.ui.rejection_reasons_dialog import RejectionReasonsDialog

        return self._open_setting(RejectionReasonsDialog)

    def edit_lists(self) -> QDialog | None:
        from pengaduan_desktop.ui.office_lists_dialog import OfficeListsDialog

        return self._open_setting(lambda engine, parent: OfficeListsDialog(
            engine, self.acting_officer, parent))  # fmt: skip

    def show_audit(self) -> QDialog | None:
        from pengaduan_desktop.ui.audit_dialog import AuditDialog

        return self._open_setting(AuditDialog)

    def _open_setting(self, kind: Callable[[Engine, QWidget], QDialog]) -> QDialog | None:
        if self.engine is None:
            return None
        dialog = kind(self.engine, self)
        dialog.open()
        return dialog

    def _operation_executed(self, changes: Changes, _initiator: object) -> None:
        if changes.office or changes.lists or changes.accounts:
            self._profile_changed()

    def _profile_changed(self) -> None:
        """The desk's people and lists, read again off the GUI thread."""
        from pengaduan_desktop.core.office import load_desk

        engine = self.engine
        if engine is None:
            return

        def show(desk: Desk) -> None:
            self.desk = desk
            self._fill_officers(desk)
            self.intake.reload_people(desk)
            self.cases.attach(engine, desk)

        Query(self, lambda: load_desk(engine), show).run_in_background()

    def _about(self) -> None:
        text = self.tr(
            "Pengaduan Desktop {version}\nPengelolaan Pengaduan Pelayanan Publik\n"
            "Badan Keuangan dan Aset Daerah Provinsi Kalimantan Barat"
        ).format(version=__version__)
        show_message(self, self.tr("Tentang"), text)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
