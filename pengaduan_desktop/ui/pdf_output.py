"""Saving and printing our PDFs (receipts, letters): the dialog to choose a file or a printer,
the rendering off the GUI thread, the file written whole, and the event recorded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from pengaduan_desktop.core.files import write_atomic
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# Chooser seams: tests replace them; the defaults open the real dialogs without blocking.
FileChooser = Callable[[QWidget, str, Callable[[Path], None]], None]
PrinterChooser = Callable[[QWidget, Callable[["QPrinter"], None]], None]


def choose_pdf_file(parent: QWidget, suggested: str, accept: Callable[[Path], None]) -> None:
    dialog = QFileDialog(parent, parent.tr("Simpan sebagai PDF"), suggested)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(parent.tr("Dokumen PDF (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    dialog.fileSelected.connect(lambda name: accept(Path(name)))
    dialog.open()


def choose_printer(parent: QWidget, accept: Callable[[QPrinter], None]) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Cetak"))
    dialog.accepted.connect(lambda: accept(printer))
    dialog.open()


class PdfJob:
    """One document: how to make it, how to record that it left the office, and what the
    caller does while it is busy, when it is done and when it fails."""

    def __init__(
        self,
        produce: Callable[[], bytes],
        record: Callable[[str], None],
        busy: Callable[[bool], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self.produce, self.record, self.busy, self.failed = produce, record, busy, failed

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self.busy(True)

        def finished(result: object) -> None:
            self.busy(False)
            done(result)

        def broken(exc: BaseException) -> None:
            self.busy(False)
            self.failed(exc)

        run_task(work, finished, broken)

    def save(self, parent: QWidget, chooser: FileChooser, suggested: str,
             done: Callable[[Path], None]) -> None:  # fmt: skip
        def chosen(path: Path) -> None:
            def work() -> Path:
                write_atomic(path, self.produce())
                self.record(f"disimpan sebagai PDF ({path.name})")
                return path

            self._run(work, done)  # type: ignore[arg-type]

        chooser(parent, suggested, chosen)

    def print(self, parent: QWidget, chooser: PrinterChooser, done: Callable[[int], None]) -> None:
        def chosen(printer: QPrinter) -> None:
            def printed(pdf: object) -> None:
                from pengaduan_desktop.ui.printing import print_pdf  # PDFium loads on first print

                try:
                    pages = print_pdf(pdf, printer)  # type: ignore[arg-type]
                    self.record("dicetak")
                except Exception as exc:
                    self.failed(exc)
                    return
                done(pages)

            self._run(self.produce, printed)

        chooser(parent, chosen)
