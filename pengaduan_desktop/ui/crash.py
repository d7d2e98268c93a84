"""When something the program did not foresee goes wrong: write it to a log file in the
user's data folder, show the officer a dialog with the report to copy, and keep running.
A hard crash (segfault, abort) is written there too by faulthandler."""

from __future__ import annotations

import faulthandler
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from platformdirs import user_log_dir

_fault_file: IO[str] | None = None
log = logging.getLogger("pengaduan")


def log_folder() -> Path:
    folder = Path(user_log_dir("pengaduan-desktop", "BKAD Kalbar"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def install() -> Path:
    """Log to pengaduan.log, send crashes there, and catch what slots let escape."""
    global _fault_file
    folder = log_folder()
    logging.basicConfig(
        filename=folder / "pengaduan.log", level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )  # fmt: skip
    _fault_file = (folder / "crash.log").open("a", encoding="utf-8")
    faulthandler.enable(_fault_file)
    sys.excepthook = _on_exception
    return folder


def _on_exception(kind: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> None:  # fmt: skip
    report = "".join(traceback.format_exception(kind, exc, tb))
    log.error("kesalahan tak terduga:\n%s", report)
    if isinstance(exc, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    from PySide6.QtWidgets import QApplication

    from pengaduan_desktop.ui.msgbox import show_error

    app = QApplication.instance()
    if isinstance(app, QApplication):
        show_error(app.activeWindow(), exc)
    else:
        sys.__excepthook__(kind, exc, tb)
