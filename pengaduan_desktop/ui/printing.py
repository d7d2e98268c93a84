"""Printing our PDFs on a real printer: pages rendered by PDFium, painted on a QPrinter."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QRect, QSizeF, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

_PDFIUM = threading.Lock()


def _one_at_a_time(fn: Callable[..., Any]) -> Callable[..., Any]:
    """PDFium is not thread-safe: two tasks rendering at once crash the process."""

    @functools.wraps(fn)
    def locked(*args: Any, **kwargs: Any) -> Any:
        with _PDFIUM:
            return fn(*args, **kwargs)

    return locked


@_one_at_a_time
def page_images(pdf: bytes, dpi: float) -> tuple[list[QImage], tuple[float, float]]:
    """Every page as an image at `dpi`, and the size of the first page in points."""
    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        size = document[0].get_size()
        for page in document:
            bitmap = page.render(scale=dpi / 72, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_ARGB32)  # fmt: skip
            images.append(image.copy())  # detach from PDFium's buffer
            page.close()
    finally:
        document.close()
    return images, size


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page at the printer's resolution; returns the number of pages."""
    images, size_pt = page_images(pdf, min(printer.resolution(), 300))
    printer.setPageSize(
        QPageSize(QSizeF(*size_pt), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    )
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer tidak dapat dibuka")
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
