"""Saving, printing and previewing our PDFs (receipts, letters, reports): the dialog to choose
a file or a printer, the rendering off the GUI thread, the file written whole, and the event
recorded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from pengaduan_desktop.core.files import publish_all
from pengaduan_desktop.ui.file_dialogs import name_only_icons
from pengaduan_desktop.ui.msgbox import show_message
from pengaduan_desktop.ui.print_settings import last_printer, remember_printer
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:  # QtPrintSupport and PDFium load on first print, not at start-up
    from PySide6.QtPrintSupport import QPrinter
    from sqlalchemy import Engine

    from pengaduan_desktop.ui.printing import Pages

# Chooser seams: tests replace them; the defaults open the real dialogs without blocking.
FileChooser = Callable[[QWidget, str, Callable[[Path], None]], None]
PrinterChooser = Callable[[QWidget, Callable[["QPrinter"], None]], None]


def open_dialog(dialog: QDialog) -> None:
    """Show a dialog window-modal without blocking, and free it once closed. QPrintDialog and
    QPrintPreviewDialog hide QDialog.open() behind their own open(receiver, member) (PySide6
    6.11 raises TypeError for dialog.open()), so the base class's is called."""
    dialog.finished.connect(dialog.deleteLater)
    QDialog.open(dialog)


SAVE_KINDS = {  # suffix -> (title, name filter), translated when the dialog opens
    "pdf": (QT_TRANSLATE_NOOP("PdfOutput", "Simpan sebagai PDF"),
            QT_TRANSLATE_NOOP("PdfOutput", "Dokumen PDF (*.pdf)")),
    "xlsx": (QT_TRANSLATE_NOOP("PdfOutput", "Simpan sebagai XLSX"),
             QT_TRANSLATE_NOOP("PdfOutput", "Buku kerja Excel (*.xlsx)")),
    "csv": (QT_TRANSLATE_NOOP("PdfOutput", "Simpan sebagai CSV"),
            QT_TRANSLATE_NOOP("PdfOutput", "Berkas CSV (*.csv)")),
}  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfOutput", text)


def with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix else path.with_name(path.name + suffix)


def choose_pdf_file(parent: QWidget, suggested: str, accept: Callable[[Path], None]) -> None:
    """Where to save a document; the kind (PDF, XLSX, CSV) follows the suggested name."""
    suffix = Path(suggested).suffix.lstrip(".").lower()
    title, name_filter = SAVE_KINDS.get(suffix, SAVE_KINDS["pdf"])
    dialog = name_only_icons(QFileDialog(parent, _tr(title), suggested))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(_tr(name_filter))
    # No setDefaultSuffix: with it, a folder's name typed and Enter saved "folder.pdf" instead
    # of opening the folder. The suffix is added here when the officer typed none.
    wanted = f".{suffix if suffix in SAVE_KINDS else 'pdf'}"
    dialog.fileSelected.connect(lambda name: accept(with_suffix(Path(name), wanted)))
    dialog.open()


def printer_names() -> list[str]:
    """The printers installed on this computer (through CUPS on Linux)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return QPrinterInfo.availablePrinterNames()


def installed_last_printer() -> str:
    """The printer last used while it is still installed, else ""."""
    name = last_printer()
    return name if name and name in printer_names() else ""


def on_last_printer(printer: QPrinter, name: str | None = None) -> QPrinter:
    """The printer set to `name`; by default to the one last used while it is installed, else
    it stays on the system's default."""
    name = installed_last_printer() if name is None else name
    if name:
        printer.setPrinterName(name)
    return printer


def new_printer(name: str | None = None) -> QPrinter:
    """A printer for our documents (see on_last_printer for which one)."""
    from PySide6.QtPrintSupport import QPrinter

    return on_last_printer(QPrinter(QPrinter.PrinterMode.HighResolution), name)


def tell_no_printer(parent: QWidget) -> None:
    show_message(parent, QCoreApplication.translate("PdfOutput", "Tidak ada printer"),
                 QCoreApplication.translate(
                     "PdfOutput",
                     "Tidak ada printer terpasang di komputer ini. Pasang printer melalui "
                     "pengaturan sistem, atau simpan dokumen sebagai PDF (Simpan PDF…) "
                     "lalu cetak dari komputer lain."))  # fmt: skip


def remember(printer: QPrinter) -> None:
    from PySide6.QtPrintSupport import QPrinter

    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:  # not "print to file"
        remember_printer(printer.printerName())


def choose_printer(parent: QWidget, accept: Callable[[QPrinter], None]) -> None:
    """Qt's print dialog, on the printer last used; remembers the one chosen."""
    from PySide6.QtPrintSupport import QPrintDialog

    if not printer_names():
        tell_no_printer(parent)
        return
    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfOutput", "Cetak"))
    dialog.accepted.connect(lambda: (remember(printer), accept(printer)))
    open_dialog(dialog)


def last_used_printer(ask: PrinterChooser) -> PrinterChooser:
    """Printing in one step: straight to the printer last used while it is still installed;
    otherwise `ask` (the print dialog)."""

    def choose(parent: QWidget, accept: Callable[[QPrinter], None]) -> None:
        name = installed_last_printer()
        if name:
            accept(new_printer(name))
        else:
            ask(parent, accept)

    return choose


