"""What the print dialog's choices become for CUPS, and which paper a PDF page is."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter

from pengaduan_desktop.ui.printing import cups_options, paper_of


def test_dialog_choices_become_cups_job_options(qapp) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setCopyCount(2)
    printer.setCollateCopies(False)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    options = cups_options(printer)
    assert options["copies"] == "2" and options["collate"] == "false"
    assert options["sides"] == "one-sided"  # duplex: only where the queue supports it
    assert options["page-ranges"] == "2-3"
    assert options["print-color-mode"] == "monochrome"


def test_all_pages_in_colour_add_no_range(qapp) -> None:
    options = cups_options(QPrinter(QPrinter.PrinterMode.HighResolution))
    assert "page-ranges" not in options and "print-color-mode" not in options


def test_paper_of_a_page_either_way_round() -> None:
    assert paper_of((419.53, 595.28)) == "A5"
    assert paper_of((841.89, 595.28)) == "A4"
    assert paper_of((612, 792)) == ""  # US Letter: left to the printer
