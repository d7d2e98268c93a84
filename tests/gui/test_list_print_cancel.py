"""Printing the case list (officer's report, problem 7): the progress dialog has Batal and
may be cancelled at any moment without a traceback, nothing is shown or printed after it, the
window's keys work again (Ctrl+Q), and a printout longer than the limit says plainly how many
rows of how many it holds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QProgressDialog
from sqlalchemy import Engine

from pengaduan_desktop.core import list_export
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.case_rows import show_row
from tests.helpers import pdf_text

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
ROWS = 400


@pytest.fixture
def listed(engine: Engine) -> Engine:
    generate(engine, ROWS, seed=11, now=datetime(2026, 11, 28, 3, 0, tzinfo=UTC))
    return engine


def idle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=60_000)


def open_list(qtbot, window: MainWindow):
    window.tabs.setCurrentWidget(window.cases)
    idle(qtbot)
    with qtbot.waitSignal(window.cases.loaded, timeout=30_000):
        window.cases.apply_filter()
    assert window.cases.model.rowCount() == ROWS
    return window.cases


def progress_dialog(qtbot, window: MainWindow) -> QProgressDialog:
    def shown() -> list[QProgressDialog]:
        return [d for d in window.findChildren(QProgressDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=30_000)
    return shown()[0]


class ShownDialogs(QObject):
    """Notes each progress dialog's words as it is shown. A short job may show and close its
    dialog between two looks of a waiting test (it did on a loaded CI machine), so what the
    officer saw is caught at the moment it is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, int]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QProgressDialog):
            self.seen.append((watched.labelText(), watched.maximum()))
        return False


@pytest.fixture
def shown_dialogs(qapp):
    watch = ShownDialogs()
    qapp.installEventFilter(watch)
    yield watch
    qapp.removeEventFilter(watch)


def previews() -> list[QPrintPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintPreviewDialog)]


@pytest.mark.parametrize("how", ["escape", "batal"])
def test_cancelling_the_list_preview_is_safe_and_ctrl_q_still_quits(
    qtbot, listed: Engine, window: MainWindow, how: str
) -> None:
    tab = open_list(qtbot, window)
    tab.list_actions.list_preview_action.trigger()
    dialog = progress_dialog(qtbot, window)  # shown while the worker writes the rows
    button = next(b for b in dialog.findChildren(type(tab.views.save_button)) if b.isVisible())
    assert button.text() == "Batal"
    if how == "escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    idle(qtbot)
    qtbot.wait(50)  # the deferred deletes of the closed dialog
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert not previews()  # cancelled: the pages are not shown
    # The window has the keyboard again: Ctrl+Q quits.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    target = window.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


def test_a_long_list_is_printed_up_to_the_limit_and_says_so(
    qtbot, listed: Engine, window: MainWindow, tmp_path: Path, monkeypatch, shown_dialogs
) -> None:
    monkeypatch.setattr(list_export, "PRINTED_ROWS", 150)
    tab = open_list(qtbot, window)
    out = tmp_path / "daftar.pdf"

    def to_file(_parent, accept) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        accept(printer)

    tab.list_actions.choose_printer = to_file
    tab.list_actions.list_print_action.trigger()
    qtbot.waitUntil(lambda: getattr(tab.list_actions, "last_pages", None), timeout=60_000)
    idle(qtbot)
    assert len(shown_dialogs.seen) == 1, shown_dialogs.seen
    text, maximum = shown_dialogs.seen[0]
    assert "dari 150 baris" in text
    assert "Hanya 150 baris pertama dari 400 yang dicetak" in text
    assert maximum == 150
    # Said whole in the status bar; the list's count stays where it is.
    pages = tab.list_actions.last_pages
    assert window.statusBar().currentMessage() == f"Daftar dikirim ke printer ({pages} halaman)."
    assert tab.count.text() == "400 pengaduan"
    printed = pdf_text(out.read_bytes())
    assert "Hanya 150 baris pertama dari 400 yang dicetak" in printed
    numbers = [show_row(qtbot, tab, r) for r in (0, 149, 150)]
    assert numbers[0] in printed and numbers[1] in printed and numbers[2] not in printed


def test_the_preview_of_a_long_list_shows_its_first_pages(
    qtbot, listed: Engine, window: MainWindow
) -> None:
    """Each previewed page is held as an image: a long list shows its first pages, and the
    preview's title says how many of how many."""
    tab = open_list(qtbot, window)
    tab.list_actions.list_preview_action.trigger()
    qtbot.waitUntil(lambda: bool(previews()), timeout=60_000)
    preview = previews()[0]
    qtbot.waitUntil(preview.isVisible, timeout=10_000)
    assert "10 halaman pertama dari" in preview.windowTitle()
    total = int(preview.windowTitle().rsplit(" ", 1)[1])
    assert total > 10
    preview.close()
    idle(qtbot)
