"""Printing on a real print system: Qt's own print dialog (no stand-in) and the cups-pdf
virtual printer that installer/test.sh installs as the CUPS queue "PDF". What it writes is read
back with pypdf. Skipped where no such queue exists."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QMessageBox,
    QToolBar,
    QWidget,
)
from sqlalchemy import select

from pengaduan_desktop.core.agenda import LetterKind, existing_number
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.indonesian import long_date
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.vocabulary import EventKind
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.ui import pdf_output
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.print_settings import last_printer, remember_printer
from tests.gui.test_intake import type_complaint, wait_idle
from tests.helpers import complaint, fill_office

QUEUE = "PDF"
RECEIPT = "TANDA BUKTI PENGADUAN"  # what only a receipt says
pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def cups_out(qapp) -> Iterator[Path]:
    """The folder cups-pdf writes to (its `Out ${HOME}/PDF`; test.sh exports the path). What
    the test printed there is removed afterwards."""
    if QUEUE not in QPrinterInfo.availablePrinterNames():
        pytest.skip(f"no CUPS printer named {QUEUE} (installer/test.sh installs cups-pdf)")
    folder = Path(os.environ.get("PENGADUAN_TEST_CUPS_PDF_DIR") or Path.home() / "PDF")
    yield folder
    while PRINTED:  # only what this test found: other runs may be printing there too
        PRINTED.pop().unlink(missing_ok=True)


PRINTED: list[Path] = []  # the printouts the running test found (wait_for_printout)


def printed_pdf(folder: Path, before: set[Path], *needles: str) -> Path | None:
    """The new file cups-pdf finished writing that holds every needle, if any yet (tests on
    other workers print to the same queue: a tracking number alone is not this test's)."""
    from pypdf import PdfReader

    for path in set(folder.glob("*.pdf")) - before:
        try:
            text = "".join(page.extract_text() for page in PdfReader(path).pages)
        except Exception:  # still being written
            continue
        if all(needle in text for needle in needles):
            return path
    return None


def wait_for_printout(qtbot, folder: Path, before: set[Path], *needles: str) -> Path:
    found: list[Path] = []

    def landed() -> bool:
        path = printed_pdf(folder, before, *needles)
        if path is not None:
            found.append(path)
        return bool(found)

    qtbot.waitUntil(landed, timeout=90_000)
    PRINTED.append(found[0])
    return found[0]


def flat_text(path: Path) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


def modal(qtbot, kind: type[QWidget]) -> QWidget:
    """The dialog of that kind once it is open."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=20_000)
    return QApplication.activeModalWidget()


def print_on_queue(qtbot, dialog: QPrintDialog) -> None:
    """What the officer does in the print dialog: pick the printer, press Print."""
    printers = dialog.findChild(QComboBox, "printers")
    printers.setCurrentIndex(printers.findText(QUEUE))
    assert printers.currentText() == QUEUE
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def save_complaint(qtbot, window: MainWindow) -> tuple[str, str, str]:
    """Type and save a complaint; its number, officer and due date as the receipt shows them."""
    tab = window.intake
    type_complaint(qtbot, tab)
    qtbot.keyClick(tab.form.ui.summaryEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=20_000)
    saved = tab.last_saved
    with reading(window.engine) as session:
        row = session.scalars(select(Complaint)).one()
        officer = row.responsible_officer.name
    return saved.tracking_number, officer, long_date(saved.due_date)


def printed_kinds(window: MainWindow) -> list[str]:
    with reading(window.engine) as session:
        return [e.kind for e in session.scalars(select(Event).order_by(Event.id))]


def shoot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("PENGADUAN_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_receipt_goes_through_the_real_print_dialog_to_cups(
    qtbot, window: MainWindow, cups_out: Path
) -> None:
    number, officer, due = save_complaint(qtbot, window)
    shoot(window, "intake-saved-print-buttons.png")
    before = set(cups_out.glob("*.pdf"))
    qtbot.mouseClick(window.intake.ui.printButton, Qt.MouseButton.LeftButton)
    dialog = modal(qtbot, QPrintDialog)
    shoot(dialog, "print-dialog.png")
    print_on_queue(qtbot, dialog)
    text = flat_text(wait_for_printout(qtbot, cups_out, before, number, RECEIPT))
    for expected in (number, officer, due):
        assert expected in text
    wait_idle(qtbot)
    assert "dikirim ke printer (1 halaman)" in window.intake.ui.resultLabel.text()
    assert last_printer() == QUEUE
    assert printed_kinds(window)[-1] == EventKind.PRINTED


def test_ctrl_p_prints_to_the_remembered_printer_without_a_dialog(
    qtbot, window: MainWindow, cups_out: Path
) -> None:
    remember_printer(QUEUE)
    tab = window.intake
    tab.paper.setCurrentIndex(tab.paper.findData("A5"))
    number, officer, _due = save_complaint(qtbot, window)
    before = set(cups_out.glob("*.pdf"))
    dialogs: list[QWidget] = []
    watch = QTimer()
    watch.timeout.connect(lambda: dialogs.extend(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog) and w.isVisible()
    ))  # fmt: skip
    watch.start(20)
    qtbot.keyClick(tab.ui.printButton, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    path = wait_for_printout(qtbot, cups_out, before, number, RECEIPT)
    watch.stop()
    assert not dialogs
    assert officer in flat_text(path)
    from pypdf import PdfReader

    box = PdfReader(path).pages[0].mediabox
    a5 = QPageSize(QPageSize.PageSizeId.A5).sizePoints()
    assert abs(float(box.width) - a5.width()) < 3 and abs(float(box.height) - a5.height()) < 3


def test_printing_from_the_preview_goes_to_cups(qtbot, window: MainWindow, cups_out: Path) -> None:
    number, officer, _due = save_complaint(qtbot, window)
    qtbot.mouseClick(window.intake.preview_button, Qt.MouseButton.LeftButton)
    preview = modal(qtbot, QPrintPreviewDialog)
    shoot(preview, "print-preview.png")
    before = set(cups_out.glob("*.pdf"))
    label = QCoreApplication.translate("QPrintPreviewDialog", "Print")
    toolbar = preview.findChild(QToolBar)
    action = next(a for a in toolbar.actions() if a.text() == label)
    QTimer.singleShot(0, lambda: print_on_queue(qtbot, modal(qtbot, QPrintDialog)))
    action.trigger()  # Qt runs its print dialog modally here; the timer above answers it
    text = flat_text(wait_for_printout(qtbot, cups_out, before, number, RECEIPT))
    assert officer in text
    wait_idle(qtbot)
    assert printed_kinds(window)[-1] == EventKind.PRINTED


def test_response_letter_previews_and_prints_through_the_real_dialog(
    qtbot, window: MainWindow, cups_out: Path
) -> None:
    engine = window.engine
    fill_office(engine)
    saved = register(engine, complaint(), None)
    perform(engine, saved.id, Action.VERIFY, None)
    perform(engine, saved.id, Action.DISPOSE, None, "Mohon diteliti", window.desk.units[0][0])
    perform(engine, saved.id, Action.RESOLVE, None, "Dana telah dicairkan pada hari ini.")
    page = window.open_complaint(saved.id)
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.detail is not None)  # read off the GUI thread
    wait_idle(qtbot)
    shoot(page, "complaint-page-letters.png")
    qtbot.mouseClick(page.letter_previews["response"], Qt.MouseButton.LeftButton)
    preview = modal(qtbot, QPrintPreviewDialog)
    assert preview.findChild(QPrintPreviewWidget).pageCount() >= 1
    assert preview.windowTitle() == f"Pratinjau surat tanggapan {saved.tracking_number}"
    shoot(preview, "letter-preview.png")
    preview.reject()
    with reading(engine) as session:  # looking used no number
        assert existing_number(session, LetterKind.TANGGAPAN, saved.id) is None
    before = set(cups_out.glob("*.pdf"))
    qtbot.mouseClick(page.letter_buttons["response"][1], Qt.MouseButton.LeftButton)
    print_on_queue(qtbot, modal(qtbot, QPrintDialog))
    text = flat_text(
        wait_for_printout(
            qtbot, cups_out, before, saved.tracking_number, "Dana telah dicairkan pada hari ini."
        )
    )
    assert "Dana telah dicairkan pada hari ini." in text
    assert "000.8.3.4/1/TGP/BKAD-RENJA/2026" in text  # printing issued the number
    qtbot.waitUntil(
        lambda: "dikirim ke printer" in page.ui.letterStatusLabel.text(), timeout=20_000
    )
    page.reject()


@pytest.mark.parametrize("keys", ["button", "ctrl+p"])
def test_no_printer_installed_says_so_in_indonesian(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, keys: str
) -> None:
    # A seam for "no printer": the real-printer tests above cover the installed case.
    monkeypatch.setattr(pdf_output, "printer_names", lambda: [])
    remember_printer(QUEUE)  # remembered, but gone: Ctrl+P falls back to the dialog
    save_complaint(qtbot, window)
    tab = window.intake
    if keys == "button":
        qtbot.mouseClick(tab.ui.printButton, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(tab.ui.printButton, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    box = modal(qtbot, QMessageBox)
    assert box.text().startswith("Tidak ada printer terpasang di komputer ini.")
    assert "Simpan PDF" in box.text()
    box.accept()
    assert printed_kinds(window) == [EventKind.RECEIVED]


def test_monthly_report_prints_through_the_real_dialog(
    qtbot, window: MainWindow, cups_out: Path
) -> None:
    tab = window.report
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert tab.print_button.isEnabled()
    before = set(cups_out.glob("*.pdf"))
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    print_on_queue(qtbot, modal(qtbot, QPrintDialog))
    text = flat_text(
        wait_for_printout(
            qtbot,
            cups_out,
            before,
            "BADAN KEUANGAN DAN ASET DAERAH",
            "Laporan Pengelolaan Pengaduan",
        )
    )
    assert "Laporan" in text or "LAPORAN" in text
    qtbot.waitUntil(lambda: "dikirim ke printer" in tab.status.text(), timeout=20_000)
