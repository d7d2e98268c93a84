"""The main window: tabs, menus, and the signed-in user who acts. It shows at once; the
database is connected right after, off the GUI thread; then the first administrator is created
if there is none, the user signs in, and the tabs and menus their role may use open."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QTabWidget, QWidget

from pengaduan_desktop.core.permissions import Permission, can
from pengaduan_desktop.core.vocabulary import Role
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.accessible import install as install_accessible_names
from pengaduan_desktop.ui.calendar_tab import CalendarTab
from pengaduan_desktop.ui.case_list_tab import CaseListTab
from pengaduan_desktop.ui.day_watch import DayWatch
from pengaduan_desktop.ui.idle_lock import IdleWatch
from pengaduan_desktop.ui.intake_tab import IntakeTab
from pengaduan_desktop.ui.keyboard import install_main_window_keys, install_page_keys
from pengaduan_desktop.ui.live_desk import LiveDesk
from pengaduan_desktop.ui.mail_sender import MailSender
from pengaduan_desktop.ui.msgbox import show_error, show_message
from pengaduan_desktop.ui.operations import Query, subscribe
from pengaduan_desktop.ui.reminder_button import ReminderButton
from pengaduan_desktop.ui.report_tab import ReportTab
from pengaduan_desktop.ui.screen_fit import keep_on_screen, restore_window
from pengaduan_desktop.ui.screen_room import scroll_when_cramped
from pengaduan_desktop.ui.status_bar import ElidedNote, StatusBar
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.accounts import SignedIn
    from pengaduan_desktop.core.door import Changes
    from pengaduan_desktop.core.office import Desk
    from pengaduan_desktop.core.reports import ReportDue
    from pengaduan_desktop.ui.account_dialogs import FirstAdminDialog, PasswordDialog, SignInDialog
    from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog
    from pengaduan_desktop.ui.profile_dialog import ProfileDialog


class Opened(NamedTuple):
    """What the window reads (off the GUI thread) as a user's session opens."""

    due: ReportDue
    gaps: list[str]  # what the office profile still lacks
    overdue: int  # late complaints the user sees


