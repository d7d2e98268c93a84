"""Starting the window, and the offscreen self-test."""

from __future__ import annotations

import os
import sys

NO_DISPLAY = (
    "Tidak ada layar (DISPLAY/WAYLAND_DISPLAY kosong). Jalankan di desktop, atau tanpa layar "
    "dengan:  xvfb-run pengaduan   — atau periksa instalasi dengan:  pengaduan self-test"
)


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window(db_url: str | None):  # type: ignore[no-untyped-def]
    from pengaduan_desktop.core.db import create_db_engine
    from pengaduan_desktop.core.schema import init_database
    from pengaduan_desktop.ui.app import make_app
    from pengaduan_desktop.ui.main_window import MainWindow

    app = make_app()
    engine = create_db_engine(db_url)
    init_database(engine)
    window = MainWindow(engine)
    window.show()
    return app, window


def run_window(db_url: str | None) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from pengaduan_desktop.core.errors import user_message

    try:
        app, _window = open_window(db_url)
    except Exception as exc:
        message = user_message(exc)
        if message is None:
            raise
        print(f"galat: {message}", file=sys.stderr)
        return 1
    return int(app.exec())


def self_test(db_url: str | None) -> int:
    """Open the window offscreen, visit each tab, check the window shows; 0 when all is well."""
    from PySide6.QtCore import QTimer

    try:
        app, window = open_window(db_url)
    except Exception as exc:
        print(f"self-test GAGAL: {exc}", file=sys.stderr)
        return 1
    problems: list[str] = []

    def visit() -> None:
        try:
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                app.processEvents()
                tab = window.tabs.widget(index)
                if not tab.isVisible():
                    problems.append(f"tab {window.tabs.tabText(index)} tidak tampil")
                print(f"  tab {window.tabs.tabText(index)}: ok")
            if not window.isVisible():
                problems.append("jendela utama tidak tampil")
        except Exception as exc:  # report, do not abort the interpreter
            problems.append(repr(exc))
        finally:
            window.close()
            app.quit()

    QTimer.singleShot(0, visit)
    app.exec()
    if problems:
        print("self-test GAGAL: " + "; ".join(problems), file=sys.stderr)
        return 1
    print("self-test berhasil")
    return 0
