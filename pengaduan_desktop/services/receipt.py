"""The receipt of one complaint as PDF: read, then rendered."""

from __future__ import annotations

from sqlalchemy import Engine

from pengaduan_desktop.core.printable import receipt_data
from pengaduan_desktop.documents.receipt import render_receipt


def receipt_pdf(engine: Engine, tracking_number: str, paper: str = "A4") -> bytes:
    return render_receipt(receipt_data(engine, tracking_number), paper)
