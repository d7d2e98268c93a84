"""Berkas › Impor dari SP4N-LAPOR!…: the LAPOR! dashboard's export (CSV or XLSX) read and
written off the GUI thread (core.lapor_import), the outcome told in one box: how many reports
became complaints and how many were updated, or, when the file is refused, every bad row in the
box's details."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.file_dialogs import name_only_icons, say_file_dialog_words
from pengaduan_desktop.ui.language import number
from pengaduan_desktop.ui.msgbox import show_error, show_message
from pengaduan_desktop.ui.operations import Operation, changed

if TYPE_CHECKING:
    from pengaduan_desktop.core.lapor_import import LaporImport
    from pengaduan_desktop.ui.main_window import MainWindow

TITLE = QT_TRANSLATE_NOOP("LaporActions", "Impor dari SP4N-LAPOR!")


def tr(text: str) -> str:
    """A text of these actions (context LaporActions) in the window's language."""
    return QCoreApplication.translate("LaporActions", text)


def choose_lapor_file(parent: QWidget, accept: Callable[[Path], None]) -> QFileDialog:
    title = QCoreApplication.translate("LaporActions", "Pilih berkas ekspor SP4N-LAPOR!")
    dialog = name_only_icons(QFileDialog(parent, title))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(
        QCoreApplication.translate("LaporActions", "Ekspor SP4N-LAPOR! (*.csv *.xlsx)")
    )
    say_file_dialog_words(
        dialog,
        QCoreApplication.translate("LaporActions", "Berkas:"),
        QCoreApplication.translate("LaporActions", "Impor"),
    )
    dialog.fileSelected.connect(lambda name: accept(Path(name)))
    dialog.open()
    return dialog


def import_lapor_file(window: MainWindow, path: Path) -> None:
    """Import in the background; the status bar says it runs, a box says how it ended."""
    from pengaduan_desktop.core.lapor_import import import_lapor
    from pengaduan_desktop.ui.lapor_progress import LaporProgress

    engine, officer = window.engine, window.acting_officer()
    importing = QCoreApplication.translate("LaporActions", "Mengimpor {name}…")
    window.statusBar().showMessage(importing.format(name=path.name))
    progress = LaporProgress(window, path.name, tr(TITLE))
    window.lapor_action.setEnabled(False)  # one import at a time

    def ended() -> None:
        progress.close()
        window.lapor_action.setEnabled(True)

    work = Operation(window, lambda: import_lapor(engine, path, officer, progress.hear),
                     changed(complaint_list=True))  # fmt: skip
    work.success(lambda done: (ended(), _imported(window, done)))
    work.failure(lambda exc: (ended(), _refused(window, exc)))
    work.run_in_background(initiator=window)


def _imported(window: MainWindow, done: LaporImport) -> QMessageBox:
    window.statusBar().clearMessage()
    text = QCoreApplication.translate(
        "LaporActions", "{new} pengaduan baru, {updated} diperbarui, {same} tanpa perubahan."
    ).format(new=number(len(done.created)), updated=number(len(done.updated)),
             same=number(done.unchanged))  # fmt: skip
    new = QCoreApplication.translate("LaporActions", "baru {number}")
    updated = QCoreApplication.translate("LaporActions", "diperbarui {number}")
    details = "\n".join([*(new.format(number=n) for n in done.created),
                         *(updated.format(number=n) for n in done.updated),
                         *(language.say(line) for line in done.resemblances)])  # fmt: skip
    return show_message(window, tr(TITLE), text, details=details)


def _refused(window: MainWindow, exc: BaseException) -> QMessageBox | None:
    from pengaduan_desktop.core.importer import ImportFailed
    from pengaduan_desktop.ui.lapor_progress import ImportCancelled

    window.statusBar().clearMessage()
    if isinstance(exc, ImportCancelled):
        stopped = QCoreApplication.translate(
            "LaporActions", "Impor dibatalkan; tidak ada yang disimpan."
        )
        window.statusBar().showMessage(stopped, 10_000)
        return None
    if not isinstance(exc, ImportFailed):
        show_error(window, exc)
        return None
    return show_message(window, tr(TITLE), language.sentence(exc.summary),
                        QMessageBox.Icon.Warning,
                        details="\n".join(language.say(p) for p in exc.problems))  # fmt: skip