def unless_refused(parent: QWidget, engine: Engine, then: Callable[[], None]) -> None:
    """Run `then` once the office profile is read (off the GUI thread) to be complete; while it
    still has placeholders the officer is offered the set-up dialog instead: no official
    document leaves the office with them (core.office_setup)."""
    from pengaduan_desktop.core.office_setup import office_gaps
    from pengaduan_desktop.ui.msgbox import show_error

    def checked(gaps: list[str]) -> None:
        if gaps:
            from pengaduan_desktop.ui.profile_dialog import refuse_incomplete

            refuse_incomplete(parent, engine, gaps)
            return
        then()

    run_task(lambda: office_gaps(engine), checked, lambda exc: show_error(parent, exc))


class PdfJob:
    """One official document: how to make it, how to record that it left the office, and what
    the caller does while it is busy, when it is done and when it fails. `title` names the
    print job in the printer's queue. Every document saved, printed or previewed passes here,
    so here it is refused while the office profile (of `engine`) still has placeholders.
    `draft`, when given, makes what a preview shows (a letter whose number is not used up by
    looking); printing from the preview then makes the document again with `produce`."""

    def __init__(
        self,
        produce: Callable[[], bytes],
        record: Callable[[str], None],
        busy: Callable[[bool], None],
        failed: Callable[[BaseException], None],
        title: str = "Pengaduan Desktop",
        draft: Callable[[], bytes] | None = None,
        *,
        engine: Engine,
    ) -> None:
        self.produce, self.record, self.busy, self.failed = produce, record, busy, failed
        self.title, self.draft, self.engine = title, draft, engine
        # True once the officer cancelled the work: what it made is then not shown or printed.
        self.cancelled: Callable[[], bool] = lambda: False
        # A preview of a long document shows only its first pages, at this resolution (every
        # page is held as an image: 35 MB an A4 page at 300 dpi). None: every page.
        self.preview_pages: int | None = None
        self.preview_dpi: float | None = None

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self.busy(True)

        def finished(result: object) -> None:
            cancelled = self.cancelled()
            self.busy(False)
            if not cancelled:
                done(result)

        def broken(exc: BaseException) -> None:
            cancelled = self.cancelled()
            self.busy(False)
            if not cancelled:
                self.failed(exc)

        run_task(work, finished, broken)

    def save(self, parent: QWidget, chooser: FileChooser, suggested: str,
             done: Callable[[Path], None]) -> None:  # fmt: skip
        def chosen(path: Path) -> None:
            def work() -> Path:
                # Recorded first, renamed after: a database that cannot record it leaves no PDF.
                publish_all([(path, self.produce())],
                            lambda: self.record(f"disimpan sebagai PDF ({path.name})"))  # fmt: skip
                return path

            self._run(work, done)  # type: ignore[arg-type]

        unless_refused(parent, self.engine, lambda: chooser(parent, suggested, chosen))

    def print(self, parent: QWidget, chooser: PrinterChooser, done: Callable[[int], None]) -> None:
        """Choose the printer, then print on it."""
        unless_refused(parent, self.engine, lambda: chooser(
            parent, lambda printer: self.print_on(printer, done)))  # fmt: skip

    def print_on(self, printer: QPrinter, done: Callable[[int], None],
                 pages: Pages | None = None) -> None:  # fmt: skip
        """Send the PDF itself where the system takes it (CUPS, a file), in a worker; else
        paint its pages (`pages` when already rendered, for the preview)."""
        from pengaduan_desktop.ui import printing  # PDFium loads on first print

        where = printing.destination(printer)
        if where is not None:

            def work() -> int:
                count = printing.send(self.produce(), where, self.title)
                # The dialog's "print to file" saves a copy: say so on the timeline.
                self.record(f"disimpan sebagai PDF ({Path(where.file).name})" if where.file
                            else "dicetak")  # fmt: skip
                return count

            self._run(work, done)  # type: ignore[arg-type]
            return

        def paint(rendered: object) -> None:
            try:
                count = printing.paint_pages(rendered, printer)  # type: ignore[arg-type]
            except Exception as exc:
                self.failed(exc)
                return
            # Recorded off the GUI thread, like every write.
            run_task(lambda: self.record("dicetak"), lambda _none: done(count), self.failed)

        if pages is not None:
            paint(pages)
            return
        dpi = min(printer.resolution(), printing.PRINT_DPI)
        self._run(lambda: printing.page_images(self.produce(), dpi), paint)

    def preview(self, parent: QWidget, title: str, done: Callable[[int], None]) -> None:
        """Show the pages in a print preview; printing from there goes through print_on."""
        from pengaduan_desktop.ui import printing

        whole: list[int] = []  # the document's pages, when only the first are shown

        def rendered(pages: object) -> None:
            from pengaduan_desktop.ui.print_preview import open_preview

            def print_on(printer: QPrinter) -> None:
                remember(printer)
                # The first pages only are not the document: it is made again to print.
                self.print_on(printer, done, None if self.draft or whole else pages)  # type: ignore[arg-type]

            heading = title
            if whole:
                heading = QCoreApplication.translate(
                    "PdfOutput", "{title} — {n} halaman pertama dari {total}").format(
                    title=title, n=self.preview_pages, total=whole[0])  # fmt: skip
            open_preview(parent, heading, pages, print_on)  # type: ignore[arg-type]

        def render() -> object:
            pdf = (self.draft or self.produce)()
            dpi = self.preview_dpi or printing.PRINT_DPI
            first = self.preview_pages
            if first is not None and (total := printing.page_count(pdf)) > first:
                whole.append(total)
                return printing.page_images(pdf, dpi, range(first))
            return printing.page_images(pdf, dpi)

        unless_refused(parent, self.engine, lambda: self._run(render, rendered))
