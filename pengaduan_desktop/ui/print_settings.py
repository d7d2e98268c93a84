"""What this desk remembers about printing between sessions (QSettings): the printer last
used, and the paper the receipt is printed on."""

from __future__ import annotations

from PySide6.QtCore import QSettings

PRINTER_KEY = "printing/printer"
RECEIPT_PAPER_KEY = "printing/receipt_paper"
RECEIPT_PAPERS = ("A4", "A5")  # the page sizes documents/receipt.py draws


def last_printer() -> str:
    """The name of the printer last printed to, or "" when none was used yet."""
    return str(QSettings().value(PRINTER_KEY, "") or "")


def remember_printer(name: str) -> None:
    if name:
        QSettings().setValue(PRINTER_KEY, name)


def receipt_paper() -> str:
    paper = str(QSettings().value(RECEIPT_PAPER_KEY, RECEIPT_PAPERS[0]))
    return paper if paper in RECEIPT_PAPERS else RECEIPT_PAPERS[0]


def set_receipt_paper(paper: str) -> None:
    if paper in RECEIPT_PAPERS:
        QSettings().setValue(RECEIPT_PAPER_KEY, paper)