class MainWindow(QMainWindow):
    database_ready = Signal()
    database_failed = Signal(str)

    signed_out = Signal()

    def __init__(self, db_url: str | None = None, parent: QWidget | None = None,
                 program: bool = False) -> None:  # fmt: skip
        """`program`: no sign-in, the program itself acts (the offscreen self-test)."""
        super().__init__(parent)
        install_accessible_names()  # every window's controls named for screen readers
        self.db_url = db_url
        self.engine: Engine | None = None
        self.program = program
        self.user: SignedIn | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.first_admin_dialog: FirstAdminDialog | None = None
        self.idle = IdleWatch(self)
        self.idle.idle.connect(self.lock)
        self.status_bar = StatusBar(self)  # its parts fit a 1024-pixel screen
        self.setStatusBar(self.status_bar)
        self.setWindowTitle(self.tr("Pengaduan Desktop — BKAD Provinsi Kalimantan Barat"))
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
        self.due_banner = ElidedNote(priority=1)  # a late report is said before the name
        self.due_banner.setObjectName("dueBanner")
        self.user_label = ElidedNote()
        self.user_label.setObjectName("userLabel")
        self.status_bar.add_note(self.user_label)
        self.status_bar.add_note(self.due_banner)
        self.mail = MailSender(self)  # queued emails to complainants (ui.mail_sender)
        self.live = LiveDesk(self)  # other desks' changes; a lost server said in the status line
        self.statusBar().insertPermanentWidget(0, self.live.label)
        self.statusBar().insertPermanentWidget(1, self.mail.note)
        for note in (self.user_label, self.due_banner):
            note.setMinimumWidth(1)  # give up room to the live note rather than overlap it
        self.live.back.connect(self.intake.connection_back)
        self.live.restored.connect(self.restored_elsewhere)
        self.live.damaged.connect(self.database_damaged)
        self.day_watch = DayWatch(self)
        self.day_watch.new_day.connect(self.new_day)
        self.desk: Desk | None = None
        self._pages: dict[int, ComplaintDialog] = {}  # the open complaint pages
        self._held: list[QDialog] = []  # pages and dialogs the lock screen hides
        self._ready = ""  # the status bar's word once the database is open
        # Every tab and page refreshes itself after an operation (ui.operations); the window
        # reads the desk's people and lists again when they change.
        subscribe(self._operation_executed)
        self.cases.open_complaint.connect(self.open_complaint)
        self.cases.overdue_changed.connect(self._show_overdue)
        self.reminders = ReminderButton(self.acting_officer)  # step deadlines (issue 12)
        self.tabs.setCornerWidget(self.reminders)
        self.reminders.open_complaint.connect(self.open_complaint)
        self.setCentralWidget(self.tabs)
        self.tabs.hide()  # until someone signs in
        self._menus()
        install_main_window_keys(self)  # Ctrl+N, Ctrl+F, Alt+1..4 (ui.keyboard)
        self._apply_role()  # nobody yet: no tab, no menu of settings or account
        self.statusBar().showMessage(self.tr("Menghubungkan ke basis data…"))
        scroll_when_cramped(self)  # a small screen at 150%: the tabs scroll (ui.screen_room)
        # As it was left, fitted to this screen (saved perhaps on another one).
        restore_window(self, QSettings().value("window/geometry"), 1320, 800)
        self._placed = False  # showEvent has kept the framed window on the screen

    # -- database -------------------------------------------------------------------------
    def connect_database(self) -> None:
        """Connect (and create or upgrade the schema) off the GUI thread."""

        def connect() -> tuple[Engine, Desk]:
            from pengaduan_desktop.core.office import open_desk

            return open_desk(self.db_url)

        run_task(connect, self._connected, self._connect_failed)

    def _connected(self, result: tuple[Engine, Desk]) -> None:
        engine, desk = result
        self.engine = engine
        self.desk = desk
        self.live.start(engine)
        from pengaduan_desktop.ui.warm_up import warm_up

        run_task(lambda: warm_up(engine), _ignore, _ignore)  # while the password is typed
        if self.program:
            self._open_session(None)
            return
        from pengaduan_desktop.core.accounts import needs_first_admin

        run_task(lambda: needs_first_admin(engine), self._first_admin_checked,
                 self._connect_failed)  # fmt: skip

    # -- signing in -----------------------------------------------------------------------
    def _first_admin_checked(self, needed: bool) -> None:
        from pengaduan_desktop.ui.account_dialogs import FirstAdminDialog

        if self.engine is None:
            return  # let go meanwhile (a damaged file found by the watcher)
        if not needed:
            self.show_sign_in()
            return
        self.statusBar().showMessage(self.tr("Belum ada administrator: buat akunnya dahulu."))
        dialog = self.first_admin_dialog = FirstAdminDialog(self.engine, self)
        dialog.created.connect(self.show_sign_in)
        dialog.rejected.connect(self.close)
        dialog.open()

    def show_sign_in(self, username: str = "") -> SignInDialog:
        from pengaduan_desktop.ui.account_dialogs import SignInDialog

        assert self.engine is not None
        self.statusBar().showMessage(self.tr("Silakan masuk."))
        dialog = self.sign_in_dialog = SignInDialog(self.engine, username=username, parent=self)
        dialog.signed_in.connect(self._open_session)
        dialog.rejected.connect(self.close)
        dialog.open()
        # The tabs' styles resolved while the password is typed, not after signing in.
        QTimer.singleShot(0, self, self.tabs.ensurePolished)
        QTimer.singleShot(0, self, self.cases.before_sign_in)  # likewise (ui.case_list_tab)
        return dialog

    def _open_session(self, user: SignedIn | None) -> None:
        """Signed in (or the program itself): open what the role may use."""
        assert self.engine is not None and self.desk is not None
        engine, desk = self.engine, self.desk
        self.user = user
        self.sign_in_dialog = None
        # The window paints once, with the tabs and the first rows, not first without them
        # where the sign-in dialog was (a second at most, should the rows never come).
        self.setUpdatesEnabled(False)
        QTimer.singleShot(1000, self, lambda: self.setUpdatesEnabled(True))
        self._apply_role()
        self.cases.attach(engine, desk)
        self.calendar.attach(engine)
        self.menuBar().setEnabled(True)
        # The tabs show with the case list's first rows (one paint, not one of placeholders
        # and one of rows); the rest reads once those rows are on the screen (issue 11).
        self.cases.after_first_rows(lambda: self._show_tabs(engine, desk, user))

    def _show_tabs(self, engine: Engine, desk: Desk, user: SignedIn | None) -> None:
        self.setUpdatesEnabled(True)
        if self.engine is not engine or self.user is not user:
            return  # signed out (or another database) meanwhile
        self.tabs.show()
        self.cases.painted.later(lambda: self._open_rest(engine, desk, user))

    def _open_rest(self, engine: Engine, desk: Desk, user: SignedIn | None) -> None:
        """What signing in reads besides the case list: the intake form's lists, reminders,
        idle time, the report due, the office's gaps, the overdue count; then the mail queue."""
        if self.engine is not engine or self.user is not user:
            return  # signed out (or another database) meanwhile
        self.intake.attach(engine, desk)
        self.reminders.attach(engine)
        if user is not None:
            self._restart_idle()
        viewer = self.acting_officer()

        def read() -> Opened:
            from pengaduan_desktop.core.caselist import CaseFilter, count_cases
            from pengaduan_desktop.core.office_setup import office_gaps
            from pengaduan_desktop.core.reports import report_due
            from pengaduan_desktop.core.sla import Sla

            overdue = count_cases(engine, CaseFilter(sla=Sla.OVERDUE, viewer_id=viewer))
            return Opened(report_due(engine), office_gaps(engine), overdue)

        Query(self, read, self._session_read).run_in_background()

    def _session_read(self, opened: Opened) -> None:
        engine = self.engine
        assert engine is not None
        due, gaps, overdue = opened
        self._show_report_due(due)
        self.report.attach(engine, due.month)
        self._ready = self.tr("Siap. Basis data: {url}").format(
            url=engine.url.render_as_string(hide_password=True))  # fmt: skip
        self._say_ready(overdue)
        self.mail.start(engine)
        self.database_ready.emit()
        # A profile with placeholders (a new database): the set-up comes first.
        if gaps and self.allowed(Permission.SETTINGS):
            self.edit_profile(gaps)

    def allowed(self, permission: Permission) -> bool:
        """Whether the signed-in role may use this (the program itself may use everything)."""
        if self.program:
            return True
        return self.user is not None and can(self.user.role, permission)

    def _apply_role(self) -> None:
        """Show only the tabs, menus and buttons the role may use (core.permissions)."""
        a = self.allowed
        sees = a(Permission.VIEW_ALL) or a(Permission.VIEW_UNIT)
        calendar_shown = a(Permission.VIEW_ALL) or a(Permission.CALENDAR)
        for tab, shown in ((self.intake, a(Permission.INTAKE)), (self.cases, sees),
                           (self.report, a(Permission.REPORT_VIEW)),
                           (self.calendar, calendar_shown)):  # fmt: skip
            self.tabs.setTabVisible(self.tabs.indexOf(tab), shown)
        first = next((i for i in range(self.tabs.count()) if self.tabs.isTabVisible(i)), 0)
        self.tabs.setCurrentIndex(first)
        calendar = self.calendar
        for widget in (calendar.work_button, calendar.remove_button, calendar.off_button,
                       calendar.sla_button):  # fmt: skip
            widget.setVisible(a(Permission.CALENDAR))
        for edit in (calendar.off_date, calendar.off_reason, calendar.sla):
            edit.setEnabled(a(Permission.CALENDAR))
        self.report.issue_button.setVisible(a(Permission.REPORT_ISSUE))
        self.report.may_draft = a(Permission.REPORT_DRAFT)
        for edit in (self.report.conclusions, self.report.recommendations):
            edit.setReadOnly(not self.report.may_draft)
        for action, permissions in self._guarded:
            action.setVisible(any(a(p) for p in permissions))
        # The desk's language: set up, like the other settings, by those who see them.
        self.language_action.setVisible(any(a.isVisible() for a, _p in self._guarded))
        self.settings_menu.menuAction().setVisible(self.language_action.isVisible())
        self.account_menu.menuAction().setVisible(self.user is not None)
        self.backup_action.setVisible(a(Permission.BACKUP) and not self.program)
        self.lapor_action.setVisible(a(Permission.INTAKE))
        user = self.user
        self.user_label.setText(self.tr("Masuk: {name}").format(name=user.name) if user else "",
                                self.tr("{name} — {role}").format(
            name=user.name, role=language.label(Role(user.role))) if user else "")  # fmt: skip

    def _watch_idle(self, minutes: int) -> None:
        if self.user is not None:
            self.idle.start(minutes * 60)

    def lock(self, by_hand: bool = False) -> SignInDialog | None:
        """No input for the idle time, or Kunci layar (`by_hand`): hide everything until the
        same user's password."""
        from pengaduan_desktop.ui.account_dialogs import SignInDialog

        user = self.user
        if user is None or self.engine is None or self.sign_in_dialog is not None:
            return None
        engine = self.engine
        self.idle.stop()
        self._hide_contents(keep=True)
        run_task(lambda: _note_sign_out(engine, user.officer_id, True), _ignore, _ignore)
        self.statusBar().showMessage(self.tr("Layar terkunci."))
        dialog = self.sign_in_dialog = SignInDialog(engine, locked=user, parent=self,
                                                    by_hand=by_hand)  # fmt: skip
        dialog.signed_in.connect(self._unlocked)
        dialog.rejected.connect(self.sign_out)
        dialog.open()
        return dialog

    def _unlocked(self, _user: SignedIn) -> None:
        self.sign_in_dialog = None
        self.tabs.show()
        held, self._held = self._held, []
        for dialog in held:
            dialog.show()
        self.menuBar().setEnabled(True)
        self.statusBar().showMessage(self.tr("Kunci dibuka."))
        self._restart_idle()

    def _restart_idle(self) -> None:
        """Watch for the office's idle time, read again (the administrator may change it)."""
        from pengaduan_desktop.core.accounts import idle_lock_minutes

        engine = self.engine
        assert engine is not None
        run_task(lambda: idle_lock_minutes(engine), self._watch_idle, _ignore)

    def sign_out(self) -> SignInDialog | None:
        """Back to the sign-in: every page and dialog closed, the tabs hidden and cleared."""
        user, engine = self.user, self.engine
        if engine is None:
            return None
        self.idle.stop()
        self._hide_contents()
        if user is not None and self.sign_in_dialog is None:  # a lock screen noted it already
            run_task(lambda: _note_sign_out(engine, user.officer_id), _ignore, _ignore)
        self.user = None
        self.sign_in_dialog = None
        self._apply_role()
        self.due_banner.clear()  # the office's business is not shown at the sign-in
        self._ready = ""
        self.intake.new_complaint()
        self.signed_out.emit()
        return self.show_sign_in()

    def _hide_contents(self, keep: bool = False) -> None:
        """Hide the tabs and every open page and dialog. `keep` (the lock screen): they come
        back as they were, typed text and all, once the same user unlocks; signing out closes
        them."""
        held, self._held = self._held, []
        for dialog in self.findChildren(QDialog):
            if dialog is self.sign_in_dialog or not (dialog.isVisible() or dialog in held):
                continue
            if keep:
                dialog.hide()
                self._held.append(dialog)
            else:
                dialog.reject()
        self.tabs.hide()
        self.menuBar().setEnabled(False)

    def change_password(self) -> PasswordDialog | None:
        from pengaduan_desktop.ui.account_dialogs import PasswordDialog

        if self.engine is None or self.user is None:
            return None
        dialog = PasswordDialog(self.engine, self.user.officer_id, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Kata sandi diganti.")))  # fmt: skip
        dialog.open()
        return dialog

    def new_day(self) -> None:
        """Midnight: what depends on today is read again (ui.day_watch)."""
        if self.engine is None or self.user is None:
            return
        self.cases.apply_filter()  # the late counts and each row's state, and "Bulan ini"
        self.reminders.refresh()
        self.refresh_report_due()
        self.report.new_day()

    def refresh_report_due(self) -> None:
        """Say when the next monthly report is due (read off the GUI thread)."""
        from pengaduan_desktop.core.reports import report_due

        engine = self.engine
        if engine is not None:
            Query(self, lambda: report_due(engine), self._show_report_due).run_in_background()

    def _show_report_due(self, due: ReportDue) -> None:
        """In red once it is late; only to a role that may read or issue the report."""
        shown = self.allowed(Permission.REPORT_VIEW) or self.allowed(Permission.REPORT_ISSUE)
        self.due_banner.setVisible(shown)
        colour = "#b00020" if due.late else ("#7a5a00" if due.days_left <= 5 else "#333333")
        self.due_banner.setText(language.say(due.short_message()) if shown else "",
                                language.say(due.message()) if shown else "")  # fmt: skip
        self.due_banner.setStyleSheet(f"color: {colour}; font-weight: bold; padding: 0 6px;")

    def _say_ready(self, overdue: int) -> None:
        message = self._ready
        if overdue:
            message = self.tr("{count} pengaduan terlambat — lihat Daftar Pengaduan. ", "",
                              overdue).format(count=language.number(overdue)) + message  # fmt: skip
        self.statusBar().showMessage(message)

    def _show_overdue(self, overdue: int) -> None:
        if self._ready and self.statusBar().currentMessage().endswith(self._ready):
            self._say_ready(overdue)  # the count said at start stays true
        index = self.tabs.indexOf(self.cases)
        title = self.tr("Daftar Pengaduan")
        text = self.tr("{title} ({count} terlambat)").format(
            title=title, count=language.number(overdue)) if overdue else title  # fmt: skip
        if self.tabs.tabText(index) != text:  # a new title lays out and paints every tab
            self.tabs.setTabText(index, text)

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
        install_page_keys(dialog)  # Esc asks as Tutup does; Ctrl+Enter runs the action
        dialog.finished.connect(lambda _result: self._pages.pop(complaint_id, None))
        dialog.finished.connect(dialog.deleteLater)  # a closed page is let go, not kept hidden
        dialog.open()
        return dialog

    def _connect_failed(self, exc: BaseException) -> None:
        from pengaduan_desktop.ui.launch import unusable_database

        self.statusBar().showMessage(self.tr("Basis data tidak dapat dibuka."))
        if not unusable_database(self, exc):
            show_error(self, exc)
        self.database_failed.emit(str(exc))

    def show_backups(self) -> QDialog | None:
        from pengaduan_desktop.ui.backup_actions import open_backups

        return open_backups(self)

    def import_lapor(self) -> QDialog:
        """Berkas › Impor dari SP4N-LAPOR!… (ui.lapor_actions)."""
        from pengaduan_desktop.ui.lapor_actions import choose_lapor_file, import_lapor_file

        return choose_lapor_file(self, lambda path: import_lapor_file(self, path))

    def restored_elsewhere(self) -> None:
        """Another desk restored the database from a backup: nothing open here belongs to it
        (a page, a saved complaint's receipt). Everyone signs in again."""
        if self.engine is None or self.user is None:
            return  # this window's own restore, or nobody signed in: nothing to let go
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.reject()  # the lock screen: its other button signs out
        else:
            self.sign_out()
        message = self.tr("Basis data dipulihkan dari cadangan di meja lain. Silakan masuk lagi.")
        self.statusBar().showMessage(message)
        box = show_message(self.sign_in_dialog or self, self.tr("Basis data dipulihkan"), message)
        box.setObjectName("restoredElsewhere")

    def database_damaged(self, exc: BaseException) -> QDialog:
        """Damage found after start-up (a page read during a sign-in, a list, a save): nobody
        stays signed in, and the start-up's dialog names the file and offers its backups."""
        from sqlalchemy.engine import make_url

        from pengaduan_desktop.core.db import DatabaseDamaged, resolve_url
        from pengaduan_desktop.core.db_health import damaged, shown
        from pengaduan_desktop.ui.backup_actions import UnusableDialog, offer_restore

        found = self.findChild(UnusableDialog)
        if found is not None and found.isVisible():
            return found  # said once: the watcher and a sign-in may both find it
        if not isinstance(exc, DatabaseDamaged):  # SQLite's own words: the file named
            exc = damaged(shown(make_url(resolve_url(self.db_url))))
        if self.sign_in_dialog is not None:  # closed without closing the window
            self.sign_in_dialog.blockSignals(True)
            self.sign_in_dialog.reject()
        self.release_database()
        self.statusBar().showMessage(self.tr("Basis data tidak dapat dibuka."))
        return offer_restore(self, str(exc))

    def release_database(self) -> None:
        """Before a restore replaces the database: every page closed, nobody signed in, no
        connection left open."""
        self.live.stop()
        self.mail.stop()
        self.idle.stop()
        self._hide_contents()
        self.user = None
        self.sign_in_dialog = None
        self._apply_role()
        if self.engine is not None:
            self.engine.dispose()
        self.engine = None

    def reopen_database(self, url: str) -> None:
        """After a restore: connect to the database at `url` again; everyone signs in again."""
        self.release_database()
        self.db_url = url
        self.statusBar().showMessage(self.tr("Menghubungkan ke basis data…"))
        self.connect_database()

    def acting_officer(self) -> int | None:
        """The signed-in user: the officer every change is made by (None: the program)."""
        return self.user.officer_id if self.user is not None else None

    # -- menus ----------------------------------------------------------------------------
    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        self.backup_action = file_menu.addAction(self.tr("&Cadangan…"))
        self.backup_action.triggered.connect(self.show_backups)
        self.lapor_action = file_menu.addAction(self.tr("Impor dari SP4N-&LAPOR!…"))
        self.lapor_action.triggered.connect(self.import_lapor)
        quit_action = QAction(self.tr("&Keluar"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_menu = self.settings_menu = self.menuBar().addMenu(self.tr("&Pengaturan"))
        settings, accounts = Permission.SETTINGS, Permission.ACCOUNTS
        self._guarded: list[tuple[QAction, tuple[Permission, ...]]] = []
        for text, slot, needs in (
            (self.tr("Profil &kantor dan pejabat…"), self.edit_profile, (settings,)),
            (self.tr("Pe&gawai dan daftar kantor…"), self.edit_lists, (settings, accounts)),
            (self.tr("&Penomoran surat…"), self.edit_series, (settings,)),
            (self.tr("&Alasan penolakan…"), self.edit_reasons, (settings,)),
            (self.tr("&Email dan templat pesan…"), self.edit_messages, (settings,)),
            (self.tr("&Batas waktu per tahap…"), self.edit_step_days, (settings,)),
            (self.tr("&Jejak audit…"), self.show_audit, (Permission.AUDIT,)),
        ):  # fmt: skip
            action = QAction(text, self)
            action.triggered.connect(slot)
            settings_menu.addAction(action)
            self._guarded.append((action, needs))
        self.language_action = QAction(self.tr("Ba&hasa / Language…"), self)
        self.language_action.triggered.connect(self.choose_language)
        settings_menu.addAction(self.language_action)
        account_menu = self.account_menu = self.menuBar().addMenu(self.tr("&Akun"))
        for text, slot, keys in (
            (self.tr("&Ganti kata sandi…"), self.change_password, ""),
            (self.tr("K&unci layar"), lambda: self.lock(by_hand=True), "Ctrl+L"),
            (self.tr("Keluar dari &akun"), self.sign_out, ""),
        ):  # fmt: skip
            action = QAction(text, self)
            if keys:  # from every page and dialog of the window, not only the tabs
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(slot)
            account_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("Ba&ntuan"))
        listed = self.shortcuts_action = QAction(self.tr("&Pintasan papan ketik"), self)
        listed.setShortcut(QKeySequence("F1"))
        listed.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        listed.triggered.connect(self.show_shortcuts)
        help_menu.addAction(listed)
        about = self.about_action = QAction(self.tr("&Tentang"), self)
        self.about_boxes: list[QDialog] = []  # the boxes shown, for the tests
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def edit_profile(self, gaps: list[str] | None = None) -> ProfileDialog | None:
        """The set-up dialog; it reads what is still missing itself unless told."""
        if self.engine is None:
            return None
        from pengaduan_desktop.ui.profile_dialog import open_profile_dialog

        return open_profile_dialog(self, self.engine, gaps)

    def choose_language(self) -> QDialog:
        """This desk's language (QSettings); it applies when the program is opened again."""
        from pengaduan_desktop.ui.language_dialog import LanguageDialog

        dialog = LanguageDialog(self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Bahasa disimpan; berlaku saat program dibuka lagi.")))  # fmt: skip
        dialog.open()
        return dialog

    def edit_series(self) -> QDialog | None:
        from pengaduan_desktop.ui.series_dialog import SeriesDialog

        return self._open_setting(SeriesDialog)

    def edit_reasons(self) -> QDialog | None:
        from pengaduan_desktop.ui.rejection_reasons_dialog import RejectionReasonsDialog

        return self._open_setting(RejectionReasonsDialog)

    def edit_lists(self) -> QDialog | None:
        from pengaduan_desktop.ui.office_lists_dialog import OfficeListsDialog

        return self._open_setting(lambda engine, parent: OfficeListsDialog(
            engine, self.acting_officer, parent, allowed=self.allowed))  # fmt: skip

    def edit_messages(self) -> QDialog | None:
        from pengaduan_desktop.ui.messages_dialog import MessagesDialog

        return self._open_setting(lambda engine, parent: MessagesDialog(
            engine, self.acting_officer, parent))  # fmt: skip

    def edit_step_days(self) -> QDialog | None:
        from pengaduan_desktop.ui.step_days_dialog import StepDaysDialog

        return self._open_setting(lambda engine, parent: StepDaysDialog(
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
        self.live.answered()  # a write went through: no longer "mencoba lagi…"
        if changes.office or changes.lists or changes.accounts:
            self._profile_changed()
        if changes.reports:  # issued here or at another desk: the next one is due later
            self.refresh_report_due()

    def _profile_changed(self) -> None:
        """The desk's people and lists, read again off the GUI thread."""
        from pengaduan_desktop.core.office import load_desk

        engine = self.engine
        if engine is None:
            return

        def show(desk: Desk) -> None:
            self.desk = desk
            self.intake.reload_people(desk)
            self.cases.attach(engine, desk)

        Query(self, lambda: load_desk(engine), show).run_in_background()

    def show_shortcuts(self) -> QDialog:
        from pengaduan_desktop.ui.shortcuts_dialog import ShortcutsDialog

        dialog = self.findChild(ShortcutsDialog) or ShortcutsDialog(self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _about(self) -> None:
        from pengaduan_desktop.ui.about_box import show_about

        show_about(self, self.engine, self.about_boxes)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._placed:  # once the window manager has framed it: inside the screen
            self._placed = True
            # A busy machine's window manager may frame it a second or more later.
            for wait in (0, 300, 1000, 3000):
                QTimer.singleShot(wait, self, lambda: keep_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        self.live.stop()
        self.mail.stop()
        super().closeEvent(event)


def _note_sign_out(engine: Engine, officer_id: int, locked: bool = False) -> None:
    from pengaduan_desktop.core.accounts import sign_out

    sign_out(engine, officer_id, locked)


def _ignore(_value: object) -> None:
    """A note in the trail that could not be written is not worth a message box."""
