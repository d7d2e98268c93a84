"""Print preview of our own PDFs: the pages PDFium rendered, shown in Qt's preview dialog,
from which the officer can also print them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from pengaduan_desktop.ui.pdf_output import on_last_printer, open_dialog
from pengaduan_desktop.ui.printing import PRINT_DPI, Pages, paint_pages, previewing


def open_preview(
    parent: QWidget,
    title: str,
    pages: Pages,
    print_on: Callable[[QPrinter], None],
) -> QPrintPreviewDialog:
    """Show the pages; `print_on` prints them once the officer chose a printer from here."""
    dialog = QPrintPreviewDialog(parent)  # its own printer, deleted with it
    on_last_printer(dialog.printer()).setResolution(PRINT_DPI)  # for painted printers
    dialog.setWindowTitle(title)

    def paint(target: QPrinter) -> None:
        if previewing(target):
            paint_pages(pages, target)
        else:  # the dialog's own print button, after its print dialog was accepted
            print_on(target)

    dialog.paintRequested.connect(paint)
    screen = parent.screen().availableGeometry()
    dialog.resize(min(900, screen.width() - 40), screen.height() - 80)
    open_dialog(dialog)
    return dialog
