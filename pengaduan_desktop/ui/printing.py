"""Printing our PDFs. Where the system takes a PDF (a CUPS queue on Linux, or Qt's "print to
file") the document goes unchanged, text and all; elsewhere, and in the print preview, its
pages are rendered by PDFium and painted on the QPrinter."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QCoreApplication, QRect, QSizeF, Qt
from PySide6.QtGui import QImage, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrintEngine, QPrinter

from pengaduan_desktop.core.errors import PrintFailed
from pengaduan_desktop.core.files import write_atomic
from pengaduan_desktop.ui.cups_jobs import cups_available, submit_pdf

PRINT_DPI = 300  # finer buys nothing on paper and costs memory (35 MB an A4 page at 300)
CUPS_OPTIONS = QPrintEngine.PrintEnginePropertyKey(0xFE00)  # Qt's PPK_CupsOptions
PAPERS_PT = {"A4": (595.3, 841.9), "A5": (419.5, 595.3)}
SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}

Pages = tuple[list[QImage], tuple[float, float]]

_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class Destination:
    """Where a document goes, read off the QPrinter on the GUI thread for a worker: a file, or
    a CUPS queue with the options chosen in the print dialog."""

    file: str = ""
    queue: str = ""
    options: dict[str, str] = field(default_factory=dict)


def destination(printer: QPrinter) -> Destination | None:
    """None when the pages must be painted (a printer that does not go through CUPS)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return Destination(file=printer.outputFileName()) if printer.outputFileName() else None
    if not printer.printerName() or not cups_available():
        return None
    return Destination(queue=printer.printerName(), options=cups_options(printer))


def cups_options(printer: QPrinter) -> dict[str, str]:
    """The dialog's choices as CUPS job options (those of its Properties page included)."""
    listed = printer.printEngine().property(CUPS_OPTIONS) or []
    options = dict(zip(listed[::2], listed[1::2], strict=False))
    options["copies"] = str(printer.copyCount())
    options["collate"] = "true" if printer.collateCopies() else "false"
    if printer.duplex() in SIDES:
        options["sides"] = SIDES[printer.duplex()]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
        options["page-ranges"] = f"{printer.fromPage()}-{printer.toPage() or printer.fromPage()}"
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        options["print-color-mode"] = "monochrome"
    return options


def paper_of(size_pt: tuple[float, float]) -> str:
    """ "A4" or "A5" when the page is that size (either way round), else ""."""
    width, height = sorted(size_pt)
    return next((name for name, (w, h) in PAPERS_PT.items()
                 if abs(w - width) < 3 and abs(h - height) < 3), "")  # fmt: skip


def _one_at_a_time(fn: Callable[..., Any]) -> Callable[..., Any]:
    """PDFium is not thread-safe: two tasks rendering at once crash the process."""

    @functools.wraps(fn)
    def locked(*args: Any, **kwargs: Any) -> Any:
        with _PDFIUM:
            return fn(*args, **kwargs)

    return locked


@_one_at_a_time
def _page_count_and_paper(pdf: bytes) -> tuple[int, str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document), paper_of(document[0].get_size())
    finally:
        document.close()


def send(pdf: bytes, where: Destination, title: str) -> int:
    """Write or submit the PDF unchanged (in a worker); returns its number of pages."""
    count, paper = _page_count_and_paper(pdf)
    if where.file:
        write_atomic(Path(where.file), pdf)
    else:
        media = {"media": paper} if paper else {}
        submit_pdf(where.queue, pdf, title, {**where.options, **media})
    return count


@_one_at_a_time
def page_images(pdf: bytes, dpi: float, only: Sequence[int] | None = None) -> Pages:
    """Every page (or the pages numbered `only`, from 0) as an image at `dpi`, and the size of
    the first page in points."""
    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        size = document[0].get_size()
        for number in range(len(document)) if only is None else only:
            page = document[number]
            bitmap = page.render(scale=dpi / 72, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_ARGB32)  # fmt: skip
            images.append(image.copy())  # detach from PDFium's buffer
            page.close()
    finally:
        document.close()
    return images, size


@_one_at_a_time
def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return int(len(document))
    finally:
        document.close()


def previewing(printer: QPrinter) -> bool:
    """True while a print preview paints on the printer (rather than printing on it)."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def paint_pages(pages: Pages, printer: QPrinter) -> int:
    """Paint the pages on the printer (or a preview), on paper of the PDF's own size; returns
    the number of pages."""
    images, size_pt = pages
    printer.setPageSize(
        QPageSize(QSizeF(*size_pt), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    )
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(QCoreApplication.translate(
            "Printing", "printer {name} tidak dapat dibuka").format(
            name=printer.printerName()).replace("  ", " "))  # fmt: skip
    try:
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()
    return len(images)
