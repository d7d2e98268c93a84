"""When something the program did not foresee goes wrong: write it to a log file in the
user's data folder, show the officer a dialog with the report to copy, and keep running.
A hard crash (segfault, abort) is written there too by faulthandler."""

from __future__ import annotations

import faulthandler
import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

from platformdirs import user_log_dir

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.files import private_file, private_folder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

_fault_file: IO[str] | None = None


def log_folder() -> Path:
    return private_folder(Path(user_log_dir("pengaduan-desktop", "BKAD Kalbar")))


def log_file() -> Path:
    return private_file(log_folder() / "pengaduan.log")


def write_report(exc: BaseException) -> str:
    """Append the bug's traceback to the log file; returns the report."""
    from pengaduan_desktop.core.db_refusals import scrubbed_report

    report = scrubbed_report(exc)  # no personal data from a database error's details
    stamp = clock.now_local().strftime("%Y-%m-%d %H:%M:%S")
    try:
        with log_file().open("a", encoding="utf-8") as out:
            out.write(f"{stamp} ERROR pengaduan: kesalahan program:\n{report}\n")
    except OSError:  # no log to write to: the dialog still shows the report
        sys.stderr.write(report)
    return report


def show_bug(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A bug: logged with its traceback, shown as "Kesalahan program" with the report to copy."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from pengaduan_desktop.ui.msgbox import show_message

    report = write_report(exc)
    text = QCoreApplication.translate(
        "crash",
        "Terjadi kesalahan program. Salin rincian di bawah dan kirimkan kepada pengelola "
        "aplikasi (catatan juga tersimpan di {log}). Data yang sudah tersimpan tidak hilang.",
    ).format(log=log_file())
    title = QCoreApplication.translate("crash", "Kesalahan program")
    return show_message(parent, title, text, QMessageBox.Icon.Critical, report)


def install() -> Path:
    """Log to pengaduan.log, send crashes there, and catch what slots let escape."""
    global _fault_file
    folder = log_folder()
    logging.basicConfig(
        filename=log_file(), level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )  # fmt: skip
    _fault_file = private_file(folder / "crash.log").open("a", encoding="utf-8")
    faulthandler.enable(_fault_file)
    sys.excepthook = _on_exception
    return folder


def _on_exception(kind: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> None:  # fmt: skip
    if isinstance(exc, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    from PySide6.QtWidgets import QApplication

    from pengaduan_desktop.ui.msgbox import show_error

    app = QApplication.instance()
    if isinstance(app, QApplication):
        show_error(app.activeWindow(), exc)
    else:
        write_report(exc)
        sys.__excepthook__(kind, exc, tb)
