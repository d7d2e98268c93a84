"""What the window does with backups: the Cadangan dialog, the automatic copy at start-up
(off the GUI thread), and the offer to restore when the database cannot be used (damaged, or
from a newer program)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from pengaduan_desktop.ui.backup_dialog import BackupDialog
from pengaduan_desktop.ui.language import sentence
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from pengaduan_desktop.ui.main_window import MainWindow


def window_url(window: MainWindow) -> str:
    from pengaduan_desktop.core.db import resolve_url

    if window.engine is not None:
        return window.engine.url.render_as_string(hide_password=False)
    return resolve_url(window.db_url)


def open_backups(window: MainWindow) -> BackupDialog | None:
    from pengaduan_desktop.core.backup_rotation import backup_folder

    if window.engine is None:
        return None
    url = window_url(window)
    dialog = BackupDialog(url, window.acting_officer(), backup_folder(url),
                          window.reopen_database, window.release_database, window)  # fmt: skip
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def offer_backup_file(window: MainWindow, path: Path) -> BackupDialog | None:
    """The Cadangan dialog, asking to restore from `path` (a backup opened from the file
    manager). A role that may not restore has no Cadangan menu: the status bar says so."""
    if not window.backup_action.isVisible():
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "BackupActions", "Hanya administrator yang dapat memulihkan cadangan {path}."
            ).format(path=path.name)
        )
        return None
    dialog = open_backups(window)
    if dialog is not None:
        dialog.restore_file(path)
    return dialog


def start_automatic_backup(window: MainWindow) -> None:
    """Today's copy unless there is one (core.backup_rotation), said in the status bar."""
    from pengaduan_desktop.core.backup_rotation import automatic_backup, backup_folder

    engine = window.engine
    if engine is None:
        return
    folder = backup_folder(window_url(window))

    def done(path: Path | None) -> None:
        if path is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "BackupActions", "Cadangan harian dibuat: {path}"
                ).format(path=path),
                10_000,
            )

    def failed(exc: BaseException) -> None:
        from pengaduan_desktop.core.errors import user_message
        from pengaduan_desktop.ui.language import current

        reason = user_message(exc, current()) or repr(exc)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "BackupActions", "Cadangan harian gagal dibuat: {reason}"
            ).format(reason=reason)
        )

    run_task(lambda: automatic_backup(engine, folder), done, failed)


def fresh_url(damaged: str) -> str:
    """A new SQLite file to restore into: beside a damaged SQLite file, else in the user's data
    folder. Nothing is renamed or overwritten."""
    from sqlalchemy.engine import make_url

    from pengaduan_desktop.core import clock
    from pengaduan_desktop.core.db import default_db_path

    parsed = make_url(damaged)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        folder = Path(parsed.database).resolve().parent
    else:
        folder = default_db_path().parent
    return f"sqlite:///{folder / f'pengaduan-pulih-{clock.now_local():%Y%m%d-%H%M%S}.db'}"


class UnusableDialog(QDialog):
    """The database cannot be used: the same sentence as the command line's `galat:` line,
    "Pulihkan dari cadangan…" (into a new file; the damaged one is left as it is) and
    "Keluar"."""

    def __init__(self, window: MainWindow, message: str, too_new: bool = False) -> None:
        """`too_new`: the database is from a newer program (core.db.SchemaTooNew): restoring an
        older copy would throw newer data away, so only "Keluar" with the advice to update."""
        super().__init__(window)
        self.window_ = window
        self.backups: BackupDialog | None = None
        self.setWindowTitle(self.tr("Basis data tidak dapat dipakai"))
        text = QLabel(sentence(message))  # a core message in the window's language
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if too_new:
            hint = QLabel(self.tr(
                "Pasang versi program yang lebih baru (minta kepada pengelola komputer), lalu "
                "buka lagi. Jangan memulihkan cadangan lama: data yang dicatat dengan versi "
                "yang lebih baru akan hilang."))  # fmt: skip
        else:
            hint = QLabel(self.tr(
                "Berkas itu tidak diubah. Anda dapat memulihkan data dari cadangan ke berkas "
                "baru, atau keluar."))  # fmt: skip
        hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Pulihkan dari cadangan…"))
        self.quit_button = QPushButton(self.tr("&Keluar"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.choose_backup)
        self.quit_button.clicked.connect(self.reject)
        self.restore_button.setVisible(not too_new)
        self.rejected.connect(window.close)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def choose_backup(self) -> BackupDialog:
        from pengaduan_desktop.core.backup_rotation import backup_folder
        from pengaduan_desktop.core.db import is_default

        window = self.window_
        damaged = window_url(window)
        dialog = self.backups = BackupDialog(
            damaged, None, backup_folder(damaged), self._reopen, lambda: None, window,
            fresh=fresh_url(damaged), into_place=is_default(window.db_url),
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _reopen(self, url: str) -> None:
        self.rejected.disconnect(self.window_.close)
        self.accept()
        self.window_.reopen_database(url)


def offer_restore(window: QWidget, message: str, too_new: bool = False) -> UnusableDialog:
    from pengaduan_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    dialog = UnusableDialog(window, message, too_new)
    dialog.open()
    return dialog
