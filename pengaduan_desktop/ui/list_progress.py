"""The progress of a list being written or printed in a worker: a dialog with Batal that the
officer may close at any moment (Batal, Escape, the title bar's close), and the callback the
worker reports its rows to. Once cancelled, the worker stops at its next report (the callback
raises Cancelled there) and what it made is not used. The dialog lives until `finish()`, which
the owner calls when the worker has ended, so that no late report reaches a deleted dialog."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from pengaduan_desktop.ui.language import number


class Cancelled(Exception):
    """The officer cancelled the list's work."""


class ListProgress(QObject):
    """`title` and the rows done, out of `total` (0: not known). With `limit`, only that many
    of the `total` rows are made, and the dialog says so."""

    rows = Signal(int)

    def __init__(self, parent: QWidget, title: str, total: int, limit: int | None = None) -> None:
        super().__init__(parent)
        self.owner = parent
        self.cancelled = threading.Event()
        self.title, self.total = title, max(total, 0)
        self.limited = limit is not None and self.total > limit
        self.goal = min(self.total, limit) if limit is not None and self.total else self.total
        dialog = QProgressDialog(parent)
        self.dialog: QProgressDialog | None = dialog
        label = QLabel(dialog)
        label.setWordWrap(True)  # the limit's sentence wraps; the dialog stays narrow
        dialog.setLabel(label)
        dialog.setWindowTitle(self.tr("Pengaduan Desktop"))
        dialog.setCancelButtonText(self.tr("Batal"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setRange(0, self.goal)
        dialog.setMinimumWidth(min(520, parent.window().width() - 40))
        dialog.canceled.connect(self.cancel)  # the button, Escape and closing the dialog
        self.rows.connect(self._show)
        self._show(0)
        dialog.show()

    def tell(self, n: int) -> None:
        """From the worker: `n` rows done. Raises Cancelled once the officer cancelled."""
        if self.cancelled.is_set():
            raise Cancelled
        self.rows.emit(n)

    def is_cancelled(self) -> bool:
        return self.cancelled.is_set()

    def cancel(self) -> None:
        self.cancelled.set()
        if self.dialog is not None:
            self.dialog.hide()

    def _show(self, n: int) -> None:
        dialog = self.dialog
        if dialog is None or self.cancelled.is_set():
            return
        if self.limited:
            text = self.tr(
                "{title}: {n} dari {goal} baris.\nHanya {goal} baris pertama dari {total} yang "
                "dicetak. Seluruh daftar: Cetak/ekspor daftar › Simpan daftar sebagai PDF atau "
                "Ekspor daftar ke XLSX."
            )
        elif self.total:
            text = self.tr("{title}: {n} dari {total} baris.", "", self.total)
        else:
            text = self.tr("{title}: {n} baris.", "", n)
        dialog.setLabelText(text.format(title=self.title, n=number(n), goal=number(self.goal),
                                        total=number(self.total)))  # fmt: skip
        if self.goal:
            dialog.setValue(min(n, self.goal))

    def finish(self) -> None:
        """The worker has ended: the dialog goes, and the window has the keyboard again."""
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        active = dialog.isVisible()
        dialog.hide()
        dialog.deleteLater()
        self.deleteLater()
        if active or not self.owner.window().isActiveWindow():
            self.owner.window().activateWindow()
