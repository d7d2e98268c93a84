"""Starting the window, and the offscreen self-test."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from pengaduan_desktop.ui.main_window import MainWindow

NO_DISPLAY = (
    "Tidak ada layar (DISPLAY/WAYLAND_DISPLAY kosong). Jalankan di desktop, atau tanpa layar "
    "dengan:  xvfb-run pengaduan   — atau periksa instalasi dengan:  pengaduan self-test"
)


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window(db_url: str | None, program: bool = False) -> tuple[QApplication, MainWindow]:
    """Show the window at once; the database connects right after, off the GUI thread.
    `program`: no sign-in (the self-test visits every tab as the program itself)."""
    from pengaduan_desktop.ui.module_sources import keep_module_sources_out_of_memory

    keep_module_sources_out_of_memory()
    from PySide6.QtCore import QTimer

    from pengaduan_desktop.ui.app import make_app
    from pengaduan_desktop.ui.main_window import MainWindow

    app = make_app()
    window = MainWindow(db_url, program=program)
    window.show()
    QTimer.singleShot(0, window.connect_database)
    return app, window


def unusable_database(window: MainWindow, exc: BaseException) -> bool:
    """A database that is damaged or from a newer program (core.db.DatabaseDamaged,
    SchemaTooNew): the same sentence as the command line, with "Pulihkan dari cadangan…" and
    "Keluar" (a newer program's: "Keluar" only). False for any other failure."""
    from pengaduan_desktop.core.db import DatabaseDamaged, SchemaTooNew

    if not isinstance(exc, (DatabaseDamaged, SchemaTooNew)):
        return False
    from pengaduan_desktop.ui.backup_actions import offer_restore

    offer_restore(window, str(exc), too_new=isinstance(exc, SchemaTooNew))
    return True


def run_window(db_url: str | None, backup: Path | None = None) -> int:
    """The window; `backup`: a backup file to offer to restore once signed in (the Windows
    installer's "Open with" on .zip files)."""
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from pengaduan_desktop.ui.module_sources import keep_module_sources_out_of_memory

    keep_module_sources_out_of_memory()  # before the window's modules are imported
    from pengaduan_desktop.core.files import remove_scratch
    from pengaduan_desktop.ui.backup_actions import start_automatic_backup
    from pengaduan_desktop.ui.crash import install
    from pengaduan_desktop.ui.tasks import wait_for_tasks

    install()
    app, window = open_window(db_url)
    window.database_ready.connect(lambda: start_automatic_backup(window))
    if backup is not None:
        from pengaduan_desktop.ui.backup_actions import offer_backup_file

        def offer() -> None:  # once: the database is ready again after a restore
            window.database_ready.disconnect(offer)
            offer_backup_file(window, backup)

        window.database_ready.connect(offer)
    status = int(app.exec())
    wait_for_tasks()
    remove_scratch()  # copies of attachments opened to view (atexit too, for other exits)
    return status


def self_test(db_url: str | None) -> int:
    """Open the window offscreen, wait for the database, visit each tab; 0 when all is well."""
    from PySide6.QtCore import QTimer

    app, window = open_window(db_url, program=True)
    problems: list[str] = []

    def visit() -> None:
        try:
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                app.processEvents()
                name = window.tabs.tabText(index)
                if not window.tabs.widget(index).isVisible():
                    problems.append(f"tab {name} tidak tampil")
                print(f"  tab {name}: ok")
            if not window.isVisible():
                problems.append("jendela utama tidak tampil")
        except Exception as exc:  # report, do not abort the interpreter
            problems.append(repr(exc))
        finally:
            window.close()
            app.quit()

    def failed(message: str) -> None:
        problems.append(f"basis data: {message}")
        window.close()
        app.quit()

    window.database_ready.connect(lambda: QTimer.singleShot(0, visit))
    window.database_failed.connect(failed)
    QTimer.singleShot(120_000, lambda: failed("tidak tersambung dalam 120 detik"))
    app.exec()
    from pengaduan_desktop.ui.tasks import wait_for_tasks

    wait_for_tasks()
    if problems:
        print("self-test GAGAL: " + "; ".join(problems), file=sys.stderr)
        return 1
    print("self-test berhasil")
    return 0
