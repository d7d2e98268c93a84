"""The progress of an SP4N-LAPOR! import in the window (ui.lapor_actions): a progress dialog
that counts the rows checked, then the new complaints written, as the worker tells them
(core.lapor_import's `progress`). While the rows are being checked nothing is written yet, so
"Batal" stops the import; once the writing has begun it runs to its end (one transaction) and
the button goes. The window stays usable meanwhile; its SP4N-LAPOR! action waits."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from pengaduan_desktop.core.lapor_import import Step
from pengaduan_desktop.ui.language import number


class ImportCancelled(Exception):
    """The officer stopped the import before anything was written."""


class LaporProgress(QObject):
    """One import's progress dialog. `hear` is called on the worker's thread."""

    told = Signal(str, int, int)  # step, done, total: queued to the GUI thread

    def __init__(self, parent: QWidget, name: str, title: str) -> None:
        super().__init__(parent)
        self.stop = threading.Event()
        self.writing = False
        dialog = self.dialog = QProgressDialog(
            self.tr("Membaca {name}…").format(name=name), self.tr("Batal"), 0, 0, parent
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.stop.set)
        self.told.connect(self._show)
        dialog.show()

    def hear(self, step: Step, done: int, total: int) -> None:
        """From the worker: stop while nothing is written if the officer asked, else tell."""
        if self.stop.is_set() and (step == Step.CHECK or done == 0):
            raise ImportCancelled
        self.told.emit(step.value, done, total)

    def _show(self, step: str, done: int, total: int) -> None:
        dialog = self.dialog
        if step == Step.WRITE and not self.writing:
            self.writing = True
            dialog.setCancelButton(None)  # type: ignore[arg-type]  # one transaction: not cut off
        if step == Step.WRITE:
            text = self.tr("Menyimpan {done} dari {total} pengaduan baru…")
        else:
            text = self.tr("Memeriksa baris {done} dari {total}…")
        if not total:  # nothing new to write: the notes on matched complaints, the commit
            dialog.setRange(0, 0)
            dialog.setLabelText(self.tr("Menyimpan kabar SP4N-LAPOR!…"))
            return
        dialog.setRange(0, total)
        dialog.setValue(min(done, total))
        dialog.setLabelText(text.format(done=number(done), total=number(total)))

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()
